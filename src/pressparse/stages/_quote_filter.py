"""What stands in quotation marks without being anyone's words.

Short marked phrases (scare quotes, names, defined terms such as ``the "Company"``), titles
of works and names in title case ("the report “A Plan For Every Town”"), words introduced
as a name, a term or an example (``known as "..."``, ``titled "..."``, ``phrases such as
"..."``), and phrases standing where the sentence needs a noun (``the value of "..."``)
unless they speak in the first person.
Slogans and other quotations no one is said to have spoken are left out later, by the
attribution step.
"""

from __future__ import annotations

import operator
from collections.abc import Iterator
from itertools import chain, islice
from typing import Final

import regex

__all__ = [
    "BEFORE_CHARS",
    "MIN_CHARS",
    "MIN_WORDS",
    "is_not_speech",
    "not_speech_by_lead",
    "not_speech_by_words",
    "word_count",
]

#: A quotation shorter than this many words is taken for a scare quote, a name or a term.
MIN_WORDS: Final = 4

#: The fewest characters :data:`MIN_WORDS` words take: a word of one character each, and
#: one character between each two. A shorter quotation is not speech, told without reading.
MIN_CHARS: Final = 2 * MIN_WORDS - 1

#: Title-case phrases up to this many words are read as titles of works or names.
MAX_TITLE_WORDS: Final = 14

#: How much of the sentence before a quotation tells that it names or defines a term.
BEFORE_CHARS: Final = 40

# A word, as the corpus scorer counts them: "we’re" counts two.
_WORD: Final = regex.compile(r"[\p{L}\p{N}_]+")

# Words that introduce a name, a title, a term or an example rather than speech, standing
# right before the opening mark. Example: 'a report titled “A Plan For Every Town”'.
# Searched backwards from the end (``REVERSE``), where any match ends.
_NAMING: Final = regex.compile(
    r"""
    (?:titled|entitled|named|dubbed|nicknamed|headlined|labell?ed|branded|captioned
      |known\s+as|referred\s+to\s+as|billed\s+as|marketed\s+as|so-called
      |(?:the|its|their|our|his|her|a|an|\S+['’]s)\s+(?:\p{L}+\s+)?
        (?:term|terms|phrase|phrases|word|words|slogan|slogans|motto|tagline|theme|hashtag
          |title|name|label|banner|heading|message|caption|headline|mantra|catchphrase)
      |such\s+as|like|e\.g\.|i\.e\.|for\s+(?:example|instance)|as\s+in|versus|vs\.?)
    [\s,:—–-]*$
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,
)

# A slot for a noun phrase right before the opening mark: what stands in the marks is a
# name or a term used in the sentence, not words someone said.
# Example: 'the benefits of “smart growth for all towns”'. Searched backwards.
_NOUN_SLOT: Final = regex.compile(
    r"(?<!\p{L})(?:of|the|a|an|for|in|on|at|with|from|by|about|into|its|their|our|his|her"
    r"|this|these|those|such|del|de|la|el|los|las|des|du|le|les)\s*$",
    regex.IGNORECASE | regex.REVERSE,
)

# The ASCII characters that may stand after a match of :data:`_NAMING` or :data:`_NOUN_SLOT`
# (the white space ``\s`` may take among them, and the separators the first allows).
_ASCII_SPACE: Final = " \t\n\r\f\v\x1c\x1d\x1e\x1f"
_NAMING_AFTER: Final = _ASCII_SPACE + ",:—–-"

# How every match of :data:`_NAMING` ends, before what may follow it, in lower case: the
# last word of each of its phrases. Where the last characters before what may follow are
# ASCII, a match ends in one of these (told in ``_may_lead``).
_NAMING_ENDS: Final = (
    "titled", "named", "dubbed", "headlined", "labeled", "labelled", "branded",
    "captioned", "as", "so-called", "term", "terms", "phrase", "phrases", "word", "words",
    "slogan", "slogans", "motto", "tagline", "theme", "hashtag", "title", "name", "label",
    "banner", "heading", "message", "caption", "headline", "mantra", "catchphrase", "like",
    "e.g.", "i.e.", "example", "instance", "in", "versus", "vs", "vs.",
)  # fmt: skip

# The words of :data:`_NOUN_SLOT`, one of which ends each of its matches.
_SLOT_WORDS: Final = (
    "of", "the", "a", "an", "for", "in", "on", "at", "with", "from", "by", "about", "into",
    "its", "their", "our", "his", "her", "this", "these", "those", "such", "del", "de",
    "la", "el", "los", "las", "des", "du", "le", "les",
)  # fmt: skip

#: How many characters end a text read by ``_may_lead``: the longest of the words it
#: looks for, and one more.
LEAD_END_CHARS: Final = 12


def _may_lead(tail: str, after: str, ends: tuple[str, ...]) -> bool:
    """False when no match of a pattern ending at the end of ``tail``, but for any of the
    characters ``after`` (holding every ASCII character the pattern may end with past its
    words), ends in one of ``ends`` (lower-case ASCII words) in any case: told by the last
    characters before those, when they are ASCII. ``True`` when that is not sure.

    A case-blind pattern's ASCII letter matches only itself in either case among ASCII
    characters; a character outside ASCII (a space of its own, a letter that matches one
    of ASCII in any case, such as the long "s") leaves the test unsure.
    """
    last = tail.rstrip(after)[-LEAD_END_CHARS:]
    return not last.isascii() or last.lower().endswith(ends)


# First-person words, which make a phrase in a noun's slot someone's own words:
# 'would run on "renewable power for every shift we operate"'.
_FIRST_PERSON: Final = regex.compile(r"(?<!\p{L})(?:I|we|our|us|my|me|We|Our|My)(?!\p{L})")

# Small words that stay lower case in a title ("A Plan for the Town").
_TITLE_SMALL: Final = frozenset(
    {"a", "an", "the", "and", "or", "but", "nor", "for", "of", "in", "on", "at", "to",
     "by", "with", "from", "as", "into", "vs", "via", "per", "de", "la", "el", "y", "s"}
)  # fmt: skip


# The text of a match (read in C by ``map``).
_TEXT: Final = operator.itemgetter(0)


def word_count(text: str) -> int:
    """Count the words of ``text`` as the corpus scorer does."""
    return len(_WORD.findall(text))


def _title_case(words: Iterator[str]) -> bool:
    """True for a phrase written like a title or a name: 'The Grand Tour of Ohio'.

    ``words`` are its words, read only until one rules a title out: a content word in
    lower case, or one word more than a title may have (a long quotation is not read to its
    end to learn that it is long).
    """
    content = 0
    for count, word in enumerate(words, 1):
        if count > MAX_TITLE_WORDS:
            return False
        if word.lower() in _TITLE_SMALL or word.isdigit():
            continue
        if not word[0].isupper():
            return False
        content += 1
    return content >= 2


def is_not_speech(quoted: str, before: str) -> bool:
    """True when ``quoted`` is a name, a title, a term or an example, not someone's words.

    ``before`` is the text of the sentence up to the opening mark (its last
    :data:`BEFORE_CHARS` are read).
    """
    return not_speech_by_words(quoted) or not_speech_by_lead(quoted, before)


def not_speech_by_words(quoted: str) -> bool:
    """True when the words of ``quoted`` alone tell it is not speech: fewer than
    :data:`MIN_WORDS` of them, or words in title case. The caller need not read the
    sentence before it then (:func:`not_speech_by_lead`)."""
    words = map(_TEXT, _WORD.finditer(quoted))  # read in C, as far as asked
    first = list(islice(words, MIN_WORDS))
    if len(first) < MIN_WORDS:
        return True
    return _title_case(chain(first, words))


def not_speech_by_lead(quoted: str, before: str) -> bool:
    """True when what stands before ``quoted`` makes it a name, a term or an example:
    words that introduce one, or a slot for a noun unless it speaks in the first person."""
    tail = before[-BEFORE_CHARS:]
    # each pattern is tried only where the words it ends in end the text (most texts
    # before a quotation end in "said:" or a comma)
    if _may_lead(tail, _NAMING_AFTER, _NAMING_ENDS) and _NAMING.search(tail):
        return True
    return (
        _may_lead(tail, _ASCII_SPACE, _SLOT_WORDS)
        and _NOUN_SLOT.search(tail) is not None
        and _FIRST_PERSON.search(quoted) is None
    )
