"""The page's own title (``og:title``, ``<title>``, a text dump's first line) and where the
release prints it.

A page title carries a site suffix (" - Orange County District Attorney", " | Cook County
State's Attorney", " | Newsroom") that is not part of the release's title, and a title may
itself hold " - " ("OCDA ISSUES REPORT - Jane Roe"). So each cut of the page title at a
separator is a candidate, longest first, and the first candidate printed in the document as
a line (alone, after a release-kind label, after a listing date, or over several lines)
is the release's title.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Final

import attrs
import regex

from pressparse.dates import match_date
from pressparse.document import Document
from pressparse.stages._header_lines import (
    MAX_TITLE_CHARS,
    is_title_like,
    kind_label_end,
)

__all__ = ["TitleMatch", "find_page_title", "fold", "page_titles"]

# Separators between a title and a site name: " | ", " - ", " – ", " — ", " :: ", " » ".
_SEPARATOR: Final = regex.compile(r"\s+(?:\||-|–|—|::|»|·)\s+")

# Breadcrumbs and markup left in a page title: "Home > News > Releases", "![logo](/a.png)".
_NOT_A_TITLE: Final = regex.compile(r"\s>\s|^!\[|^\[")

# A listing date before a title: "June 4, 2026: " or "June 4, 2026 - ".
_AFTER_DATE: Final = regex.compile(r"[^\S\n]*(?:[:|]|[–—-])[^\S\n]*")

# Curly quotes, primes, guillemets and dashes, each with the plain mark it folds to.
_QUOTES: Final = tuple(zip("‘’‚‛′“”„‟″«»–—‐‑‒―", '\'\'\'\'""""""""------', strict=True))

#: How many consecutive lines a title may be printed over.
MAX_TITLE_LINES: Final = 4
#: A page title with its site suffix is at most this long.
MAX_SOURCE_CHARS: Final = MAX_TITLE_CHARS + 120


def _plain_marks(text: str) -> str:
    """Replace each mark of :data:`_QUOTES` by its plain form.

    One ``str.replace`` per mark: ``str.translate`` with a table looks every character of
    a non-ASCII text up one by one, some fifty times slower on a paragraph.
    """
    for mark, plain in _QUOTES:
        text = text.replace(mark, plain)
    return text


def fold(text: str) -> str:
    """Fold text for comparison: case, quote and dash forms, spacing, end punctuation."""
    if not text.isascii():
        text = _plain_marks(unicodedata.normalize("NFKC", text))
    return " ".join(text.casefold().split()).strip(" .,;:!*_#|-\"'")


@attrs.frozen(kw_only=True)
class TitleMatch:
    """A page-title candidate found as printed: blocks ``first``..``last``, text offset."""

    text: str
    first: int
    last: int
    offset: int = 0


def _cuts(source: str) -> Iterator[str]:
    """The source without its suffixes, longest first; the source itself if it has none."""
    seps = list(_SEPARATOR.finditer(source))
    if not seps:
        yield source
        return
    for sep in reversed(seps):
        head = source[: sep.start()].strip()
        if head:
            yield head


def page_titles(doc: Document) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return the page-title sources and the title candidates cut from them."""
    first_line = doc.blocks[0].text if doc.blocks else None
    if first_line is not None and (
        len(first_line) > MAX_SOURCE_CHARS or not _SEPARATOR.search(first_line)
    ):
        first_line = None  # a text dump's first line is the page title only with a suffix
    sources: list[str] = []
    for source in (doc.meta_title, doc.title, first_line):
        fits = source is not None and len(source) <= MAX_SOURCE_CHARS
        if fits and source and source not in sources and not _NOT_A_TITLE.search(source):
            sources.append(source)
    candidates: list[str] = []
    for source in sources:
        for cut in _cuts(source):
            if cut not in candidates and is_title_like(cut) and match_date(cut) is None:
                candidates.append(cut)
    return tuple(sources), tuple(candidates)


def _line_match(text: str, folded: str, want: str) -> int | None:
    """Offset where ``want`` starts in ``text`` when the line is that title, else ``None``.

    ``folded`` is ``fold(text)``, which the caller has at hand.
    """
    if folded == want:
        return 0
    if text.isascii() and not folded.endswith(want):
        return None  # a line that prints the title after a label or date ends with it
    starts: list[int] = []
    label = kind_label_end(text)
    if label is not None and label < len(text):
        starts.append(label)
    date = match_date(text)
    if date is not None:
        sep = _AFTER_DATE.match(text, date.end)
        if sep is not None and sep.end() > date.end:
            starts.append(sep.end())
    for start in starts:
        if fold(text[start:]) == want:
            return start
    return None


def _run_match(doc: Document, first: int, want: str) -> int | None:
    """Index of the last line of a run of lines from ``first`` that together print ``want``."""
    joined = doc.blocks[first].text
    for last in range(first + 1, min(first + MAX_TITLE_LINES, len(doc.blocks))):
        joined = f"{joined} {doc.blocks[last].text}"
        folded = fold(joined)
        if folded == want:
            return last
        if not want.startswith(folded):
            return None
    return None


def find_page_title(
    doc: Document, start: int = 0, *, titles: tuple[tuple[str, ...], tuple[str, ...]] | None = None
) -> TitleMatch | None:
    """Find where the release prints its page title, from block ``start`` on.

    ``titles`` passes on what :func:`page_titles` gave the caller for ``doc``.
    """
    sources, candidates = page_titles(doc) if titles is None else titles
    if not candidates:
        return None
    skip = {fold(s) for s in sources if _SEPARATOR.search(s)}
    folded: list[str] = []  # the blocks' folded texts from ``start``, as far as searched

    def folded_line(i: int) -> str:
        while len(folded) <= i - start:
            folded.append(fold(doc.blocks[start + len(folded)].text))
        return folded[i - start]

    for candidate in candidates:
        want = fold(candidate)
        for i in range(start, len(doc.blocks)):
            text, line = doc.blocks[i].text, folded_line(i)
            if line in skip or not line:
                continue
            offset = _line_match(text, line, want)
            if offset is not None:
                return TitleMatch(text=text[offset:].strip(), first=i, last=i, offset=offset)
            if want.startswith(line) and len(line) >= 8:
                last = _run_match(doc, i, want)
                if last is not None:
                    joined = " ".join(b.text for b in doc.blocks[i : last + 1])
                    return TitleMatch(text=joined, first=i, last=last)
    return None
