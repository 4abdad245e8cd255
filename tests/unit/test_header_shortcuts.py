"""The header stages' shortcuts give what the patterns they stand in for give."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pressparse.dates import _DATE, _may_open_at_digit, date_starts_within
from pressparse.document import Block, BlockKind
from pressparse.model import Span
from pressparse.stages import (
    _dateline_marks,
    _dateline_rules,
    _deck,
    _header_lines,
    _headline_find,
)
from pressparse.stages._header_lines import kind_label_end

# Label words and their first letters in both cases, marks that may stand before a label,
# other letters and digits, and letters that fold to a label's under some case rules.
_LABEL_PIECES = st.sampled_from(
    ["for", "FOR", "immediate", "release", "Media", "advisory", "news", "press", "statement",
     "Para", "publicación", "inmediata", "comunicado", "communiqué", "pour", "embargoed",
     " ", ":", "*", "_", "-", "—", "#", "[", "1", "x", "K", "İ", "ſ", "\t"]
)  # fmt: skip


def _label_end_by_pattern(text: str) -> int | None:
    """kind_label_end with the label pattern run on every line."""
    m = _header_lines._KIND_LABEL.match(text)
    if m is None:
        return None
    if _header_lines._LABEL_ONLY_TAIL.match(text, m.end()) is not None:
        return len(text)
    sep = _header_lines._LABEL_SEPARATOR.match(text, m.end())
    return None if sep is None or sep.end() == m.end() else sep.end()


@given(st.lists(_LABEL_PIECES, max_size=8).map("".join))
def test_label_end_is_what_the_pattern_gives(text: str) -> None:
    assert kind_label_end(text) == _label_end_by_pattern(text)


def _date_starts_by_pattern(text: str, pos: int, last: int) -> bool:
    return any(_DATE.match(text, at) is not None for at in range(pos, min(last + 1, len(text))))


_DATE_PIECES = st.sampled_from(
    ["May", "Jan.", "Monday", "3", "14", "2026", "1999", ",", " ", "  ", "-", "/", "ACME",
     "word", "de", "at", "9:30", "AM", "\n", "x" * 30, "th", "rd", "03/", "05", "\u00a0",
     "714-347-8408", "\u0663", "é"]
)  # fmt: skip


@given(st.lists(_DATE_PIECES, max_size=14).map("".join), st.integers(0, 60), st.integers(0, 80))
def test_a_date_is_found_within_a_span_as_the_pattern_finds_it(
    text: str, pos: int, last: int
) -> None:
    assert date_starts_within(text, pos, last) == _date_starts_by_pattern(text, pos, last)


_DAY_PIECES = st.sampled_from(
    ["3", "14", "2026", "1st", "rd", " ", "   ", "\n", "\t", "\x1c", "\u00a0", "de", "De ",
     "May", "AUG", "sept.", "agosto", "août", "ſep", "N.", "Main", "mon", "-", "/", ","]
)  # fmt: skip


@given(st.lists(_DAY_PIECES, max_size=10).map("".join))
def test_a_date_opens_at_a_digit_only_where_the_cheap_test_allows(text: str) -> None:
    for at, char in enumerate(text):
        if char.isdigit() and _DATE.match(text, at) is not None:
            assert _may_open_at_digit(text, at)


def test_an_ascii_capital_is_what_the_place_pattern_opens_with() -> None:
    for char in map(chr, range(128)):
        assert bool(_dateline_marks._PLACE_OPENS.match(char)) == ("A" <= char <= "Z")


# Words the chrome, newsroom and contact patterns open with, in either case, marks before
# them, and other letters and digits.
_LINE_PIECES = st.sampled_from(
    ["skip to content", "Share", "e-mail", "Email", "By", " Jane Roe", "3 min read", "Home",
     "menu", "Tags", "Photo", "News", "newsroom", "Press Releases", "in the news", "Contact",
     "Phone", "tel", "Office", ":", " ", "*", "_", "-", "—", "[", "1", "x", "K", "ſ", "İ", "\t",
     "Acme", "sm", "announcements"]
)  # fmt: skip


@given(st.lists(_LINE_PIECES, max_size=6).map("".join))
def test_line_kinds_are_what_their_patterns_give(text: str) -> None:
    h = _header_lines
    assert h.is_chrome(text) == bool(h._CHROME.match(text) or h._NOT_TEXT.match(text))
    assert h.is_label_only(text) == (
        kind_label_end(text) == len(text) or bool(h._SECTION_WORDS.match(text))
    )
    assert bool(h._CONTACT_LABEL.match(text)) <= h.is_contact_line(text) or len(text) > 160
    assert h.is_header_line(text) == (
        h.is_chrome(text)
        or h.is_label_only(text)
        or h.date_line(text) is not None
        or h.is_contact_line(text)
    )


def test_a_case_line_opens_only_with_its_initials() -> None:
    for char in map(chr, range(0x110000)):  # each word of the pattern with every opening
        for rest in ("ase #1", "ile no. 2", "ocket number 3"):
            if _deck._CASE_LINE.match(char + rest):
                assert char in _deck._CASE_INITIALS
    for line in ("Case # 06CF2227", "FILE NO. 24-123", "docket number 7"):
        assert _deck._CASE_LINE.match(line)
        assert line[:1] in _deck._CASE_INITIALS


_CHROME_PIECES = st.sampled_from(
    ["not for", " distribution", "NOT FOR", "http", "s://a.org", "logo", ".png", "/", "*",
     "-", "_", " ", "—", "ſ", "Acme", "x" * 20, "*" * 9, "\n", "Home", "1"]
)  # fmt: skip


@given(st.lists(_CHROME_PIECES, max_size=7).map("".join))
def test_chrome_is_what_its_patterns_give(text: str) -> None:
    h = _header_lines
    assert h.is_chrome(text) == bool(h._CHROME.match(text) or h._NOT_TEXT.match(text))


@given(st.lists(st.sampled_from(["word", " ", "  ", "\t", "\u00a0", "-", "1", "x"]), max_size=12))
def test_a_short_line_is_what_the_word_pattern_gives(pieces: list[str]) -> None:
    f = _headline_find
    text = "".join(pieces)
    block = Block(kind=BlockKind.LINE, text=text, span=Span(start=0, end=len(text)), group=0)
    many = f._MORE_THAN_MENU_WORDS.match(text) is not None
    assert f._short(block) == (not many and _header_lines.date_line(text) is None)


# Pieces of wire datelines: places, dates, wires, the marks between them, and other words.
_DATELINE_PIECES = st.sampled_from(
    ["KEENE", "N.H.", "Salt Lake City", "QC", "le ", "Feb. 9, 2026", "14 July 2026", "(",
     ")", "/", " / ", " -- ", " – ", "-", ",", ", ", " ", "\n", "PRNewswire", "BUSINESS WIRE",
     "Acme", "ET", "9:30 AM", "THIRD-STRIKER", "word", "2026", "5"]
)  # fmt: skip


@given(st.lists(_DATELINE_PIECES, max_size=12).map("".join))
def test_the_marks_read_in_two_parts_are_the_marks(text: str) -> None:
    head = _dateline_marks.head_marks_at(text, 0)
    parts = _dateline_marks.marks_at(text, 0, head, dates=False)
    parts += _dateline_marks.date_marks_at(text, 0, head)
    assert sorted(parts) == sorted(_dateline_marks.marks_at(text, 0))


@given(st.lists(_DATELINE_PIECES, max_size=12).map("".join))
def test_the_date_marks_read_from_a_kept_reach_are_the_date_marks(text: str) -> None:
    head = _dateline_marks.head_marks_at(text, 0)
    parts, reach = _dateline_marks.marks_and_reach(text, 0, head, dates=False)
    assert parts == _dateline_marks.marks_at(text, 0, head, dates=False)
    dates = _dateline_marks.date_marks_at(text, 0, head, reach)
    assert dates == _dateline_marks.date_marks_at(text, 0, head)
    assert sorted(parts + dates) == sorted(_dateline_marks.marks_at(text, 0))


@given(st.lists(_DATELINE_PIECES, max_size=12).map("".join))
def test_the_wire_forms_match_as_with_all_the_marks(text: str) -> None:
    wire_marks = _dateline_rules.wire_marks_at(text, 0, _dateline_marks.head_marks_at(text, 0))
    found = (
        None if wire_marks is None else _dateline_rules.match_dateline(text, 0, marks=wire_marks[0])
    )
    assert found == _dateline_rules.match_dateline(text, 0)
    if wire_marks is not None and wire_marks[1]:
        assert sorted(wire_marks[0]) == sorted(_dateline_marks.marks_at(text, 0))


@given(st.lists(_DATELINE_PIECES, max_size=12).map("".join))
def test_a_parenthesized_place_and_date_has_its_parenthesis_in_the_head(text: str) -> None:
    if _dateline_rules._PAREN_PLACE_DATE.match(text) is not None:
        assert "(" in _dateline_marks.head_marks_at(text, 0)
