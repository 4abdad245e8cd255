"""Generate the benchmark inputs: fictional press releases of a given size, and hostile input.

Every company, person, place and product here is made up. The output is deterministic: the
same size, format and seed always give the same text.

``release(size, fmt)`` writes a release in the usual shape (headline, deck, slash-wire
dateline, body paragraphs with attributed quotes and subheads, a bullet list, "About",
forward-looking statements, a media-contact block and the ``###`` end mark) and keeps adding
body sections until the encoded text is ``size`` bytes long. ``fmt`` is ``"text"``,
``"markdown"`` or ``"html"`` (a whole page with navigation, header and footer around it).

``hostile(size)`` writes input built to make a parser's patterns backtrack: long runs of
quote marks, commas, capitalized words, "said", blank lines, unclosed and deeply nested
tags, Markdown markers that never close, and one giant line with no line break.

Run ``python benchmarks/generate.py OUTDIR`` to write every input to files.
"""

from __future__ import annotations

import argparse
import html
import random
from collections.abc import Callable
from pathlib import Path

FORMATS = ("text", "markdown", "html")
SIZES = {"5KB": 5_000, "50KB": 50_000, "500KB": 500_000, "5MB": 5_000_000}
SUFFIX = {"text": ".txt", "markdown": ".md", "html": ".html"}

_COMPANY = "Brightwater Loom Co."
_CITY = "HARBOR FALLS, Ore."
_PEOPLE = (
    ("Delia Marchetti", "chief executive officer"),
    ("Tobias Renwick", "vice president of operations"),
    ("Priya Halvorsen", "director of product"),
    ("Marcus Oyelaran", "mayor of Harbor Falls"),
)
_SUBJECTS = (
    "The new mill",
    "Our weaving team",
    "The cooperative",
    "This partnership",
    "The pilot program",
    "Each regional partner",
)
_VERBS = ("expands", "strengthens", "supports", "reshapes", "accelerates", "broadens")
_OBJECTS = (
    "sustainable textile production across the region",
    "training for more than 200 apprentices",
    "the supply of recycled fibre to local makers",
    "energy savings of nearly 30 percent a year",
    "exports to partners in four countries",
    "a modern workplace for skilled artisans",
)
_TAILS = (
    "according to company estimates",
    "over the next three years",
    "with support from state grants",
    "starting in the spring",
    "as demand for natural fabrics grows",
)
_HEADS = ("Investing in the Region", "Product Highlights", "A Growing Workforce", "Next Steps")


def _sentence(rng: random.Random) -> str:
    return (
        f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}, "
        f"{rng.choice(_TAILS)}."
    )


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(2, 4)))


def _quote(rng: random.Random) -> str:
    name, title = rng.choice(_PEOPLE)
    first = _sentence(rng).rstrip(".")
    return f"“{first},” said {name}, {title}. “{_sentence(rng)}”"


# A release is a list of (kind, text) blocks: h1, deck, p, h2, li, line, rule.
Blocks = list[tuple[str, str]]


def _head() -> Blocks:
    return [
        ("h1", f"{_COMPANY} Opens Riverside Mill and Adds 200 Jobs"),
        ("deck", "Solar-powered facility to double the company's recycled fabric output"),
        (
            "p",
            f"{_CITY}, March 3, 2026 /PR Wirecast/ -- {_COMPANY} today opened its riverside "
            "mill, the largest recycled-fibre plant in the state.",
        ),
    ]


def _section(rng: random.Random, number: int) -> Blocks:
    blocks: Blocks = [("h2", f"{_HEADS[number % len(_HEADS)]} ({number + 1})")]
    blocks += [("p", _paragraph(rng)), ("p", _quote(rng)), ("p", _paragraph(rng))]
    blocks += [("li", _sentence(rng)) for _ in range(3)]
    blocks.append(("p", _paragraph(rng)))
    return blocks


def _tail() -> Blocks:
    return [
        ("h2", f"About {_COMPANY}"),
        ("p", f"{_COMPANY} makes fabric from recycled fibre at three mills in Oregon."),
        ("h2", "Forward-Looking Statements"),
        ("p", "This release contains forward-looking statements that involve risks."),
        ("p", "Media Contact:"),
        ("line", "Jonah Whitcombe"),
        ("line", _COMPANY),
        ("line", "press@brightwater-loom.example"),
        ("line", "+1 (503) 555-0142"),
        ("rule", "###"),
    ]


def _render_text(blocks: Blocks) -> str:
    out: list[str] = []
    for kind, text in blocks:
        if kind == "li":
            out.append(f"• {text}")
        elif kind == "line":
            out[-1] += f"\n{text}"  # contact lines stand together
        else:
            out.append(text)
    return "\n\n".join(out) + "\n"


def _render_markdown(blocks: Blocks) -> str:
    marks = {"h1": "# ", "h2": "## ", "li": "- ", "deck": "*"}
    out: list[str] = []
    for kind, text in blocks:
        if kind == "line":
            out[-1] += f"  \n{text}"
        elif kind == "deck":
            out.append(f"*{text}*")
        else:
            out.append(marks.get(kind, "") + text)
    return "\n\n".join(out) + "\n"


def _render_html(blocks: Blocks) -> str:
    body: list[str] = []
    for kind, text in blocks:
        t = html.escape(text, quote=False)
        if kind in {"h1", "h2"}:
            body.append(f"<{kind}>{t}</{kind}>")
        elif kind == "deck":
            body.append(f"<p class='deck'><em>{t}</em></p>")
        elif kind == "li":
            body.append(f"<ul><li>{t}</li></ul>")
        elif kind == "line":
            body[-1] = body[-1].replace("</p>", f"<br>{t}</p>")
        else:
            body.append(f"<p>{t}</p>")
    title = html.escape(blocks[0][1])
    return (
        "<!DOCTYPE html>\n<html><head><meta charset='utf-8'>"
        f"<title>{title} | Newsroom</title><meta property='og:title' content='{title}'>"
        "<meta property='article:published_time' content='2026-03-03T08:00:00Z'>"
        "<script>var tracker = {};</script><style>body{margin:0}</style></head><body>"
        "<header class='site-header'><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "</header><main><article class='release-body'>\n"
        + "\n".join(body)
        + "\n</article><aside class='related'>Related news</aside></main>"
        "<footer>© 2026 Newsroom Example</footer></body></html>\n"
    )


RENDERERS: dict[str, Callable[[Blocks], str]] = {
    "text": _render_text,
    "markdown": _render_markdown,
    "html": _render_html,
}


def release(size: int, fmt: str, seed: int = 0) -> str:
    """Return a fictional release in ``fmt`` of about ``size`` bytes (UTF-8), never less."""
    render = RENDERERS[fmt]
    rng = random.Random(seed)
    head, tail = _head(), _tail()
    body: Blocks = [("p", _paragraph(rng)), ("p", _quote(rng))]
    fixed = len(render(head + body + tail).encode())
    sample = [b for n in range(8) for b in _section(random.Random(seed), n)]
    per_section = max(1, (len(render(head + body + sample + tail).encode()) - fixed) // 8)
    # Add whole sections in one go, then top up one at a time: linear, no re-rendering loop.
    for number in range(max(0, (size - fixed) // per_section - 1)):
        body += _section(rng, number)
    number = len(body)
    text = render(head + body + tail)
    while len(text.encode()) < size:
        body += _section(rng, number)
        number += 1
        text = render(head + body + tail)
    return text


# Pieces of hostile input, each repeated to fill its share of the size.
_HOSTILE_PIECES: tuple[str, ...] = (
    '"',  # straight quote marks
    "“",  # opening curly quotes that never close
    '“Acme "said ',  # quotes and "said" with no speaker
    ", ",  # commas
    ",",
    "Northfield Granite Holdings International ",  # capitalized words, no sentence end
    "said ",  # "said" runs
    '," said Vera Lund, ',  # attribution fragments
    "\n",  # blank lines
    "\n\n",
    "<p><b><div class='x' ",  # unclosed tags
    "<div><span>",  # deep nesting
    "**a ",  # Markdown emphasis that never closes
    "[",  # link openers that never close
    "![a](",
    "# ",
    "Contact: ",  # contact labels
    "a@b.",  # half e-mail addresses
    "+1 555 ",  # phone-like digit runs
    "(",
    "FOR IMMEDIATE RELEASE ",
    "CITY, ST, May 1, 2026 /",  # dateline openers that never close
    "\t  ",  # space runs
    "&amp;",
)


def hostile(size: int) -> str:
    """Return ``size`` bytes of input made to trigger backtracking (see module docstring).

    One third is a single giant line; the rest are runs of each hostile piece in turn.
    """
    share = max(1, size // (3 * len(_HOSTILE_PIECES) // 2))
    runs = [piece * max(1, share // len(piece.encode())) for piece in _HOSTILE_PIECES]
    giant = "".join(piece.replace("\n", " ") * 8 for piece in _HOSTILE_PIECES)
    giant_line = (giant * (size // 3 // len(giant.encode()) + 1)).strip()
    text = "\n".join(runs) + "\n" + giant_line
    data = text.encode()[:size]
    return data.decode("utf-8", errors="ignore")


def main() -> None:
    """Write every generated input into a folder."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir", type=Path)
    args = ap.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    for label, size in SIZES.items():
        for fmt in FORMATS:
            path = args.outdir / f"release-{label}{SUFFIX[fmt]}"
            path.write_text(release(size, fmt), encoding="utf-8")
        (args.outdir / f"hostile-{label}.txt").write_text(hostile(size), encoding="utf-8")
    print(f"wrote {len(SIZES) * (len(FORMATS) + 1)} files to {args.outdir}")


if __name__ == "__main__":
    main()
