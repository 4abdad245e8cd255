"""The readers: every format becomes blocks whose spans point into the normalized text."""

from __future__ import annotations

import pytest

from pressparse.document import BlockKind, Document
from pressparse.errors import InputError
from pressparse.model import InputFormat
from pressparse.readers import decode_bytes, sniff_format, to_document


def assert_spans_exact(doc: Document) -> None:
    for block in doc.blocks:
        assert doc.text[block.span.start : block.span.end] == block.text


def kinds(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind.value, b.text) for b in doc.blocks]


class TestText:
    def test_blank_lines_separate_groups_and_short_lines_stay_apart(self) -> None:
        doc = to_document("Title Here\n\nMedia Contact:\nJane Roe\n555-0100\n", "text")
        assert kinds(doc) == [
            ("paragraph", "Title Here"),
            ("line", "Media Contact:"),
            ("line", "Jane Roe"),
            ("line", "555-0100"),
        ]
        assert doc.blocks[1].group == doc.blocks[3].group != doc.blocks[0].group
        assert_spans_exact(doc)

    def test_hard_wrapped_paragraph_is_joined(self) -> None:
        text = (
            "Quillfeather Press today announced the launch of its new imprint for\n"
            "regional poetry, with twelve titles planned for the first season of\n"
            "publication.\n"
        )
        doc = to_document(text, "text")
        assert len(doc.blocks) == 1
        assert doc.blocks[0].text.startswith("Quillfeather Press today")
        assert doc.blocks[0].text.endswith("first season of publication.")

    def test_title_on_a_deck_line_is_not_a_wrapped_paragraph(self) -> None:
        text = (
            "Marlow Bikes Opens Its First European Assembly Plant in Porto\n"
            "The plant will build 40,000 electric cargo bikes a year for fleets\n"
        )
        assert len(to_document(text, "text").blocks) == 2

    def test_line_continuing_a_sentence_joins_the_line_before(self) -> None:
        doc = to_document(
            "The award went to the\nHarbor Trust\n, which was founded in 1990.", "text"
        )
        assert [b.text for b in doc.blocks] == [
            "The award went to the",
            "Harbor Trust , which was founded in 1990.",
        ]

    def test_collapsed_paragraphs_are_split(self) -> None:
        para = "Birchwood Labs released a new sensor today. " * 10
        text = f"{para.strip()}  Second paragraph starts here and goes on. " + "More text. " * 50
        doc = to_document(text, "text")
        assert len(doc.blocks) == 2
        assert doc.blocks[1].text.startswith("Second paragraph")

    def test_bullets_become_list_items(self) -> None:
        doc = to_document("Highlights:\n• Revenue grew 12%\n• Margin rose", "text")
        assert kinds(doc)[1:] == [("list_item", "Revenue grew 12%"), ("list_item", "Margin rose")]

    def test_entities_and_invisible_characters_are_cleaned(self) -> None:
        doc = to_document("Smith &amp;amp; Sons\u200b\x00 Open\u00a0Store", "text")
        assert doc.blocks[0].text == "Smith & Sons Open Store"


class TestMarkdown:
    def test_headings_links_and_emphasis(self) -> None:
        text = (
            "# Acme Opens Plant\n\n"
            "**Why Springfield?**\n\n"
            "Read the [full report](https://acme.example/r) and *enjoy* it.\n\n"
            "Subhead\n-------\n\n"
            "![logo](https://acme.example/logo.png)\n\n"
            "---\n"
        )
        doc = to_document(text, "markdown")
        assert kinds(doc) == [
            ("heading", "Acme Opens Plant"),
            ("paragraph", "Why Springfield?"),
            ("paragraph", "Read the full report and enjoy it."),
            ("heading", "Subhead"),
            ("rule", "---"),
        ]
        assert doc.blocks[0].level == 1
        assert doc.blocks[1].bold
        assert doc.blocks[3].level == 2
        assert_spans_exact(doc)

    def test_lists_and_block_quotes(self) -> None:
        doc = to_document("- one item\n- two item\n\n> quoted words here", "markdown")
        assert kinds(doc) == [
            ("list_item", "one item"),
            ("list_item", "two item"),
            ("paragraph", "quoted words here"),
        ]


class TestHtml:
    PAGE = """<html><head><title>Acme Opens Plant | Acme Newsroom</title>
    <meta property="og:title" content="Acme Opens Plant">
    <meta property="article:published_time" content="2026-03-04T09:00:00-05:00">
    <script>var x = "<p>not text</p>";</script><style>p {}</style></head>
    <body><header class="site-header"><nav><a href="/">Home</a></nav></header>
    <div class="cookie-banner">We use cookies.</div>
    <article><h1>Acme Opens Plant</h1>
    <p>SPRINGFIELD, Ill. -- Acme <b>opened</b> a plant.</p>
    <p><strong>About Acme</strong></p>
    <p>Contact:<br>Jane Roe<br>jane@acme.example</p>
    <ul><li>First point</li><li>Second point</li></ul>
    </article><footer>Copyright Acme</footer></body></html>"""

    def test_keeps_the_release_and_drops_the_chrome(self) -> None:
        doc = to_document(self.PAGE, "html")
        assert kinds(doc) == [
            ("heading", "Acme Opens Plant"),
            ("paragraph", "SPRINGFIELD, Ill. -- Acme opened a plant."),
            ("paragraph", "About Acme"),
            ("line", "Contact:"),
            ("line", "Jane Roe"),
            ("line", "jane@acme.example"),
            ("list_item", "First point"),
            ("list_item", "Second point"),
        ]
        assert doc.blocks[2].bold
        assert not doc.blocks[1].bold
        assert_spans_exact(doc)

    def test_title_above_the_body_container_is_kept(self) -> None:
        page = (
            "<body><nav>Home</nav><div class='post'><h1>Marlow Bikes Opens Plant</h1>"
            "<p class='deck'>Forty thousand cargo bikes a year</p>"
            "<div class='entry-content'><p>PORTO, Portugal -- Marlow Bikes opened a plant.</p>"
            "</div></div><footer>Copyright</footer></body>"
        )
        doc = to_document(page, "html")
        assert [b.text for b in doc.blocks] == [
            "Marlow Bikes Opens Plant",
            "Forty thousand cargo bikes a year",
            "PORTO, Portugal -- Marlow Bikes opened a plant.",
        ]

    def test_page_metadata(self) -> None:
        doc = to_document(self.PAGE, "html")
        assert doc.title == "Acme Opens Plant | Acme Newsroom"
        assert doc.meta_title == "Acme Opens Plant"
        assert doc.meta_date == "2026-03-04T09:00:00-05:00"

    def test_paragraph_split_by_markup_is_joined(self) -> None:
        doc = to_document(
            "<p>The prize went to the</p><p>Harbor Trust</p><p>, a charity.</p>", "html"
        )
        assert [b.text for b in doc.blocks] == [
            "The prize went to the",
            "Harbor Trust , a charity.",
        ]

    def test_markdown_left_in_paragraphs_is_read_as_markdown(self) -> None:
        page = "<p># Acme Opens Plant</p><p>Body text here.</p><p>## Contacts</p><p>Jane Roe</p>"
        doc = to_document(page, "html")
        assert doc.format is InputFormat.HTML
        assert [b.kind for b in doc.blocks][:1] == [BlockKind.HEADING]
        assert doc.blocks[0].text == "Acme Opens Plant"


class TestFormats:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("<!DOCTYPE html><html><body><p>x</p></body></html>", InputFormat.HTML),
            ("<p>one</p><p>two</p><div>three</div>", InputFormat.HTML),
            ("# Title\n\nBody with a [link](https://x.example).", InputFormat.MARKDOWN),
            ("Title\n\nJust plain text, 5 < 6.", InputFormat.TEXT),
        ],
        ids=["html-page", "html-fragment", "markdown", "text"],
    )
    def test_sniff(self, text: str, expected: InputFormat) -> None:
        assert sniff_format(text) is expected

    def test_unknown_format_is_an_input_error(self) -> None:
        with pytest.raises(InputError, match="unknown format 'pdf'"):
            to_document("x", "pdf")

    def test_decode_utf8_and_legacy_bytes(self) -> None:
        assert decode_bytes("Café “quoted”".encode()) == ("Café “quoted”", ())
        text, notes = decode_bytes("Café déjà vu, naïve résumé".encode("cp1252"))
        assert "déjà" in text
        assert notes[0].code == "encoding-guessed"


def test_a_bulleted_line_is_never_the_wrapped_end_of_the_line_above() -> None:
    text = (
        "Key features\n\n"
        "- A competition pool built to provincial standards\n"
        "- Low-energy filtration\n"
    )
    items = [b.text for b in to_document(text, "text").blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == ["A competition pool built to provincial standards", "Low-energy filtration"]
