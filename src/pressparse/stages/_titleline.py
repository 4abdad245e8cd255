"""When a short line standing alone in the body is a subhead, and when it is not.

A subhead printed as a plain line (a text dump, a page without heading markup) is told
apart from the text around it by how it stands: alone between paragraphs, short, with no
closing period, not a date, a caption or page chrome, and followed by running text. Two
shapes need more care than the title-case test of :mod:`pressparse.stages._headings`:

- a two-word subhead in sentence case ("Local hiring", "Next steps") is a subhead only
  when it has blank lines on both sides (a group of its own);
- a short title-case line can be the start of a sentence the layout broke off: it ends in
  an article, a conjunction or a preposition ("Residents of the"), or it is a short noun
  phrase opening with a determiner and the next line carries on with the verb ("The
  Harbor" / "Commission approved the plan ...").
"""

from __future__ import annotations

from typing import Final

import regex

from pressparse.stages import _headings as h

__all__ = ["broken_off", "short_subhead"]

#: Words a line broken off mid-sentence ends with, never a heading: articles, conjunctions
#: and the prepositions that need an object ("of", "with"; not "up", "in", "out", which end
#: headings such as "Stepping Up").
_DANGLING: Final = h.wordset(
    """the a an and or nor but of to for with from by at as than via per into
    el la los las y e o de del un una le les et du des à au aux un une der die das und von"""
)

#: Words opening a noun phrase: "The Harbor", "Our Plant", "La Planta".
_DETERMINERS: Final = h.wordset(
    """the a an this that these those our its their his her my your el la los las un una
    le les une der die das"""
)

#: A determiner-led fragment is at most this many words long.
_FRAGMENT_WORDS: Final = 3

# Two words in sentence case, letters only: "Local hiring", "Next steps", "Key dates".
_TWO_WORDS: Final = regex.compile(r"^\p{Lu}[\p{Ll}’'-]+\s[\p{Ll}][\p{Ll}’'-]+[?!]?$")

# A verb of being or a pronoun: "It works", "We care" are sentences, not subheads.
_SENTENCE_WORD: Final = h.wordset(
    "is are was were be been am do does did has have had it we you they he she i us"
)


def short_subhead(text: str) -> bool:
    """True for a two-word subhead in sentence case ("Local hiring").

    Only the text is tested here; the caller checks the line stands in a group of its own.
    """
    t = text.strip()
    if len(t) > 40 or _TWO_WORDS.match(t) is None:
        return False
    first, second = (w.lower().rstrip("?!") for w in t.split())
    if second in h.SMALL_WORDS or first in _SENTENCE_WORD or second in _SENTENCE_WORD:
        return False
    return not (h.is_chrome(t) or h.is_contact_heading(t) or h.is_caption(t))


def broken_off(text: str, following: str) -> bool:
    """True when the line ``text`` is the start of a sentence that ``following`` goes on with.

    "Residents of the" (ends in an article or a preposition), or "The Harbor" before
    "Commission approved the plan ..." (a short noun phrase opening with a determiner, then
    a line that opens with a capitalised word that opens no sentence and a lower-case word).
    """
    words = text.split()
    if not words or text.rstrip()[-1:] in {"?", "!", '"', "”"}:
        return False
    if h.letters(words[-1]).lower() in _DANGLING:
        return True
    if len(words) > _FRAGMENT_WORDS or words[0].lower() not in _DETERMINERS:
        return False
    nxt = following.split()[:2]
    if len(nxt) < 2 or h.letters(nxt[0]) != nxt[0].rstrip(",") or nxt[0] in h.OPENERS:
        return False
    if nxt[0].lower() in _DETERMINERS or nxt[0].lower() in h.SMALL_WORDS:
        return False  # "La exitosa ...": an article opens a sentence of its own
    return nxt[0][:1].isupper() and nxt[1][:1].islower() and nxt[1] not in h.SMALL_WORDS
