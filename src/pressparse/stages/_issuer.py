"""The organization that issued a release, for quotations "the company" speaks.

Read from the defined term a release gives itself ('Acme Widgets, Inc. (NYSE: ACME)
("Acme" or the "Company")'), else from its "About Acme" section, expanded to the full
company name the release prints ("Acme" -> "Acme Widgets, Inc.").
"""

from __future__ import annotations

from typing import Final

import regex

from pressparse.model import SectionKind
from pressparse.stages.state import ParseState

__all__ = ["issuer_of"]

# The defined term a release gives its issuer: 'the "Company"', 'the “Company”'.
_COMPANY_TERM: Final = regex.compile(r"\bthe\s*[“\"]Company[”\"]|[“\"]the\s+Company[”\"]")

# What an "About" heading adds to a name: a bracket after it, "the" before it.
# Example: "About the Acme Group (NYSE: ACME)" -> "Acme Group".
_ABOUT_NOISE: Final = regex.compile(r"\s*\(.*$|^(?:the|our)\s+", regex.IGNORECASE)

# Words an "About" heading may hold that name no organization: "About the Company".
_GENERIC: Final = frozenset({"company", "us", "firm", "organization", "organisation", "bank"})

#: How far before the defined term the issuer's name may start, in characters.
LOOK_BACK: Final = 300

# Words that end a company's legal name.
_CORPORATE: Final = (
    r"(?:Inc|Corp|Corporation|Company|Co|LLC|L\.L\.C|Ltd|Limited|LLP|LP|PLC|plc|Group"
    r"|Holdings|N\.V|S\.A|AG|SE|GmbH|Bancorp|Trust)\.?"
)

# What may follow a short company name to make its legal name: up to four capitalized
# words and a corporate suffix. Example: "Acme" + " Widgets, Inc.".
_LEGAL_TAIL: Final = regex.compile(
    rf"(?:\ [\p{{Lu}}&][\p{{L}}&.'’-]*){{0,4}},?\ {_CORPORATE}(?!\p{{L}})"
)

# What separates the issuer's name from the dateline or sentence before it.
# Example: 'CITY, Jan. 5, 2026 /Wire/ -- Acme Widgets, Inc.' -> "Acme Widgets, Inc.".
_LEAD: Final = regex.compile(
    r"^.*(?:--|—|–|\s-\s|/\s|(?<=\p{Ll}{2})[.!?]\s+(?=\p{Lu})|\n)\s*", regex.DOTALL
)


# The organization that opens a lead paragraph, before its ticker, an appositive or the
# verb. Example: '-- Acme Widgets, Inc. (NYSE: ACME), a maker of ..., today announced'.
_LEAD_SUBJECT: Final = regex.compile(
    r"""
    [\s\-–—:/]*
    (?P<org>\p{Lu}[\p{L}\p{N}&.'’\-]*(?:,?\ [\p{Lu}&][\p{L}\p{N}&.'’\-]*){0,6})
    \s*(?:\(|,\s+(?:a|an|the)\s|,?\s+(?:today|announced|announces|has|have|will|is
        |was|reported|reports|unveiled|unveils|launched|launches|introduced|introduces)\b)
    """,
    regex.VERBOSE,
)


def _defined(text: str) -> str | None:
    """The name printed before the term: 'Acme Inc. (NYSE: AC) ("Acme" or the "Company")'."""
    if 'Company"' not in text and "Company”" not in text:  # how every form of the term ends
        return None
    m = _COMPANY_TERM.search(text)
    if m is None:
        return None
    window = text[max(0, m.start() - LOOK_BACK) : m.start()]
    cut = window.rfind("(")
    while cut > 0 and window[:cut].rstrip().endswith(")"):
        cut = window.rfind("(", 0, window[:cut].rstrip().rfind(")"))
    if cut <= 0:
        return None
    org = _LEAD.sub("", window[:cut].rsplit("\n", 1)[-1].rstrip()).strip(" ,")
    return org if org[:1].isupper() and len(org) <= 80 else None


def _expand(short: str, text: str) -> str:
    """The full legal name that starts with ``short`` ("Acme" -> "Acme Widgets, Inc.")."""
    at = text.find(short)
    while at >= 0:
        after = at + len(short)
        # the tail opens with a space or a comma: test that before the pattern
        m = _LEGAL_TAIL.match(text, after) if text[after : after + 1] in (" ", ",") else None
        if m is not None:
            return text[at : m.end()]
        at = text.find(short, at + 1)
    return short


def _announcer(state: ParseState) -> str | None:
    """The organization that opens the lead: 'Acme Widgets, Inc. today announced ...'."""
    if state.dateline is None:
        return None
    start = state.dateline.span.end
    m = _LEAD_SUBJECT.match(state.doc.text, start, start + LOOK_BACK)
    return _ABOUT_NOISE.sub("", m["org"].strip(" ,")) if m else None


def _clean_about(org: str) -> str | None:
    """The name an "About" heading gives, without brackets, line breaks or "the"."""
    org = org.strip().split("\n", 1)[0]
    org = _ABOUT_NOISE.sub("", org)
    org = org.strip(" :.,")
    return org if org[:1].isupper() and org.lower() not in _GENERIC else None


def issuer_of(state: ParseState) -> str | None:
    """Return the issuing organization's name, or ``None`` when the release gives none.

    Read from the defined term the release gives itself, else from its "About" section,
    else from the organization that opens the lead.
    """
    text = state.doc.text
    defined = _defined(text)
    if defined is not None:
        return defined
    for section in state.sections:
        if section.kind is SectionKind.ABOUT and section.organization:
            about = _clean_about(section.organization)
            if about is not None:
                return _expand(about, text)
    return _announcer(state)
