"""Who speaks a quotation when the words around it could mislead: title-case words that
are no one's name, unnamed spokespeople and offices, Spanish cues, quoted mission
statements.

Every release here is fictional, written for these tests in the shapes real ones take.
"""

from __future__ import annotations

import pytest

import pressparse
from pressparse import Quote
from pressparse.pipeline import Parser
from pressparse.stages._speaker_resolve import name_index

HEADLINE = (
    "Brightwater Analytics Reports Fourth Quarter Results\n\n"
    "PORTLAND, Ore., Feb. 12, 2026 /PRNewswire/ -- Brightwater Analytics, Inc. (NASDAQ: BWTR) "
    "today reported results for the fourth quarter of its fiscal year.\n\n"
)


def quotes_of(text: str, *, fmt: str = "text") -> tuple[Quote, ...]:
    return pressparse.parse_quotes(pressparse.read(text, fmt=fmt))


def speakers(text: str, *, fmt: str = "text") -> list[tuple[str, str | None]]:
    """(first three words of each quotation, its speaker's name)."""
    return [
        (" ".join(q.text.split()[:3]), q.speaker.name if q.speaker else None)
        for q in quotes_of(text, fmt=fmt)
    ]


# --- title-case words that are not a person --------------------------------------------


def test_a_colon_intro_line_before_a_quoted_paragraph_and_a_subhead_after_it() -> None:
    body = (
        "Chief Executive Officer Dana Whitlock commented:\n\n"
        "“We closed the year with the strongest quarter in our history.”\n\n"
        "Trial Design\n\n"
        "The study enrolled 240 patients across 31 sites in four countries over the trial.\n\n"
        "Dr. Amos Reed, Chief Medical Officer, added:\n\n"
        "“The safety profile we saw was consistent with everything before it.”\n"
    )
    assert speakers(HEADLINE + body) == [
        ("We closed the", "Dana Whitlock"),
        ("The safety profile", "Amos Reed"),
    ]


def test_a_subhead_under_a_quotation_is_no_attribution() -> None:
    body = (
        "Dana Whitlock, Chief Executive Officer, opened the call with the results.\n\n"
        "“We closed the year with the strongest quarter in our history,” she said. "
        "“Bookings grew in every region we serve.”\n\n"
        "“Our customers renewed at the highest rate we have ever recorded.”\n\n"
        "Pipeline Outlook\n\n"
        "The pipeline holds four programs in late-stage testing at partner sites.\n"
    )
    assert [s for _, s in speakers(HEADLINE + body)] == ["Dana Whitlock"] * 3


def test_a_clause_opening_the_sentence_is_not_the_speaker() -> None:
    body = (
        "Chief Executive Officer Dana Whitlock led the call with analysts on Thursday.\n\n"
        "Asked about the timeline, Whitlock said the company “expects to file with "
        "regulators before the end of the summer.”\n\n"
        "Speaking to analysts, Whitlock added, “We have the cash to see the trial through.”\n"
    )
    assert [s for _, s in speakers(HEADLINE + body)] == ["Dana Whitlock"] * 2


def test_an_adjective_opening_the_sentence_is_not_the_speaker() -> None:
    body = (
        "Independent reviewers at the Halvorsen Institute called it “the most complete data "
        "set we have reviewed in this field.”\n\n"
        "Outside analysts called the results “a turning point for the whole company.”\n"
    )
    got = speakers(HEADLINE + body)
    assert got[0] == ("the most complete", "Halvorsen Institute")
    assert all(name not in {"Independent", "Outside"} for _, name in got)


def test_headline_words_are_no_name() -> None:
    body = (
        "“We closed the year with the strongest quarter in our history,” Brightwater said "
        "in a statement.\n\n"
        "Revenue for the quarter rose 12 percent, and the company reports bookings in every "
        "region for the fourth straight quarter.\n\n"
        "“Our customers renewed at the highest rate we have ever recorded,” it added.\n"
    )
    got = speakers(HEADLINE + body)
    assert got[0] == ("We closed the", "Brightwater Analytics, Inc.")
    assert all("Quarter" not in (name or "") for _, name in got)


def test_a_name_printed_only_in_the_headline_still_resolves() -> None:
    text = (
        "Brightwater Names Maren T. Oakes Chief Financial Officer\n\n"
        "PORTLAND, Ore., Feb. 12, 2026 /PRNewswire/ -- Brightwater Analytics named its new "
        "finance chief.\n\n"
        "“I am glad to join a team that plans this carefully,” said Oakes.\n"
    )
    assert speakers(text) == [("I am glad", "Maren T. Oakes")]


# --- unnamed spokespeople and offices ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesperson for the Ostrander Family Foundation said, “We are glad to support this "
        "work for years to come.”",
        "“We are glad to support this work for years to come,” said a spokesperson for the "
        "Ostrander Family Foundation.",
        "“We are glad to support this work for years to come,” a spokeswoman for the Ostrander "
        "Family Foundation said.",
    ],
)
def test_an_unnamed_spokesperson_speaks_for_the_organization(sentence: str) -> None:
    assert speakers(HEADLINE + sentence + "\n") == [("We are glad", "Ostrander Family Foundation")]


def test_the_office_said_in_a_statement_is_the_issuing_office() -> None:
    text = (
        "Harlow County Attorney Charges Two in Roofing Fraud\n\n"
        "HARLOW, Mont. – The Harlow County Attorney’s Office today charged two contractors "
        "with taking deposits for roofs they never built.\n\n"
        "“Homeowners paid for work that never began, and we will recover what they lost,” "
        "the office said in a statement.\n"
    )
    assert speakers(text) == [("Homeowners paid for", "Harlow County Attorney’s Office")]


def test_the_foundation_said_is_the_foundation_the_release_names() -> None:
    body = (
        "The grant comes from the Ostrander Family Foundation, which funds rural clinics.\n\n"
        "“Rural clinics are where this data will do the most good,” the foundation said in "
        "a statement.\n"
    )
    assert speakers(HEADLINE + body) == [("Rural clinics are", "Ostrander Family Foundation")]


@pytest.mark.parametrize(
    "attribution",
    ["a spokesperson for the foundation said", "a statement from the foundation said"],
)
def test_a_spokesperson_or_statement_of_the_foundation_is_the_foundation(
    attribution: str,
) -> None:
    body = (
        "The grant comes from the Ostrander Family Foundation, which funds rural clinics.\n\n"
        f"“Rural clinics are where this data will do the most good,” {attribution}.\n"
    )
    assert speakers(HEADLINE + body) == [("Rural clinics are", "Ostrander Family Foundation")]


# --- a clause leading in with a colon --------------------------------------------------


def test_a_name_and_a_predicate_before_a_colon_speak_the_quotation() -> None:
    body = (
        "Brightwater named Keiko Arai chief operating officer in January.\n\n"
        "Asked about the year ahead, Arai pointed to service: “Every system we install is "
        "a ten-year promise to a customer.”\n"
    )
    assert speakers(HEADLINE + body) == [("Every system we", "Keiko Arai")]


@pytest.mark.parametrize(
    "lead",
    [
        "The brochure puts it simply:",  # no name: "The" is no one
        "In short, the message was clear:",  # a clause with no name after the comma
    ],
)
def test_a_colon_after_no_name_gives_no_speaker(lead: str) -> None:
    body = f"{lead} “Every system we install is a ten-year promise to a customer.”\n"
    assert all(who is None for _, who in speakers(HEADLINE + body))


def test_he_after_a_person_introduced_by_a_who_clause_is_that_person() -> None:
    body = (
        "“Shoppers want to know where their fish comes from,” said Abigail Rowe, director "
        "of the cooperative.\n\n"
        "Jacob Merrin, who fishes out of Stonington with his daughter, was one of the first "
        "captains to test the tags. “It adds ten minutes to the end of the day,” he said.\n"
    )
    assert speakers(HEADLINE + body) == [
        ("Shoppers want to", "Abigail Rowe"),
        ("It adds ten", "Jacob Merrin"),
    ]


# --- Spanish ---------------------------------------------------------------------------

SPANISH = (
    "Fundación Marisol abre un nuevo centro en Valencia\n\n"
    "VALENCIA, España, 12 de febrero de 2026 /PRNewswire/ -- La Fundación Marisol inauguró "
    "hoy un nuevo centro comunitario en el barrio de Benimaclet.\n\n"
)


def test_spanish_guillemets_with_the_comma_outside_and_a_bare_verb() -> None:
    body = (
        "«Este centro es el resultado de tres años de trabajo», dijo Ana Ruiz, directora de "
        "la Fundación Marisol.\n\n"
        "«Queremos que cada familia tenga un lugar donde aprender», señaló Ruiz.\n\n"
        "«Abriremos otros dos centros antes de que termine el año», afirmó.\n"
    )
    quotes = quotes_of(SPANISH + body)
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Ana Ruiz"] * 3
    assert quotes[0].text == "Este centro es el resultado de tres años de trabajo"
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.title == "directora de la Fundación Marisol"


@pytest.mark.parametrize("verb", ["ha declarado", "ha señalado", "ha añadido"])
def test_spanish_perfect_tense_verbs_attribute(verb: str) -> None:
    body = (
        f"«Este centro es el resultado de tres años de trabajo», {verb} Ana Ruiz, directora "
        "de la Fundación Marisol.\n"
    )
    assert speakers(SPANISH + body) == [("Este centro es", "Ana Ruiz")]


def test_spanish_dash_before_the_verb() -> None:
    body = (
        "«Este centro es el resultado de tres años de trabajo» —dijo Ana Ruiz, directora de "
        "la Fundación Marisol.\n\n"
        "«Queremos que cada familia tenga un lugar donde aprender» —agregó Ruiz—. «Y que "
        "nadie se quede fuera de este proyecto».\n"
    )
    quotes = quotes_of(SPANISH + body)
    assert [(q.speaker.name if q.speaker else None, q.cue) for q in quotes] == [
        ("Ana Ruiz", "dijo"),
        ("Ana Ruiz", "agregó"),
        ("Ana Ruiz", None),
    ]
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.title == "directora de la Fundación Marisol"


def test_spanish_role_and_bare_verb_after_an_introduction() -> None:
    body = (
        "Pablo Ortega, alcalde de Valencia, visitó el centro por la mañana con los vecinos.\n\n"
        "«La ciudad apoya este proyecto desde el primer día», aseguró el alcalde.\n\n"
        "«Abriremos otros dos centros antes de que termine el año», afirmó.\n"
    )
    assert [s for _, s in speakers(SPANISH + body)] == ["Pablo Ortega"] * 2


# --- mission statements ------------------------------------------------------------------


@pytest.mark.parametrize(
    "intro",
    [
        "The company’s mission, in its own words:",
        "Brightwater’s mission statement reads:",
        "The company describes its vision this way:",
    ],
)
def test_a_quoted_mission_statement_is_the_company_s(intro: str) -> None:
    body = (
        f"{intro}\n\n"
        "“To make every hospital data set useful to the people who care for patients.”\n"
    )
    assert speakers(HEADLINE + body) == [("To make every", "Brightwater Analytics, Inc.")]


# --- the name index the speakers are resolved with ----------------------------------------


def test_a_name_broken_over_lines_of_one_group_is_read_in_one_piece() -> None:
    text = (
        "Acme Names a New Chief\n\n"
        "SPRINGFIELD -- Acme Widgets today named its new\n"
        "Chief Operating Officer Jane\n"
        "Marie\n"
        "Doe, who joins from Initech.\n\n"
        "Later, Vice President Ann\n"
        "Lee toured the plant.\n"
    )
    parser = Parser()
    state = parser.run_stages(parser.read(text, fmt="text"), until="contacts")
    index = name_index(state)
    assert index.full_name("Doe", len(text)) == "Jane Marie Doe"
    assert index.full_name("Lee", len(text)) == "Ann Lee"
    assert {"Jane Marie Doe", "Ann Lee"} <= {p.text for p in index.names}


@pytest.mark.parametrize(
    ("sentence", "quotation"),
    [
        ("She added that donations let the network buy fresh food in bulk.",
         "“Every dollar given turns into three meals, because we buy from growers.”"),
        ("Elle a ajouté que les dons permettent d’acheter des denrées fraîches.",
         "« Chaque dollar donné se transforme en trois repas, parce que nous achetons ici. »"),
    ],
)  # fmt: skip
def test_a_quotation_after_a_pronoun_s_reported_speech_is_that_person_s(
    sentence: str, quotation: str
) -> None:
    body = (
        "“Demand has never been higher in our pantries than this winter,” said Ana Ruiz, "
        "executive director of the Harbor Food Network.\n\n"
        f"{sentence} {quotation}\n"
    )
    assert [name for _, name in speakers(HEADLINE + body)] == ["Ana Ruiz", "Ana Ruiz"]


def test_a_sentence_not_reporting_speech_gives_its_pronoun_no_quotation() -> None:
    body = (
        "“Demand has never been higher in our pantries than this winter,” said Ana Ruiz, "
        "executive director of the Harbor Food Network.\n\n"
        "She joined the network in 2019 from a regional grocer. “Every dollar given turns into "
        "three meals.”\n"
    )
    assert speakers(HEADLINE + body) == [("Demand has never", "Ana Ruiz")]


@pytest.mark.parametrize(
    "verb", ["a-t-il affirmé", "a-t-il précisé", "ajoute-t-il", "dit-il", "précise-t-il"]
)
def test_a_french_inverted_pronoun_after_a_quotation_is_its_speaker(verb: str) -> None:
    text = (
        "Acme ouvre une usine à Lévis\n\n"
        "LÉVIS, QC, le 3 mars 2026 /CNW/ - Acme a ouvert une usine.\n\n"
        "Le porte-parole de la campagne, le chef Mathéo Gendreau, sera présent dans plusieurs "
        "régions. « Personne ne devrait avoir à choisir entre son loyer et son frigo », "
        f"{verb}.\n"
    )
    assert speakers(text) == [("Personne ne devrait", "Mathéo Gendreau")]


def test_a_title_at_a_sentence_s_end_keeps_no_period_but_an_abbreviation_s() -> None:
    body = (
        "“We are proud of this milestone for the whole team,” said Jane Roe, chief "
        "executive of Acme.\n\n"
        "“We expect to hire locally,” Roe said.\n\n"
        "“The plant opens in May,” said Maryland Gov. Wes Moore.\n"
    )
    titles = [q.speaker.title for q in quotes_of(HEADLINE + body) if q.speaker is not None]
    assert titles == ["chief executive of Acme", "chief executive of Acme", "Maryland Gov."]


def test_the_spokesperson_is_the_organization_named_as_the_spokesperson_s() -> None:
    body = (
        "A spokesperson for Orrery Home said replacement kettles began shipping in January. "
        "“Every replacement has passed an extra boil-dry test at the factory,” the "
        "spokesperson said.\n"
    )
    assert speakers(HEADLINE + body) == [("Every replacement has", "Orrery Home")]


def test_the_company_s_officer_named_after_the_title_is_the_speaker() -> None:
    body = (
        "The Company’s vice president of exploration, Emeric Lachance, described the system "
        "as “a classic porphyry with a late high-grade overprint.”\n"
    )
    (quote,) = quotes_of(HEADLINE + body)
    assert quote.speaker is not None
    assert quote.speaker.name == "Emeric Lachance"
    assert quote.speaker.organization == "Brightwater Analytics, Inc."


@pytest.mark.parametrize(
    "second",
    [
        # the employer named in the speaker's title is no one a "he" stands for
        "Bernard Cloutier, CEO of Lakeshore Mutual, will serve as chief operating officer. "
        "He called the deal “the right partnership at the right moment for our members.”",
        # nor is an organization, whose name ends in a word such as "Software"
        "“That is exactly what our customers need from Cobaltline Software,” said Bernard "
        "Cloutier, CEO of Cobaltline Software. “It is the right partnership at the right "
        "moment.” He added that the app comes first.",
    ],
)
def test_a_pronoun_stands_for_a_person_not_an_organization(second: str) -> None:
    names = [name for _, name in speakers(HEADLINE + second + "\n")]
    assert names
    assert set(names) == {"Bernard Cloutier"}


@pytest.mark.parametrize(
    "sentence",
    [
        "“The face of hunger here is a parent who works full time,” a spokesperson for the "
        "alliance said.",
        "The alliance’s mission statement reads: “No neighbor should ever have to choose "
        "between food and rent.”",
    ],
)
def test_the_alliance_is_the_alliance_the_release_names(sentence: str) -> None:
    body = (
        f"The grant goes to the Greenfold Food Alliance, which runs forty pantries.\n\n{sentence}\n"
    )
    assert [name for _, name in speakers(HEADLINE + body)] == ["Greenfold Food Alliance"]


def test_a_department_spokesperson_speaks_for_the_department_of_the_letterhead() -> None:
    text = (
        "SPRINGFIELD POLICE DEPARTMENT\nOffice of Public Information\n\n"
        "Two Arrested After Overnight Pursuit\n\n"
        "SPRINGFIELD, Mo. - Two men were taken into custody early Thursday after a pursuit.\n\n"
        "A department spokesperson said the investigation is ongoing. “We believe these two "
        "men are connected to at least nine break-ins,” the spokesperson said.\n"
    )
    assert speakers(text) == [("We believe these", "SPRINGFIELD POLICE DEPARTMENT")]


def test_a_pull_quote_s_speaker_glued_to_the_dateline_is_cut_at_the_capitals() -> None:
    text = (
        "Pellatrix Raises $7 Million for Clinic Intake Software\n\n"
        "“Every clinic we onboard gets back eleven hours a week.” — Ines CarvalhoBOISE, ID, "
        "UNITED STATES, January 8, 2026 /EINPresswire.com/ -- Pellatrix today announced a "
        "seed round.\n"
    )
    assert speakers(text) == [("Every clinic we", "Ines Carvalho")]


def test_the_company_in_a_public_body_s_release_is_the_company_it_names() -> None:
    text = (
        "Attorney General Reaches Settlement With Solar Lender\n\n"
        "SALEM, Ore. — Attorney General Ray Okon today announced a $3.1 million settlement "
        "with Sunbridge Capital Finance LLC, a lender that financed rooftop solar.\n\n"
        "Sunbridge did not admit wrongdoing. In a statement, the company said it had "
        "“already changed its disclosure practices in response to customer feedback.”\n"
    )
    assert speakers(text) == [("already changed its", "Sunbridge Capital Finance LLC")]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Sherbrooke inaugure un centre aquatique\n\n"
            "SHERBROOKE, QC, le 3 mars 2026 /CNW/ - La Ville a inauguré un centre aquatique.\n\n"
            "« Ce centre répond à une demande des familles de l'est de la ville », a déclaré la "
            "mairesse de Sherbrooke, Geneviève Tremblay.\n",
            "Geneviève Tremblay",
            "mairesse de Sherbrooke",
        ),
        (
            "Agrícola Luz abre una planta\n\n"
            "LEÓN, México, 3 de marzo de 2026 /PRNewswire/ -- Agrícola Luz abrió una planta.\n\n"
            "«Los agricultores necesitan saber cuánto cobrarán», dijo el director de "
            "Operaciones de la compañía, Javier Cuenca.\n",
            "Javier Cuenca",
            "director de Operaciones de la compañía",
        ),
    ],
)
def test_a_french_or_spanish_title_of_an_employer_before_the_name(
    text: str, name: str, title: str
) -> None:
    (quote,) = quotes_of(text)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.title) == (name, title)


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("According to the sports director, Mathieu Roy, the center will welcome 350,000 "
         "visits a year.", "he said"),
        ("Selon le directeur des sports, Mathieu Roy, le centre accueillera 350 000 visites "
         "par année.", "a-t-il précisé"),
    ],
)  # fmt: skip
def test_the_person_according_to_whom_a_sentence_reports_is_the_he_after_it(
    sentence: str, verb: str
) -> None:
    body = (
        "“This center answers a demand families have made for ten years,” said Mayor Anne "
        "Tremblay.\n\n"
        f"{sentence} “We will offer swimming lessons for children from January,” {verb}.\n"
    )
    assert [name for _, name in speakers(HEADLINE + body)] == ["Anne Tremblay", "Mathieu Roy"]


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("The mayor of Laval, Etienne Beau, welcomed the company to the city.", "he said"),
        ("Le maire de Laval, Étienne Beau, a salué l'arrivée de l'entreprise.", "a-t-il affirmé"),
    ],
)
def test_a_named_subject_of_a_verb_of_welcome_is_the_he_after_it(sentence: str, verb: str) -> None:
    body = (
        "“The plant will recover nickel from used batteries,” said Marc Girard, vice "
        "president of engineering.\n\n"
        f"{sentence} “It is excellent news for our workers,” {verb}.\n"
    )
    names = [name for _, name in speakers(HEADLINE + body)]
    assert names[-1] in {"Etienne Beau", "Étienne Beau"}
