"""Word lists the name splitter reads: job titles and honorifics, organization words,
capitalized function words, name particles, credentials and pronouns.

All entries are lower case, without a final period; callers fold a word the same way
(:func:`fold`) before looking it up.

These are hand lists rather than nameparser's vocabularies, by measurement on 137 speaker
phrases ("Jane Doe, CEO of Acme", "Acme CEO Jane Doe"): the hand lists split all of them
right, nameparser's titles 0.96, as they lack forms releases print ("Sen.", "Chairman",
"CTO", "DA") and hold words that are surnames ("Field", "Grand", "King"); its parser
alone reads 0.29 of them right, at about 240 µs each. Lookups cost the same either way.
"""

from __future__ import annotations

import functools
from typing import Final

__all__ = [
    "CREDENTIALS",
    "ORG_WORDS",
    "PARTICLES",
    "PRONOUNS",
    "STOP_WORDS",
    "SURNAME_TITLES",
    "TITLE_WORDS",
    "fold",
]


#: How many folded words are remembered (words repeat, within a release and across them).
FOLD_CACHE: Final = 1 << 16


@functools.lru_cache(maxsize=FOLD_CACHE)
def fold(word: str) -> str:
    """Lower-case ``word``, unify apostrophes and drop a final period and possessive
    (a pure function of one word, so memoized)."""
    word = word.replace("’", "'").lower().rstrip(".")
    if word.endswith("'s"):
        word = word[:-2]
    return word


#: Honorifics, ranks, offices and job titles printed before or after a name
#: ("Gov. Ada Vance", "Senior Vice President", "Sales Counselor Tim Roe").
TITLE_WORDS: Final = frozenset(
    {
        # honorifics
        "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "sir", "dame",
        "lord", "lady", "hon", "honorable", "honourable", "rev", "reverend", "pastor",
        "rabbi", "imam", "father", "sister", "brother", "bishop", "cardinal", "sheikh",
        "sr", "sra", "srta", "don", "dona", "herr", "frau", "mme", "mlle", "m",
        # government and law
        "president", "vice", "governor", "gov", "lieutenant", "lt", "senator", "sen",
        "representative", "rep", "congressman", "congresswoman", "congressmember",
        "delegate", "del", "assemblyman", "assemblywoman", "assemblymember", "councilman",
        "councilwoman", "councilmember", "councillor", "councilor", "alderman",
        "alderwoman", "mayor", "commissioner", "secretary", "minister", "premier",
        "chancellor", "ambassador", "attorney", "attorney-general", "prosecutor",
        "solicitor", "counsel", "general", "sheriff", "undersheriff", "marshal", "judge",
        "justice", "magistrate", "clerk", "treasurer", "auditor", "comptroller",
        "controller", "assessor", "speaker", "leader", "majority", "minority", "whip",
        "chief", "captain", "capt", "sergeant", "sgt", "officer", "detective", "det",
        "agent", "special", "deputy", "inspector", "insp", "superintendent", "supt",
        "trooper", "constable", "commander", "cmdr", "admiral", "adm", "colonel", "col",
        "major", "maj", "corporal", "cpl", "private", "pvt", "ranger", "warden",
        "fiscal", "procurador", "alcalde", "alcaldesa", "gobernador", "senador",
        "président", "présidente", "directeur", "directrice", "fondateur", "fondatrice",
        "presidente", "directora", "fundador", "fundadora", "gerente", "consejero",
        "geschäftsführer", "vorstand", "vorsitzender", "maire", "mairesse", "ministre",
        "préfet", "préfète", "conseiller", "conseillère", "porte-parole", "vice-président",
        "vice-présidente", "ministro", "ministra", "portavoz",
        # organizations
        "chairman", "chairwoman", "chairperson", "chair", "co-chair", "cochair",
        "founder", "co-founder", "cofounder", "owner", "co-owner", "partner",
        "principal", "managing", "executive", "senior", "junior", "head", "lead",
        "manager", "director", "administrator", "trustee", "member",
        "spokesperson", "spokesman", "spokeswoman", "analyst",
        "editor", "publisher", "fellow", "dean", "provost", "coach", "counselor",
        "counsellor", "consultant", "advisor", "adviser", "architect", "engineer",
        "scientist", "researcher", "developer", "designer", "strategist", "evangelist",
        "expert", "specialist", "coordinator", "supervisor", "associate", "assistant",
        "intern", "author", "artist", "chef", "producer", "physician", "nurse",
        "surgeon", "psychiatrist", "therapist", "pharmacist", "economist", "historian",
        "curator", "instructor", "teacher", "lecturer", "student", "investor",
        "entrepreneur", "ceo", "cfo", "coo", "cto", "cmo", "cio", "cro", "cpo", "cso",
        "cco", "chro", "evp", "svp", "vp", "gm", "md", "da", "ada", "dda", "ag",
    }
)  # fmt: skip

#: Title words that are also surnames: after a first name they end the name ("Will Dean",
#: "Tom Bishop"); before a name they stay titles ("Dean Ann Lee").
SURNAME_TITLES: Final = frozenset(
    {"bishop", "dean", "judge", "king", "major", "marshal", "chancellor", "sheriff",
     "prince", "cardinal", "abbott", "deacon", "page", "speaker", "fellow", "partner"}
)  # fmt: skip

#: Words that make a run of capitalized words an organization or a place, not a person
#: ("Acme Holdings Inc.", "Lake County", "Office of the Mayor").
ORG_WORDS: Final = frozenset(
    {
        "inc", "corp", "corporation", "co", "company", "companies", "llc", "ltd",
        "limited", "llp", "lp", "plc", "gmbh", "ag", "sa", "nv", "bv", "pty", "group",
        "holdings", "partners", "foundation", "association", "institute", "university",
        "college", "school", "academy", "hospital", "clinic", "bank", "capital", "labs",
        "laboratories", "technologies", "technology", "systems", "networks", "network",
        "council", "committee", "commission", "board", "department", "dept", "office",
        "agency", "bureau", "court", "county", "city", "state", "district", "division",
        "center", "centre", "society", "club", "team", "fund", "trust", "services",
        "solutions", "media", "news", "project", "program", "programme", "initiative",
        "coalition", "alliance", "union", "federation", "ministry", "government",
        "administration", "authority", "police", "church", "museum", "library", "press",
        "times", "post", "journal", "tribune", "herald", "magazine", "radio", "tv",
        "channel", "studios", "studio", "ventures", "brands", "industries", "enterprises",
        "international", "global", "worldwide", "america", "americas", "usa", "inc.",
        "software", "therapeutics", "pharmaceuticals", "biosciences", "robotics",
        "analytics", "logistics", "energy", "motors", "airlines", "foods", "insurance",
        "financial", "realty", "properties", "resources", "mining", "minerals", "aquatics",
    }
)  # fmt: skip

#: Capitalized words that open sentences and clauses but are never part of a name.
STOP_WORDS: Final = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "for",
        "from", "with", "by", "as", "of", "to", "and", "or", "but", "nor", "so", "yet",
        "according", "today", "yesterday", "tomorrow", "tonight", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "july", "september", "october", "november", "december", "still",
        "however", "also", "meanwhile", "additionally", "further",
        "furthermore", "moreover", "finally", "together", "overall", "previously",
        "recently", "currently", "separately", "similarly", "likewise", "indeed",
        "instead", "otherwise", "then", "now", "here", "there", "why", "what", "how",
        "who", "whom", "whose", "where", "when", "while", "if", "since", "after",
        "before", "during", "under", "over", "through", "about", "above", "across",
        "all", "both", "each", "every", "many", "most", "some", "several", "other",
        "another", "such", "no", "not", "only", "just", "even", "our", "his", "her",
        "their", "its", "my", "your", "we", "i", "he", "she", "they", "it", "you", "us",
        "them", "him", "me", "one", "two", "three", "first", "second", "third", "last",
        "new", "more", "said", "says", "added", "como", "según", "durante", "cuando",
        "pero", "aunque", "también", "además", "comme", "selon", "pour", "dans", "mais",
        # verbs that headlines print capitalized between an organization and a name
        "names", "appoints", "announces", "welcomes", "promotes", "hires", "taps", "elects",
        "adds", "selects", "picks", "honors", "honours", "recognizes", "congratulates",
        "introduces", "unveils", "launches", "celebrates", "mourns", "remembers",
        "please", "read", "see", "view", "click", "visit", "contact", "email", "phone",
        "tel", "fax", "web", "website", "source", "photo", "video", "image", "media",
    }
)  # fmt: skip

#: Lower-case particles inside a name ("Juan de la Rosa", "Ludwig van Dam").
PARTICLES: Final = frozenset(
    {
        "de", "del", "della", "der", "den", "di", "da", "das", "dos", "du", "la", "le",
        "van", "von", "vom", "zu", "ten", "ter", "bin", "binti", "ibn", "al", "el", "y",
        "e", "st", "mac", "mc", "ó", "ní", "bint", "abu",
    }
)  # fmt: skip

#: Degrees and credentials printed after a name ("Jane Roe, PhD").
CREDENTIALS: Final = frozenset(
    {
        "phd", "ph.d", "md", "m.d", "mba", "esq", "cpa", "jd", "j.d", "rn", "dds", "dvm",
        "pe", "cfa", "cfp", "pmp", "ma", "ms", "msc", "ba", "bs", "bsc", "llm", "edd",
        "psyd", "do", "np", "pa-c", "faia", "aia", "frcs", "obe", "mbe", "cbe", "kbe",
        "ret", "retired", "usmc", "usn", "usaf", "usa", "uscg",
    }
)  # fmt: skip

#: Pronouns that stand for a speaker named before.
PRONOUNS: Final = frozenset({"he", "she", "they", "i", "we", "it", "él", "ella", "il", "elle"})
