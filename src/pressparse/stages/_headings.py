"""What a heading looks like: the text tests the sections stage and its parsers share.

Pure functions over one line of text: is it title-like, a label alone on its line, prose,
page chrome, a date; what kind of boilerplate does a heading name ("About Acme" names an
organization, "Forward-Looking Statements", "Media Contact"). The words and patterns are
press-release conventions, not any one document's wording.
"""

from __future__ import annotations

import enum
import string
from itertools import product
from typing import Final

import regex

from pressparse import vocab
from pressparse.model import SectionKind

# The word lists and token helpers, read through this module by the heading tests' users.
from pressparse.stages._heading_words import OPENERS as OPENERS
from pressparse.stages._heading_words import SMALL_WORDS as SMALL_WORDS
from pressparse.stages._heading_words import SUBJECT_FOLLOWERS as SUBJECT_FOLLOWERS
from pressparse.stages._heading_words import WORD as WORD
from pressparse.stages._heading_words import letters as letters
from pressparse.stages._heading_words import token_end as token_end
from pressparse.stages._heading_words import tokens as tokens
from pressparse.stages._heading_words import wordset as wordset
from pressparse.stages._leadins import is_quote_lead_in

#: A heading is rarely longer than this many characters, or words.
MAX_HEADING_CHARS: Final = 150
MAX_HEADING_WORDS: Final = 18

#: A block at least this long, with sentence words, is taken for prose.
PROSE_MIN_CHARS: Final = 80

# A URL, e-mail address or phone number anywhere in a line: "visit www.acme.test",
# "jane@acme.test", "(555) 010-0199"; one pattern for each, tried only on a line holding
# what it needs ("http" or "www.", an "@", a digit).
_WEB_ADDRESS: Final = regex.compile(r"https?://|www\.", regex.IGNORECASE)
_EMAIL_ADDRESS: Final = regex.compile(r"\b[\w.+-]+@[\w-]+\.\w", regex.IGNORECASE)
_PHONE_NUMBER: Final = regex.compile(r"\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b", regex.IGNORECASE)

# A decimal digit.
_DIGIT: Final = regex.compile(r"\d")

# A date standing alone or opening a line: "May 4, 2026", "04 May 2026", "2026-05-04".
_WEEKDAYS: Final = "mon|tues|wednes|thurs|fri|satur|sun"
_MONTHS: Final = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_MONTH: Final = rf"(?:{_MONTHS})[a-z]*\.?"
_DATE_LINE: Final = regex.compile(
    rf"""
    ^\W{{0,3}}(?:(?:{_WEEKDAYS})day,?\s+)?
    (?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:\d{{4}}|\d{{1,2}}:\d{{2}})  # "May 4, 2026"
      |\d{{1,2}}\s+{_MONTH}\s+\d{{4}}                     # "4 May 2026"
      |\d{{4}}-\d{{2}}-\d{{2}})                           # "2026-05-04"
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

#: The first two letters of the words :data:`_DATE_LINE` may open with (past its marks);
#: its other openings are digits.
_DATE_OPENINGS: Final = frozenset(w[:2] for w in f"{_WEEKDAYS}|{_MONTHS}".split("|"))


# Page furniture that is never a heading or body text: "Read More>>", "Continue Reading",
# "Share this article", "Click here", "Back to top", "[TWEET THIS]".
_CHROME: Final = regex.compile(
    r"""
    ^\W{0,3}(?:read\s+more|continue\s+reading|share(?:\s+this\s+\w+)?|share\s+(?:on|to)\s*\w+
      |click\s+here|back(?:\s+to\s+(?:top|news|list))?|scroll\s+to\s+top|print(?:\s+this)?
      |tweet\s+this|follow\s+us|links|skip\s+to\s+(?:main\s+)?content|view\s+all
      |news\s+provided\s+by|related\s+(?:links|news)|subscribe|sign\s+up|log\s+in
      |learn\s+more|watch\s+(?:the\s+)?video|register\s+(?:now|here)|download(?:\s+\w+)?
      |email\s+this|advertisement|menu|search)\W{0,3}$
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

#: Marks a line may open with before its first word: the ASCII characters that are
#: neither letters, digits nor "_" (so ``\W`` in a pattern), and the usual typographic ones.
LEADING_MARKS: Final = (
    "".join(c for c in map(chr, range(128)) if not (c.isalnum() or c == "_")) + "“”‘’•·–—"
)

#: The first two letters, in lower case, of every alternative of :data:`_CHROME`: a line
#: that opens (past up to three marks) with two ASCII letters not among these is no chrome,
#: told without the pattern, which tries each of its alternatives in turn ignoring case.
#: NOTE: keep in sync with _CHROME (a unit test derives the set from it).
_CHROME_OPENINGS: Final = frozenset(
    {"re", "co", "sh", "cl", "ba", "sc", "pr", "tw", "fo", "li", "sk", "vi", "ne", "su", "si"}
    | {"lo", "le", "wa", "do", "em", "ad", "me", "se"}
)


def other_letter_pairs(openings: frozenset[str]) -> frozenset[str]:
    """Every pair of ASCII letters, in any case, whose lower case is not in ``openings``."""
    letters = string.ascii_letters
    return frozenset(a + b for a in letters for b in letters if (a + b).lower() not in openings)


def other_letter_triples(openings3: frozenset[str]) -> frozenset[str]:
    """Every three ASCII letters, in any case, whose first two open an opening of
    ``openings3`` (three letters in lower case) but whose lower case is none of them: a
    text opening with such letters (no mark before them) opens with none of the openings.

    Only the triples whose pair opens an opening are listed (a text opening with another
    pair is told by :func:`other_letter_pairs`).
    """
    letters = string.ascii_letters
    pairs = {o[:2] for o in openings3}
    return frozenset(
        a + b + c
        for a in letters
        for b in letters
        if (a + b).lower() in pairs
        for c in letters
        if (a + b + c).lower() not in openings3
    )


#: The marks of :data:`LEADING_MARKS`, one by one.
_LEADING_MARK_SET: Final = frozenset(LEADING_MARKS)


def opens_with_other_letters(text: str, others: frozenset[str]) -> bool:
    """True when ``text``, past the marks it opens with, opens with a pair of ``others``
    (:func:`other_letter_pairs`): then a pattern whose every alternative opens (past such
    marks, ignoring case) with a pair of the openings cannot match it.

    Only ASCII letters are told this way: ignoring case, "ſ", "İ" and the Kelvin sign also
    match "s", "i" and "k". Only the first eight characters are read (a text opening with
    more marks than that is left to the pattern).
    """
    head = text[:2]
    if head in others:
        return True  # (most texts: a set lookup)
    if head[:1] not in _LEADING_MARK_SET:
        return False
    return text[:8].lstrip(LEADING_MARKS)[:2] in others


#: The pairs of letters no line of page chrome opens with.
_NOT_CHROME_PAIRS: Final = other_letter_pairs(_CHROME_OPENINGS)

#: The first three letters, in lower case, of every alternative of :data:`_CHROME`.
#: NOTE: keep in sync with _CHROME (a unit test derives the set from it).
_CHROME_OPENINGS3: Final = frozenset(
    {"adv", "bac", "cli", "con", "dow", "ema", "fol", "lea", "lin", "log", "men", "new"}
    | {"pri", "rea", "reg", "rel", "scr", "sea", "sha", "sig", "ski", "sub", "twe", "vie"}
    | {"wat"}
)

#: Three letters no line of page chrome opens with, though their first two may.
_NOT_CHROME_TRIPLES: Final = other_letter_triples(_CHROME_OPENINGS3)

#: The pairs of letters no date line opens with.
_NOT_DATE_PAIRS: Final = other_letter_pairs(_DATE_OPENINGS)


# A field label, not a heading, even alone on its line: "Phone:", "Email:", "Date:".
_FIELD_LABEL: Final = regex.compile(
    r"""^(?:phone|tel|telephone|fax|mobile|cell|e-?mail|web(?:site)?|url|address|date|time
      |posted(?:\s+on)?|published|updated|author|by|photo|image|credit|tags?|categor(?:y|ies)
      |hashtags?|source|location|price|cost)\s*:?$""",
    regex.IGNORECASE | regex.VERBOSE,
)

# "Name, Title of Org": an attribution or signature line ("Lenny Ortiz, CEO of Acme").
_ATTRIBUTION: Final = regex.compile(
    r""",\s*(?:the\s+)?(?:\p{Lu}\w*\s+){0,3}(?:ceo|cfo|coo|cto|president|director|chief|founder
      |co-founder|manager|officer|chair(?:man|woman|person)?|vice|head|partner|spokes\w+
      |executive|senior|general\s+counsel)\b""",
    regex.IGNORECASE | regex.VERBOSE,
)

# A caption or credit line under a picture: "Photo: Acme's new plant", "Image credit: ...".
_CAPTION_WORDS: Final = "photo|image|picture|video|caption|credit|pictured|source"
_CAPTION: Final = regex.compile(rf"^\W{{0,2}}(?:{_CAPTION_WORDS})s?\b", regex.IGNORECASE)

#: The pairs of letters no caption line opens with.
_NOT_CAPTION_PAIRS: Final = other_letter_pairs(frozenset(w[:2] for w in _CAPTION_WORDS.split("|")))

# An auxiliary verb or a first/second-person pronoun: a short line holding one is a
# sentence, not a sentence-case heading ("CryptoWire is powered by IBN").
_SENTENCE_WORD: Final = regex.compile(
    r"\b(?:is|are|was|were|will|has|have|had|can|may|should|would|could|i|we|you|our|your)\b",
    regex.IGNORECASE,
)

# A heading that asks what a reader wants to know: "How to protect your vehicle", "What
# members can expect", "Why it matters", "Where to vote".
ASKS: Final = regex.compile(r"(?:How|What|Why|Where|When|Who)\s+\p{Ll}")

# Characters a heading does not hold: "#" tags, "@" handles, "|" and "•" separators.
_NOT_IN_HEADING: Final = regex.compile(r"[#@|•·▪{}\[\]<>=*_~^]|\.\.\.|…")

# The last word of a lead-in clause that introduces a list: "... include:", "... found:".
_LEAD_IN_ENDS: Final = wordset(
    """include includes included including are is was were follows following found find
    said says defines define defined states stated reads read below here there at to by as
    from with for on in of list lists listed shows show shown contain contains containing
    offers offer provide provides features feature requires require apply applies if"""
)

# "About Acme Corp." / "ABOUT ACME:" / "About the Company" as a whole heading, and the same
# in Spanish, French and German: "Acerca de Acme", "Sobre Acme", "À propos d'Acme", "Über Acme".
ABOUT_HEADING: Final = regex.compile(
    r"""^(?P<about>about\s+|acerca\s+de\s+|sobre\s+(?-i:(?=\p{Lu}))|über\s+(?-i:(?=\p{Lu}))
      |[àa]\s+propos\s+(?:de\s+|d['’]\s*))
    (?P<org>[\p{L}\p{N}\"“(].{0,120}?)\s*:?\s*$""",
    regex.IGNORECASE | regex.VERBOSE,
)

# Forward-looking statements and safe-harbor headings, in the forms releases print:
# "Forward-Looking Statements", "Cautionary Note Regarding Forward-Looking Statements",
# "Safe Harbor Statement", "Special Note About Forward Looking Information".
FORWARD_LOOKING: Final = regex.compile(
    r"""
    (?:(?:cautionary|special|important)\s+(?:note|notice|statements?|language|information)
        \s+(?:regarding|concerning|about|on|relating\s+to|with\s+respect\s+to)\s+)?
    (?:forward[-\s]looking\s+(?:statements?|information|language)
      |safe\s+harbou?r(?:\s+(?:statement|provision|notice)s?)?)
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# Disclaimers, notes to editors and legal notices as headings.
_DISCLAIMER: Final = regex.compile(
    r"""^\W{0,3}(?:disclaimers?|legal\s+(?:notice|disclaimer)s?|important\s+(?:notice
      |information)|notes?\s+(?:to|for)\s+editors?|editor['’]?s?\s+notes?
      |non-gaap\s+financial\s+measures|use\s+of\s+non-gaap\s+\w+(?:\s+\w+)?)\W{0,3}$""",
    regex.IGNORECASE | regex.VERBOSE,
)
# A contact-block heading the shared label misses: "Investor & Media Contacts",
# "PR Contact", "Contacts for Acme", "Media Relations".
_CONTACT_HEADING: Final = regex.compile(
    r"""^\W{0,3}(?:[\p{L}&/.'’-]+\s+){0,4}?(?:contacts?|inquiries|enquiries)
      (?:\s+(?:information|info|details))?(?:\s+(?:for|at)\s+.{1,60})?\W{0,3}$
      |^\W{0,3}(?:media|press|investor|public)\s+relations\W{0,3}$""",
    regex.IGNORECASE | regex.VERBOSE,
)


# "Contact Acme Corp" / "CONTACT ACME LAW LLP": a heading naming whom to contact.
_CONTACT_NAMED: Final = regex.compile(r"^\W{0,3}contacts?:?\s+\p{Lu}[^:]{0,80}$", regex.IGNORECASE)

# A sentence break inside a line: ". The", "? How" (not "vs. ", "St. ", "J. Smith").
_SENTENCE_BREAK: Final = regex.compile(
    r"(?<!\b(?:vs|St|Dr|Mr|Ms|Mrs|Jr|Sr|Inc|Co|Corp|Ltd|No|Mt|Ft|U\.S|\p{Lu}))[.!?]\s+(?=\S)"
)


def has_sentence_break(text: str) -> bool:
    """True when ``text`` holds more than one sentence."""
    return _SENTENCE_BREAK.search(text) is not None


class Shape(enum.Enum):
    """How a line is set, as far as a heading goes."""

    CAPS = "caps"  #: ALL CAPITALS
    TITLE = "title"  #: Title Case (most significant words capitalised)
    SENTENCE = "sentence"  #: Sentence case, short, no verb of being


# The shapes, bound once for the tests below: on Python 3.11 reading an enum member off its
# class (Shape.TITLE) goes through EnumType.__getattr__, ten times slower than a global.
_CAPS: Final = Shape.CAPS
_TITLE: Final = Shape.TITLE
_SENTENCE: Final = Shape.SENTENCE


def is_caps(text: str) -> bool:
    """True when ``text`` is set in capitals (at least three letters, all upper case)."""
    if text.upper() != text or text.lower() == text:
        return False
    return sum(1 for c in text if c.isupper()) >= 3


#: :data:`SMALL_WORDS` in every mix of cases ("of", "Of", "OF", "oF"): a word is in it
#: exactly when its lower case is a small word (no character but a letter of theirs and its
#: capital lowers to one of their letters), so the word need not be lowered to be looked up.
_SMALL_ANY_CASE: Final = frozenset(
    "".join(chars) for word in SMALL_WORDS for chars in product(*({c, c.upper()} for c in word))
)


def title_ratio(words: list[str]) -> float:
    """The share of a heading's significant words that start with a capital or digit."""
    significant = upper = 0
    for token in words:
        word = token if token.isalnum() else letters(token)
        if word and word not in _SMALL_ANY_CASE:  # (word.lower() not in SMALL_WORDS)
            significant += 1
            if word[0].isupper() or word[0].isdigit():
                upper += 1
    return upper / significant if significant else 0.0


#: The share of a line's words (small words aside) that open with a capital in title case.
TITLE_CASE_SHARE: Final = 0.75


def shape(text: str) -> Shape | None:
    """The heading shape of ``text`` (caps, title or sentence case), or ``None``."""
    return _shape(text, text.split())


def _shape(text: str, words: list[str]) -> Shape | None:
    """:func:`shape`, given the words of ``text``."""
    if not words or not (words[0][0].isupper() or words[0][0].isdigit() or words[0][0] in '“"'):
        return None
    if is_caps(text):
        return _CAPS
    if title_ratio(words) >= TITLE_CASE_SHARE:
        return _TITLE
    enough = len(words) >= 3 or (len(words) == 2 and text.rstrip()[-1:] in {"?", "!"})
    # a verb or a pronoun makes a sentence, unless the line asks what a reader wants to
    # know, as a subhead does ("What members can expect", "How to protect your car")
    asks_or_no_verb = not _SENTENCE_WORD.search(text) or ASKS.match(text) is not None
    if enough and len(words) <= 10 and "," not in text and asks_or_no_verb:
        return _SENTENCE
    return None


#: Page chrome is never longer than this many characters (a caller on a hot path may test
#: the length before calling :func:`is_chrome`).
CHROME_MAX_CHARS: Final = 40


def is_chrome(text: str) -> bool:
    """True for page furniture such as "Read More", "Share this article", "Back"."""
    if len(text) > CHROME_MAX_CHARS or opens_with_other_letters(text, _NOT_CHROME_PAIRS):
        return False
    if text[:3] in _NOT_CHROME_TRIPLES:
        return False  # ("Product", "Senior": three letters no alternative opens with)
    return _CHROME.match(text) is not None


def is_caption(text: str) -> bool:
    """True for a caption or credit line: "Photo: ...", "Image credit: ..."."""
    if opens_with_other_letters(text, _NOT_CAPTION_PAIRS):
        return False  # (most lines: the pattern tries each of its words ignoring case)
    return _CAPTION.match(text) is not None


def is_date_line(text: str) -> bool:
    """True for a line that is (or opens with) a date: "May 4, 2026 08:00 ET"."""
    if len(text) > 80 or opens_with_other_letters(text, _NOT_DATE_PAIRS):
        return False  # (most lines: the pattern tries each of its words ignoring case)
    return _DATE_LINE.match(text) is not None


def has_contact_detail(text: str) -> bool:
    """True when ``text`` holds a URL, an e-mail address or a phone number."""
    if "@" in text and _EMAIL_ADDRESS.search(text) is not None:
        return True
    if _DIGIT.search(text) is not None and _PHONE_NUMBER.search(text) is not None:
        return True
    lowered = text.lower()
    return ("http" in lowered or "www." in lowered) and _WEB_ADDRESS.search(text) is not None


#: The marks that end a sentence or a label.
SENTENCE_ENDS: Final = frozenset('.!?:;"”’)»…')


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends a sentence or a label (so the next line starts afresh): its
    last character but white space is one of :data:`SENTENCE_ENDS`."""
    return text.rstrip()[-1:] in SENTENCE_ENDS


#: A text of more words than this is prose once three of them are in lower case.
_PROSE_PROBE_WORDS: Final = MAX_HEADING_WORDS * 2


def is_prose(text: str) -> bool:
    """True for running text: long enough, with lower-case words in it (not a title)."""
    # A long paragraph is settled by its first words; split the rest only when they do not.
    words = text.split(None, _PROSE_PROBE_WORDS)
    if len(words) > _PROSE_PROBE_WORDS:
        if len(text) >= PROSE_MIN_CHARS and _lower_words(words[:_PROSE_PROBE_WORDS]):
            return True  # more than _PROSE_PROBE_WORDS words, three in lower case
        words = text.split()
    lower = len([w for w in words if w[:1].islower()])  # (a list: quicker than a generator)
    if len(text) >= PROSE_MIN_CHARS and len(words) >= 10 and lower >= 3:
        return lower >= 0.4 * len(words) or len(words) > MAX_HEADING_WORDS * 2
    return len(words) >= 6 and lower >= 2 and text.rstrip()[-1:] in {".", "!", "?", "”", '"'}


def _lower_words(words: list[str]) -> bool:
    """True when three of ``words`` start in lower case."""
    count = 0
    for word in words:
        if word[:1].islower():
            count += 1
            if count == 3:
                return True
    return False


def _plain_heading_text(text: str) -> str:
    """Strip a heading's enclosing quotation marks and a closing period inside them."""
    t = text.strip()
    if len(t) > 2 and t[0] in '“"' and t[-1] in '”"':
        t = t[1:-1].rstrip(".!").strip()
    return t


def title_like(text: str) -> Shape | None:
    """The shape of ``text`` when it could be a heading standing alone, else ``None``.

    A heading is short, holds no URL, phone, date or separator, is not a sentence ending
    in a period (a Title Case line may: "The Best Time to Fix It? Before It's Worse."), not
    an attribution ("Jane Doe, CEO of Acme") nor a byline, and not page chrome.
    """
    if len(text) > MAX_HEADING_CHARS + 4:
        return None
    t = _plain_heading_text(text)
    words = t.split()
    if not t or len(t) > MAX_HEADING_CHARS or len(words) > MAX_HEADING_WORDS:
        return None
    if not (t[0].isupper() or t[0].isdigit()):
        return None
    if t[-1] in ",;:" or t.count(",") > 1 or (words[0].lower() == "by" and len(words) <= 6):
        return None
    if is_chrome(t) or is_date_line(t) or has_contact_detail(t) or _NOT_IN_HEADING.search(t):
        return None
    if ("," in t and _ATTRIBUTION.search(t)) or is_caption(t):  # (the pattern opens with ",")
        return None
    found = _shape(t, words)
    if found is None:
        return None
    if t[-1] == "." and not (found is not _SENTENCE and len(words) >= 3):
        return None
    if t[-1] == "." and _lower_significant(words) >= SENTENCE_LOWER_WORDS:
        return None  # "The case is prosecuted by Assistant U.S. Attorney Jo Fry of ...."
    return found


#: A line ending in a period with this many lower-case words (small words aside) is a
#: sentence, however many of its words are names.
SENTENCE_LOWER_WORDS: Final = 2


def _lower_significant(words: list[str]) -> int:
    """How many of ``words`` (small words aside, as :func:`title_ratio` counts them) start
    in lower case."""
    count = 0
    for token in words:
        word = token if token.isalnum() else letters(token)
        if word and word not in _SMALL_ANY_CASE and word[0].islower():
            count += 1
    return count


def introduces_quote(label: str) -> bool:
    """True for a label that introduces a quotation: "Jane Roe, CEO of Acme, added:",
    "Acme CEO Jane Roe commented:", "Jane Roe, CEO of Acme:" (its colon may be left off)."""
    return is_quote_lead_in(label) or ("," in label and _ATTRIBUTION.search(label) is not None)


def is_attribution(text: str) -> bool:
    """True for a line naming who spoke: "Jane Roe, CEO of Acme", "— Jane Roe"."""
    t = text.strip()
    if len(t) > 120:
        return False
    return t[:1] in {"—", "–", "-"} or ("," in t and _ATTRIBUTION.search(t) is not None)


def label_alone(text: str) -> str | None:
    """The label of a line that is a label and nothing else ("WHO:", "Key Takeaways:").

    A lead-in clause ("The study also found:") is not a label, nor a line introducing a
    quotation ("Jane Roe, CEO of Acme, added:"): the label must be in capitals or Title
    Case, and short.
    """
    t = text.strip()
    if not t.endswith(":") or len(t) > 100:
        return None
    label = t[:-1].strip()
    words = label.split()
    if not words or len(words) > 10 or _FIELD_LABEL.match(label) or is_chrome(label):
        return None
    if words[-1] in _LEAD_IN_ENDS or introduces_quote(label):
        return None  # "The study also found:", "Acme CEO Jane Roe commented:", "Jane Roe, CEO:"
    if has_contact_detail(label) or _NOT_IN_HEADING.search(label) or ":" in label:
        return None
    found = shape(label)
    if found is _CAPS or (found is _TITLE and title_ratio(words) >= TITLE_CASE_SHARE):
        return label
    return None


def is_contact_heading(text: str) -> bool:
    """True for a heading that labels a contact block ("Media Contact", "Contacts:")."""
    t = text.strip()
    return labels_contacts(t, vocab.contact_label(t))


def labels_contacts(t: str, m: regex.Match[str] | None) -> bool:
    """:func:`is_contact_heading` of a stripped text ``t``, given ``vocab.contact_label(t)``
    (a caller that has matched it already need not match it again)."""
    if m is not None and not t[m.end() :].strip(" :.-–—"):
        return not _too_long_or_detailed(t)
    lowered = t.lower()  # both patterns below need one of these words
    if "contact" not in lowered and "nqu" not in lowered and "relat" not in lowered:
        return False
    if _too_long_or_detailed(t):
        return False
    return _CONTACT_HEADING.match(t) is not None or names_contact(t)


def _too_long_or_detailed(heading: str) -> bool:
    """True for a line too long for a contact heading, or holding a contact's details."""
    return len(heading.split()) > 8 or has_contact_detail(heading)


def names_contact(text: str) -> bool:
    """True for a heading that names whom to contact ("CONTACT ACME LAW LLP")."""
    return _CONTACT_NAMED.match(text.strip()) is not None


def may_name_boilerplate(text: str, lowered: str | None = None) -> bool:
    """A cheap test :func:`classify` passes for every forward-looking or disclaimer heading
    that is ``text`` stripped of white space and of colons at its end.

    Such a heading holds "forward" or "harbo(u)r" (in any case), or opens as a disclaimer.
    (White space and colons hold no letter of those words: they are looked for in the text
    as it stands.) ``lowered`` is ``text.lower()``, when the caller has it.
    """
    if lowered is None:
        lowered = text.lower()
    if "forward" in lowered or "harbo" in lowered:
        return True
    # Every heading _DISCLAIMER matches holds one of these once put in lower case ("cla" of
    # "disclaimer", "note" of "notes to editors"); NOTE: keep in sync with _DISCLAIMER. None
    # holds an "i" or "s": ignoring case, those also match "İ" and "ſ", which lower-case to
    # something else.
    if not (
        "cla" in lowered
        or "legal" in lowered
        or "mportant" in lowered
        or "note" in lowered
        or "gaap" in lowered
    ):
        return False
    return _DISCLAIMER.match(text.strip().rstrip(":").rstrip()) is not None


def classify(heading: str) -> tuple[SectionKind, str | None]:
    """The kind of section a heading opens, and the organization an "About" heading names."""
    t = heading.strip()
    about = ABOUT_HEADING.match(t)
    if about is not None and not about["org"][0].isdigit():
        return SectionKind.ABOUT, about["org"].rstrip(" :")
    if is_contact_heading(t):
        return SectionKind.CONTACT, None
    fls = FORWARD_LOOKING.search(t)
    if fls is not None and not t[fls.end() :].strip(" :.") and len(t.split()) <= 12:
        return SectionKind.FORWARD_LOOKING, None  # "... Regarding Forward-Looking Statements"
    if _DISCLAIMER.match(t):
        return SectionKind.DISCLAIMER, None
    return SectionKind.BODY, None
