"""Contact blocks, part 2: what a piece of text between the addresses and numbers is.

A contact line, once its e-mail addresses, phone numbers and web addresses are taken out,
leaves pieces of plain text: a person's name, a job title, an organization, a desk, a street
address, a country, a group label, or furniture. :func:`split_segments` cuts such text at its
separators and at the joins where line breaks were lost ("Jeff RoweACME Advisory",
"LLPJane Roe"); :func:`classify` says what each piece is.
"""

from __future__ import annotations

import enum
from collections.abc import Collection
from typing import Final

import regex

from pressparse.phones import COUNTRY_REGIONS
from pressparse.stages._contact_words import (
    CONNECTORS,
    CREDENTIALS,
    DESK_HEADS,
    DESK_WORDS,
    HONORIFICS,
    NAME_PARTICLES,
    NOISE_HEADS,
    NOISE_PHRASE,
    ORG_WORDS,
    RANKS,
    ROLE_WORDS,
    STATES,
    STREET_WORDS,
    TITLE_WORDS,
)

__all__ = [
    "Kind",
    "classify",
    "is_noise_phrase",
    "may_be_title",
    "split_name_org",
    "split_org_desk",
    "split_segments",
    "split_title_org",
]


class Kind(str, enum.Enum):
    """What a piece of a contact block is."""

    NAME = "name"  #: a person's name of two or more words
    NAME1 = "name1"  #: a single capitalized word: a given name or an organization
    ORG = "org"  #: an organization
    DESK = "desk"  #: a desk or department ("Media Relations")
    TITLE = "title"  #: a job title
    ADDRESS = "address"  #: part of a postal address
    COUNTRY = "country"  #: a country name
    CREDENTIAL = "credential"  #: letters after a name ("APR", "Esq.")
    NOISE = "noise"  #: furniture, joining words, social handles
    PROSE = "prose"  #: running text: the block has ended
    UNKNOWN = "unknown"  #: nothing a contact block holds
    EMAIL = "email"  #: an e-mail address
    PHONE = "phone"  #: a telephone number
    WEBSITE = "website"  #: a web address
    PLACEHOLDER = "placeholder"  #: where an address was hidden ("[email protected]")
    FIELD = "field"  #: a field label ("Email:", "Company Name:")
    LABEL = "label"  #: a group label ("For media:", "Investor Relations:")


# Where a piece of text is cut: "|", "•", ";", "; or ", " / ", " – ", ",", " or ", and a
# parenthesis that holds only a phone label ("(Office)").
_SEPARATOR: Final = regex.compile(
    r"""
    \s*(?:[;,]\s*(?:or|and)\s | [|•·;] | \s/\s | \s[–—-]\s | ,
      | \s(?:or|at|by|via)\s                                      # joining words, lower case
      | (?i:\((?:office|cell|mobile|main|direct|o|c|m)\)))\s*     # "(Office)" after a number
    """,
    regex.VERBOSE,
)

# Joins where a line break was lost between two capitalized runs:
#   "RicherCEO" (two lower-case letters, then an upper-case word; "MnDOT" stays whole),
#   "LLPJane" (an upper-case word, then a
#   capitalized one), "Elm RoadReno" (a word of four letters or more after a space, then a
#   capitalized one; "DeGrave", "MacKenzie", "HyeLim" stay whole), "19087United" (digits,
#   then a capitalized word), "PRESS OFFICE Acme" (two upper-case words, then a capitalized
#   one), "Acme Inc.Jane" (an abbreviation's dot, then a capitalized word).
_GLUE: Final = regex.compile(
    r"""
    (?<=\p{Ll}{2})(?=\p{Lu}{2,}(?!\p{Ll}))
  | (?<=\p{Lu}{2})(?=\p{Lu}\p{Ll})
  | (?<=\s\p{Lu}\p{Ll}{3,})(?<!\s(?:Fitz|Saint|Della|Dela))(?=\p{Lu}\p{Ll})
  | (?<=\d)(?=\p{Lu}\p{Ll})
  | (?<=\p{Lu}{2,}\ \p{Lu}{2,})\ (?=\p{Lu}\p{Ll})
  | (?<=\p{Ll}\.)(?=\p{Lu}\p{Ll})
    """,
    regex.VERBOSE,
)

# ASCII letters and digits as the join test reads them: a lower-case letter as "a", a capital
# as "A", a digit as "0" (every other character stands for itself).
_CASES: Final = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
    "a" * 26 + "A" * 26 + "0" * 10,
)

# A US state or Canadian province code, with or without a postal code: "NJ 07921", "CA",
# "ON L7R 1A1", "Texas 75207-4399".
_STATE: Final = regex.compile(
    r"""
    ^(?:(?!PR\b|IR\b|VP\b|II\b|IV\b)\p{Lu}{2}|\p{Lu}\p{Ll}+(?:\ \p{Lu}\p{Ll}+)?)
    (?:\ \d{5}(?:-\d{4})?|\ \p{Lu}\d\p{Lu}\ ?\d\p{Lu}\d)?\.?$
    """,
    regex.VERBOSE,
)

# A street line: a house number and a word ("211 West Temple Street"), a post-office box.
_STREET: Final = regex.compile(
    r"^(?:\d{1,6}[A-Za-z]?\s+\p{L}|p\.?\s?o\.?\s+box\b)", regex.IGNORECASE
)

# A listing in a stock market, part of an organization's name: "(NASDAQ: ACME)".
_TICKER: Final = regex.compile(
    r"\((?:nasdaq|nyse|otc|tsx|lse|asx|amex|cse)\b[^)]{0,30}\)?", regex.I
)

# A town and its state or province: "Reno, NV", "Ashford, ON", "Troy, NY 12180".
_CITY_STATE: Final = regex.compile(
    r"^\p{Lu}[\p{L}.'’ -]{1,30},\ ?(?P<state>\p{Lu}{2}|\p{Lu}\p{Ll}+)(?:\ \d{5}(?:-\d{4})?)?\.?$"
)

# An office named by its owner: "the District Attorney's Office".
_POSSESSIVE_ORG: Final = regex.compile(r"\p{L}['’]s\s+\p{Lu}")

# One word of a person's name: "Jane", "O'Neil", "Pace-Sanders", "DeGrave", "M.", "LOO".
_NAME_WORD: Final = regex.compile(
    r"^(?:\p{Lu}[\p{Ll}'’]+(?:\p{Lu}[\p{Ll}'’]+)?(?:-\p{Lu}[\p{Ll}'’]+)*|\p{Lu}\.|\p{Lu}{2,})$"
)

# A web address printed without "www." or a scheme, in lower case, alone in its piece:
# "alpenrand.example", "kestrel.example.ca/news".
_BARE_DOMAIN: Final = regex.compile(
    r"^(?:[a-z0-9][a-z0-9-]{0,62}\.){1,4}[a-z]{2,24}(?:/\S{0,100})?$"
)

# A word run into another with internal capitals: "ExoFusion", "BillionDollarClub".
_CAMEL: Final = regex.compile(r"^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*){1,}$")

# Edges trimmed off a piece: white space, bullets, asterisks, stray brackets and punctuation.
_EDGES: Final = " \t*_#>•·|:;,.-–—()[]\"'“”"

# Words joining the roles of a group label: "Media and Investors", "Press / Analysts".
_ROLE_JOINS: Final = frozenset({"and", "&", "/", ""})

# A word: a run of characters other than white space.
_WORD: Final = regex.compile(r"\S+")

#: A piece longer than this is running text, not a contact line.
MAX_SEGMENT_WORDS: Final = 12


def is_noise_phrase(text: str) -> bool:
    """Tell whether ``text`` is a :data:`NOISE_PHRASE`: a text opening with three ASCII letters
    none of them opens with ("Jane Roe", "Acme") is told without the pattern."""
    head = text[:3]
    if head.isascii() and head.isalpha() and head.lower() not in NOISE_HEADS:
        return False
    return NOISE_PHRASE.match(text) is not None


def _words(text: str) -> list[str]:
    return text.split()


def _bare(word: str) -> str:
    return word.strip(".,;:()'’\"").lower()


def _two_letters(text: str) -> bool:
    """Tell whether ``text`` holds two letters or more."""
    seen = 0
    for ch in text:
        if ch.isalpha():
            if seen:
                return True
            seen = 1
    return False


def _has_ticker(text: str) -> bool:
    """Tell whether ``text`` holds a :data:`_TICKER` (which opens with a bracket)."""
    return "(" in text and _TICKER.search(text) is not None


def _is_possessive_org(text: str) -> bool:
    """Tell whether ``text`` holds a :data:`_POSSESSIVE_ORG` (which holds "'s" or "’s")."""
    return ("'s" in text or "’s" in text) and _POSSESSIVE_ORG.search(text) is not None


def _is_org_word(word: str) -> bool:
    low = word.lower().strip(",()")
    return low in ORG_WORDS or low.rstrip(".") in ORG_WORDS


def _title_index(words: list[str]) -> int:
    """Return the index of the last title word in ``words``, or -1."""
    last = -1
    for i, word in enumerate(words):
        bare = _bare(word)
        if bare in TITLE_WORDS:
            last = i
        elif ("-" in bare or "/" in bare) and any(
            p in TITLE_WORDS for p in bare.replace("/", "-").split("-")
        ):
            last = i  # "SVP-Managing", "Founder/CEO"
    return last


def may_be_title(text: str) -> bool:
    """A cheap test every text :func:`classify` reads as a title passes: one of its words is
    a title word."""
    return _title_index(_words(text)) >= 0


def _is_desk(words: list[str]) -> bool:
    head = False
    for word in words:
        bare = _bare(word)
        if bare not in DESK_WORDS:
            return False
        head = head or bare in DESK_HEADS
    return head


def _is_org_desk(words: list[str]) -> bool:
    """Tell whether ``words`` name an organization's desk in lower case after its name:
    "Harbourside Water press office", "Acme media team" (a desk, named in full)."""
    k = len(words)
    while k > 0 and words[k - 1][:1].islower():
        k -= 1
    if k == 0 or k == len(words) or not all(w[:1].isupper() for w in words[:k]):
        return False
    return _is_desk(words[k:])


def _is_name(words: list[str]) -> bool:
    """Tell whether ``words`` (honorific dropped) can be a person's full name."""
    if not 2 <= len(words) <= 5:
        return False
    named = 0
    for word in words:
        if word.lower() in NAME_PARTICLES or (named >= 2 and _bare(word) in CREDENTIALS):
            continue
        low = _bare(word)
        if not _NAME_WORD.match(word.rstrip(",")) or low in ORG_WORDS or low in TITLE_WORDS:
            return False
        if low in STREET_WORDS or low in DESK_HEADS:
            return False
        named += 1
    return named >= 2 and _is_name_case(words)


def _is_name_case(words: list[str]) -> bool:
    return words[0].lower() not in NAME_PARTICLES and words[-1].lower() not in NAME_PARTICLES


def _is_prose(words: list[str]) -> bool:
    if len(words) > MAX_SEGMENT_WORDS:
        return True
    if len(words) < 4:
        return False
    lower = 0
    for word in words:
        if word[:1].islower() and _bare(word) not in CONNECTORS:
            lower += 1
            if lower == 2:
                return True
    return False


def _is_state(text: str) -> bool:
    """Tell whether ``text`` is a state or province, with or without a postal code."""
    # The words first: the pattern, slower, takes most pairs of capitalized words ("Jane Roe").
    words = [w for w in text.rstrip(".").split() if not w[:1].isdigit()]
    if not ((len(words) == 1 and words[0].isupper()) or " ".join(words).lower() in STATES):
        return False
    return _STATE.match(text) is not None


def _is_address(text: str, words: list[str]) -> bool:
    # A street line opens with a digit or a "P" (an ASCII character other than these opens
    # none); a town and its state hold a comma: told before their patterns.
    first = text[:1]
    if (not first.isascii() or first.isdigit() or first in "pP") and _STREET.match(text):
        return True
    if _is_state(text):
        return True
    city = _CITY_STATE.match(text) if "," in text else None
    if city is not None and _is_state(city["state"]):
        return True
    if _is_org_word(words[-1]):
        return False  # "Kestrel Road Communications": an organization named for a street
    return any(_bare(w) in STREET_WORDS for w in words[1:]) and not _title_index(words) >= 0


def _org_shaped(text: str, words: list[str]) -> bool:
    """Tell whether ``text`` reads as an organization's name."""
    if _has_ticker(text) or "&" in text or "’s " in text or "'s " in text:
        return True
    if _is_org_word(words[-1]):
        return True
    if len(words) == 1:
        return bool(_CAMEL.match(text)) or "-" in text or "." in text
    caps = all(w[:1].isupper() or w.lower() in CONNECTORS for w in words)
    return caps and any(w.lower() in {"of", "and", "del", "de"} for w in words[1:-1])


def classify(text: str, known_orgs: Collection[str] = ()) -> Kind:
    """Return what the piece ``text`` of a contact block is.

    ``known_orgs`` holds organization names the document prints elsewhere ("About Acme").
    """
    words = _words(text)
    if not _two_letters(text):
        return Kind.NOISE
    if "." in text and _BARE_DOMAIN.match(text):  # a domain holds a dot
        return Kind.WEBSITE
    if is_noise_phrase(text):
        return Kind.NOISE
    # The first word alone turns most pieces away before a test of every word.
    if words[0][:1].islower() and len(words) <= 4 and all(w[:1].islower() for w in words):
        return Kind.NOISE
    if _is_desk(words) or _is_org_desk(words):
        return Kind.DESK  # "Relations avec les investisseurs" before it reads as prose
    if _is_prose(words):
        return Kind.PROSE
    first = _bare(words[0])
    if (first in ROLE_WORDS or first in _ROLE_JOINS) and all(
        _bare(w) in ROLE_WORDS or _bare(w) in _ROLE_JOINS for w in words
    ):
        return Kind.LABEL  # "Media", "Investors", "Media & Investors" alone: a group label
    low = text.lower().rstrip(".")
    if low in CREDENTIALS or f"{low}." in CREDENTIALS:
        return Kind.CREDENTIAL
    if low in COUNTRY_REGIONS and (len(low) > 3 or text.isupper()):
        return Kind.COUNTRY
    if _is_address(text, words):
        return Kind.ADDRESS
    if low in known_orgs or _has_ticker(text) or _is_possessive_org(text):
        return Kind.ORG
    if text.isupper() and len(words) >= 4 and not _is_org_word(words[-1]):
        return Kind.UNKNOWN
    if _title_index(words) >= 0:
        return Kind.TITLE
    if _is_org_word(words[-1]):
        return Kind.ORG
    # an honorific or a rank ("Dr. Jane Roe", "Sgt. Nicole Farris") before the name
    named = [w for w in words if _bare(w) not in HONORIFICS and w.lower() not in RANKS]
    if _is_name(named):
        return Kind.NAME
    if _org_shaped(text, words):
        return Kind.ORG
    if len(named) == 1 and _NAME_WORD.match(named[0]):
        return Kind.NAME1
    return Kind.UNKNOWN


def _cut_known(text: str, known_orgs: Collection[str]) -> list[str]:
    """Cut ``text`` after a known organization name run into what follows it."""
    if not known_orgs:
        return [text]
    low = text.lower()
    if not low.startswith(tuple(known_orgs)):
        return [text]  # no known name opens the text
    for org in known_orgs:
        if len(org) > 3 and low.startswith(org) and len(text) > len(org):
            rest = text[len(org) :]
            if rest[:1].isupper():
                return [text[: len(org)], rest]
    return [text]


def _may_glue(part: str) -> bool:
    """A cheap test every text holding a join of :data:`_GLUE` passes.

    In ASCII text each join stands before a capital that follows a letter, a digit or a
    dot ("RicherCEO", "LLPJane", "19087United", "Inc.Jane"; "PRESS OFFICE Acme" has "PR"):
    read with :data:`_CASES`, the text holds "aA", "AA", "0A" or ".A". Most pieces ("Jane
    Roe", "Media Relations") hold none, and are told without the pattern, which tries its
    look-behinds at every position.
    """
    if not part.isascii():
        return True
    cases = part.translate(_CASES)
    return "aA" in cases or "AA" in cases or "0A" in cases or ".A" in cases


def _glue_split(
    text: str, start: int, end: int, known_orgs: Collection[str]
) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` where line breaks were lost."""
    pieces: list[tuple[int, int]] = []
    offset = start
    for part in _cut_known(text[start:end], known_orgs):
        cut = 0
        for g in _GLUE.finditer(part) if _may_glue(part) else ():
            if g.start() > cut:
                pieces.append((offset + cut, offset + g.start()))
                cut = g.start()
        pieces.append((offset + cut, offset + len(part)))
        offset += len(part)
    return pieces


def _joins_previous(piece: str) -> bool:
    """Tell whether a piece after a comma belongs to the one before ("Acme, Inc.", "Reno, NV")."""
    bare = piece.strip(_EDGES).lower()
    return bare in ORG_WORDS or f"{bare}." in ORG_WORDS or _is_state(piece.strip(_EDGES))


def split_segments(text: str, known_orgs: Collection[str] = ()) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` pieces of ``text``, cut at separators and lost line breaks."""
    pieces: list[tuple[int, int]] = []
    pos = 0
    comma = False
    for m in [*_SEPARATOR.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        for n, (a, b) in enumerate(_glue_split(text, pos, end, known_orgs)):
            if n == 0 and comma and pieces and _joins_previous(text[a:b]):
                pieces[-1] = (pieces[-1][0], b)
            else:
                pieces.append((a, b))
        if m is not None:
            comma = m[0].strip() == ","
            pos = m.end()
    trimmed = [_trim(text, a, b) for a, b in pieces]
    return [(a, b) for a, b in trimmed if a < b]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGES:
        start += 1
    while end > start and text[end - 1] in _EDGES and not _keeps_end(text, start, end):
        end -= 1
    return start, end


def _keeps_end(text: str, start: int, end: int) -> bool:
    """A final dot stays on an abbreviation ("Inc.", "M."), a bracket on its pair ("(OTC: X)")."""
    if text[end - 1] == ")":
        return text.count("(", start, end) > text.count(")", start, end - 1)
    if text[end - 1] != ".":
        return False
    word = text[start:end].split()[-1].lower()
    return word in ORG_WORDS or word in CREDENTIALS or len(word) == 2


def split_title_org(text: str, known_orgs: Collection[str]) -> int | None:
    """Return where an organization starts after a title ("CEO Acme Corp"), or ``None``."""
    words = _words(text)
    last = _title_index(words)
    if last < 0 or last == len(words) - 1:
        return None
    rest = words[last + 1 :]
    if rest[0].lower() in CONNECTORS or rest[0].lower() in {"at", "for"}:
        return None
    if rest[0][:1].islower():
        return None  # "Conseillère aux communications": the title goes on in lower case
    tail = " ".join(rest)
    if tail.lower() not in known_orgs and _is_desk(rest):
        return None  # "Manager, Corporate Communications": a department the title names
    if tail.lower() in known_orgs or _org_shaped(tail, rest):
        return len(text) - len(tail)
    return None


def split_name_org(text: str) -> int | None:
    """Return where the organization starts in "Jane Roe Acme Widget Association", or ``None``.

    Only a two-word name before an organization of two or more words that ends in an
    organization word, and only where no "&" or "and" joins the words (a law firm's names).
    """
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    words = [text[a:b] for a, b in spans]
    if len(words) < 4 or "&" in text or " and " in text or _is_org_word(words[2]):
        return None
    if not _is_name(words[:2]) or not _is_org_word(words[-1]):
        return None
    if any(_is_org_word(w) or _bare(w) in HONORIFICS for w in words[:2]):
        return None
    return spans[2][0]


def split_org_desk(text: str, known_orgs: Collection[str] = ()) -> int | None:
    """Return where a desk starts after its organization, or ``None``.

    "Santa Rita County Communications Office" is the county and its office, "Acme Corp.
    Media Relations" the company and its desk: the words after the organization's name
    make a desk, the words before it an organization.
    """
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    words = [text[a:b] for a, b in spans]
    for k in range(1, len(words) - 1):
        if _is_desk(words[k:]):
            head = text[: spans[k - 1][1]]
            return spans[k][0] if classify(head, known_orgs) is Kind.ORG else None
    return None
