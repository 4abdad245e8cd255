"""Shared Hypothesis strategies: release-like input in every format, HTML trees, noise.

Every name, company and place is fictional. ``releases()`` draws the parts of a release
(headline, dateline, paragraphs with attributed quotes, subheads, contacts, end mark) and
mixes in noise (stray quote marks, random text, unclosed markup), then renders them as plain
text, Markdown or HTML. ``html_pages()`` draws arbitrary trees of the tags the HTML reader
treats specially (dropped, chrome, block, heading, inline), sometimes left unclosed.
"""

from __future__ import annotations

from hypothesis import strategies as st

FORMATS = ("text", "markdown", "html")

_PEOPLE = ("Ada Brill", "Tomas Okafor", "Wren Halloway", "Ines Vartanian", "Dr. Lio Sato")
_TITLES = ("chief executive officer", "owner", "director of research", "mayor", "")
_ORGS = ("Fenwick Orchards", "Lumen Tide Labs", "Copperline Transit", "Quillfeather Inc.")
_CITIES = ("MAPLE GROVE, Vt.", "PORT ELLERY, Maine", "LAKESIDE, Ore.", "NEW HARROW", "Oslo")
_DATES = ("June 2, 2026", "Jan. 9, 2025", "3 March 2026", "2026-07-14", "Tuesday", "")
_WIRES = ("/PRNewswire/", "(BUSINESS WIRE)", "/EINPresswire.com/", "-- GLOBE NEWSWIRE", "")
_DASHES = (" -- ", " — ", " - ", ": ", " ")
_WORDS = (
    "cider", "opens", "Harbor", "said", "Expands", "the", "new", "“", "”", '"', "'", ",",
    "of", "Inc.", "and", "quarter", "###", "About", "Contact:", "Media", "—", "(", ")",
    "2026", "percent", "grant", "mill", "Launches", "Acme", "“We", "today", ".", "\n",
)  # fmt: skip
_SUBHEADS = (
    "About {org}", "Media Contact", "Forward-Looking Statements", "Highlights",
    "Investor Contacts:", "Notes to Editors", "Availability", "About the Survey",
)  # fmt: skip


def _title_case(words: list[str]) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in words)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """A sentence of release-like words, with quote marks and punctuation among them."""
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14))
    return " ".join(words) + draw(st.sampled_from((".", "", "!", ",", "?")))


@st.composite
def quotations(draw: st.DrawFn) -> str:
    """A paragraph holding a quotation with one of the usual attributions (or none)."""
    said = draw(sentences()).rstrip(".")
    who = draw(st.sampled_from(_PEOPLE))
    title = draw(st.sampled_from(_TITLES))
    org = draw(st.sampled_from(_ORGS))
    role = f", {title} of {org}" if title else ""
    open_, close = draw(st.sampled_from((("“", "”"), ('"', '"'), ("‘", "’"), ("“", ""))))
    shape = draw(st.integers(0, 3))
    if shape == 0:
        return f"{open_}{said},{close} said {who}{role}."
    if shape == 1:
        return f"{open_}{said},{close} {who} said. {open_}{draw(sentences())}{close}"
    if shape == 2:
        return f"{who}{role}, said: {open_}{said}.{close}"
    return f"{open_}{said}{close}"


@st.composite
def datelines(draw: st.DrawFn) -> str:
    """The opening words of a body paragraph, with or without a dateline before them."""
    city, date = draw(st.sampled_from(_CITIES)), draw(st.sampled_from(_DATES))
    wire, dash = draw(st.sampled_from(_WIRES)), draw(st.sampled_from(_DASHES))
    org = draw(st.sampled_from(_ORGS))
    lead = f"{org} today announced {draw(sentences())}"
    if draw(st.booleans()):
        return lead
    return f"{city}, {date} {wire}{dash}{lead}".replace("  ", " ")


# A release as (kind, text) parts: h1, deck, p, h2, line, li, rule.
Parts = list[tuple[str, str]]


@st.composite
def release_parts(draw: st.DrawFn) -> Parts:
    """The parts of a release, in order, with noise mixed in."""
    org = draw(st.sampled_from(_ORGS))
    parts: Parts = []
    if draw(st.booleans()):
        parts.append(("p", draw(st.sampled_from(("FOR IMMEDIATE RELEASE", "NEWS", "Home")))))
    headline = _title_case(draw(st.lists(st.sampled_from(_WORDS[:20]), min_size=1, max_size=12)))
    cut = draw(st.integers(0, len(headline)))
    if headline[cut : cut + 1] == " " and draw(st.booleans()):  # wrapped over two lines
        headline = headline[:cut] + draw(st.sampled_from(("\n", "\n\n"))) + headline[cut + 1 :]
    parts.append(("h1", headline))
    if draw(st.booleans()):
        parts.append(("deck", draw(sentences())))
    parts.append(("p", draw(datelines())))
    body = st.one_of(
        sentences().map(lambda s: ("p", s)),
        quotations().map(lambda s: ("p", s)),
        st.sampled_from(_SUBHEADS).map(lambda s: ("h2", s.format(org=org))),
        sentences().map(lambda s: ("li", s)),
        st.sampled_from(_PEOPLE + _ORGS + ("press@fenwick.example", "+1 802-555-0199")).map(
            lambda s: ("line", s)
        ),
        st.text(max_size=40).map(lambda s: ("p", s)),
        st.just(("rule", "###")),
    )
    parts += draw(st.lists(body, max_size=12))
    return parts


def render(parts: Parts, fmt: str, *, unclosed: bool = False) -> str:
    """Render release parts as ``fmt``; ``unclosed`` leaves the HTML's closing tags out."""
    if fmt == "html":
        tags = {"h1": "h1", "h2": "h2", "deck": "p", "p": "p", "li": "li", "line": "div"}
        body = []
        for kind, text in parts:
            if kind == "rule":
                body.append("<hr>")
                continue
            tag, text = tags[kind], text.replace("\n\n", "<br>").replace("\n", "<br>")
            body.append(f"<{tag}>{text}" + ("" if unclosed else f"</{tag}>"))
        return "<html><head><title>News</title></head><body><article>" + "\n".join(body)
    marks = {"h1": "# ", "h2": "## ", "li": "- "} if fmt == "markdown" else {"li": "• "}
    out: list[str] = []
    for kind, text in parts:
        if kind == "line" and out:
            out[-1] += "\n" + text
        else:
            out.append(marks.get(kind, "") + text)
    return "\n\n".join(out)


@st.composite
def releases(draw: st.DrawFn) -> tuple[str, str]:
    """A release-like input and the format to read it as: ``(source, fmt)``."""
    fmt = draw(st.sampled_from(FORMATS))
    source = render(draw(release_parts()), fmt, unclosed=draw(st.booleans()))
    return source, draw(st.sampled_from((fmt, "auto")))


_TAGS = (
    "p", "div", "span", "b", "strong", "em", "a", "br", "hr", "h1", "h2", "h3", "li", "ul",
    "header", "footer", "nav", "aside", "script", "style", "pre", "table", "tr", "td",
    "article", "main", "section", "blockquote", "time", "meta", "title", "img",
)  # fmt: skip
_CLASSES = ("", "release-body", "site-header", "share", "entry-content", "menu", "x")


@st.composite
def _element(draw: st.DrawFn, children: st.SearchStrategy[str]) -> str:
    tag = draw(st.sampled_from(_TAGS))
    cls = draw(st.sampled_from(_CLASSES))
    attrs = f' class="{cls}"' if cls else ""
    inner = "".join(draw(st.lists(children, max_size=4)))
    close = "" if draw(st.integers(0, 4)) == 0 else f"</{tag}>"  # sometimes left open
    return f"<{tag}{attrs}>{inner}{close}"


def html_pages() -> st.SearchStrategy[str]:
    """Arbitrary HTML trees of the tags the reader treats specially, some left unclosed."""
    text = st.one_of(sentences(), quotations(), st.text(max_size=20), st.just("&amp; &#8220;"))
    return st.recursive(text, lambda children: _element(children), max_leaves=30)
