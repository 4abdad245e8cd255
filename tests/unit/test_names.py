"""Speaker phrases read into name, title and organization; names resolved across a release.

All names here are fictional.
"""

from __future__ import annotations

import attrs
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from pressparse import names as names_module
from pressparse._name_index import (
    _ascii_folded,
    _key,
    _may_name_with,
    _pieces_holding,
    name_words,
)
from pressparse._name_mentions import (
    PersonName,
    SentenceNames,
    _person_name,
    may_name_by_initials,
    may_title,
)
from pressparse._name_tokens import Kind, Tokens, find_runs, opens_run, stretch_tokens, tokenize
from pressparse.names import (
    _APPOSITIVE,
    _ARTICLE,
    _ARTICLE_OPENERS,
    _ORG_REFERENCE,
    _REFERENCE_OPENERS,
    NameIndex,
    PronounScope,
    SpeakerKind,
    _clean,
    _holds_title_word,
    build_name_index,
    opens_with_name,
    split_speaker,
)
from pressparse.names import _segments as segments_of


@pytest.mark.parametrize(
    ("phrase", "name", "title", "organization"),
    [
        pytest.param(
            "Jane Doe, CEO of Acme Corp.", "Jane Doe", "CEO of Acme Corp.", "Acme Corp.", id="after"
        ),
        pytest.param(
            "Lake County Sheriff Tom Ode", "Tom Ode", "Lake County Sheriff", None, id="before"
        ),
        pytest.param(
            "Kell County State’s Attorney Ana María O’Neal",
            "Ana María O’Neal",
            "Kell County State’s Attorney",
            "Kell County State",
            id="possessive-office",
        ),
        pytest.param(
            "Northgate Gov. Lee Park, a Democrat,",
            "Lee Park",
            "Northgate Gov.",
            None,
            id="abbreviated-title",
        ),
        pytest.param(
            "Brightline marketing director, Sam Roe,",
            "Sam Roe",
            "Brightline marketing director",
            None,
            id="title-segment-first",
        ),
        pytest.param(
            "Orbit Media’s CEO and Chairman Nia Vale",
            "Nia Vale",
            "Orbit Media’s CEO and Chairman",
            "Orbit Media",
            id="org-possessive",
        ),
        pytest.param(
            "Rear Admiral Kim Ode, USN (Retired), President of the Harbor Trust",
            "Kim Ode",
            "USN (Retired), President of the Harbor Trust",
            "Harbor Trust",
            id="rank-and-credentials",
        ),
        pytest.param(
            "Dr. Lena Marsh Jr.", "Lena Marsh Jr.", "Dr.", None, id="honorific-and-suffix"
        ),
        pytest.param("Juan de la Rosa", "Juan de la Rosa", None, None, id="particles"),
        pytest.param("A. Quill", "A. Quill", None, None, id="initial"),
        pytest.param(
            "Special Agent-in-Charge Brill",
            "Brill",
            "Special Agent-in-Charge",
            None,
            id="hyphenated-title",
        ),
        pytest.param(
            "the Acme Lead Engineer known as Vex Arden",
            "Vex Arden",
            "Acme Lead Engineer known as",
            None,
            id="known-as",
        ),
        pytest.param("Rep. April Stone", "April Stone", "Rep.", None, id="month-first-name"),
    ],
)
def test_person_phrases(
    phrase: str, name: str, title: str | None, organization: str | None
) -> None:
    who = split_speaker(phrase)
    assert who is not None
    assert who.kind is SpeakerKind.PERSON
    assert (who.name, who.title, who.organization) == (name, title, organization)
    assert phrase[who.start : who.end] == name


@pytest.mark.parametrize(
    ("phrase", "organization"),
    [
        pytest.param("a spokesperson for Acme Corp.", "Acme Corp", id="unnamed-spokesperson"),
        pytest.param("a Chief Medical Officer at Orvex", "Orvex", id="unnamed-officer"),
        pytest.param("the League of Tenants of Ohio", "League of Tenants of Ohio", id="of-chain"),
        pytest.param(
            "the Office of the Harbor Warden", "Office of the Harbor Warden", id="office-of"
        ),
        pytest.param("The Lakeview Tribune", "Lakeview Tribune", id="newspaper"),
    ],
)
def test_organization_phrases(phrase: str, organization: str) -> None:
    who = split_speaker(phrase)
    assert who is not None
    assert (who.kind, who.name) == (SpeakerKind.ORGANIZATION, organization)


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("the company", SpeakerKind.ISSUER),
        ("a company spokesperson", SpeakerKind.ISSUER),
        ("a spokesperson for the company", SpeakerKind.ISSUER),
        ("a spokesperson for the foundation", SpeakerKind.ISSUER),
        ("a statement from the office", SpeakerKind.ISSUER),
        ("she", SpeakerKind.PRONOUN),
        ("JD", SpeakerKind.INITIALS),
        ("the chief executive", SpeakerKind.ROLE),
        ("the District Attorney", SpeakerKind.ROLE),
    ],
)
def test_references(phrase: str, kind: SpeakerKind) -> None:
    who = split_speaker(phrase)
    assert who is not None
    assert who.kind is kind


@pytest.mark.parametrize("phrase", ["", "one of the new hires", "una de las vecinas del barrio"])
def test_nobody_named(phrase: str) -> None:
    assert split_speaker(phrase) is None


def test_leading_white_space_keeps_offsets_right() -> None:
    phrase = "  Jane Doe, CEO"
    who = split_speaker(phrase)
    assert who is not None
    assert phrase[who.start : who.end] == "Jane Doe"


def test_subject_of_a_sentence() -> None:
    sentence = "Northgate Mayor Ann Lee is pleased with the plan."
    who = split_speaker(sentence)
    assert who is not None
    assert opens_with_name(sentence, who)
    sentence = "The deal closed on Monday with support from Ann Lee of Harbor Bank."
    who = split_speaker(sentence)
    assert who is not None
    assert not opens_with_name(sentence, who)


TEXT = (
    "Northwind Labs named Priya K. Raman chief executive. "
    "Deputy Director Omar Haddad joined in May. "
    "Raman says the lab will double in size."
)


def index() -> NameIndex:
    return build_name_index([(TEXT, 0, False), ("Northwind Names Priya Raman CEO", 500, True)])


@pytest.mark.parametrize(
    ("mention", "full"),
    [
        ("Raman", "Priya K. Raman"),
        ("Priya Raman", "Priya K. Raman"),
        ("Priya", "Priya K. Raman"),
        ("Haddad", "Omar Haddad"),
        ("Lindgren", "Lindgren"),
    ],
)
def test_full_names(mention: str, full: str) -> None:
    assert index().full_name(mention, len(TEXT)) == full


def test_names_in_title_lines_are_a_fallback_only() -> None:
    names = build_name_index([("Northwind Appoints Dana Vick as Treasurer", 0, True)])
    assert names.full_name("Vick", 100).endswith("Dana Vick")
    names = build_name_index(
        [
            ("Northwind Appoints Dana Vick as Treasurer", 0, True),
            ("Dana Vick starts today.", 50, False),
        ]
    )
    assert names.full_name("Vick", 100) == "Dana Vick"


def test_pronouns_stand_for_introduced_quoted_or_subject_people() -> None:
    names = index()
    says = TEXT.index("Raman says")
    # both are introduced by a title; the one mentioned last counts
    assert names.person_before(len(TEXT)) == "Priya K. Raman"
    assert names.person_before(says) == "Omar Haddad"
    # a name inside a quotation does not count
    inside = PronounScope(quotations=((TEXT.index("Deputy"), TEXT.index(" joined")),))
    assert names.person_before(says, inside) == "Priya K. Raman"
    # someone never introduced counts when quoted before, or as the subject of "says"
    plain = build_name_index([("Ray sold the farm. Ray says he misses it.", 0, False)])
    assert plain.person_before(40) is None
    assert plain.person_before(40, PronounScope(quoted_people=frozenset({"Ray"}))) == "Ray"
    assert plain.person_before(40, PronounScope(paragraph_start=0)) == "Ray"


def test_initials() -> None:
    names = build_name_index([("J.D. Whitcombe runs the kitchen.", 0, False)])
    assert names.from_initials("JD", 40) == "J.D. Whitcombe"
    assert names.from_initials("QX", 40) is None


def test_a_title_finds_the_person_introduced_with_it() -> None:
    names = build_name_index([(TEXT, 0, False)])
    assert names.person_titled(frozenset({"deputy", "director"}), len(TEXT)) == "Omar Haddad"
    assert names.person_titled(frozenset({"chief", "executive"}), len(TEXT)) == "Priya K. Raman"
    assert names.person_titled(frozenset({"mayor"}), len(TEXT)) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Northwind Labs named Priya K. Raman chief executive.",
        "Dr. J.D. Whitcombe Jr. and Ana de la Vega (Tarn Valley) met St. Ode.",
        "Said Rosa O’Neal-Vick’s team: Deputy Director Omar\nHaddad, PhD, joined in May.",
    ],
)
def test_a_mention_reads_back_to_its_own_words(sentence: str) -> None:
    # title_of and pronoun lookups skip names that cannot resolve to a person by their
    # words, which holds only if a mention's printed form yields the words it was read as
    people = build_name_index([(sentence, 0, False)]).mentions
    assert people
    for person in people:
        assert name_words(person.text) == person.words


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Jane  Doe,\tCEO\nof Acme.", id="ascii-space"),
        pytest.param("Jane\u2003Doe\u00a0said\u2028Acme\x85Corp", id="unicode-space"),
        pytest.param("Jane\x1cDoe \x1fsaid", id="separators-are-not-space"),
        pytest.param("  Doe Doe Doe  ", id="repeated-stretch"),
    ],
)
def test_tokens_stand_where_the_text_prints_them(text: str) -> None:
    tokens = tokenize(text)
    assert [text[t.start : t.end] for t in tokens] == [t.text for t in tokens]
    assert "".join(t.text for t in tokens) == "".join(regex.findall(r"\S", text))


# --- finding the pieces that print a name word -------------------------------------------

_PIECE_TEXT = st.text(
    alphabet=st.sampled_from([*"abDEJdoe .'’-\n", "İ", "K", "É", "é", "Σ", "ß", "“", "”"]),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(
    texts=st.lists(_PIECE_TEXT, min_size=1, max_size=5),
    word=st.sampled_from(["doe", "jd", "e", "d-e"]),
)
def test_the_pieces_holding_an_ascii_word_are_those_whose_keys_hold_it(
    texts: list[str], word: str
) -> None:
    folded = _ascii_folded(texts)
    keys = [_key(text) for text in texts]
    expected = [i for i, key in enumerate(keys) if word in key]
    if folded is None:
        assert any(c in "".join(texts) for c in "İK")
    else:
        assert _pieces_holding(folded, word.encode()) == expected


def test_a_mention_built_past_attrs_init_is_the_one_init_builds() -> None:
    titles = frozenset({"chief", "executive"})
    expected = PersonName(
        text="Jane Doe",
        words=("jane", "doe"),
        position=10,
        weak=True,
        title="chief executive",
        titles=titles,
        subject=True,
    )
    assert [f.name for f in attrs.fields(PersonName)] == [
        "text", "words", "position", "weak", "title", "titles", "subject",
    ]  # fmt: skip
    built = _person_name("Jane Doe", ("jane", "doe"), 10, True, "chief executive", titles, True)
    assert built == expected
    assert repr(built) == repr(expected)


# --- telling that a full name is printed in no other form ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Ann Lee", True, id="start"),
        pytest.param("(Ann Lee", True, id="mark"),
        pytest.param("said Ann Lee", True, id="lower-case-word"),
        pytest.param("Mayor Ann Lee", True, id="title"),
        pytest.param("Acme Inc. Ann Lee", True, id="organization"),
        pytest.param("Bo\n\nAnn Lee", True, id="line-break"),
        pytest.param("Acme's Ann Lee", True, id="possessive"),
        pytest.param("Sarah Ann Lee", False, id="name-word"),
        pytest.param("J. Ann Lee", False, id="initial"),
        pytest.param("de Ann Lee", False, id="particle"),
        pytest.param("JoAnn Lee", False, id="inside-a-word"),
        pytest.param("O'Ann Lee", False, id="apostrophe"),
        pytest.param("x said Ann Lee", True, id="after-a-stretch"),
        pytest.param("said\tAnn Lee", True, id="tab"),
        pytest.param("x\u2003said Ann Lee", True, id="stretch-after-wide-space"),
        pytest.param("Jo\u2003Sarah Ann Lee", False, id="name-after-wide-space"),
        pytest.param("a" * 38 + " Ann Lee", True, id="long-word"),
        pytest.param("a" * 45 + " Ann Lee", False, id="too-long-to-read"),
    ],
)
def test_a_name_word_opens_its_run(text: str, expected: bool) -> None:
    at = text.rindex("Ann")
    assert opens_run(text, at) is expected
    # and as the runs of the text tell it: a run holding "Ann" starts with it
    tokens = tokenize(text)
    k = next((i for i, t in enumerate(tokens) if t.start == at), None)
    if expected:
        assert k is not None
        assert all(run.first == k for run in find_runs(tokens) if run.first <= k <= run.last)


@pytest.mark.parametrize(
    ("pieces", "name", "expected"),
    [
        pytest.param(["Ann Lee said so. Lee added more."], "Ann Lee", True, id="surname-alone"),
        pytest.param(["Ann Lee joined. Mr. Lee, CEO, said."], "Ann Lee", True, id="titled"),
        pytest.param(["Ann Lee joined Lee Hall; the fleet sails."], "Ann Lee", True, id="words"),
        pytest.param(["Ann Lee joined", "ANN LEE TO LEAD ACME"], "Ann Lee", True, id="capitals"),
        pytest.param(["Ann B. Lee joined. Ann Lee said."], "Ann Lee", False, id="middle"),
        pytest.param(["Sarah Ann Lee joined."], "Ann Lee", False, id="longer"),
        pytest.param(["Ann Lee joined. Bo Lee said."], "Ann Lee", False, id="namesake"),
        pytest.param(["Ann Lee's plan. Ann Lee said."], "Ann Lee", False, id="possessive"),
        pytest.param(["Ann Lee said. J.Lee said."], "Ann Lee", False, id="initial-before"),
        pytest.param(["Ann L.E.E. said."], "Ann Lee", False, id="initials"),
        pytest.param(["Ann Bo van\n\nLee met Bo Van."], "Bo Van", False, id="particle"),
        pytest.param(["Nathan J. Hochman said."], "Nathan J. Hochman", True, id="initial"),
        pytest.param(["Eileen O’Neill said."], "Eileen O’Neill", False, id="not-plain"),
        pytest.param(["Ann Lee said."], "Lee", False, id="one-word"),
    ],
)
def test_a_full_name_printed_in_no_other_form(pieces: list[str], name: str, expected: bool) -> None:
    names = build_name_index([(text, 100 * i, False) for i, text in enumerate(pieces)])
    assert names.printed_as_is(name) is expected


# Words and marks that make names, or stand next to them, as a release prints them: the
# surname in every case and inside other words, possessives, initials, particles, titles.
_NAME_TEXT_WORDS = [
    "Ann", "Lee", "Lee.", "Lee's", "Lee’s", "LEE", "lee", "Leeds", "fleet", "O'Lee", "Ann-Lee",
    "Sarah", "Bo", "J.", "J.Lee", "L.E.E.", "de", "van", "Van", "Mr.", "President", "Dean",
    "said", "Acme", "Inc.", "Jr.", "CEO", "Bishop", "(", ",", ".", "“", "—", "ß", "İ", "Σ",
]  # fmt: skip

_NAME_TEXT = st.lists(
    st.tuples(st.sampled_from(_NAME_TEXT_WORDS), st.sampled_from([" ", " ", "", "\n", "  "])),
    max_size=14,
).map(lambda parts: "".join(word + gap for word, gap in parts))


@settings(max_examples=400, deadline=None)
@given(
    texts=st.lists(st.tuples(_NAME_TEXT, st.booleans()), min_size=1, max_size=4),
    name=st.sampled_from(
        ["Ann Lee", "Sarah Ann Lee", "Ann J. Lee", "Bo Lee", "Bo Van", "Lee Acme"]
    ),
)
def test_a_name_printed_in_no_other_form_looks_up_as_itself(
    texts: list[tuple[str, bool]], name: str
) -> None:
    # printed_as_is spares the lookup of a full name: it holds only when a lookup
    # anywhere in the release finds no other form of the name
    names = build_name_index([(text, 1000 * i, weak) for i, (text, weak) in enumerate(texts)])
    if names.printed_as_is(name):
        for position in (0, 500, 1500, 2500, 10_000):
            found = names.lookup(name, position)
            assert found is None or found.text == name


# Words a sentence introducing people prints: names, titles before and after them, the
# commas and verbs a title stands behind, and words that are no title.
_INTRO_WORDS = [
    "Ann", "Lee", "Bo", "J.", "Mayor", "President", "chief", "executive", "officer", "of",
    "Acme", "Inc.", ",", "is", "the", "named", "said", "who", "and", ".", "Dr.", "Lee's",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(_INTRO_WORDS), max_size=18),
    name=st.sampled_from([("ann", "lee"), ("bo", "lee"), ("ann",), ("lee",)]),
)
def test_the_mentions_a_title_may_stand_next_to_hold_every_titled_one(
    words: list[str], name: tuple[str, ...]
) -> None:
    # title_of and the introductions read only these: a mention left out has no title
    sentence = SentenceNames(" ".join(words), 0, False)
    like = sentence.mentions_like(name)
    titled = sentence.titled_like(name)
    assert [p for p in like if p.title or p.titles] == [p for p in titled if p.title or p.titles]
    assert all(any(p is q for q in like) for p in titled)


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee, the chief executive officer of Acme, said so.",
        "Acme President, Ann Lee, said so.",
        "Lake County Mayor Ann Lee said so.",
        "Ann Lee is the president of Acme.",
        "Acme named Ann Lee chief executive officer.",
        "Lee, a senior vice president of the board, spoke.",
        "Ann Lee, the company's senior managing director, spoke.",
        "Ann Lee, the new and very first director of Acme, spoke.",  # the furthest title
    ],
)
def test_a_titled_mention_is_one_a_title_may_stand_next_to(text: str) -> None:
    sentence = SentenceNames(text, 0, False)
    like = [p for p in sentence.mentions_like(("ann", "lee")) if p.title or p.titles]
    assert like
    assert like == [p for p in sentence.titled_like(("ann", "lee")) if p.title or p.titles]


@settings(max_examples=600, deadline=None)
@given(
    text=_NAME_TEXT,
    weak=st.booleans(),
    word=st.sampled_from(
        ["lee", "ann", "bo", "jlee", "van", "de", "president", "acme", "jr", "j", "bishop", "l"]
    ),
)
def test_a_sentence_the_pre_test_turns_away_prints_no_such_name(
    text: str, weak: bool, word: str
) -> None:
    # the name index does not read a sentence for a name's word when the pre-test
    # turns it away: it must hold no full name with that word first or last
    sentence = SentenceNames(text, 0, weak)
    for at in (0, -1):
        if not _may_name_with(text, word, at):
            assert sentence.names_with(word, at) == []


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(_INTRO_WORDS), max_size=18),
    name=st.sampled_from([("ann", "lee"), ("bo", "lee"), ("ann",), ("lee",)]),
)
def test_a_sentence_with_no_title_word_has_no_titled_mention(
    words: list[str], name: tuple[str, ...]
) -> None:
    # nor for the mentions a title may stand next to, when may_title turns it away
    text = " ".join(words)
    if not may_title(Tokens(text).tokens):
        assert SentenceNames(text, 0, False).titled_like(name) == []


@pytest.mark.parametrize(
    ("text", "word", "at", "expected"),
    [
        ("Lee said so.", "lee", -1, False),
        ("Lee said so.", "lee", 0, False),
        ("Lee, said so.", "lee", 0, False),
        ("Lee Ann said so.", "lee", 0, True),
        ("Lee  Ann said so.", "lee", 0, False),  # a line break: two runs
        ("Lee van Dam said so.", "lee", 0, True),
        ("J. Lee said so.", "j", 0, True),
        ("said Lee.", "lee", -1, False),
        ("Tom Bishop said so.", "bishop", -1, True),  # a title: not sure
        ("Ann Juan de  Rosa said so.", "de", -1, True),  # a line break after a particle
        ("Ann Lee said so.", "lee", -1, True),
        ("Ann Lee said so.", "ann", 0, True),
        ("Ann Lee said so.", "ann", -1, False),
        ("the employees of Fleet said so.", "lee", -1, False),
        ("Dr. Ann J. Lee, the chief, said so.", "lee", -1, True),
    ],
)
def test_the_full_name_pre_test(text: str, word: str, at: int, expected: bool) -> None:
    assert _may_name_with(text, word, at) is expected
    assert expected or not SentenceNames(text, 0, False).names_with(word, at)


@settings(max_examples=300, deadline=None)
@given(text=_NAME_TEXT, key=st.sampled_from(["al", "jl", "a", "l", "j", "bl", "jd", "ann", ""]))
def test_a_sentence_the_initials_pre_test_turns_away_has_no_such_name(text: str, key: str) -> None:
    # from_initials does not read a sentence may_name_by_initials turns away
    if not may_name_by_initials(Tokens(text).tokens, key):
        assert SentenceNames(text, 0, False).names_by_initials(key) == []


def test_a_reference_opens_with_one_of_the_letters_it_is_looked_for_after() -> None:
    # split_speaker matches _ORG_REFERENCE only after one of _REFERENCE_OPENERS. Its words
    # ("the", "our", "its", "a", "an") open with t, o, i or a, taken case-insensitively:
    # every character (surrogates aside) the pattern's case folding takes for one of them
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert set(regex.findall(r"(?i:[toia])", every)) == _REFERENCE_OPENERS
    # _clean matches _ARTICLE only after one of _ARTICLE_OPENERS: "the", "a", "an" in any
    # case, and the foreign ones ("el", "la", "los", "las", "le", "les", "der", ...)
    assert set(regex.findall(r"(?i:[ta])", every)) | set("eld") == _ARTICLE_OPENERS
    for opener in _REFERENCE_OPENERS:
        assert _ORG_REFERENCE.match(opener + ("n company" if opener in "aA" else "ts firm")) or (
            _ORG_REFERENCE.match(opener + "he company") or _ORG_REFERENCE.match(opener + "ur firm")
        )


_SPEAKER_WORDS = [
    "the", "The", "our", "its", "a", "an", "İts", "company", "firm", "foundation", "Ann",
    "Lee", "CEO", "of", "Acme", "(", ")", ",", ";", "who", "spokesperson", "for", "\x1c",
    "AN", "el", "la", "los", "der", "das", "alcalde",
]  # fmt: skip


def _phrases(words: list[str], most: int) -> st.SearchStrategy[str]:
    """Phrases of up to ``most`` of ``words``, each followed by a space, none, two spaces or
    a line break."""
    gap = st.sampled_from([" ", "", "  ", "\n"])
    word = st.tuples(st.sampled_from(words), gap).map("".join)
    return st.lists(word, max_size=most).map("".join)


@settings(max_examples=400, deadline=None)
@given(text=_phrases(_SPEAKER_WORDS, 10))
def test_the_text_tests_that_spare_a_pattern_never_turn_away_a_match(text: str) -> None:
    if _ORG_REFERENCE.match(text):
        assert text[0] in _REFERENCE_OPENERS
    if _APPOSITIVE.match(text):
        assert "," in text
    if _ARTICLE.match(text):
        assert text[0] in _ARTICLE_OPENERS
    tokens = tokenize(text)
    if tokens and "," not in text and ";" not in text:
        assert segments_of(tokens) == [(0, len(tokens))]


_APPOSITIVE_WORDS = [
    "Ann", "Lee", ",", ", ", " ,", "CEO", "chief", "officer", "of", "the", "The", "el",
    "alcalde", "(", ")", "-", "—", "Inc.", "J.D.", "who", "a", "Acme’s", ";", "\x1c", "Mayor",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(text=_phrases(_APPOSITIVE_WORDS, 12))
def test_an_appositive_title_is_read_by_the_phrase_tokens_as_by_its_own(text: str) -> None:
    # _title_after reads the title's words off the phrase's tokens in the title's span
    phrase = text.rstrip()
    tokens = tokenize(phrase)
    for end_token, token in enumerate(tokens):
        m = _APPOSITIVE.match(phrase, token.end)
        title = _clean(m["title"]) if m else None
        if m is None or title is None:
            continue
        own = any(t.kind is Kind.TITLE for t in stretch_tokens(title))
        assert _holds_title_word(tokens, end_token, *m.span("title")) == own


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Acme's’ CEOofhead,\n", max_size=30))
def test_a_title_without_an_apostrophe_names_no_possessor(title: str) -> None:
    # _organization_of matches a title against the possessor pattern only when it holds
    # an apostrophe
    assert "'" in title or "’" in title or names_module._POSSESSOR.match(title) is None
