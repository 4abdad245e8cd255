"""The readers' shortcuts give what the patterns they stand in for give.

Each shortcut skips a pattern (or a step) where a cheap test shows it would change
nothing; these tests hold the shortcut to the pattern on text built from the characters
that matter to it.
"""

from __future__ import annotations

import sys

import regex
from hypothesis import given
from hypothesis import strategies as st

from pressparse.document import BlockKind
from pressparse.model import InputFormat
from pressparse.readers import markdown
from pressparse.readers import text as text_reader
from pressparse.readers._builder import _INVISIBLE, DocumentBuilder, _may_hold_invisible
from pressparse.readers._lines import _COLLAPSED_BREAK, _WHITE_SPACE, _split_at_blank_runs

# Letters, marks, spaces of several kinds (some that str.isspace counts and the regex
# module's \s does not), and line breaks.
_CHARS = st.sampled_from(["a", "B", "é", ".", " ", "\t", "\xa0", "\u2003", "\x1c", "\n", "*", "_"])


def test_the_invisible_pre_test_finds_each_character_the_pattern_does() -> None:
    for code in range(sys.maxunicode + 1):
        text = f"é{chr(code)}a"  # (not ASCII: the pre-test reads only such texts)
        assert _may_hold_invisible(text) == (_INVISIBLE.search(text) is not None), hex(code)


# Characters of the invisible pattern, those next to them, and characters whose UTF-8
# bytes open or go on as a C1 control's do ("\xc2", "\x80").
_INVISIBLE_NEIGHBOURS = st.sampled_from(
    ["a", "é", "\n", "\t", "\x00", "\x08", "\x0b", "\x1f", " ", "~", "\x7f", "\x80", "\x9f",
     "\xa0", "\xac", "\xad", "\xae", "\u0100", "\u0142", "\u200a", "\u200b", "\u200d",
     "\u200e", "\u2060", "\u2061", "\ufeff", "\ud800", "\U0001f600"]
)  # fmt: skip


@given(st.lists(_INVISIBLE_NEIGHBOURS, max_size=12).map("".join))
def test_the_invisible_pre_test_is_the_pattern_search(text: str) -> None:
    assert _may_hold_invisible(text) == (_INVISIBLE.search(text) is not None)


def test_white_space_is_what_the_regex_module_calls_space() -> None:
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert set(regex.findall(r"\s", every)) == _WHITE_SPACE


@given(st.lists(_CHARS, max_size=30).map("".join))
def test_space_runs_split_where_the_break_pattern_does(line: str) -> None:
    assert _split_at_blank_runs(line) == _COLLAPSED_BREAK.split(line)


def _strip_inline_every_pattern(text: str) -> str:
    """strip_inline with each pattern run whenever the character it needs is there."""
    if "[" in text:
        text = markdown._IMAGE.sub("", text)
        text = markdown._LINK.sub(lambda m: m["text"], text)
    if "<" in text:
        text = markdown._AUTOLINK.sub(lambda m: m["url"].removeprefix("mailto:"), text)
        text = markdown._HTML_TAG.sub(" ", text)
    if "`" in text:
        text = markdown._CODE.sub(lambda m: m["text"], text)
    if "*" in text or "_" in text:
        text = markdown._STRONG.sub(lambda m: m["text"], text)
        text = markdown._EMPHASIS.sub(lambda m: m["text"], text)
    if "\\" in text:
        text = markdown._ESCAPE.sub(lambda m: m["char"], text)
    return text


_INLINE = st.sampled_from(["a", " ", "*", "_", "**", "__", "[", "](", ")", "!", "<", ">", "\\"])


@given(st.lists(_INLINE, max_size=16).map("".join))
def test_inline_marks_are_stripped_as_by_every_pattern(text: str) -> None:
    assert markdown.strip_inline(text) == _strip_inline_every_pattern(text)


@given(st.lists(_CHARS, max_size=20).map("".join))
def test_a_block_is_cleaned_as_its_words_joined(text: str) -> None:
    builder = DocumentBuilder(InputFormat.TEXT)
    builder.add(BlockKind.LINE, text)
    doc = builder.build()
    cleaned = " ".join(text.split())
    assert [b.text for b in doc.blocks] == ([cleaned] if cleaned else [])


_RULE_PIECES = st.sampled_from(["-", "=", "_", "*", " ", "\t", "\x1c", "\xa0", "•", "a"])


@given(st.lists(_RULE_PIECES, max_size=8).map("".join))
def test_a_rule_is_never_ruled_out_by_its_opening(text: str) -> None:
    if text_reader._RULE.match(text):
        assert text_reader._may_be_rule(text)
