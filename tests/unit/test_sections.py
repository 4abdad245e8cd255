"""The sections stage: subheads, boilerplate, contact blocks, run-in headings, the body's end.

The releases here are fictional, written for these tests in the formats real ones come in
(``tests/fixtures/sections``).
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from pathlib import Path

import attrs
import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import pressparse
from pressparse import PressRelease, SectionKind, Span
from pressparse.document import Block, BlockKind
from pressparse.extension import SectionContext
from pressparse.options import ParseOptions
from pressparse.sectionparsers import (
    BUILTINS,
    TEST_BIT_COMBINATIONS,
    AboutHeading,
    ContactLabel,
    _may_be_titled,
    _may_open_about,
    builtins_that_may_answer,
    cheap_test,
    cheap_test_bit,
    default_section_parsers,
    is_builtin,
    match_after_test,
    no_builtin_answers,
)
from pressparse.stages import _headings as h
from pressparse.stages import _runin as runin
from pressparse.stages import sections
from pressparse.stages._about import GLUE, about_end
from pressparse.stages._leadins import is_quote_lead_in
from pressparse.stages._runin import (
    _CLAUSE_MARK,
    _FLS_EMBEDDED,
    _HONORIFICS,
    _NO_STOP_ANY_CASE,
    _TITLES_ANY_CASE,
    _TYPOGRAPHIC_MARKS,
    _ascii_glues,
    _BodyWords,
    _fls_matches,
    _glued_split,
    _holds_fls_words,
    _spaced_split,
)
from pressparse.stages._titleline import broken_off, short_subhead
from pressparse.vocab import END_MARK

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sections"


def parse_fixture(name: str) -> PressRelease:
    return pressparse.parse(FIXTURES / name)


def headings(release: PressRelease) -> list[tuple[str, str | None]]:
    return [(s.kind.value, s.heading) for s in release.sections if s.heading is not None]


def check_spans(release: PressRelease) -> None:
    for section in release.sections:
        if section.heading is not None:
            assert section.heading_span is not None
            assert section.heading_span.slice(release.text) == section.heading
        for paragraph in section.paragraphs:
            assert paragraph.span.slice(release.text) == paragraph.text
        assert section.span.start <= section.span.end


@pytest.mark.parametrize(
    "name",
    [
        "kestrel-markdown.md",
        "lumbra-collapsed.md",
        "corvid-advisory.txt",
        "orrin-page.html",
        "harrowgate-dump.txt",
        "solano-es.txt",
        "boreal-fr.txt",
    ],
)
def test_every_span_points_at_its_text(name: str) -> None:
    check_spans(parse_fixture(name))


def test_markdown_subheads_boilerplate_and_contact() -> None:
    release = parse_fixture("kestrel-markdown.md")
    assert headings(release) == [
        ("body", "A Plant Built Around Its Workers"),
        ("body", "Training from Day One"),
        ("body", "Key Numbers"),
        ("about", "About Kestrel Robotics"),
        ("forward_looking", "Forward-Looking Statements"),
        ("contact", "Media Contact"),
    ]
    assert release.sections[0].kind is SectionKind.LEAD
    about = next(s for s in release.sections if s.kind is SectionKind.ABOUT)
    assert about.organization == "Kestrel Robotics"


def test_lead_in_clause_is_not_a_heading() -> None:
    release = parse_fixture("kestrel-markdown.md")
    assert "The training program includes" not in {s.heading for s in release.sections}
    training = next(s for s in release.sections if s.heading == "Training from Day One")
    assert "The training program includes:" in [p.text for p in training.paragraphs]


def test_end_mark_ends_the_body() -> None:
    release = parse_fixture("kestrel-markdown.md")
    texts = [p.text for p in release.paragraphs]
    assert not any("View original content" in t for t in texts)
    assert release.sections[-1].kind is SectionKind.CONTACT


def test_headings_run_into_collapsed_text_are_split_off() -> None:
    release = parse_fixture("lumbra-collapsed.md")
    assert headings(release) == [
        ("body", "A Record of Building Clinics"),
        ("body", "Why It Matters"),
        ("about", "About Lumbra Health"),
        ("forward_looking", "Forward-Looking Statements"),
    ]
    record = release.sections[1]
    assert record.paragraphs[0].text.startswith("Dr. Osei opened four")


def test_advisory_labels_alone_on_their_lines_are_headings() -> None:
    release = parse_fixture("corvid-advisory.txt")
    assert headings(release) == [
        ("body", "WHO"),
        ("body", "WHAT"),
        ("body", "WHEN"),
        ("body", "Eligibility"),
    ]
    texts = [p.text for p in release.paragraphs]
    assert "Related Posts" not in texts  # after the "# # #" end mark
    assert "Applicants must bring:" in texts


def test_html_subheads_bold_lines_and_source_line() -> None:
    release = parse_fixture("orrin-page.html")
    assert headings(release) == [
        ("body", "What the Agreement Covers"),
        ("body", "Delivery Schedule"),
        ("about", "About Orrin Solar"),
        ("contact", "Contacts"),
    ]
    assert all("More News" not in p.text for p in release.paragraphs)
    # the attribution line under a quotation is not a subhead
    assert "Lenny Ortiz, CEO of Fenwick Grid" in [p.text for p in release.paragraphs]


def test_plain_text_dump_quote_lead_ins_fragments_and_short_subheads() -> None:
    release = parse_fixture("harrowgate-dump.txt")
    assert headings(release) == [
        ("body", "Local hiring"),
        ("body", "Next steps"),
        ("about", "About Harrowgate Biologics"),
    ]
    texts = [p.text for p in release.paragraphs]
    # the lines introducing a quotation stay with the text they introduce
    assert "Chief Executive Officer Dana Whitlock commented:" in texts
    assert "Dr. Amos Reed, Chief Medical Officer, added:" in texts
    # a sentence the layout broke after two words is no subhead
    assert "The Harbor" in texts
    assert [q.speaker.name for q in release.quotes if q.speaker] == ["Dana Whitlock", "Amos Reed"]


def test_spanish_about_and_contact_labels() -> None:
    release = parse_fixture("solano-es.txt")
    assert headings(release) == [
        ("about", "Acerca de Grupo Solano"),
        ("contact", "Contacto para medios"),
        ("contact", "Contacto de prensa"),
    ]
    about = next(s for s in release.sections if s.kind is SectionKind.ABOUT)
    assert about.organization == "Grupo Solano"
    assert [c.name for c in release.contacts] == ["Lucía Herrera", "Martín Ibarra"]
    # the line introducing the quotation is no heading in Spanish either
    assert "Marta Ruiz, directora general de Grupo Solano, comentó:" in [
        p.text for p in release.paragraphs
    ]


def test_french_about_and_contact_labels() -> None:
    release = parse_fixture("boreal-fr.txt")
    assert headings(release) == [
        ("about", "À propos d'Énergie Boréal"),
        ("contact", "Personne-ressource"),
        ("contact", "Renseignements"),
    ]
    about = next(s for s in release.sections if s.kind is SectionKind.ABOUT)
    assert about.organization == "Énergie Boréal"
    assert [c.name for c in release.contacts] == ["Mireille Gagnon", "Jesse Albright"]


@pytest.mark.parametrize(
    "body",
    [
        "<p><strong>Acme CEO Jane Roe commented:</strong></p>",
        "<p>Dr. Ann Lee, Chief Medical Officer, added:</p>",
        "<p><b>Jane Roe said in a statement:</b></p>",
        "<h4>Ann Lee, Chief Medical Officer, added:</h4>",
        "<p>Jane Roe, CEO of Acme Corp.:</p>",
        "<p><strong>Jane Roe, CEO of Acme Corp.:</strong></p>",
    ],
)
def test_quote_lead_in_line_in_html_is_not_a_heading(body: str) -> None:
    page = (
        "<html><body><h1>Acme Opens Plant</h1><p>SPRINGFIELD, Ill., May 4, 2026 /PRNewswire/"
        " -- Acme Corp. opened its third plant today, adding two hundred jobs.</p>"
        f"{body}<p>&ldquo;The plant will run two shifts from its first day and hire"
        " locally,&rdquo; she said.</p></body></html>"
    )
    assert headings(pressparse.parse(page, fmt="html")) == []


def sections_of(text: str) -> list[tuple[str, str | None]]:
    return headings(pressparse.parse(text, fmt="text"))


TOP = """\
Acme Opens Plant

SPRINGFIELD, Ill., May 4, 2026 /PRNewswire/ -- Acme Corp. opened its third plant today,
adding two hundred jobs in the region over the coming year.

"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "About Acme Corp. Acme Corp. makes gears and pulleys for farm machinery.",
            [("about", "About Acme Corp.")],
        ),
        (
            "About AcmeAcme makes gears and pulleys for farm machinery in Illinois.",
            [("about", "About Acme")],
        ),
        (
            "ABOUT ACME FARMSThe market has sold produce from local growers since 1950.",
            [("about", "ABOUT ACME FARMS")],
        ),
        (
            "About Acme: Acme makes gears and pulleys for farm machinery in Illinois.",
            [("about", "About Acme")],
        ),
        (
            "About Acme Labs Founded in 1990, Acme Labs makes gears and pulleys for farms.",
            [("about", "About Acme Labs")],
        ),
        (
            "RISK FACTORS:The filing lists the risks the company faces in the coming year.",
            [("body", "RISK FACTORS")],
        ),
        (
            "Key Takeaways:* Acme opened its third plant\n* Two hundred jobs will follow",
            [("body", "Key Takeaways")],
        ),
        (
            "Why Now?Sales of farm machinery grew by a third last year across the state.",
            [("body", "Why Now?")],
        ),
        (
            "Outlook: For 2027 the company expects sales to grow by a tenth over this year.",
            [],
        ),
        (
            "About 200 people attended the opening, the company said in a statement.",
            [],
        ),
        (
            '"The Road Ahead"\n\nThe company plans a fourth plant in 2028, it said in a statement.',
            [("body", '"The Road Ahead"')],
        ),
        # a subhead run in with a space, before a word that opens a sentence ...
        (
            "Built to Last Every gearbox carries a ten-year warranty, the company said.\n\n"
            "Made at Home Many of the parts come from suppliers within fifty miles.",
            [("body", "Built to Last"), ("body", "Made at Home")],
        ),
        # ... but not a name the release prints whole elsewhere ("the Gearline One")
        (
            "The plant will build the Gearline One, a compact tractor gearbox.\n\n"
            "Built to Last Every gearbox carries a ten-year warranty, the company said.\n\n"
            "The Gearline One uses standard bolts, so farmers can service it themselves.",
            [("body", "Built to Last")],
        ),
    ],
)
def test_run_in_and_standalone_headings(body: str, expected: list[tuple[str, str]]) -> None:
    assert sections_of(TOP + body) == expected


def test_collapsed_release_on_one_line() -> None:
    text = (
        "Acme Opens Plant SPRINGFIELD, Ill., May 4, 2026 /PRNewswire/ -- Acme Corp. opened"
        " its third plant today, adding two hundred jobs in the region. The plant cost"
        " $40 million. About Acme Acme Corp. makes gears and pulleys for farm machinery."
        " Forward-Looking Statements Statements in this release about future hiring are"
        " forward-looking and may change."
    )
    assert sections_of(text) == [
        ("about", "About Acme"),
        ("forward_looking", "Forward-Looking Statements"),
    ]


def test_contact_lines_under_a_label_are_not_headings() -> None:
    body = "Media Contact:\nJane Roe\nAcme Corp.\npress@acme.test\n(555) 010-0100\n"
    assert sections_of(TOP + body) == [("contact", "Media Contact")]


def test_running_text_after_a_contact_block_is_body_again() -> None:
    body = (
        "Media Contact: Jane Roe, press@acme.test\n\n"
        '"The plant will run two shifts from the first day," said Ann Lee, the plant manager.\n'
    )
    release = pressparse.parse(TOP + body, fmt="text")
    kinds = [(s.kind, s.heading) for s in release.sections]
    assert kinds[-2:] == [(SectionKind.CONTACT, "Media Contact"), (SectionKind.BODY, None)]
    assert [q.text for q in release.quotes][-1].startswith("The plant will run two shifts")


def test_source_line_and_trailer_end_the_body() -> None:
    body = (
        "The plant opens to visitors in June.\n\nSOURCE Acme Corp.\n\n"
        "Related News\n\nAcme Names New Chief Financial Officer\n\n"
        "The company named a new finance chief in a release issued last spring, it said.\n"
    )
    release = pressparse.parse(TOP + body, fmt="text")
    assert headings(release) == []
    assert all("finance chief" not in p.text for p in release.paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "###", "# # #", "#####", "-30-", "- 30 -", "-###-", "ENDS", "End",
        "SOURCE Acme Corp.", "Source: Acme Corp.",
        "View original content to download multimedia: https://acme.test/news",
        "View source version on businesswire.test: https://acme.test/news",
        "Original/Source Press Release", "The post Acme Opens a Plant appeared first on Acme News.",
        "This article has been amplified by a distribution service.", "Release Summary",
        "Site Navigation", "» Related Posts", "Related", "Recent News", "Latest Press Releases",
        "More Stories", "Post navigation", "Leave a Reply", "Previous Post", "Next Article",
        "You just read:", "Also from this source", "Tagged with:", "Distributed by: Acme Wire",
    ],
)  # fmt: skip
def test_every_ending_line_ends_the_release(line: str) -> None:
    block = Block(kind=BlockKind.LINE, text=line, span=Span(start=0, end=len(line)), group=0)
    assert sections._ends_release((block,), 0)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a fragment broken off its sentence, before a paragraph or a continuation line
        ("The Harbor\n\nCommission approved the plan after a long public debate, it said.\n", []),
        ("The Harbor\nAuthority will run the new terminal from next spring, the city said.\n", []),
        ("Residents of the\n\nTownship can apply for grants of up to $5,000 this year.\n", []),
        # a real subhead opening with an article, before a sentence of its own
        (
            "The Road Ahead\n\nThe company plans a fourth plant in 2028, it said today.\n\n"
            "Stepping Up\n\nHiring starts in June with a first class of sixty workers.\n",
            [("body", "The Road Ahead"), ("body", "Stepping Up")],
        ),
        # two-word sentence-case subheads with blank lines on both sides
        (
            "Local hiring\n\nMost of the new jobs will go to people from the county, it said.\n\n"
            "Next steps\n\nA fourth plant is planned for 2028, subject to permits.\n",
            [("body", "Local hiring"), ("body", "Next steps")],
        ),
        # ... but not a lone one, nor one printed tight against its text
        ("Local hiring\n\nMost of the new jobs will go to people from the county, it said.\n", []),
        (
            "Local hiring\nMost of the new jobs will go to people from the county, it said.\n\n"
            "Next steps\nA fourth plant is planned for 2028, subject to permits.\n",
            [],
        ),
        # ... unless the lines around it are whole paragraphs, one to a line, longer than
        # any line of wrapped prose
        (
            "Next steps\n\nA fourth plant is planned for 2028, subject to permits.\n\n"
            "The plant will run three shifts and ship to stores in four states from its own "
            "rail spur, the company said.\nLocal hiring\nMost of the new jobs will go to "
            "people from the county, and a training course with the college starts in May.\n",
            [("body", "Next steps"), ("body", "Local hiring")],
        ),
    ],
)
def test_title_lines(body: str, expected: list[tuple[str, str]]) -> None:
    assert sections_of(TOP + "The plant cost $40 million.\n\n" + body) == expected


def test_menu_and_listing_lines_are_not_headings() -> None:
    body = (
        "The plant opens to visitors in June.\n\n"
        "Read More\n\nAcme Names New Chief Financial Officer\n\nMay 1, 2026\n\n"
        "Share this article\n\nThe company said the plant would run two shifts a day.\n"
    )
    assert sections_of(TOP + body) == []


# -- the text tests the parsers share ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("Why Now?", h.Shape.TITLE),
        ("A Plant Built Around Its Workers", h.Shape.TITLE),
        ("THE LEAD PLAINTIFF PROCESS", h.Shape.CAPS),
        ("Lots of offerings", h.Shape.SENTENCE),
        ("The Best Time to Act? Before Prices Rise.", h.Shape.TITLE),
        ("Jane Roe, CEO of Acme Corp.", None),
        ("The company said the plant would open in June.", None),
        ("May 4, 2026", None),
        ("Visit www.acme.test", None),
        ("Read More", None),
        ("By Jane Roe", None),
        ("A recent", None),
        ("Acme is powered by Gearworks", None),
    ],
)
def test_title_like(text: str, shape: h.Shape | None) -> None:
    assert h.title_like(text) is shape


@pytest.mark.parametrize(
    ("text", "lead_in"),
    [
        ("Chief Executive Officer Dana Whitlock commented:", True),
        ("Dr. Amos Reed, Chief Medical Officer, added:", True),
        ("Jane Roe said in a statement:", True),
        ("According to Jane Roe, CEO of Acme:", True),
        ("Marta Ruiz, directora general, comentó:", True),
        ("Jeanne Roy, présidente, a déclaré :", True),
        ("What Customers Said:", False),
        ("Key Takeaways:", False),
        ("Editor's notes:", False),
        ("The study also found:", False),
    ],
)
def test_quote_lead_in(text: str, lead_in: bool) -> None:
    assert is_quote_lead_in(text) is lead_in


@pytest.mark.parametrize(
    ("text", "following", "broken"),
    [
        ("The Harbor", "Commission approved the plan last year.", True),
        ("The Harbor", "Commission, which runs the port, agreed.", True),
        ("Residents of the", "Township can apply.", True),
        ("The Road Ahead", "The company plans a fourth plant.", False),
        ("The Numbers", "Jane Roe said sales grew.", False),
        ("Un Éxito Colaborativo", "La exitosa acusación fue el resultado.", False),
        ("Why Now?", "Sales grew by a third.", False),
        ("Stepping Up", "Hiring starts in June.", False),
    ],
)
def test_broken_off(text: str, following: str, broken: bool) -> None:
    assert broken_off(text, following) is broken


@pytest.mark.parametrize(
    ("text", "subhead"),
    [
        ("Local hiring", True),
        ("Next steps", True),
        ("Key dates?", True),
        ("It works", False),
        ("Read more", False),
        ("Media contact", False),
        ("Photo credit", False),
        ("Acme Corp", False),
        ("A recent", False),
    ],
)
def test_short_subhead(text: str, subhead: bool) -> None:
    assert short_subhead(text) is subhead


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("WHO:", "WHO"),
        ("Key Takeaways:", "Key Takeaways"),
        (
            "Special Offer for New and Existing Members:",
            "Special Offer for New and Existing Members",
        ),
        ("The study also found:", None),
        ("Penal Code Section 12 defines:", None),
        ("For more information, visit:", None),
        ("Phone:", None),
        ("Outlook: sales will grow", None),
        ("Chief Executive Officer Dana Whitlock commented:", None),
        ("Dr. Amos Reed, Chief Medical Officer, added:", None),
        ("Dana Whitlock, CEO of Harrowgate Biologics:", None),
    ],
)
def test_label_alone(text: str, label: str | None) -> None:
    assert h.label_alone(text) == label


@pytest.mark.parametrize(
    ("heading", "kind", "organization"),
    [
        ("About Acme Corp.", SectionKind.ABOUT, "Acme Corp."),
        ("ABOUT THE COMPANY:", SectionKind.ABOUT, "THE COMPANY"),
        ("Forward-Looking Statements", SectionKind.FORWARD_LOOKING, None),
        ("Cautionary Note Regarding Forward-Looking Statements", SectionKind.FORWARD_LOOKING, None),
        ("Safe Harbor Statement", SectionKind.FORWARD_LOOKING, None),
        ("Notes to Editors", SectionKind.DISCLAIMER, None),
        ("Disclaimer", SectionKind.DISCLAIMER, None),
        ("Media Contacts", SectionKind.CONTACT, None),
        ("Investor & Media Contact", SectionKind.CONTACT, None),
        ("Contact Acme Law LLP", SectionKind.CONTACT, None),
        ("Why Now?", SectionKind.BODY, None),
        ("About 200 Jobs", SectionKind.BODY, None),
        ("Acerca de Grupo Solano", SectionKind.ABOUT, "Grupo Solano"),
        ("Sobre Grupo Solano", SectionKind.ABOUT, "Grupo Solano"),
        ("À propos de Boréal Énergie", SectionKind.ABOUT, "Boréal Énergie"),
        ("À propos d'Énergie Boréal", SectionKind.ABOUT, "Énergie Boréal"),
        ("Sobre el proyecto", SectionKind.BODY, None),
        ("Contacto para medios", SectionKind.CONTACT, None),
        ("Contacto de prensa", SectionKind.CONTACT, None),
        ("Renseignements", SectionKind.CONTACT, None),
        ("Personne-ressource", SectionKind.CONTACT, None),
        ("Relations avec les médias", SectionKind.CONTACT, None),
    ],
)
def test_classify(heading: str, kind: SectionKind, organization: str | None) -> None:
    assert h.classify(heading) == (kind, organization)


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("About Acme Corp. Acme Corp. is a maker of gears.", "About Acme Corp."),
        ("About CloudwayCloudway is a maker of gears.", "About Cloudway"),
        (
            "About Rural Gear, Inc. Rural Gear, also known as RG, makes gears.",
            "About Rural Gear, Inc.",
        ),
        ("ABOUT ACME Founded in 1947, Acme makes gears.", "ABOUT ACME"),
        ("About the Summit SeriesThe Summit Series is a yearly event.", "About the Summit Series"),
        ("About half of the staff moved to the new plant.", None),
    ],
)
def test_about_heading_end(text: str, heading: str | None) -> None:
    end = about_end(text)
    assert (text[:end] if end is not None else None) == heading


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.iterdir()))
def test_a_builtin_parser_declines_every_block_its_cheap_test_turns_away(name: str) -> None:
    doc = pressparse.read(FIXTURES / name)
    for kind in SectionKind:  # the open section's kind changes what some parsers accept
        ctx = SectionContext(doc=doc, blocks=doc.blocks, options=ParseOptions(), open_kind=kind)
        for _, _, parser in BUILTINS:
            test = cheap_test(parser)
            for i, block in enumerate(doc.blocks):
                if test is not None and not test(block):
                    assert parser.match(ctx, i) is None
                else:  # what the stage calls on a block the test passed
                    assert match_after_test(parser)(ctx, i) == parser.match(ctx, i)


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.iterdir()))
def test_no_builtin_parser_answers_for_a_block_the_shared_test_turns_away(name: str) -> None:
    doc = pressparse.read(FIXTURES / name)
    turned_away = [i for i, b in enumerate(doc.blocks) if no_builtin_answers(b)]
    for kind in SectionKind:
        ctx = SectionContext(doc=doc, blocks=doc.blocks, options=ParseOptions(), open_kind=kind)
        for _, _, parser in BUILTINS:
            assert all(parser.match(ctx, i) is None for i in turned_away)


def _bits_of_each_test(block: Block) -> int:
    """What builtins_that_may_answer returns for ``block``, found by asking each test."""
    bits = 0
    for _, _, parser in BUILTINS:
        test, bit = cheap_test(parser), cheap_test_bit(parser)
        assert (test is None) == (bit is None)
        if test is not None and bit is not None and test(block):
            bits |= bit
    return bits


def _every_block(paths: Iterable[Path]) -> Iterable[Block]:
    """The blocks of the documents at ``paths``, and those the sections stage splits them to."""
    for path in paths:
        blocks = pressparse.read(path).blocks
        yield from blocks
        yield from sections.split_blocks(list(blocks))


_ALL_FIXTURES = sorted(
    p for p in FIXTURES.parent.rglob("*") if p.suffix in {".md", ".html", ".txt"}
)
_CORPUS_DOCS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "docs"


@pytest.mark.parametrize("path", _ALL_FIXTURES, ids=lambda p: p.name)
def test_the_tests_told_in_one_pass_are_each_parsers_own_on_every_fixture(path: Path) -> None:
    for block in _every_block([path]):
        assert builtins_that_may_answer(block) == _bits_of_each_test(block), block


@pytest.mark.skipif(not _CORPUS_DOCS.is_dir(), reason="no corpus beside the project")
def test_the_tests_told_in_one_pass_are_each_parsers_own_on_the_corpus() -> None:
    for block in _every_block(sorted(_CORPUS_DOCS.iterdir())):
        assert builtins_that_may_answer(block) == _bits_of_each_test(block)


#: Short texts made of what the cheap tests look at: initials, colons, boilerplate words.
_HEADING_TEXT = st.lists(
    st.sampled_from(
        [
            *'aAsSſüÜàÀxX :;,.\t\n“"1İ',
            *("About ", "Forward", "harbor", "Disclaimer", "Note", "GAAP", "Legal", "Contact"),
            *("Media ", "Inquiries", "Relations", "Press"),
        ]
    ),
    max_size=30,
).map("".join)


@given(
    text=st.one_of(_HEADING_TEXT, _HEADING_TEXT.map(lambda t: t * 4), st.text(max_size=200)),
    kind=st.sampled_from(list(BlockKind)),
    bold=st.booleans(),
    level=st.integers(min_value=0, max_value=6),
)
def test_the_tests_told_in_one_pass_are_each_parsers_own(
    text: str, kind: BlockKind, bold: bool, level: int
) -> None:
    span = Span(start=0, end=len(text))
    block = Block(kind=kind, text=text, span=span, group=0, level=level, bold=bold)
    assert builtins_that_may_answer(block) == _bits_of_each_test(block)


def test_only_the_parsers_whose_test_passes_are_asked() -> None:
    table = sections._builtin_table()
    every = table[-1]
    assert every is not None
    assert [name for name, _ in every] == [name for name, _, _ in BUILTINS]
    assert table[0] == ()
    label = cheap_test_bit(BUILTINS[4][2])
    assert [name for name, _ in table[label or 0] or ()] == ["label"]
    contact = cheap_test_bit(BUILTINS[2][2])
    assert [name for name, _ in table[(label or 0) | (contact or 0)] or ()] == ["contact", "label"]
    assert all(asked == sections._builtin_askers().passed(bits) for bits, asked in enumerate(table))


def test_a_long_paragraph_is_turned_away_unless_a_builtin_parser_may_read_it() -> None:
    text = "Acme Corp. makes gears for bicycles and sells them in forty countries. " * 3
    block = Block(kind=BlockKind.PARAGRAPH, text=text, span=Span(start=0, end=len(text)), group=0)
    assert no_builtin_answers(block)
    label = attrs.evolve(block, text=text + "including:", span=Span(start=0, end=len(text) + 10))
    assert not no_builtin_answers(label)  # ends with a colon: a label
    short = attrs.evolve(block, text="Media Contact", span=Span(start=0, end=13))
    assert not no_builtin_answers(short)
    assert all(is_builtin(parser) for _, _, parser in BUILTINS)


def test_only_the_builtin_classes_have_a_cheap_test() -> None:
    class Custom(AboutHeading):
        pass

    assert cheap_test(AboutHeading()) is not None
    assert cheap_test(Custom()) is None  # a subclass may match what the built-in declines
    assert cheap_test(ContactLabel()) is not None


def test_the_builtin_parsers_are_asked_as_worked_out_once_only_as_registered_by_default() -> None:
    entries = pressparse.Parser().section_parsers.entries()
    askers, table = sections._ask_table(entries)
    assert askers is sections._builtin_askers()
    assert table is sections._builtin_table()
    assert askers == sections._Askers.of(entries)
    registry = default_section_parsers()
    registry.register(AboutHeading(max_words=4), name="about", priority=90, replace=True)
    askers, table = sections._ask_table(registry.entries())
    assert askers == sections._Askers.of(registry.entries())
    assert askers != sections._builtin_askers()
    assert table == [None] * TEST_BIT_COMBINATIONS  # (filled in by the walk)


@given(
    st.lists(
        st.sampled_from(
            ["About", "ABOUT", "aBoUt", "Acerca", "de", "Sobre", "ſobre", "Über", "über", "À",
             "à", "a", "A", "propos", "d’", "Acme", " ", "\t", "\xa0", ":", "x", "İ"]
        ),
        max_size=6,
    ).map("".join)
)  # fmt: skip
def test_an_about_heading_opens_as_the_about_test_allows(text: str) -> None:
    if h.ABOUT_HEADING.match(text.strip().rstrip(":").rstrip()):
        assert _may_open_about(text)


@pytest.mark.parametrize(
    "heading",
    [
        "Disclaimer", "DISCLAIMERS:", "Legal Notice", "Legal Disclaimers",
        "Important Information", "Important Notice", "Notes to Editors", "Note for Editor",
        "Editor's Note", "Editor’s Notes", "Non-GAAP Financial Measures",
        "Use of Non-GAAP Financial Information", "— Disclaimer —",
    ],
)  # fmt: skip
def test_disclaimer_headings_may_name_boilerplate(heading: str) -> None:
    assert h.may_name_boilerplate(heading)
    assert h.classify(heading)[0] is SectionKind.DISCLAIMER


@pytest.mark.parametrize(
    "text",
    [
        "Forward-Looking Statements", "FORWARD LOOKING", "Safe Harbour", "“Safe Harbor” — ok",
        "looKing", "Loo\u212aing ahead", "LOOK\u0130NG", "no such words here", "“quoted” looking",
        "caf\u00e9 harbo", "HARBO\u2019s", "lo oking",
    ],
)  # fmt: skip
def test_fls_words_are_found_as_lowering_the_text_finds_them(text: str) -> None:
    lowered = text.lower()
    assert _holds_fls_words(text) == ("looking" in lowered or "harbo" in lowered)


#: Pieces of the texts of a body: the words of embedded headings in several cases, their
#: parts, characters that lower to two or to an ASCII letter, and the joiner itself.
_BODY_PIECES = st.sampled_from(
    ["About", "ABOUT", "aBOUT", "looKing", "LOO\u212aING", "LOOK\u0130NG", "Harbo", "lo",
     "oking", "harbor’s", " ", "é", "’", "\u0130", "\x00", "a"]
)  # fmt: skip


@given(st.lists(st.lists(_BODY_PIECES, max_size=5).map("".join), max_size=6))
def test_the_body_words_are_those_each_text_holds(texts: list[str]) -> None:
    words = _BodyWords.of(texts)
    assert words.about == {i for i, t in enumerate(texts) if "About" in t or "ABOUT" in t}
    assert words.fls == {
        i for i, t in enumerate(texts) if "looking" in t.lower() or "harbo" in t.lower()
    }


@pytest.mark.parametrize(
    "token",
    ["Dr.", "DR.", "dR", "Mrs.", "PROF.", "Prof", "vs.", "VS.", "St.", "sT.", "Acme", "D\u212a.",
     "St", "Drs.", "M\u0130S.", "mr", "Gen.", "GOV."],
)  # fmt: skip
def test_a_token_in_any_case_is_a_title_as_its_lower_case_is(token: str) -> None:
    assert (token in _TITLES_ANY_CASE) == (token.lower() in _HONORIFICS)
    assert (token in _NO_STOP_ANY_CASE) == (token.lower() in {"vs.", "st."})


def _alternatives(pattern: str, opening: str) -> list[str]:
    """The top-level alternatives of the group that opens right after ``opening``."""
    source = re.sub(r"(?m)#.*$", "", pattern)  # (a verbose pattern's comments)
    i, depth, current, found = source.index(opening) + len(opening), 0, "", []
    while True:
        c = source[i]
        if c == "\\":
            current, i = current + source[i : i + 2], i + 2
            continue
        if c == ")" and depth == 0:
            return ["".join(a.split()) for a in [*found, current]]
        if c == "|" and depth == 0:
            found.append(current)
            current, i = "", i + 1
            continue
        depth += {"(": 1, ")": -1}.get(c, 0)
        current, i = current + c, i + 1


@pytest.mark.parametrize(
    ("pattern", "opening", "openings", "others"),
    [
        (h._CHROME.pattern, r"^\W{0,3}(?:", h._CHROME_OPENINGS, set()),
        (
            sections._ENDING_OPENING.pattern,
            r"^\W*(?:",
            sections._ENDING_WORD_OPENINGS,
            {"$", "30"},
        ),
    ],
)
def test_the_two_letter_openings_are_those_of_the_pattern(
    pattern: str, opening: str, openings: frozenset[str], others: set[str]
) -> None:
    alternatives = _alternatives(pattern, opening)
    pairs = {a[:2].lower() for a in alternatives if a[:2].isascii() and a[:2].isalpha()}
    assert pairs == openings
    # every other alternative opens with something no text opening with two letters does
    assert {a for a in alternatives if a[:2].lower() not in pairs} == others


@pytest.mark.parametrize(
    ("pattern", "opening", "openings3"),
    [
        (h._CHROME.pattern, r"^\W{0,3}(?:", h._CHROME_OPENINGS3),
        (sections._ENDING_OPENING.pattern, r"^\W*(?:", sections._ENDING_WORD_OPENINGS3),
    ],
)
def test_the_three_letter_openings_are_those_of_the_pattern(
    pattern: str, opening: str, openings3: frozenset[str]
) -> None:
    alternatives = _alternatives(pattern, opening)
    words = [a for a in alternatives if a[:2].isascii() and a[:2].isalpha()]
    assert all(a[:3].isalpha() for a in words)  # (each opens with three letters at least)
    assert {a[:3].lower() for a in words} == openings3


def test_other_letter_triples() -> None:
    triples = h.other_letter_triples(frozenset({"rea", "sha"}))
    assert "Rec" in triples
    assert "rEC" in triples
    assert "REA" not in triples
    assert "Acm" not in triples  # (told by its pair)
    assert h.is_chrome("Read more")
    assert not h.is_chrome("Product news")


_ENDING_LIKE = st.sampled_from(
    ["###", "# # #", "-30-", "ENDS", "SOURCE Acme", "Source: Acme", "View original content",
     "The post Acme appeared first on Acme", "Related News", "Distributed by: Wire", "----",
     "the  post", "Previously", "Readers", "[View all]", "**", "#####", "Tagged with", "- 30 -",
     "eNdS", "SOURCE\tAcme", "Ends", "-###-"]
)  # fmt: skip


@given(
    st.one_of(
        st.text(max_size=12),
        st.tuples(st.text(" -#*[“•\xa0", max_size=4), _ENDING_LIKE, st.text(max_size=4)).map(
            "".join
        ),
    )
)
def test_a_text_the_ending_pretest_turns_away_ends_no_release(text: str) -> None:
    assert sections._may_end_release(text) or not _ends_by_patterns(text)
    if text[:2] in sections._NOT_ENDING_PAIRS or text[:3] in sections._NOT_ENDING_TRIPLES:
        assert not sections._may_end_release(text)  # (body_end's skip, read in its loop)
    marks = (END_MARK, sections._HASHES)
    assert sections._may_be_end_mark(text) or not any(p.match(text) for p in marks)
    assert text.startswith(("SOURCE", "Source:")) or not sections._SOURCE_LINE.match(text)


def _ends_by_patterns(text: str) -> bool:
    """Whether one of the patterns that end a release matches ``text``."""
    return any(
        p.match(text) is not None
        for p in (
            END_MARK,
            sections._HASHES,
            sections._TRAILER,
            sections._SOURCE_LINE,
        )
    )


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Acme opens a plant", True), ("[Read more]", False), ("— Share this", False),
        ("“Quoted” text", True), ("....Acme", True), ("ſhare", False), ("A", False),
        ("", False), ("30", False), ("Re", False), ("  Acme", True), ("→ Acme", False),
    ],
)  # fmt: skip
def test_opens_with_other_letters(text: str, other: bool) -> None:
    others = h.other_letter_pairs(frozenset({"re", "sh"}))
    assert h.opens_with_other_letters(text, others) is other


def test_the_leading_marks_are_all_non_word_characters() -> None:
    assert all(regex.match(r"\W", c) for c in h.LEADING_MARKS)


@pytest.mark.parametrize(
    "head",
    ["The Road AheadWhile", "ABOUT ACMEThe", "no glue here", "ACME Corp", "aB", "AAAb", "AAb"],
)
def test_ascii_glues_are_what_the_pattern_finds(head: str) -> None:
    assert _ascii_glues(head) == [m.start() for m in GLUE.finditer(head)]


@given(st.text(alphabet=string.ascii_letters + " .,-'", max_size=60))
def test_ascii_glues_agree_with_the_pattern(head: str) -> None:
    assert _ascii_glues(head) == [m.start() for m in GLUE.finditer(head)]


_CHROME_LIKE = st.sampled_from(["Read more", "SHARE", "Search", "Menu", "Back", "Related news"])


@given(
    st.one_of(
        st.text(max_size=12),
        st.tuples(st.text(max_size=3), _CHROME_LIKE, st.text(max_size=3)).map("".join),
    )
)
def test_is_chrome_agrees_with_the_pattern(text: str) -> None:
    assert h.is_chrome(text) is (len(text) <= 40 and h._CHROME.match(text) is not None)


_DATE_OR_CAPTION_LIKE = st.sampled_from(
    ["May 4, 2026", "Tuesday, May 4, 2026", "4 May 2026", "2026-05-04", "SEPT. 9, 2026",
     "Photo: Acme", "IMAGES", "Source: Acme", "Pictured", "Sunday", "Maybe", "Dec"]
)  # fmt: skip


@given(
    st.one_of(
        st.text(max_size=12),
        st.tuples(st.text(max_size=3), _DATE_OR_CAPTION_LIKE, st.text(max_size=3)).map("".join),
    )
)
def test_date_and_caption_lines_are_what_the_patterns_find(text: str) -> None:
    assert h.is_date_line(text) is (len(text) <= 80 and h._DATE_LINE.match(text) is not None)
    assert h.is_caption(text) is (h._CAPTION.match(text) is not None)


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose. Forward-Looking Statements This release holds forward-looking statements.",
        "Forward-Looking Statements: Statements in this release are forward looking.",
        "It was good.  Safe Harbor Statement Statements here. SAFE HARBOUR Acme looks ahead.",
        "(see above) Cautionary Note Regarding Forward-Looking Statements  Acme expects ...",
        "A line. Forward-Lookİng Statements Acme says. forward-looking statements Again.",
        "We are looking forward to the harbor. Forward Looking Information",
        "no words at all here",
    ],
)
def test_fls_matches_are_those_the_pattern_finds_from_the_start(text: str) -> None:
    def spans(found: Iterable[regex.Match[str]]) -> list[tuple[int, int]]:
        return [m.span("head") for m in found]

    assert spans(_fls_matches(text)) == spans(_FLS_EMBEDDED.finditer(text))


@given(st.text(alphabet="AaBbÉé’“—™… -.,", max_size=60))
def test_a_head_without_its_typographic_marks_has_the_glue_of_the_head(head: str) -> None:
    plain = head
    for mark in _TYPOGRAPHIC_MARKS:
        plain = plain.replace(mark, " ")
    if plain.isascii():
        assert _ascii_glues(plain) == [m.start() for m in GLUE.finditer(head)]


@given(st.text(alphabet='Aa1 “”",;:.?-Éé', max_size=30))
def test_a_line_turned_away_at_a_glance_is_neither_title_like_nor_a_short_subhead(
    text: str,
) -> None:
    if not _may_be_titled(text):
        assert h.title_like(text) is None
        assert not short_subhead(text)


@given(st.text(alphabet="AaBb’ ,;.!?", max_size=40))
def test_the_glues_before_the_first_clause_mark_are_those_with_no_mark_before_them(
    text: str,
) -> None:
    # (_glued_split looks for glues up to the end of the first clause mark only)
    mark = _CLAUSE_MARK.search(text)
    stop = len(text) if mark is None else mark.end()
    before = [m.start() for m in GLUE.finditer(text, 0, stop)]
    assert before == [
        m.start() for m in GLUE.finditer(text) if _CLAUSE_MARK.search(text[: m.start()]) is None
    ]


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("The Road AheadWhile sales grew, the plant opened in the spring of the year.", 14),
        ("The Road, AheadWhile sales grew the plant opened in the spring of the year.", None),
        ("Our Plan For GrowthThe plant opened, and the company grew by half again.", 19),
    ],
)
def test_glued_split_ends_the_subhead_at_the_glue(text: str, end: int | None) -> None:
    found = _glued_split(text)
    assert (found.end if found is not None else None) == end


@given(
    st.lists(st.sampled_from(["Acme", "a", "b,", "\x1c", " ", "  ", "\n", "é", "x\x1fy"])).map(
        "".join
    ),
    st.integers(min_value=0, max_value=6),
)
def test_the_first_tokens_are_the_tokens_the_text_opens_with(text: str, most: int) -> None:
    every = h.tokens(text)
    first = h.tokens(text, most)
    assert first[:most] == every[:most]
    assert len(first) == min(len(every), most + 1)
    if len(every) > most:  # the rest of the text from the next token on
        assert first[most].startswith(every[most])
        assert h.tokens(first[most]) == every[most:]


#: Words for the spaced subhead rule: capitalised and lower-case words, openers, titles,
#: small words, verbs that follow a subject, and words ending a clause.
_SPACED_WORDS = st.sampled_from(
    ["How", "it", "Works", "Many", "buyers", "The", "Road", "Ahead", "Dr.", "Osei", "said",
     "of", "the", "Acme", "sets", "an", "example", "vs.", "today", "Growth,", "ends.", "A",
     "Clinic", "—", "In", "NEW", "Plans"]
)  # fmt: skip


#: A fourteen-word head, a capitalised word, and two small words before a verb that shows
#: a sentence's subject: the rule reads the head's last token it reads, the eighteenth.
_LONGEST_SPACED_READ = (
    "Alpha Beta Gamma Delta Epsilon Zeta Theta Iota Kappa Lambda Sigma Omega Prime Ideas "
    "Clinic of the said more words here"
)


@given(
    st.one_of(
        st.lists(_SPACED_WORDS, min_size=1, max_size=30).map(" ".join),
        st.just(_LONGEST_SPACED_READ),
    )
)
def test_the_spaced_rule_reads_only_the_first_tokens_of_a_head(text: str) -> None:
    found = _spaced_split(text)
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(runin, "_SPACED_TOKENS", -1)  # every token of the head
        assert _spaced_split(text) == found


@given(st.lists(st.sampled_from(list("ofnthaàÀOFNTHAsSſvV.İIiK\u212a")), max_size=4).map("".join))
def test_a_word_in_any_case_is_small_as_its_lower_case_is(word: str) -> None:
    assert (word in h._SMALL_ANY_CASE) == (word.lower() in h.SMALL_WORDS)


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_a_media_advisory_s_parts_are_its_sections(fmt: str) -> None:
    bold = "**" if fmt == "markdown" else ""
    advisory = (
        "MEDIA ADVISORY: Lakeview Transit to Open the New Harbor Line Station\n\n"
        "March 30, 2026\n\n"
        f"{bold}WHO:{bold}\n\n"
        "Director Ana Pell, Lakeview Transit\n"
        "Mayor Jon Birk, City of Lakeview\n\n"
        f"{bold}WHAT:{bold}\n\n"
        "Ribbon-cutting for the new Harbor Line station, which adds service to the "
        "waterfront.\n\n"
        f"{bold}WHEN:{bold}\n\n"
        "10 a.m., Thursday, April 2, 2026\n\n"
        f"{bold}WHERE:{bold}\n\n"
        "Harbor Line station, 40 Dock Street, Lakeview\n"
    )
    release = pressparse.parse(advisory, fmt=fmt)
    assert [s.heading for s in release.sections] == ["WHO", "WHAT", "WHEN", "WHERE"]
    assert release.sections[0].paragraphs[0].text == "Director Ana Pell, Lakeview Transit"
    check_spans(release)


@pytest.mark.parametrize("end_mark", ["ENDS", "###", "-30-"])
def test_boilerplate_printed_after_the_end_mark_opens_sections(end_mark: str) -> None:
    text = (
        "Harbourside Opens a Reservoir\n\n"
        "BRISTOL, England – Harbourside Water today opened the new Failand reservoir, which "
        "will hold 40 million litres for homes.\n\n"
        "“The reservoir secures supply for the next fifty years,” said Ann Lee, chief "
        "executive of Harbourside Water.\n\n"
        f"{end_mark}\n\n"
        "Notes to editors\n\n"
        "Harbourside Water supplies water to 1.3 million people in the west of England.\n\n"
        "About Harbourside Water\n\n"
        "Harbourside Water is a water company.\n\n"
        "Media enquiries: press@harbourside.example.co.uk\n\n"
        "Related News\n\nShare this page\n"
    )
    release = pressparse.parse(text)
    assert headings(release) == [
        ("disclaimer", "Notes to editors"),
        ("about", "About Harbourside Water"),
        ("contact", "Media enquiries"),
    ]
    check_spans(release)


def test_page_chrome_after_the_end_mark_opens_no_section() -> None:
    text = (
        "Harbourside Opens a Reservoir\n\n"
        "BRISTOL, England – Harbourside Water today opened the new Failand reservoir, which "
        "will hold 40 million litres for homes.\n\n"
        "###\n\n"
        "Tagged with:\n\nReservoirs\n\nRelated Posts\n\nLatest News From the County\n\n"
        "Harbourside Water is a water company that serves the west of England.\n"
    )
    assert headings(pressparse.parse(text)) == []


@pytest.mark.parametrize("heading", ["Notes to editors", "Forward-looking statements"])
def test_a_boilerplate_heading_in_sentence_case_opens_its_section(heading: str) -> None:
    body = (
        "Sales rose in every region, and the company hired two hundred people.\n\n"
        f"{heading}\n\n"
        "This release contains statements about the future plans of Acme Corp. and its "
        "partners, which may differ from what happens.\n"
    )
    assert sections_of(TOP + body)[-1][1] == heading


@pytest.mark.parametrize("heading", ["How to protect your vehicle", "What members can expect"])
def test_a_lone_subhead_asking_what_a_reader_wants_to_know_is_a_heading(heading: str) -> None:
    body = (
        "Detectives arrested two men on Wednesday in connection with a string of thefts.\n\n"
        f"{heading}\n\n"
        "Police recommend parking in well-lit areas or a garage when possible, and engraving "
        "the vehicle identification number on the converter.\n"
    )
    assert sections_of(TOP + body) == [("body", heading)]


def test_a_lone_sentence_case_line_that_asks_nothing_is_still_no_heading() -> None:
    body = (
        "Detectives arrested two men on Wednesday in connection with a string of thefts.\n\n"
        "Officers at the scene on Wednesday\n\n"
        "Police recommend parking in well-lit areas or a garage when possible, and engraving "
        "the vehicle identification number on the converter.\n"
    )
    assert sections_of(TOP + body) == []


@pytest.mark.parametrize(
    ("body", "heading"),
    [
        # a title line over the list it names, its items title-like themselves
        (
            "Adults may register at any branch or by phone. No documents are needed.\n\n"
            "Participating Branches\n- Kirn Memorial Library\n- Pretlow Branch Library\n"
            "- Park Place Branch Library\n\n"
            "Classes start in October and run for ten weeks at each of the branches above.\n",
            "Participating Branches",
        ),
        # a lone sentence-case line over a list, past a blank line: no caption heads a list
        (
            "The new pool opens to the public in January, the city said.\n\n"
            "Key features\n\n- A competition pool built to provincial standards\n"
            "- Low-energy filtration\n\n"
            "The building is designed for LEED Gold certification.\n",
            "Key features",
        ),
        # a line in capitals set apart by blank lines, whatever follows it
        (
            "The technical information in this release was approved by a qualified person.\n\n"
            "ON BEHALF OF THE BOARD OF DIRECTORS\n\n"
            '"Evelyn Marsh"\nPresident and CEO\n\n'
            "For further information, please contact Evelyn Marsh at 604-555-0100.\n",
            "ON BEHALF OF THE BOARD OF DIRECTORS",
        ),
        # a heading under a sentence full of names that ends in a period
        (
            "The case is prosecuted by Assistant U.S. Attorney Miriam Achter of the Economic "
            "Crimes Unit in Newark.\n\n"
            "Elder Fraud Hotline\n\n"
            "Anyone who believes they were a victim of this scheme may call the hotline at "
            "1-833-555-0111.\n",
            "Elder Fraud Hotline",
        ),
    ],
)
def test_headings_the_body_s_layout_marks(body: str, heading: str) -> None:
    assert ("body", heading) in sections_of(TOP + body)
