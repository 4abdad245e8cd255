"""Organizations a release names, and words it never uses as names.

"The foundation said" means the foundation the release printed by name ("the Ostrander
Family Foundation" in the fictional example below); "Northwind said" means the issuer
"Northwind Labs, Inc."; and a capitalized word the release also prints in lower case
("Trial" beside "the trial") is an ordinary word, not anyone's name.
"""

from __future__ import annotations

from typing import Final

import regex

from pressparse._name_vocab import fold

__all__ = [
    "company_before",
    "is_ordinary_word",
    "names_issuer",
    "organization_by_head",
    "printed_words",
    "prints_word",
    "spokesperson_organization",
]

# The nouns "the <noun> said" may call an organization by, capitalized as in its name.
_HEADS: Final = (
    "Foundation|Department|Institute|University|Hospital|Association|Council|Ministry"
    "|Coalition|Campaign|Museum|Library|Society|Charity|Center|Centre|Office|Agency|Bank"
    "|Group|Company|Firm|Organization|Organisation|Alliance|Network|Trust|Fund|Partnership"
    "|Board|Commission|Committee|Union|Cooperative|College|District|Authority"
)

# An organization's name ending in one of those nouns, up to six capitalized words joined
# by small words. Example: 'a grant from the Ostrander Family Foundation' ->
# "Ostrander Family Foundation"; 'the Lake County Attorney’s Office' -> with "Office"; a
# letterhead in capitals, "SPRINGFIELD POLICE DEPARTMENT", too.
_NAMED_ORG: Final = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{M}}])
    (?P<name>(?:\p{{Lu}}[\p{{L}}\p{{M}}'’.&\-]*\ (?:(?:of|for|the|and|&|de)\ ){{0,2}}){{1,6}}
    (?P<head>{_HEADS}|{_HEADS.upper()}))(?![\p{{L}}\p{{M}}])
    """,
    regex.VERBOSE,
)

# An article that may open a name at the start of a sentence: "The Ostrander Foundation".
_LEADING_ARTICLE: Final = regex.compile(r"^(?:The|A|An|El|La|Los|Las)\s+")

# A word: a whole run of letters, not right after an apostrophe or a hyphen (the "s" of
# "Lee's", the "based" of "Ohio-based"). Example: 'the trial' -> "the", "trial".
_WORD: Final = regex.compile(r"(?<![\p{L}'’\-])\p{L}+")

# What separates the words of a name: "Northwind Labs, Inc." -> "Northwind", "Labs", "Inc.".
_WORD_BREAK: Final = regex.compile(r"[\s,]+")

#: How far back a named organization is looked for, in characters.
ORG_REACH: Final = 3000


def organization_by_head(text: str, head: str, position: int) -> str | None:
    """The organization named last before ``position`` whose name ends in ``head``
    ("foundation" -> "Ostrander Family Foundation"), or ``None``."""
    found: str | None = None
    wanted = head.lower()
    for m in _NAMED_ORG.finditer(text, max(0, position - ORG_REACH), position):
        if m["head"].lower() == wanted:
            found = _LEADING_ARTICLE.sub("", m["name"])
    return found if found and " " in found else None


# A capitalized word of an organization's name: "Orrery", "Lake's", "AT&T", "Ltd.".
_CAPITALIZED: Final = r"\p{Lu}[\p{L}\p{M}'’.&\-]*"

# A company's name with its legal suffix: "Sunbridge Capital Finance LLC", "Acme, Inc.".
_COMPANY: Final = regex.compile(
    rf"""(?<![\p{{L}}\p{{M}}])(?P<name>{_CAPITALIZED}(?:\s+{_CAPITALIZED}){{0,5}}
    ,?\s+(?:Inc\.|Inc|LLC|L\.L\.C\.|Corp\.|Corp|Corporation|Ltd\.|Ltd|Limited|PLC|plc|GmbH
      |LLP|L\.P\.|S\.A\.))(?![\p{{L}}\p{{M}}])""",
    regex.VERBOSE,
)


def company_before(text: str, position: int) -> str | None:
    """The company the release last named with its legal suffix before ``position``
    ("a settlement with Sunbridge Capital Finance LLC" -> that name), or ``None``."""
    found = None
    for m in _COMPANY.finditer(text, max(0, position - ORG_REACH), position):
        found = m["name"]
    return found


# An organization named as a spokesperson's: 'A spokesperson for Orrery Home said ...',
# "an Orrery Home spokeswoman" -> "Orrery Home". Up to six capitalized words joined by
# small words.
_SPOKESPERSON_OF: Final = regex.compile(
    rf"""
    spokes(?:person|man|woman)\s+for\s+(?:the\s+)?
      (?P<name>{_CAPITALIZED}(?:\s+(?:(?:of|for|the|and|&)\s+){{0,2}}{_CAPITALIZED}){{0,5}})
    | (?<![\p{{L}}\p{{M}}])(?i:an?|the)\s+
      (?:(?P<name>{_CAPITALIZED}(?:\s+{_CAPITALIZED}){{0,5}})
        |(?P<head>company|department|agency|office|organization|foundation|district
          |university|hospital|city|county))
      \s+spokes(?:person|man|woman)
    """,
    regex.VERBOSE,
)

#: The words for a spokesperson, as title words.
SPOKESPERSON_WORDS: Final = frozenset({"spokesperson", "spokesman", "spokeswoman"})


def spokesperson_organization(text: str, position: int) -> tuple[str | None, str | None]:
    """The organization the release last named a spokesperson for before ``position``:
    its name ("A spokesperson for Orrery Home said ..." -> "Orrery Home"), or the noun it
    was called by ("A department spokesperson said ..." -> "department"); ``(None, None)``
    when none was."""
    start = max(0, position - ORG_REACH)
    if text.find("spokes", start, position) < 0:
        return None, None  # (no spokesperson named: the pattern need not run)
    found: tuple[str | None, str | None] = (None, None)
    for m in _SPOKESPERSON_OF.finditer(text, start, position):
        name = m["name"]
        found = (name.rstrip("."), None) if name else (None, m["head"].lower())
    return found


def _words(name: str) -> list[str]:
    return [fold(w) for w in _WORD_BREAK.split(name) if w]


def names_issuer(name: str, issuer: str | None) -> bool:
    """True when ``name`` is the issuer's name or its start: "Northwind" or "Northwind
    Labs" for the issuer "Northwind Labs, Inc."."""
    if issuer is None:
        return False
    words, full = _words(name), _words(issuer)
    return bool(words) and full[: len(words)] == words


def prints_word(word: str, text: str) -> bool:
    """True when ``text`` prints ``word`` as a whole word, not right after an apostrophe
    or a hyphen: the search :func:`printed_words` saves on a long text."""
    at = text.find(word)
    size = len(text)
    while at >= 0:
        end = at + len(word)
        before = text[at - 1] if at > 0 else " "
        after = text[end] if end < size else " "
        if not before.isalpha() and not after.isalpha() and before not in "'’-":
            return True
        at = text.find(word, end)
    return False


def printed_words(text: str) -> frozenset[str]:
    """The words ``text`` prints, each a whole run of letters not right after an
    apostrophe or a hyphen: built once per release for :func:`is_ordinary_word`
    (``findall`` hands back the words without a match object for each)."""
    return frozenset(_WORD.findall(text))


def is_ordinary_word(word: str, words: frozenset[str]) -> bool:
    """True when the release, whose :func:`printed_words` are ``words``, prints ``word``
    (folded, lower case) as a lower-case word of its own somewhere: then a capitalized
    "Trial" or "Asked" is that word, not a name."""
    return len(word) >= 2 and word.isalpha() and word in words
