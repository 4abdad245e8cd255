"""Where an "About <organization>" heading run into its paragraph ends.

Archives collapse the line break after the boilerplate heading, so its end has to be read
from the text: the organization's name printed again ("About Acme Corp. Acme Corp. is"),
glued to its paragraph ("About AcmeAcme is", "ABOUT ACME FARMSThe market"), followed by a
colon or by a word that opens a sentence ("About Acme Labs Founded in 1990, ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from pressparse.stages import _headings as h

__all__ = ["GLUE", "about_end"]

#: How many characters after "About" the organization's name is looked for in.
NAME_WINDOW: Final = 160

# A lower-case letter glued to a capital: "AcmeAcme", "WorksMany"; or capitals glued to a
# capitalised word: "FARMSThe".
GLUE: Final = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll})")

# The word "About" and the space after it: "About Acme".
_ABOUT_WORD: Final = regex.compile(r"(?:About|ABOUT)\s+")

# A company-form suffix after a comma inside a name: "Acme, Inc.", "Acme Labs, LLC".
_SUFFIX: Final = regex.compile(
    r"(?:inc|llc|llp|ltd|corp|co|plc|lp|l\.p|s\.a|ag|gmbh|n\.v|b\.v|pte|pty|limited)\.?\)?$",
    regex.IGNORECASE,
)


def _name_like(tokens: Sequence[str]) -> bool:
    """True when the tokens could make up a name or title ("Acme Labs, Inc.", "the Firm").

    Every word is capitalised (or a small word such as "of"), no word but a company suffix
    follows a comma, and no sentence opener followed by a lower-case word ("Founded in")
    stands among them.
    """
    for i, tok in enumerate(tokens):
        word = h.letters(tok)
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if not word:
            if tok not in {"&", "-", "–", "—", "/", "|"}:
                return False
            continue
        if not (word[0].isupper() or word[0].isdigit() or word.lower() in h.SMALL_WORDS):
            return False
        if tok.endswith(",") and not _SUFFIX.match(nxt):
            return False
        if i > 0 and word in h.OPENERS and nxt[:1].islower():
            return False
    return True


def about_end(text: str) -> int | None:
    """Where the "About <org>" heading opening ``text`` ends, if the text goes on after it.

    Tried in order: a colon after the name; the name printed again ("About Acme Acme is");
    the name glued to its repeat, to a sentence opener or, in capitals, to mixed case
    ("About AcmeAcme is", "ABOUT ACMEThe"); a run of capitals; a name followed by a
    sentence opener ("About Acme Labs Founded in 1990, ...").
    """
    head = _ABOUT_WORD.match(text)
    if head is None:
        return None
    base = head.end()
    window = text[base : base + NAME_WINDOW]
    tokens = list(h.WORD.finditer(window))
    if len(tokens) < 2:
        return None
    found = (
        _about_colon(window, tokens)
        or _about_repeat(tokens)
        or _about_glued(window, tokens)
        or (_about_caps(tokens) if text.startswith("ABOUT") else None)
        or _about_opener(tokens)
    )
    return None if found is None else base + found


def _about_colon(window: str, tokens: Sequence[regex.Match[str]]) -> int | None:
    colon = window.find(":", 0, tokens[min(len(tokens), 12) - 1].end())
    if colon <= 0:
        return None
    name = window[:colon]
    if h.has_sentence_break(name) or name.count("(") != name.count(")"):
        return None
    if not _name_like(name.split()):
        return None
    return colon if window[colon + 1 :].strip() else None


def _about_repeat(tokens: Sequence[regex.Match[str]]) -> int | None:
    first = h.letters(tokens[0][0]).split(".")[0].casefold()
    if not first:
        return None
    for k in range(1, min(len(tokens) - 1, 10)):
        word = h.letters(tokens[k][0]).split(".")[0]
        if word.casefold() == first and word[:1].isupper():
            if _name_like([t[0] for t in tokens[:k]]):
                return tokens[k - 1].end()
            return None
    return None


def _about_glued(window: str, tokens: Sequence[regex.Match[str]]) -> int | None:
    limit = tokens[min(len(tokens), 10) - 1].end()
    for glue in GLUE.finditer(window, 0, limit):
        p = glue.start()
        left, right = window[:p], window[p:]
        if not left.split() or not _name_like(left.split()):
            return None
        first = h.letters(left.split()[0]).casefold()
        next_word = h.letters(right.split()[0]) if right.split() else ""
        if (
            (first and right.casefold().startswith(first))
            or next_word in h.OPENERS
            or (h.is_caps(left) and next_word[:1].isupper())
        ):
            return p
    return None


def _about_caps(tokens: Sequence[regex.Match[str]]) -> int | None:
    caps = 0
    for tok in tokens[:12]:
        if any(c.islower() for c in tok[0]):
            break
        caps += 1
    if caps == 0 or caps >= len(tokens):
        return None
    return tokens[caps - 1].end()


def _about_opener(tokens: Sequence[regex.Match[str]]) -> int | None:
    for k in range(1, min(len(tokens) - 1, 10)):
        word = tokens[k][0]
        if word in h.OPENERS and tokens[k + 1][0][:1].islower():
            if _name_like([t[0] for t in tokens[:k]]):
                return tokens[k - 1].end()
            return None
    return None
