"""The words of a heading: the word lists the heading tests share, and tokens.

A heading's words are its white-space separated tokens; :func:`letters` strips a token's
punctuation. The lists are press-release conventions in the languages releases use.
"""

from __future__ import annotations

from typing import Final

import regex

__all__ = [
    "OPENERS",
    "SMALL_WORDS",
    "SUBJECT_FOLLOWERS",
    "WORD",
    "letters",
    "token_end",
    "tokens",
    "wordset",
]


def wordset(words: str) -> frozenset[str]:
    """The set of the white-space separated words in ``words``."""
    return frozenset(words.split())


#: Words a title-case heading leaves in lower case (English, and the Romance and Germanic
#: articles and prepositions releases in those languages use).
SMALL_WORDS: Final = wordset(
    """a an the and or but nor for of in on at to by with from into onto upon per via vs vs.
    as up off over than out de del la las el los y e o en un una du des le les et à au aux
    da do di der die das und von van"""
)

#: Words that open a sentence: a capitalised one of these after a heading-like run of
#: words marks where a heading run into its paragraph ends ("How it works Many buyers").
OPENERS: Final = wordset(
    """The A An As At For In On With While When Since After Before Many Most Some This
    These That Those Our We It Its Their They Today Now From By Through Whether If Although
    Though Beyond Unlike Like According Founded Established Headquartered Based Located
    Rather There Here Each Every All Both One Under During Because Once Instead Using
    Additionally Furthermore However Moreover Also Stay Learn Join Visit Whatever Whether
    Whereas Despite Following Over Across Among Between Within Without"""
)

#: Lower-case words that show a capitalised run is a sentence's subject, not a heading:
#: verbs of saying and being, and "today" ("Acme CEO Jane Doe today announced").
SUBJECT_FOLLOWERS: Final = wordset(
    """is are was were will would has have had can could may might should shall must does
    do did said says say added adds noted notes explained explains stated states commented
    comments continued continues recalls recalled echoes echoed announced announces today
    also recently previously reported reports told tells remarked observed observes
    concluded concludes"""
)

# A word token, with its leading and trailing punctuation.
WORD: Final = regex.compile(r"\S+")

# A token's letters: "Acme’s," -> "Acme’s".
_LETTERS: Final = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}’'&.-]*")


def tokens(text: str, most: int = -1) -> list[str]:
    """The tokens :data:`WORD` finds in ``text`` (``str.split`` finds them many times faster).

    With ``most`` (not negative), only the first ``most`` tokens, then, if there are more,
    the rest of the text from the next one on as one item, as ``str.split`` with
    ``maxsplit`` gives it: a caller reading a text's first words need not build a string
    for every word after them (each costs about as much as a look-up in a set).
    """
    # str.split also splits at the four separator controls "\x1c" to "\x1f", WORD does not
    # (four plain searches for a character are quicker than one pattern's search)
    if not ("\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text):
        return text.split(None, most)
    found = list(WORD.finditer(text))
    if 0 <= most < len(found):
        return [m[0] for m in found[:most]] + [text[found[most].start() :]]
    return [m[0] for m in found]


def token_end(text: str, words: list[str], k: int) -> int:
    """Where token ``k`` of ``words`` (the :func:`tokens` of ``text``) ends in ``text``."""
    pos = 0
    for word in words[: k + 1]:
        pos = text.index(word, pos) + len(word)
    return pos


def letters(token: str) -> str:
    """Return a token without its surrounding punctuation ("“Acme,”" -> "Acme")."""
    if token.isalnum():
        return token  # letters and digits only: nothing to strip
    m = _LETTERS.search(token)
    return m[0].rstrip(".") if m else ""
