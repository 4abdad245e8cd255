"""Lines that introduce a quotation: "Jane Roe, CEO of Acme, commented:".

A release often sets a quotation off in its own paragraph and introduces it with a line of
its own that names the speaker and ends in a verb of saying and a colon. Alone on its line,
short and capitalised, such a line looks like a label ("Key Takeaways:"), but it is the
start of a sentence the quotation finishes, never a heading. What gives it away is the verb:
a heading in Title Case capitalises its words, while a lead-in names someone (capitalised)
and then says, in lower case, that they spoke ("added", "said in a statement", "a déclaré").
"""

from __future__ import annotations

from typing import Final

import regex

__all__ = ["SPEECH_VERBS", "is_quote_lead_in"]


def _words(text: str) -> frozenset[str]:
    """Return the white-space separated words of ``text``."""
    return frozenset(text.split())


#: Verbs of saying that end a lead-in to a quotation, in English and in the Spanish,
#: French and German forms releases use ("comentó", "a déclaré", "sagte").
SPEECH_VERBS: Final = _words(
    """
    said says added adds commented noted stated explained remarked continued continues
    concluded concludes observed observes emphasized emphasizes emphasised emphasises
    stressed shared declared declares wrote writes told tells recalled recalls echoed
    highlighted affirmed affirms reflected summarized summarised opined responded replied
    announced announces praised welcomed welcomes acknowledged acknowledges underlined
    dijo dice añadió agregó comentó afirmó declaró explicó señaló destacó subrayó indicó
    expresó manifestó aseguró concluyó
    déclaré ajouté commenté affirmé expliqué souligné précisé indiqué déclare ajoute
    commente affirme explique souligne précise indique
    sagte sagt erklärte erklärt betonte betont ergänzte ergänzt kommentierte
    """
)

# Openings that introduce a quotation by its source: "According to Jane Roe:", "In the words
# of Acme's founder:", "As Jane Roe put it:", "Según Jane Roe:", "Selon Jane Roe :".
_SOURCE_OPENING: Final = regex.compile(
    r"^\W{0,3}(?:according\s+to|in\s+the\s+words\s+of|as\s+\p{Lu}.{0,80}\s+put\s+it|seg[uú]n"
    r"|selon|d['’]apr[eè]s|laut)\s",
    regex.IGNORECASE,
)

# A word token and its letters: "commented:" -> "commented".
_WORD: Final = regex.compile(r"[\p{L}’'-]+")

#: Words that may follow the verb in a lead-in: "said in a statement", "added that".
MAX_WORDS_AFTER_VERB: Final = 6


def is_quote_lead_in(text: str) -> bool:
    """True when ``text`` introduces a quotation rather than heading a section.

    The line opens with a capitalised word (someone named, or a title before the name), and
    a lower-case verb of saying follows, with only a few lower-case words after it ("Acme
    CEO Jane Roe commented:", "Dr. Ann Lee, Chief Medical Officer, added:", "Jane Roe said
    in a statement:"); or it opens with "According to" or a like phrase naming a source.
    """
    t = text.strip().rstrip(":").rstrip()
    if not t or len(t) > 160:
        return False
    if _SOURCE_OPENING.match(t):
        return True
    words = [m[0] for m in _WORD.finditer(t)]
    for k, word in enumerate(words):
        if k == 0 or not word[0].islower() or word.lower() not in SPEECH_VERBS:
            continue
        if not any(w[0].isupper() for w in words[:k]):
            return False
        after = words[k + 1 :]
        return len(after) <= MAX_WORDS_AFTER_VERB and all(w[0].islower() for w in after)
    return False
