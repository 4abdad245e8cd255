"""HTML reader: the release's own content, without the page around it.

Drops scripts, styles, forms, navigation, site headers and footers, sidebars, share and
cookie widgets, and any element whose class or id names such chrome. Keeps headings,
paragraphs, list items and ``<br>`` line breaks as blocks. Reads the page ``<title>``,
``og:title`` and a published date from the page metadata for the headline and dateline
stages. Uses lxml as the tree builder when it is installed, else the standard library's
``html.parser``.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from functools import partial
from typing import Final

import attrs
import regex
from bs4 import BeautifulSoup, Tag
from bs4.element import Comment, Doctype, NavigableString, PageElement, ProcessingInstruction

from pressparse.document import BlockKind, Document
from pressparse.model import InputFormat
from pressparse.readers._builder import (
    DocumentBuilder,
    clean_inline,
    decode_entities,
    strip_invisible,
)
from pressparse.readers._lines import continues, split_collapsed
from pressparse.readers.markdown import read_markdown
from pressparse.readers.text import add_lines

#: The tree builder BeautifulSoup uses: lxml when installed (faster), else html.parser.
TREE_BUILDER: Final = "lxml" if importlib.util.find_spec("lxml") else "html.parser"

# A line break in the page source with the indentation around it.
_NEWLINE: Final = regex.compile(r"[ \t]*\n\s*")

# Elements whose content is never text of the release.
_DROP_TAGS: Final = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object",
        "embed", "form", "button", "input", "select", "textarea", "nav", "aside", "footer",
        "head", "link", "meta", "img", "picture", "video", "audio", "map",
    }
)  # fmt: skip

# Tags that start a new block.
_BLOCK_TAGS: Final = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "blockquote", "pre", "table",
        "tr", "td", "th", "thead", "tbody", "ul", "ol", "dl", "dt", "dd", "figure",
        "figcaption", "address", "center", "body", "html",
    }
)  # fmt: skip
_HEADING_TAGS: Final = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BOLD_TAGS: Final = frozenset({"b", "strong"})

# Words in a class or id that mark page chrome: "site-header", "share", "cookie-notice".
_CHROME_TOKEN: Final = regex.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|share|sharing|social|cookies?"
    r"|consent|related|sidebar|footer|masthead|skip|search|comments?|widget|colophon"
    r"|banner|subscribe|newsletter|advert|ads?|promo|popup|modal|toolbar|pagination)"
    r"(?:$|[\s_-])",
    regex.IGNORECASE,
)

# Containers that usually hold the article, most specific first, as (attribute, value):
# an element whose attribute has that value ("class": one of its classes, "tag": its name).
# In CSS: [itemprop=articleBody], .release-body, .entry-content, article, main,
# [role=main], #content. Matched in one pass over the page, not one search per selector.
_CONTENT_SELECTORS: Final = (
    ("itemprop", "articleBody"),
    ("class", "release-body"),
    ("class", "entry-content"),
    ("tag", "article"),
    ("tag", "main"),
    ("role", "main"),
    ("id", "content"),
)
_CONTENT_TAGS: Final = frozenset(v for a, v in _CONTENT_SELECTORS if a == "tag")

# Page metadata naming the title and the publication date.
_TITLE_META: Final = ("og:title", "twitter:title", "dc.title")
_DATE_META: Final = (
    "article:published_time", "og:published_time", "datepublished", "pubdate",
    "publishdate", "date", "dc.date", "dc.date.issued", "sailthru.date",
)  # fmt: skip


#: The tags :func:`read_html` looks up by name, gathered in one pass over the page.
_LOOKUP_TAGS: Final = ("title", "meta", "time", "h1", "body")


def _tags_by_name(tags: list[Tag]) -> dict[str, list[Tag]]:
    """Return the tags of each name in :data:`_LOOKUP_TAGS`, in document order.

    One pass over the page's tags, instead of a search of the whole tree per name
    (``soup.find_all("meta")``, ``soup.find("time")``...).
    """
    found: dict[str, list[Tag]] = {name: [] for name in _LOOKUP_TAGS}
    for tag in tags:
        named = found.get(tag.name)
        if named is not None:
            named.append(tag)
    return found


def _titled(h1s: list[Tag]) -> frozenset[int]:
    """Return the ids of the elements that hold one of the ``<h1>`` elements ``h1s``, in one
    pass up from each ``<h1>``.

    Asking each ``<header>`` for an ``<h1>`` instead costs quadratic time on nested headers.
    """
    seen: set[int] = set()
    for h1 in h1s:
        for parent in h1.parents:
            if id(parent) in seen:
                break  # the rest of the way up was marked by an earlier <h1>
            seen.add(id(parent))
    return frozenset(seen)


def _is_chrome(tag: Tag, titled: frozenset[int]) -> bool:
    """True for an element whose class or id names page chrome, or a header without a title.

    ``titled`` holds the ids of the elements that contain an ``<h1>`` (see :func:`_titled`).
    """
    if tag.name == "header" and id(tag) not in titled:
        return True
    classes: object = tag.get("class") or ""
    names = " ".join(str(c) for c in classes) if isinstance(classes, list) else str(classes)
    names = f"{names} {tag.get('id') or ''} {tag.get('role') or ''}"
    return bool(names.strip()) and _CHROME_TOKEN.search(names) is not None


def _raw_lines(texts: list[str]) -> list[str]:
    """Return the non-empty lines of ``texts`` with only line breaks turned into spaces:
    an archive paragraph whose breaks survive only as runs of spaces, as in text."""
    raw = [_NEWLINE.sub(" ", decode_entities(line)).strip() for line in texts]
    return [line for line in raw if line]


# What the walk does on leaving an element (flush its block), if anything.
_Exit = Callable[[], None] | None

# An element being walked: its remaining children, whether they are bold, and the exit action.
_Frame = tuple[Iterator[PageElement], bool, _Exit]


class _Collector:
    """Walks the tree and turns it into blocks."""

    def __init__(self, builder: DocumentBuilder, titled: frozenset[int]) -> None:
        self.builder = builder
        self.titled = titled
        self.lines: list[list[str]] = [[]]  # the text pieces of each line of the open block
        self.bold_chars = 0
        self.text_chars = 0

    def text(self, value: str, *, bold: bool) -> None:
        self.lines[-1].append(value)
        weight = len("".join(value.split()))  # characters other than white space
        self.text_chars += weight
        if bold:
            self.bold_chars += weight

    def line_break(self) -> None:
        self.lines.append([])

    def flush(self, kind: BlockKind = BlockKind.PARAGRAPH, level: int = 0) -> None:
        if self.text_chars == 0:
            # Nothing but white space since the last flush (the indentation between block
            # tags, most often): no block to add.
            self.lines = [[]]
            self.bold_chars = 0
            return
        texts = ["".join(pieces) for pieces in self.lines]
        lines = [clean_inline(decode_entities(line)) for line in texts]
        lines = [line for line in lines if line]
        bold = self.text_chars > 0 and self.bold_chars == self.text_chars
        if len(lines) == 1 and kind is not BlockKind.PARAGRAPH:
            self.builder.add_alone(kind, lines[0], level=level, bold=bold)
        elif (
            len(lines) == 1
            and len(raw := _raw_lines(texts)) == 1
            and len(split_collapsed(raw[0])) > 1
        ):
            add_lines(self.builder, raw)
        elif len(lines) == 1:
            last = self.builder.last_piece()
            if last is not None and continues(last, lines[0]):
                self.builder.extend_last(lines[0])  # a paragraph that markup split in two
            else:
                self.builder.add_alone(BlockKind.PARAGRAPH, lines[0], bold=bold)
        elif lines:
            add_lines(self.builder, lines)
        self.lines = [[]]
        self.bold_chars = self.text_chars = 0

    def walk(self, root: Tag) -> None:
        """Collect the blocks under ``root`` in document order.

        The walk keeps its own stack instead of recursing, so no nesting depth (100,000
        unclosed tags) can exhaust Python's recursion limit.
        """
        stack: list[_Frame] = [(iter(root.children), False, None)]
        while stack:
            children, bold, on_exit = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                if on_exit is not None:
                    on_exit()
            elif isinstance(child, Tag):
                frame = self._enter(child, bold)
                if frame is not None:
                    stack.append(frame)
            elif isinstance(child, NavigableString) and not isinstance(
                child, (Comment, Doctype, ProcessingInstruction)
            ):
                self.text(str(child), bold=bold)

    def _enter(self, tag: Tag, bold: bool) -> _Frame | None:
        """Handle the start of ``tag``; return the frame to walk its children, if any."""
        name = tag.name.lower() if tag.name else ""
        if name in _DROP_TAGS or _is_chrome(tag, self.titled):
            return None
        if name == "br":
            self.line_break()
            return None
        if name == "hr":
            self.flush()
            self.builder.add_alone(BlockKind.RULE, "---")
            return None
        if name == "pre":
            self.flush()
            for raw in tag.get_text().split("\n"):
                self.text(raw, bold=bold)
                self.line_break()
            self.flush()
            return None
        on_exit: _Exit = None
        if name in _HEADING_TAGS:
            on_exit = partial(self.flush, BlockKind.HEADING, _HEADING_TAGS[name])
        elif name == "li":
            on_exit = partial(self.flush, BlockKind.LIST_ITEM)
        elif name in _BLOCK_TAGS:
            on_exit = self.flush
        if on_exit is not None:
            self.flush()
        return iter(tag.children), bold or name in _BOLD_TAGS, on_exit


def _meta_content(metas: list[Tag], names: tuple[str, ...]) -> str | None:
    """Return the first non-empty ``content`` of a ``<meta>`` of ``metas`` named one of
    ``names``."""
    for meta in metas:
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        if isinstance(key, str) and key.lower() in names:
            content = meta.get("content")
            if isinstance(content, str) and content.strip():
                return clean_inline(content)
    return None


def _selects(tag: Tag, attribute: str, value: str) -> bool:
    """True when ``tag`` is selected by one entry of :data:`_CONTENT_SELECTORS`."""
    if attribute == "tag":
        return tag.name == value
    found = tag.get(attribute)
    return value in found if isinstance(found, list) else found == value


def _content_root(soup: BeautifulSoup, tags: list[Tag], body: Tag | None, h1: Tag | None) -> Tag:
    """Return the element holding the release: the first match of the most specific selector
    whose element has text, else ``<body>``.

    ``tags`` are all the page's tags in document order, ``body`` and ``h1`` its first
    ``<body>`` and ``<h1>``, if any.
    """
    first: dict[int, Tag] = {}  # selector index -> its first element in document order
    for tag in tags:
        if not tag.attrs and tag.name not in _CONTENT_TAGS:
            continue  # no selector can match it: the common case, skipped cheaply
        for i, (attribute, value) in enumerate(_CONTENT_SELECTORS):
            if i not in first and _selects(tag, attribute, value):
                first[i] = tag
    for i in sorted(first):
        if first[i].get_text(strip=True):
            return _widen_to_title(first[i], h1, body)
    return body if body is not None else soup


def _widen_to_title(root: Tag, h1: object, body: Tag | None) -> Tag:
    """Widen ``root`` to the nearest ancestor that also holds the page's ``<h1>``.

    Templates often print the title above the release's body container; the title belongs
    to the release, and chrome inside the wider element is still dropped by the walk.
    """
    if not isinstance(h1, Tag) or root is body:
        return root
    holders = {id(parent) for parent in h1.parents}  # every element that holds the title
    if id(root) in holders:
        return root
    for parent in root.parents:
        if parent is body or not isinstance(parent, Tag):
            return root
        if id(parent) in holders:
            return parent
    return root


# Markdown left in the text of HTML paragraphs, as some content systems and scrapers leave
# it: "# Title", "## Contacts", "![logo](/img.png)", "[link](https://...)".
_MARKDOWN_LEFTOVER: Final = regex.compile(r"^#{1,6}\s+\S|^!\[[^\]]*\]\(|\]\(https?://")

#: How many paragraphs must carry Markdown before the page's text is read as Markdown.
MARKDOWN_LEFTOVER_MIN: Final = 2


def _reads_as_markdown(doc: Document) -> bool:
    """True for a page whose paragraphs hold raw Markdown and no real heading tags."""
    if any(b.kind is BlockKind.HEADING for b in doc.blocks):
        return False
    hits = sum(1 for b in doc.blocks if _MARKDOWN_LEFTOVER.search(b.text))
    return hits >= MARKDOWN_LEFTOVER_MIN


def read_html(text: str) -> Document:
    """Read an HTML page into a :class:`~pressparse.document.Document`."""
    soup = BeautifulSoup(strip_invisible(text), TREE_BUILDER)
    tags: list[Tag] = list(soup.find_all(True))
    named = _tags_by_name(tags)
    first = {name: found[0] for name, found in named.items() if found}
    title_tag = first.get("title")
    title = clean_inline(title_tag.get_text()) if title_tag is not None else None
    meta_title = _meta_content(named["meta"], _TITLE_META)
    meta_date = _meta_content(named["meta"], _DATE_META)
    if meta_date is None and "time" in first:
        stamp = first["time"].get("datetime")
        meta_date = stamp if isinstance(stamp, str) and stamp.strip() else None
    builder = DocumentBuilder(InputFormat.HTML)
    collector = _Collector(builder, _titled(named["h1"]))
    collector.walk(_content_root(soup, tags, first.get("body"), first.get("h1")))
    collector.flush()
    doc = builder.build(title=title or None, meta_title=meta_title, meta_date=meta_date)
    if _reads_as_markdown(doc):
        # Each paragraph was one Markdown line: read them again as one Markdown text.
        lines = "\n".join(b.text for b in doc.blocks)
        doc = attrs.evolve(
            read_markdown(lines),
            format=InputFormat.HTML,
            title=doc.title,
            meta_title=doc.meta_title,
            meta_date=doc.meta_date,
        )
    return doc
