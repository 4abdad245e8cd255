"""Where a release prints its title: the rules of the headline stage, surest first.

1. The release's own top-level heading (HTML ``<h1>``, Markdown ``#``), with a second line
   when the converter wrapped a long heading.
2. The page's title (``og:title``, ``<title>``, a text dump's first line) without its site
   suffix, where the document prints it.
3. A line opening with a release-kind label: "For Immediate Release: <title>".
4. In an HTML page, the title its metadata names, when the page prints it nowhere.
5. The first title-like line, past site chrome, menus and listing entries; in a page run
   together into one paragraph, the words before its wire dateline.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Final

import attrs
import regex

from pressparse.dates import find_date_span
from pressparse.document import Block, BlockKind, Document
from pressparse.model import InputFormat
from pressparse.stages._dateline_rules import match_dateline
from pressparse.stages._dateline_search import (
    city_may_start,
    search_wire_dateline,
    trailing_place_date,
)
from pressparse.stages._header_lines import (
    MAX_TITLE_CHARS,
    NO_LABEL_OPENINGS,
    SMALL_WORD_END,
    LineEnd,
    date_line,
    is_chrome,
    is_header_line,
    is_label_only,
    is_office_line,
    is_title_like,
    kind_label_end,
)
from pressparse.stages._headings import TITLE_CASE_SHARE, title_ratio
from pressparse.stages._page_title import find_page_title, page_titles
from pressparse.wires import wire_id

__all__ = ["TitleFound", "find_title", "label_line", "letterhead_end"]

#: How far into a document the title is looked for, in blocks.
SEARCH_BLOCKS: Final = 250
#: How far into a document the first title-like line may start, in characters. Pages print
#: a release's title in their first screenfuls, under a few kilobytes of chrome at most;
#: a short line deep in a page of long blocks (a fragment closing a long dump) is no title.
FIRST_LINE_CHARS: Final = 20_000
#: How many blocks from the top a release-kind label under a letterhead may stand.
LETTERHEAD_BLOCKS: Final = 6
#: How many lines a press office's letterhead under a release-kind label runs to.
LETTERHEAD_LINES: Final = 3
#: How far a run-together page is searched for its dateline, in characters.
COLLAPSED_WINDOW: Final = 4000
#: A site's name after a heading's bar has at most this many words.
SITE_NAME_WORDS: Final = 8
#: A line of a menu has at most this many words.
MENU_WORDS: Final = 4
#: Converters wrap Markdown lines (with the heading's "# ") at 74 to 80 characters: a
#: heading line was wrapped only if the next line's first word would not have fitted.
WRAP_MIN, WRAP_MAX = 74, 80

# A title line that stops mid-phrase, so the title runs on to the next line: "... Deadly
# Crash in", "... Prison For Stabbing;", "... Expunction Expo -".
_RUNS_ON: Final = LineEnd(regex.compile(r"(?:\s\p{Ll}[\p{L}’']{0,11}|[,;:–—\-])$"), longest=13)
# Markdown heading marks left in the text: "# Title", "## Title".
_HASHES: Final = regex.compile(r"^#{1,6}\s+")
# A line that ends a sentence or a label: "... as planned.", "Contact:".
_ENDS_PUNCT: Final = LineEnd(regex.compile(r"[.!?:]['\"”’)]?$"), longest=2)
# A newsroom label printed before a title in a run-together page: "Press Releases".
_SECTION_LABEL: Final = regex.compile(r"(?i)\b(?:press|news)\s+releases?\b\s*")
# More words than a menu line has (each run of non-spaces a word): "Investor Relations".
_MORE_THAN_MENU_WORDS: Final = regex.compile(rf"(?:\s*+\S++){{{MENU_WORDS + 1}}}")
# A block's heading level (0 for other blocks).
_LEVEL: Final = attrgetter("level")
# The kinds of block a wrapped heading's second line comes as.
_PROSE_KINDS: Final = frozenset({BlockKind.PARAGRAPH, BlockKind.LINE})
# The start of a page's navigation, right under the site's name: "Skip to main content",
# "Skip Navigation", "Menu", "Toggle navigation".
_NAV_START: Final = regex.compile(
    r"(?i)^\W*(?:skip\ to\ (?:main\ )?content|skip\ navigation|(?:main\ )?menu"
    r"|toggle\ navigation)\W*$"
)
# A site suffix on a text dump's first line: "Acme News | Site Name".
_PAGE_TITLE_SUFFIX: Final = regex.compile(r"\s(?:\||::|»)\s")


@attrs.frozen(kw_only=True)
class TitleFound:
    """The title as found: its text, where it starts in ``doc.text``, and its blocks.

    ``collapsed`` is true when the title shares its block with the body (a page run together
    into one paragraph), so the block must not be claimed. A title only the page metadata
    names has rule ``"metadata"`` and no block (``first`` and ``last`` are -1).
    """

    text: str
    start: int
    first: int
    last: int
    rule: str
    collapsed: bool = False


def _clean(doc: Document, first: int, last: int, start: int, text: str, rule: str) -> TitleFound:
    """Drop a leading label or Markdown marks from a title and keep its start in step."""
    label = kind_label_end(text)
    if label is not None and label < len(text):
        start, text = start + label, text[label:]
    hashes = _HASHES.match(text)
    if hashes:
        start, text = start + hashes.end(), text[hashes.end() :]
    return TitleFound(text=text.strip(), start=start, first=first, last=last, rule=rule)


def _from_block(doc: Document, first: int, last: int, rule: str) -> TitleFound:
    blocks = doc.blocks[first : last + 1]
    text = " ".join(b.text for b in blocks)
    return _clean(doc, first, last, blocks[0].span.start, text, rule)


def _wrapped(doc: Document, heading: Block, nxt: Block) -> bool:
    """True when ``nxt`` is the second line of a heading a converter wrapped."""
    if nxt.kind not in _PROSE_KINDS or nxt.bold or len(nxt.text) > 80:
        return False
    if not nxt.text[:1].isupper() and not nxt.text[:1].isdigit():
        return False
    if _ENDS_PUNCT.ends(heading.text) or _ENDS_PUNCT.ends(nxt.text):
        return False
    if nxt.group != heading.group and title_ratio(heading.text.split()) < TITLE_CASE_SHARE:
        return False  # past a blank line, a sentence-case heading's deck line (as in _runs_on)
    if find_date_span(nxt.text) or is_chrome(nxt.text) or nxt.text[:1] in "_*(":
        return False
    if is_label_only(nxt.text):
        return False  # "FOR IMMEDIATE RELEASE" under the title
    if match_dateline(doc.text, nxt.span.start, loose=True) is not None:
        return False  # the dateline under the title (the costliest test, so the last)
    first_word = nxt.text.split(" ", 1)[0]
    printed = len(heading.text) + len("# ")
    if printed > WRAP_MAX or len(nxt.text) > WRAP_MAX:
        return False
    # Some width W in the range fits both lines and not the heading plus the next word.
    lowest, highest = (
        max(WRAP_MIN, printed, len(nxt.text)),
        min(WRAP_MAX, printed + len(first_word)),
    )
    return lowest <= highest or (printed >= WRAP_MIN - 20 and SMALL_WORD_END.ends(heading.text))


def _heading(doc: Document) -> TitleFound | None:
    blocks = doc.blocks
    if 1 not in map(_LEVEL, blocks):
        return None  # no level-one heading (text pages): told by one scan in C, no loop
    for i, block in enumerate(blocks):
        if block.level != 1 or block.kind is not BlockKind.HEADING:
            continue  # (the level first: other blocks are at level 0, and most are)
        text = _HASHES.sub("", block.text)
        # (a chrome line is not title-like: the text tested alone only when marks went)
        if (text != block.text and is_chrome(block.text)) or not is_title_like(text):
            continue
        last = i + 1 if i + 1 < len(blocks) and _wrapped(doc, block, blocks[i + 1]) else i
        found = _from_block(doc, i, last, "heading")
        cut = _site_suffix_start(found.text)
        if cut is not None:  # "... From Residents | Multnomah Valley County District Attorney"
            found = attrs.evolve(found, text=found.text[:cut].rstrip())
        return found
    return None


def _site_suffix_start(title: str) -> int | None:
    """Where a site's name set off by a bar ends a heading, as a page's title prints it
    ("... Sentenced to 6 Years | Multnomah County District Attorney"), else ``None``: the
    name is a few capitalized words with no digit, after a title-like head."""
    bar = title.rfind(" | ")
    if bar < 0:
        return None
    suffix = title[bar + 3 :].split()
    if not 0 < len(suffix) <= SITE_NAME_WORDS or any(c.isdigit() for c in title[bar:]):
        return None
    if title_ratio(suffix) < 1.0 or not is_title_like(title[:bar]):
        return None
    return bar


def _runs_on(doc: Document, first: int) -> int:
    """The last line of a title printed over lines that end mid-phrase."""
    last = first
    while last + 1 < len(doc.blocks) and last - first < 3:
        here, nxt = doc.blocks[last].text, doc.blocks[last + 1].text
        if not _RUNS_ON.ends(here) or not is_title_like(nxt) or _ENDS_PUNCT.ends(nxt):
            break
        if (
            doc.blocks[last + 1].group != doc.blocks[last].group
            and title_ratio(here.split()) < TITLE_CASE_SHARE
        ):
            # past a blank line, only a title-case line ending in a lower-case word ("...
            # Juicio por") runs on: every line of a sentence-case title ends in one, and
            # the line after it there is a deck line
            break
        last += 1
    return last


def _labelled(doc: Document) -> TitleFound | None:
    for i, block in enumerate(doc.blocks[:60]):
        if block.text[:1] in NO_LABEL_OPENINGS:
            continue  # (kind_label_end's first test, without a call: most blocks)
        end = kind_label_end(block.text)
        if end is not None and end < len(block.text) and is_title_like(block.text[end:]):
            return _from_block(doc, i, _runs_on(doc, i), "labelled")
    return None


def _short(block: Block) -> bool:
    text = block.text
    # (a printable text's only white space is " ": with fewer than four, it has fewer words
    # than the pattern looks for, and the pattern need not run)
    words = (text.count(" ") >= MENU_WORDS or not text.isprintable()) and (
        _MORE_THAN_MENU_WORDS.match(text) is not None
    )
    return not words and date_line(text) is None


def _menu_end(doc: Document, i: int) -> int:
    """Index past a run of three or more short menu lines starting at ``i``, else ``i``."""
    j = i
    while j < len(doc.blocks) and _short(doc.blocks[j]):
        j += 1
    return j if j - i >= 3 else i


def _listing_entry(doc: Document, i: int) -> bool:
    """True for a title in a list of other releases: dates alternate with titles around it."""

    def dated(j: int) -> bool:
        return 0 <= j < len(doc.blocks) and date_line(doc.blocks[j].text) is not None

    return (dated(i - 1) and (dated(i - 3) or dated(i + 1))) or (dated(i + 1) and dated(i + 3))


def letterhead_end(doc: Document) -> int:
    """The index past a release-kind label printed alone on a line near the top ("FOR
    IMMEDIATE RELEASE"), when lines stand above it: a press office prints its letterhead
    ("OFFICE OF THE ATTORNEY GENERAL") above the label and the title below it. Else 0."""
    for i, block in enumerate(doc.blocks[:LETTERHEAD_BLOCKS]):
        if block.text[:1] in NO_LABEL_OPENINGS:
            continue  # (kind_label_end's first test, without a call: most blocks)
        if i > 0 and kind_label_end(block.text) == len(block.text):
            return i + 1
    return 0


def label_line(doc: Document) -> int | None:
    """The index of a release-kind label printed alone on its line near the top ("FOR
    IMMEDIATE RELEASE"), whatever stands above it, else ``None``."""
    for i, block in enumerate(doc.blocks[:LETTERHEAD_BLOCKS]):
        if block.text[:1] not in NO_LABEL_OPENINGS and kind_label_end(block.text) == len(
            block.text
        ):
            return i
    return None


def _first_title_line(doc: Document) -> TitleFound | None:
    """The first title-like line past chrome, menus and listings, or a run-together title;
    below a release-kind label with a letterhead above it, if one is printed
    (:func:`letterhead_end`), and above it only if none is below."""
    start = letterhead_end(doc)
    found = _first_title_line_from(doc, start) if start else None
    if found is not None and not found.collapsed and found.first == found.last:
        # a title line of its own: not a lead paragraph (a sentence, or a dateline's line)
        block = doc.blocks[found.first]
        if (
            is_title_like(block.text)
            and not block.text.rstrip().endswith(".")
            and match_dateline(doc.text, block.span.start, loose=True) is None
        ):
            return found
    return _first_title_line_from(doc, 0)


def _first_title_line_from(doc: Document, i: int) -> TitleFound | None:
    """:func:`_first_title_line`'s search, from block ``i``."""
    limit = min(len(doc.blocks), SEARCH_BLOCKS)
    while i < limit and doc.blocks[i].span.start < FIRST_LINE_CHARS:
        end = _menu_end(doc, i)
        if end > i:
            i = end
            continue
        block = doc.blocks[i]
        if i == 0 and _PAGE_TITLE_SUFFIX.search(block.text):
            i += 1  # a page title whose cuts were not printed again: not the release's title
            continue
        long = len(block.text) > MAX_TITLE_CHARS
        title_like = block.kind is not BlockKind.RULE and is_title_like(block.text)
        if title_like and (_site_name(doc, i) or _letterhead_line(doc, i)):
            i += 1
            continue
        if long or title_like:
            collapsed = _collapsed(doc, i)
            if collapsed is not None:
                return collapsed
        if title_like and not _listing_entry(doc, i):
            return _from_block(doc, i, _runs_on(doc, i), "first_line")
        i += 1
    return None


def _letterhead_line(doc: Document, i: int) -> bool:
    """True for a line of a press office's letterhead with the title still to come: "U.S.
    Attorney's Office" / "District of New Jersey" over the title, with at most date lines
    and labels between."""
    if not is_office_line(doc.blocks[i].text):
        return False
    for block in doc.blocks[i + 1 : i + 1 + LETTERHEAD_LINES]:
        if is_office_line(block.text) or is_header_line(block.text):
            continue
        return is_title_like(block.text) and not block.text.rstrip().endswith(".")
    return False


def _site_name(doc: Document, i: int) -> bool:
    """True for a line above the page's navigation: the site's name, not a release's title."""
    return any(_NAV_START.match(b.text) for b in doc.blocks[i + 1 : i + 3])


def _collapsed(doc: Document, index: int) -> TitleFound | None:
    """The words before a wire dateline that starts inside block ``index``."""
    block = doc.blocks[index]
    if not city_may_start(doc.text, block.span.start + 1, block.span.end):
        return None  # (no dateline can start inside the block: most title-like lines)
    end = min(len(doc.text), block.span.start + COLLAPSED_WINDOW)
    hit = search_wire_dateline(doc.text, block.span.start, end, before=block.span.end)
    if hit is None or not block.span.start < hit.start < block.span.end:
        return None
    cut = hit.start
    while True:
        head = doc.text[block.span.start : cut].rstrip()
        tail_cut = trailing_place_date(head)
        words = head.split()
        for n in (3, 2, 1):
            if len(words) > n and wire_id(" ".join(words[-n:])):
                tail_cut = len(head) - len(" ".join(words[-n:]))
                break
        if tail_cut is None:
            break
        cut = block.span.start + tail_cut
    start = block.span.start
    labels = list(_SECTION_LABEL.finditer(doc.text, start, cut))
    if labels:
        start = labels[-1].end()
    text = doc.text[start:cut].strip()
    if not is_title_like(text):
        return None
    return TitleFound(text=text, start=start, first=index, last=index, rule="collapsed",
                      collapsed=True)  # fmt: skip


def find_title(doc: Document) -> TitleFound | None:
    """Find the release's title by the rules above; ``None`` when none is printed."""
    found = _heading(doc)
    if found is not None:
        return found
    titles = page_titles(doc)
    match = find_page_title(doc, titles=titles)
    if match is not None:
        start = doc.blocks[match.first].span.start + match.offset
        return _clean(doc, match.first, match.last, start, match.text, "page_title")
    found = _labelled(doc)
    if found is not None:
        return found
    if doc.format is InputFormat.HTML:
        _, candidates = titles
        if candidates:  # printed nowhere in the page: the title from its metadata
            return TitleFound(text=candidates[0], start=-1, first=-1, last=-1, rule="metadata")
    return _first_title_line(doc)
