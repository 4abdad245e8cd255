"""Shared vocabulary of press releases: labels and marks more than one stage reads.

Patterns that only one stage uses live in that stage's module; the ones here are read by
several (the sections stage classifies a contact block, the contacts stage parses it, the
quotes stage skips it).
"""

from __future__ import annotations

import functools
from typing import Final

import regex

__all__ = [
    "CONTACT_LABEL",
    "END_MARK",
    "LABEL_HEADS",
    "LABEL_MARKS",
    "NO_LABEL_HEADS",
    "NO_LABEL_OPENINGS3",
    "contact_label",
]

#: A contact-block label at the start of a block: "Media Contact:", "Press Contacts",
#: "Contact:", "Investor Relations:", "Contact Details", "For more information, contact".
#: Compound labels ("Media Contact", "Press inquiries should be directed to") may be followed
#: by anything; a bare "Contact" only by a colon, the end of its line, or a value run into it
#: ("Contact DetailsJane Roe", "Contacts:Jane"), so "Contact Us" and "Contact Acme" are not
#: labels; "Media:", "Investors:", "Investor Relations:" only by a colon; a desk ("Press
#: Office") only by a colon or the end of its line. "For further information:" (the Canada
#: NewsWire close) only by a colon. Spanish and French labels are read the same way
#: ("Contacto para medios:", "Contacto de prensa", "Renseignements :", "Personne-ressource",
#: "Relations avec les médias"). The group ``label`` is the label without its colon.
CONTACT_LABEL: Final = regex.compile(
    r"""
    ^[^\w\n]{0,3}
    (?:
        (?P<label>(?i:
            for\s+(?:more|further|additional)\s+(?:information|info|details)
                (?:\s+or\s+(?:questions|inquiries|to\s+\w+\s+an?\s+interview))?
                ,?\s+(?:please\s+)?(?:contact|reach\s+out\s+to|e-?mail|call)
          | for\s+(?:media|press|investor|news|all)\s+(?:inquiries|enquiries|queries)
                (?:\s+or\s+[\w-]+)?(?:,?\s+(?:please\s+)?contact|(?=[ \t]*:))
          | to\s+(?:arrange|schedule|request|set\s+up|book)\s+(?:an?\s+)?
                (?:interview|briefing|meeting)s?[^.:\n]{0,60}?,?\s+(?:please\s+)?
                (?:contact|call|e-?mail|reach\s+out\s+to)
          | (?:media|press|pr|news|public|company|corporate|investors?|analysts?|shareholders?)
                (?:\s*(?:and|&|/)\s*(?:media|press|investors?|analysts?|public))?
                (?:\s+relations)?\s+
                (?:contacts?|inquiries|enquiries|queries)
                (?:\s+(?:information|info|details))?
                (?:\s+(?:should|may|can)\s+be\s+(?:directed|sent|addressed)\s+to)?
          | for\s+(?:more|further|additional)\s+(?:information|info|details)(?=[ \t]*:)
          | pressekontakt | medienkontakt
          | contacts?\s+(?:de\s+)?(?:presse|m[ée]dias?)                   # French
          | contactos?\s+(?:de|para|con)\s+(?:los\s+|la\s+)?
                (?:prensa|medios|inversionistas|inversores)                 # Spanish
          | para\s+m[aá]s\s+informaci[oó]n,?\s+(?:por\s+favor\s+)?
                (?:contacte|contactar|comun[ií]quese\s+con|p[oó]ngase\s+en\s+contacto\s+con)
          | pour\s+(?:plus\s+d['’]informations?|de\s+plus\s+amples\s+renseignements)
                ,?\s+(?:veuillez\s+)?(?:communiquer\s+avec|contacter|joindre)
        ))
        [ \t]*[:\-–—]?
      | (?P<label>(?i:
            contacts?(?:\s+(?:information|info|details|data))?
          | contactos? | kontakt | renseignements | personnes?[-\s]ressources?
          | para\s+m[aá]s\s+informaci[oó]n
          | pour\s+(?:plus\s+d['’]informations? | de\s+plus\s+amples\s+renseignements
              | (?:toute\s+)?informations?)
        ))
        (?:[ \t]*:|[ \t]*(?:$|\n)|(?=[\p{Lu}\d+(]))
      | (?P<label>(?i:(?:investor|media|public)\s+relations | media | press | investors?
          | prensa | medios | presse | m[ée]dias))
        [ \t]*:
      | (?P<label>(?i:press\s+office | media\s+(?:desk|office|centre|center) | news\s+desk
          | public\s+(?:affairs|information)\s+office
          | relaci(?:ó|o)n(?:es)?\s+con\s+(?:los\s+)?(?:medios|inversionistas|inversores)
          | relations\s+(?:avec\s+les\s+)?(?:m[ée]dias|investisseurs) | relations\s+de\s+presse
          | (?:oficina|gabinete)\s+de\s+prensa | service\s+de\s+presse))
        (?:[ \t]*:|[ \t]*(?:$|\n))
    )
    """,
    regex.VERBOSE,
)


#: The first two letters of every :data:`CONTACT_LABEL` alternative, in lower case: "fo"
#: ("For media inquiries"), "to" ("To arrange an interview"), "me" ("Media", "Medienkontakt"),
#: "pr" ("Press", "PR", "Prensa"), "co" ("Contact", "Corporate"). Keep in sync with it.
_LABEL_OPENINGS: Final = frozenset(
    {"fo", "to", "me", "pr", "ne", "pu", "co", "in", "an", "sh", "pa", "po", "ko", "re", "pe"}
    | {"of", "ga", "se"}
)

#: The first three letters of every :data:`CONTACT_LABEL` alternative that has three letters
#: there, in lower case ("to" and "pr" go on with a space or a mark: "To arrange",
#: "PR/Media"). A unit test derives the set from the pattern; keep in sync with it.
_LABEL_OPENINGS3: Final = frozenset(
    {"ana", "com", "con", "cor", "for", "gab", "inv", "kon", "med", "new", "ofi"}
    | {"par", "per", "pou", "pra", "pre", "pub", "rel", "ren", "ser", "sha"}
)

#: :data:`_LABEL_OPENINGS` in every mix of cases ("Co", "CO", "co", "cO"): a block that
#: opens with one of them is matched at once.
_OPENING_HEADS: Final = frozenset(
    a + b
    for opening in _LABEL_OPENINGS
    for a in {opening[0], opening[0].upper()}
    for b in {opening[1], opening[1].upper()}
)

#: The first two characters, when both are ASCII letters, of a text that may open with a
#: :data:`CONTACT_LABEL`: a text opening with two other ASCII letters ("The", "Acme") opens
#: none, and :func:`contact_label` turns it away at once. A caller asking about every block
#: of a document makes the same test before calling it.
LABEL_HEADS: Final = _OPENING_HEADS

_ASCII_LETTERS: Final = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

#: The first two characters of a text that opens with no :data:`CONTACT_LABEL` for its
#: letters alone: two ASCII letters no label opens with ("Th", "Ac"), or a text of one ASCII
#: letter. ``text[:2] in NO_LABEL_HEADS`` is ``text[:2].isascii() and text[:2].isalpha()
#: and text[:2] not in LABEL_HEADS``, in one look-up.
NO_LABEL_HEADS: Final = frozenset(
    {a + b for a in _ASCII_LETTERS for b in _ASCII_LETTERS} - _OPENING_HEADS
) | frozenset(_ASCII_LETTERS)

#: The first three characters of a text that opens with the two letters of a label
#: (:data:`LABEL_HEADS`) and a third ASCII letter no label goes on with ("Recent", "Today"):
#: it opens no label.
NO_LABEL_OPENINGS3: Final = frozenset(
    head + c
    for head in _OPENING_HEADS
    for c in _ASCII_LETTERS
    if (head + c).lower() not in _LABEL_OPENINGS3
)

#: The letters a :data:`CONTACT_LABEL` alternative opens with, in either case; the pattern
#: ignores case, so the long "ſ", the dotted "İ" and the Kelvin sign also stand for "s", "i"
#: and "k".
_LABEL_INITIALS: Final = frozenset("acfgikmnoprstACFGIKMNOPRST\u017f\u0130\u212a")

#: Marks a label may stand after ("**Media Contact:**", "## Contacts", "• Contact:"): the
#: common ones, all of them neither a word character nor a line break, as the pattern's
#: ``[^\w\n]`` wants (the underscore is a word character).
_LABEL_MARKS: Final = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~ \t“”‘’•·–—")
#: The same marks, as callers read them: a text opening with one of them before two ASCII
#: letters no label opens with (``text[1:3] in NO_LABEL_HEADS``) opens no label.
LABEL_MARKS: Final = _LABEL_MARKS
#: The same marks in one string, as str.lstrip takes them.
_LABEL_MARK_CHARS: Final = "".join(sorted(_LABEL_MARKS))


def contact_label(text: str) -> regex.Match[str] | None:
    """Return ``CONTACT_LABEL.match(text)``.

    Most blocks open, after the marks a label may stand after, with a letter no label opens
    with, two letters no label opens with ("The", "Acme") or three letters none opens with
    ("Recent", "[Read more]"): they are turned away before the pattern, which tries each
    of its alternatives in turn. Any other block is matched, remembered for the last texts
    asked about.
    """
    head = text[:2]
    if head in NO_LABEL_HEADS:
        return None  # the usual block: two ASCII letters, and no label opens with them
    if head in _OPENING_HEADS:
        if text[:3] in NO_LABEL_OPENINGS3:
            return None  # "Recent", "Industry", "Today": a third letter no label goes on with
        return _contact_label(text)
    lead = text[:4]
    at = len(lead) - len(lead.lstrip(_LABEL_MARK_CHARS))  # the marks it opens with
    if at > 3:
        return None  # four marks: a label stands after three at most
    head = text[at : at + 2]
    if head.isascii() and head.isalpha():
        if head.lower() not in _LABEL_OPENINGS:
            return None  # ASCII letters after the marks: the label would open with them
        if text[at : at + 3] in NO_LABEL_OPENINGS3:
            return None  # "[Read more]", "**Recent": a third letter no label goes on with
    elif head[:1].isalpha() and head[:1] not in _LABEL_INITIALS:
        return None  # a letter after the marks: the label would open with it
    return _contact_label(text)


@functools.lru_cache(maxsize=256)
def _contact_label(text: str) -> regex.Match[str] | None:
    """``CONTACT_LABEL.match(text)``: the sections and contacts stages both ask about the same
    blocks; the match is read, never changed, by its callers."""
    return CONTACT_LABEL.match(text)


#: An end mark alone on its line: "###", "# # #", "-30-", "- 30 -", "-###-", "ENDS", or an
#: agency's initials between dashes, as U.S. federal agencies print it: "-BLM-", "- NPS -".
END_MARK: Final = regex.compile(
    r"^\s*(?:(?:-\s*)?(?:#\s*#\s*#|-?\s*30\s*-|ends?)(?:\s*-)?|(?-i:-\s?\p{Lu}{2,6}\s?-))\s*$",
    regex.IGNORECASE,
)
