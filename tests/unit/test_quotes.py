"""The quotes stage: finding quotations, leaving out what is not speech, attributing them.

Every release here is fictional, written for these tests in the formats real ones come in
(``tests/fixtures/quotes``): a wire release, a government page in HTML whose markup splits
an attribution over three paragraphs, a Markdown feature story, and a text page with the
broken typography real releases have.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import pressparse
from pressparse import Quote
from pressparse._chars import char_offsets
from pressparse.stages import _attribution, _quote_filter
from pressparse.stages._quote_filter import is_not_speech
from pressparse.stages._quote_marks import double_marks, find_marked

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "quotes"

HEADLINE = (
    "Acme Widgets Opens Plant in Springfield\n\n"
    "SPRINGFIELD, Ill., March 3, 2026 /PRNewswire/ -- Acme Widgets opened a plant today.\n\n"
)


def quotes_of(body: str, *, fmt: str = "text") -> tuple[Quote, ...]:
    """The quotations of a short release made of a headline and ``body``."""
    return pressparse.parse_quotes(pressparse.read(HEADLINE + body, fmt=fmt))


def pairs(quotes: tuple[Quote, ...]) -> list[tuple[str, str | None]]:
    """(first words of the quotation, speaker name) for each quotation."""
    return [(" ".join(q.text.split()[:4]), q.speaker.name if q.speaker else None) for q in quotes]


def fixture_quotes(name: str) -> tuple[Quote, ...]:
    release = pressparse.parse(FIXTURES / name)
    for quote in release.quotes:
        assert quote.span.slice(release.text) == quote.text
        if quote.speaker is not None and quote.speaker.span is not None:
            assert quote.speaker.span.slice(release.text)
    return pressparse.parse_quotes(pressparse.read(FIXTURES / name))


# --- marks -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('"We grew," she said.', ["We grew,"], id="straight"),
        pytest.param("“We grew,” she said.", ["We grew,"], id="curly"),
        pytest.param(
            "“We call it ‘the long game’ here,” she said.",
            ["We call it ‘the long game’ here,"],
            id="single-inside-double",
        ),
        pytest.param(
            '"Buyers follow the "smart home" trend closely," she said.',
            ['Buyers follow the "smart home" trend closely,'],
            id="nested-same-marks",
        ),
        pytest.param(
            'Acme Inc. ("Acme" or the "Company") said "we are ready to ship."',
            ["Acme", "Company", "we are ready to ship."],
            id="straight-marks-paired-by-context",
        ),
        pytest.param(
            "“Grow where the people are kind. “Three years ago the county set land aside.",
            ["Grow where the people are kind."],
            id="closed-with-an-opening-mark",
        ),
        pytest.param(
            "“We will open in May and hire locally",
            ["We will open in May and hire locally"],
            id="never-closed",
        ),
        pytest.param(
            "« Nous sommes ravis », a déclaré Jean Morel.",
            [" Nous sommes ravis"],
            id="guillemets",
        ),
        pytest.param(
            "'We are delighted,' said Ann Ode. 'It is the team's best year.'",
            ["We are delighted,", "It is the team's best year."],
            id="straight-single-marks",
        ),
        pytest.param("Acme's CEO said the company's year was strong.", [], id="apostrophes"),
        pytest.param(
            '**"We grew a lot,"** said Ann Ode.', ["We grew a lot,"], id="emphasis-left-in-text"
        ),
    ],
)
def test_marks(text: str, expected: list[str]) -> None:
    assert [text[m.start : m.end].rstrip() for m in find_marked(text)] == expected


def test_a_paragraph_that_closes_a_quotation_opened_before_it() -> None:
    text = "we will keep our promise to every family.” Back to the news."
    (marked,) = find_marked(text, carry_open=True)
    assert (marked.start, text[marked.start : marked.end]) == (0, text[: text.index("”")])


# --- what is not speech --------------------------------------------------------------


@pytest.mark.parametrize(
    ("quoted", "before"),
    [
        pytest.param("Company", "Acme Inc. (the ", id="defined-term"),
        pytest.param("the new normal", "what some call ", id="under-four-words"),
        pytest.param("A Plan for Every Town in Ohio", "the report ", id="title-case-work"),
        pytest.param("one plan for all of the region", "a strategy titled ", id="titled"),
        pytest.param("a cleaner way to heat homes", "a program known as ", id="known-as"),
        pytest.param("where is my refund for last year", "questions such as ", id="example"),
        pytest.param("natural beauty of hills and lakes", "the advantages of ", id="noun-slot"),
    ],
)
def test_not_speech(quoted: str, before: str) -> None:
    assert is_not_speech(quoted, before)


# Texts before a quotation: words and marks, then a phrase a lead pattern ends in (the
# phrases of both patterns, written here as they read), in some case, then what may
# follow it. Letters a case-blind pattern may take for ASCII ones ("ſ", the Kelvin sign)
# and spaces outside ASCII are among the pieces.
_LEAD_PIECES = [
    "Acme's", "Acme’s", "said", "says:", "he", "plan", "e", "s", "a", "lik", "é", "ſ",
    "\u212a", "\u0130", "“", "'", ".", ",", " ", "  ", "\n", "\xa0", "\u2003", "\x1c",
]  # fmt: skip
_LEAD_PHRASES = [
    "titled", "entitled", "named", "dubbed", "nicknamed", "headlined", "labeled", "labelled",
    "branded", "captioned", "known as", "referred to as", "billed as", "marketed as",
    "so-called", "the term", "its terms", "their phrase", "our phrases", "his word",
    "her words", "a slogan", "an slogans", "Acme's motto", "the new tagline", "the theme",
    "the hashtag", "the title", "the name", "the label", "the banner", "the heading",
    "the message", "the caption", "the headline", "the mantra", "the catchphrase",
    "such as", "like", "e.g.", "i.e.", "for example", "for instance", "as in", "versus",
    "vs", "vs.", "of", "the", "a", "an", "for", "in", "on", "at", "with", "from", "by",
    "about", "into", "its", "their", "our", "his", "her", "this", "these", "those", "such",
    "del", "de", "la", "el", "los", "las", "des", "du", "le", "les",
]  # fmt: skip
_LEAD_AFTER = [" ", "\n", "\t", "\x1c", "\xa0", ",", ":", "—", "–", "-", ".", "“"]


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.sampled_from(_LEAD_PIECES), max_size=6),
    st.sampled_from(_LEAD_PHRASES),
    st.sampled_from([str.lower, str.upper, str.title, lambda s: s.replace("s", "ſ")]),
    st.lists(st.sampled_from(_LEAD_AFTER), max_size=3),
)
def test_the_lead_pre_tests_turn_away_no_match_of_their_patterns(
    before: list[str], phrase: str, case: Callable[[str], str], after: list[str]
) -> None:
    tail = ("".join(before) + " " + case(phrase) + "".join(after))[-_quote_filter.BEFORE_CHARS :]
    naming = _quote_filter._may_lead(tail, _quote_filter._NAMING_AFTER, _quote_filter._NAMING_ENDS)
    slot = _quote_filter._may_lead(tail, _quote_filter._ASCII_SPACE, _quote_filter._SLOT_WORDS)
    assert naming or _quote_filter._NAMING.search(tail) is None
    assert slot or _quote_filter._NOUN_SLOT.search(tail) is None


# Texts before a speech verb: words (among them those the hypothetical pattern turns on,
# in several cases), white space of several kinds, commas and other marks, and letters a
# case-blind pattern may take for ASCII ones.
_HYPOTHETICAL_PIECES = [
    "may", "Might", "COULD", "would", "should", "can", "will", "often", "usually",
    "typically", "sometimes", "never", "always", "to", "anyone", "anybody", "someone",
    "somebody", "Everyone", "whoever", "those", "people", "who", "that", "if", "If",
    "unless", "UNLESS", "whenever", "imagine", "Jane", "Doe", "callers", "ask", "x-may",
    "(if", "tomay", "é", "ſ", "\u0130f", "\u0131f", "\u212a",
    " ", " ", " ", "  ", "\n", "\t", "\xa0", "\u2003", "\x1c", ",", ", ", ".", "“",
]  # fmt: skip


# The words of the pattern's branches, as it spells them.
_HYPOTHETICAL_WORDS = [
    "may", "might", "could", "would", "should", "can", "will", "often", "usually",
    "typically", "sometimes", "never", "always", "to", "if", "unless", "whenever", "imagine",
    "anyone", "anybody", "someone", "somebody", "everyone", "whoever", "those", "people",
]  # fmt: skip
_SPACES = [" ", "  ", "\n", "\t", "\xa0", "\u2003", "\x1c", ",", ", "]
# Ways to print a word: in some case, or with letters a case-blind pattern takes for
# ASCII ones (the long "s", the dotted and the dotless "i", the Kelvin sign).
_PRINTINGS: list[Callable[[str], str]] = [
    str.lower,
    str.upper,
    str.title,
    lambda w: w.replace("s", "\u017f"),
    lambda w: w.replace("i", "\u0131"),
    lambda w: w.replace("i", "\u0130"),
    lambda w: w.replace("k", "\u212a"),
]


@settings(max_examples=800, deadline=None)
@given(
    st.lists(st.sampled_from(_HYPOTHETICAL_PIECES), max_size=6),
    st.sampled_from(_SPACES),
    st.sampled_from(_HYPOTHETICAL_WORDS),
    st.sampled_from(_PRINTINGS),
    st.lists(st.sampled_from([*_SPACES, "who", "that", "say", "we", "é"]), max_size=4),
    st.lists(st.sampled_from(_HYPOTHETICAL_PIECES), max_size=3),
)
def test_the_hypothetical_pre_test_turns_away_no_match_of_its_pattern(
    pieces: list[str],
    space: str,
    word: str,
    printing: Callable[[str], str],
    after: list[str],
    before: list[str],
) -> None:
    text = "".join(pieces) + space + printing(word) + "".join(after)
    found = _attribution._HYPOTHETICAL.search(text)
    assert _attribution._may_be_hypothetical(text) or found is None
    # searched from past a stretch before it, as the cues search the text past a mark
    lead = "".join(before)
    found = _attribution._HYPOTHETICAL.search(lead + text, len(lead), len(lead + text))
    assert _attribution._may_be_hypothetical(text) or found is None


def test_a_phrase_in_a_noun_slot_spoken_in_the_first_person_is_speech() -> None:
    assert not is_not_speech("renewable power for every shift we run", "would run on ")


def test_slogans_examples_and_headings_are_left_out() -> None:
    body = (
        "Acme's motto, “Quality in every widget we make,” is printed on each box.\n\n"
        "Customers may ask “where can I buy the new widgets near me?” in any store.\n\n"
        "Beware of anyone who says “I can fix your widget today for cash.”\n\n"
        "“Build it well and build it once.”\n\n"
        "Jane Doe, CEO of Acme, said, “We are proud of this plant and its people.”\n"
    )
    assert pairs(quotes_of(body)) == [("We are proud of", "Jane Doe")]


def test_the_trailer_and_contact_blocks_are_not_read() -> None:
    body = (
        "“The plant doubles our output,” said Jane Doe, CEO of Acme.\n\n"
        "###\n\n"
        "“We are hiring now for every shift at the plant,” said Jane Doe.\n\n"
        "Media Contact:\n“Ask the press desk about every plant tour,” said Tom Ode\n"
        "press@acme.example\n"
    )
    assert pairs(quotes_of(body)) == [("The plant doubles our", "Jane Doe")]


# --- attribution patterns ------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "speaker", "title"),
    [
        pytest.param(
            "“The plant doubles our output,” said Jane Doe, Chief Executive Officer of Acme.",
            "Jane Doe",
            "Chief Executive Officer of Acme",
            id="said-name-title",
        ),
        pytest.param(
            "Jane Doe, CEO of Acme, said, “The plant doubles our output.”",
            "Jane Doe",
            "CEO of Acme",
            id="name-title-said",
        ),
        pytest.param(
            "Acme CEO Jane Doe stated that “the plant doubles our output.”",
            "Jane Doe",
            "Acme CEO",
            id="stated-that",
        ),
        pytest.param(
            "According to Jane Doe, CEO of Acme, “the plant doubles our output.”",
            "Jane Doe",
            "CEO of Acme",
            id="according-to",
        ),
        pytest.param(
            "Jane Doe, CEO of Acme: “The plant doubles our output.”",
            "Jane Doe",
            "CEO of Acme",
            id="colon-intro",
        ),
        pytest.param(
            "“The plant doubles our output.” — Jane Doe, CEO of Acme",
            "Jane Doe",
            "CEO of Acme",
            id="trailing-dash",
        ),
        pytest.param(
            "“The plant doubles our output,” Jane Doe told reporters on Tuesday.",
            "Jane Doe",
            None,
            id="told-reporters",
        ),
        pytest.param(
            "In a statement, Jane Doe commented: “The plant doubles our output.”",
            "Jane Doe",
            None,
            id="in-a-statement",
        ),
        pytest.param(
            "“The plant doubles our output,” explained Acme’s plant manager, Jane Doe.",
            "Jane Doe",
            "Acme’s plant manager",
            id="explained-title-before",
        ),
    ],
)
def test_attribution_patterns(body: str, speaker: str, title: str | None) -> None:
    (quote,) = quotes_of(body)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.title) == (speaker, title)


@pytest.mark.parametrize(
    "verb", ["added", "noted", "stated", "commented", "explained", "says", "observed"]
)
def test_cue_verbs(verb: str) -> None:
    body = f"Jane Doe leads Acme.\n\n“The plant doubles our output,” {verb} Doe."
    assert pairs(quotes_of(body)) == [("The plant doubles our", "Jane Doe")]


def test_split_quotation_gives_two_quotes_with_one_speaker() -> None:
    body = "“The plant opens in May,” said Jane Doe, CEO of Acme, “and hires 200 people.”"
    assert pairs(quotes_of(body)) == [
        ("The plant opens in", "Jane Doe"),
        ("and hires 200 people.", "Jane Doe"),
    ]


def test_a_quotation_continues_the_speaker_of_the_one_before() -> None:
    body = (
        "“The plant opens in May,” said Jane Doe. “We will hire 200 people.”\n\n"
        "“Training starts in April for every new hire.”\n"
    )
    assert [s for _, s in pairs(quotes_of(body))] == ["Jane Doe"] * 3


def test_a_new_paragraph_takes_the_person_introduced_after_the_last_quotation() -> None:
    body = (
        "“The plant doubles our output,” said Jane Doe, CEO of Acme. Bob Roe, the chief "
        "financial officer of Acme, then walked investors through the numbers.\n\n"
        "“We expect the plant to pay for itself within four years.”\n"
    )
    assert [s for _, s in pairs(quotes_of(body))] == ["Jane Doe", "Bob Roe"]


def test_multi_paragraph_quotation_with_the_attribution_at_its_end() -> None:
    body = (
        "“The plant opens in May and hires 200 people from the region.\n\n"
        "“Training starts in April for every new hire,” said Jane Doe, CEO of Acme.\n"
    )
    assert pairs(quotes_of(body)) == [
        ("The plant opens in", "Jane Doe"),
        ("Training starts in April", "Jane Doe"),
    ]


def test_speaker_named_in_the_previous_sentence() -> None:
    body = (
        "Springfield Mayor Ann Ode welcomed the news at a press conference on Monday. "
        "“This is the largest investment our city has seen.”"
    )
    assert pairs(quotes_of(body)) == [("This is the largest", "Ann Ode")]


def test_intro_line_ending_in_a_colon() -> None:
    body = (
        "Acme CEO Jane Doe released the following statement on the plant:\n\n"
        "“We chose Springfield for its people and its rail links.”"
    )
    assert pairs(quotes_of(body)) == [("We chose Springfield for", "Jane Doe")]


def test_attribution_line_under_a_quotation() -> None:
    body = "“We chose Springfield for its people and its rail links.”\n\nJane Doe, CEO of Acme\n"
    assert pairs(quotes_of(body)) == [("We chose Springfield for", "Jane Doe")]


# --- resolving speakers --------------------------------------------------------------


def test_surname_title_and_surname_and_pronoun_resolve_to_the_full_name() -> None:
    body = (
        "Acme chief executive Jane R. Doe opened the plant on Monday.\n\n"
        "“We are proud of this team,” said Doe.\n\n"
        "“Springfield made this easy,” said Chief Executive Doe.\n\n"
        "Doe thanked the workers. “Every one of you built this,” she added.\n"
    )
    assert [s for _, s in pairs(quotes_of(body))] == ["Jane R. Doe"] * 3


def test_a_title_alone_stands_for_the_person_introduced_with_it() -> None:
    body = (
        "Jane Doe, chief executive officer of Acme, cut the ribbon with Mayor Tom Ode.\n\n"
        "“This is a great day for all of our workers,” the chief executive said.\n\n"
        "“Springfield is open for business again,” the mayor added.\n\n"
        "“We back every employer that hires here,” said the treasurer of Springfield.\n"
    )
    assert pairs(quotes_of(body)) == [
        ("This is a great", "Jane Doe"),
        ("Springfield is open for", "Tom Ode"),
        ("We back every employer", "Springfield"),
    ]


def test_a_full_name_printed_only_in_the_headline() -> None:
    text = (
        "Acme Names Jane Q. Doe Chief Executive Officer\n\n"
        "SPRINGFIELD, Ill., March 3, 2026 /PRNewswire/ -- Acme Widgets named its new leader.\n\n"
        "“I am honored to lead this team,” said Doe, adding, “Our best years are ahead.”\n"
    )
    quotes = pressparse.parse_quotes(pressparse.read(text, fmt="text"))
    assert pairs(quotes) == [
        ("I am honored to", "Jane Q. Doe"),
        ("Our best years are", "Jane Q. Doe"),
    ]


def test_initials_resolve_to_the_person_they_stand_for() -> None:
    body = "J.D. Whitcombe, the plant manager, toured the line. JD said: “We run two shifts now.”"
    assert pairs(quotes_of(body)) == [("We run two shifts", "J.D. Whitcombe")]


def test_organizations_speak() -> None:
    body = (
        "Acme Widgets, Inc. (the “Company”) makes widgets.\n\n"
        "“Acme has been a good neighbor everywhere,” the company said in a statement.\n\n"
        "“We welcome every new employer to the region,” said a spokesperson for the "
        "Springfield Chamber of Commerce.\n"
    )
    assert pairs(quotes_of(body)) == [
        ("Acme has been a", "Acme Widgets, Inc."),
        ("We welcome every new", "Springfield Chamber of Commerce"),
    ]


def test_a_quoted_paragraph_of_its_own_speaks_for_the_issuer() -> None:
    body = (
        "Acme Widgets, Inc. (the “Company”) makes widgets.\n\n"
        "“We are proud to bring two hundred jobs to the city we call home.”\n\n"
        "“Build it well, build it once, build it here.”\n"
    )
    assert pairs(quotes_of(body)) == [("We are proud to", "Acme Widgets, Inc.")]


def test_nobody_a_reader_could_tell_gives_no_speaker_but_keeps_the_quote() -> None:
    body = "“I waited ten years for this job,” one of the new hires said."
    assert pairs(quotes_of(body)) == [("I waited ten years", None)]


# --- fixtures in the formats releases come in ----------------------------------------


def test_wire_release() -> None:
    assert pairs(fixture_quotes("harbor-wire.txt")) == [
        ("Dayton gives us room", "Priya Raman-Ostrowski"),
        ("We expect the first", "Priya Raman-Ostrowski"),
        ("renewable power for every", "Priya Raman-Ostrowski"),
        ("The line we are", "Theo Lindqvist"),
        ("We looked at eleven", "Theo Lindqvist"),
        ("Dayton won on every", "Theo Lindqvist"),
        ("This is the largest", "Celia Brandt"),
        ("Harbor Lane has been", "Harbor Lane Foods, Inc."),
        ("We are proud to", "Dayton Development Coalition"),
        ("It's a big day", "Celia Brandt"),
    ]


def test_wire_release_titles_and_organizations() -> None:
    first = fixture_quotes("harbor-wire.txt")[0]
    assert first.speaker is not None
    assert first.speaker.title == "Chief Executive Officer of Harbor Lane Foods"
    assert first.speaker.organization == "Harbor Lane Foods"
    assert first.cue == "said"


def test_html_page_with_the_attribution_in_its_own_paragraph() -> None:
    assert pairs(fixture_quotes("county-attorney.html")) == [
        ("These defendants took money", "Marisol Vega Rowe"),
        ("My office will not", "Marisol Vega Rowe"),
        ("The homeowners kept every", "Aaron Okafor"),
        ("We urge anyone who", "Marisol Vega Rowe"),
    ]


def test_feature_story_with_first_names_pronouns_and_a_running_quotation() -> None:
    assert pairs(fixture_quotes("feature-story.md")) == [
        ("We toured six communities", "Gloria Pennington"),
        ("The raised beds sold", "Gloria Pennington"),
        ("I build birdhouses for", "Ray"),
        ("Now I have a", "Ray"),
        ("People want to taste", "Hannah Quist"),
        ("We keep a list", "Hannah Quist"),
        ("Visitors ask the residents", "Hannah Quist"),
        ("Half of what we", "J.D. Whitcombe"),
        ("We should have done", "Gloria Pennington"),
    ]


def test_broken_typography() -> None:
    quotes = fixture_quotes("broken-marks.txt")
    assert pairs(quotes) == [
        ("Tallow Ridge has worked", "Ingrid Solberg"),
        ("Most of our campuses", "Mattias Brenn"),
        ("We expect to hire", "Mattias Brenn"),
    ]
    # the quotation never closed ends before the attribution run into it
    assert quotes[0].text.endswith("cuts our cooling bill in half.")
    # the one closed with an opening mark ends at that mark
    assert quotes[1].text.endswith("built in the mountains.")


# --- invariants ------------------------------------------------------------------------

_PIECES = [
    "“We grew a lot this year,” said Jane Doe.",
    '"Hello there, friends of ours,',
    "he said. ",
    "“",
    "”",
    "Jane Doe, CEO of Acme, said: ",
    "the company said ",
    "'",
    "‘",
    "’",
    "« ",
    " »",
    "According to Doe, ",
    " — Jane Doe",
    "\n\n",
    "\n",
    ", ",
    ". ",
    "Mr. ",
    "J. ",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_every_quote_and_speaker_span_points_at_its_text(pieces: list[str]) -> None:
    doc = pressparse.read(HEADLINE + "".join(pieces), fmt="text")
    for quote in pressparse.parse_quotes(doc):
        assert quote.span.slice(doc.text) == quote.text
        assert quote.text == quote.text.strip()
        if quote.speaker is not None and quote.speaker.span is not None:
            assert quote.speaker.span.end <= len(doc.text)


def test_the_double_marks_of_a_passage_are_picked_from_the_body_s_marks() -> None:
    body = "Intro. “We grew,” said Ann. ‘Fine,’ he said. \"Yes\" and «oui» and „ja‟. 'Ok' end."
    marks = char_offsets(body, "“”„‟«»\"‘'")
    for start, end in [(0, len(body)), (7, 40), (28, 60), (45, len(body)), (3, 3)]:
        expected = char_offsets(body[start:end], '“”„‟«»"')
        assert double_marks(body, marks, start, end) == expected
