"""Dateline families: one named pattern per wire grammar, tried in order.

Each pattern is applied with ``.match`` at the start of a block in the document's text, and
may run on into the next blocks (``\\s`` spans the newlines between them), since page dumps
split a dateline over lines. Groups: ``location``, ``date`` and ``wire``; any may be absent.
The wire families come first; the looser forms (a place and a date, an AP place and a dash,
a place alone on its line) are tried only where the body is known to start.
"""

from __future__ import annotations

import functools
from typing import Final

import attrs
import regex

from pressparse.dates import DATE_PATTERN, date_may_open_at
from pressparse.places import is_country, is_region
from pressparse.stages._dateline_marks import (
    DATE_MARKS,
    HEAD_MARKS,
    date_marks_at,
    head_marks_at,
    marks_and_reach,
    marks_at,
)
from pressparse.wires import is_wire_name

__all__ = [
    "BlockDateline",
    "DatelineHit",
    "date_marks_at",
    "head_marks_at",
    "marks_at",
    "match_dateline",
    "wire_marks_at",
]

# Where a word of a place may end: not before a letter, a mark or ".'’&" that could only
# continue the word. What follows a place never opens that way: only a space, a comma, a
# slash, a parenthesis, a dash, a date's digit, a month after a period ("N.H.Feb. 9") or
# "le" ("QC, le 14 sept."). Without this guard the engine tries a date at every letter of
# every word before giving a place up; with it, the same match is found.
_WORD_END: Final = r"(?![.'’&\p{M}]|(?<=\w)(?!le\s)\p{L})"
# A word of a place name: "SANTA", "N.H.", "Calif.", "O'FALLON", "Winston-Salem", "St.".
_WORD: Final = rf"\p{{Lu}}(?:[\p{{L}}\p{{M}}\d.'’&]|-(?=\p{{L}}))*{_WORD_END}"
# Small words inside place names: "Stratford upon Avon", "Rio de Janeiro".
_JOIN: Final = r"(?:de|del|la|le|los|las|of|upon|on|am|sur|en|du|da|do|di|van|von)"
# A place name of one to six words, starting with a capital: "SALT LAKE CITY", "Paw Paw".
_PART: Final = rf"{_WORD}(?:\ (?:{_JOIN}\ )?{_WORD}){{0,5}}"
# A later part may be lower case as printed ("Dallas, texas").
_LATE_PART: Final = rf"(?:{_PART}|(?!(?:le|la|de|el|du)\b)\p{{Ll}}[\p{{L}}.]{{1,20}}{_WORD_END})"
#: A printed location: "CITY", "CITY, ST", "CITY, REGION, COUNTRY", "A, WA & B, TX".
_LOC: Final = rf"{_PART}(?:\s?,\s?{_LATE_PART}|\ (?:&|and|y|et)\ {_PART}){{0,4}}"
_DASH: Final = r"(?:-{1,3}|–|—|―)"
_DATE: Final = rf"(?P<date>{DATE_PATTERN})"

# Each family: (name, template with @LOC@ for the place, needs a wire-like name in the
# wire slot, the marks its text must hold: see :mod:`._dateline_marks`).
_FAMILIES: Final = (
    # "KEENE, N.H., Feb. 9, 2026 /PRNewswire/ --", "LINZ, AUSTRIA, November 3, 2026
    # /24-7PressRelease/ --", "LAVAL, QC , le 14 sept. 2026 /CNW/ --".
    (
        "slash_wire",
        rf"""
        (?P<location>@LOC@)\s{{0,3}},?\s{{0,3}}(?:le\s+)?{_DATE}
        \s{{0,3}}/\s{{0,2}}(?P<wire>[^/\n]{{2,60}}?)\s{{0,2}}/\s{{0,3}}(?:{_DASH}|:)?
    """,
        False,
        "Pd/E",
    ),
    # "BOZEMAN, MT / ACCESSWIRE / July 8, 2026 /", "OAKVILLE, ON / PR Karma / June 2,
    # 2026 9:00", "ALBANY, NY / NewsDirect / April 9th, 2026 /".
    (
        "slash_place_wire_date",
        rf"""
        (?P<location>@LOC@)\s{{0,2}}/\s{{0,2}}(?P<wire>[^/\n]{{2,60}}?)\s{{0,2}}/\s{{0,2}}
        {_DATE}\s{{0,2}}(?:/|{_DASH}|:)?
    """,
        True,
        "Pd/S",
    ),
    # "OCALA, FL, July 7, 2026 (GLOBE NEWSWIRE) --", "MEDIA, PA - May 11, 2026
    # (NEWMEDIAWIRE) -", "SALINA, KS — October 5, 2026 — (NOTICIAS NEWSWIRE) —".
    (
        "paren_wire_after_date",
        rf"""
        (?P<location>@LOC@)\s{{0,3}}(?:,|{_DASH})?\s{{0,3}}{_DATE}\s{{0,3}}(?:{_DASH}\s{{0,3}})?
        \(\s{{0,2}}(?P<wire>[^()\n]{{2,60}}?)\s{{0,2}}\)\s{{0,3}}(?:{_DASH}|:)
    """,
        True,
        "Pd(Dw",
    ),
    # "WAYNE, PA - (NewMediaWire) - December 1, 2026 -", "SINGAPORE - Media OutReach
    # Newswire - 14 July 2026 -".
    (
        "dash_wire_dash_date",
        rf"""
        (?P<location>@LOC@)\s{{0,2}}{_DASH}\s{{0,2}}\(?(?P<wire>[^()/\n\-–—]{{2,60}}?)\)?
        \s{{0,2}}{_DASH}\s{{0,2}}{_DATE}\s{{0,2}}(?:{_DASH}|/|:)
    """,
        True,
        "Pd-hT",
    ),
    # "FRESNO, Calif.--(BUSINESS WIRE)--", "TACOMA--( BUSINESS WIRE )--",
    # "SANTA CLARA, CA--(Marketwired - November 02, 2026) -".
    (
        "dash_paren_wire",
        rf"""
        (?P<location>@LOC@)\s{{0,2}}{_DASH}\s{{0,2}}\(\s{{0,2}}(?P<wire>[^()\n\-–—]{{2,60}}?)
        (?:\s{{0,2}}{_DASH}\s{{0,2}}{_DATE})?\s{{0,2}}\)\s{{0,2}}{_DASH}
    """,
        True,
        "P(hO",
    ),
    # "Holland, MI (Newsworthy.ai) Monday Nov 2, 2026 @ 9:30 AM America/Detroit —",
    # "LONDON (Reuters) -".
    (
        "paren_wire_then_date",
        rf"""
        (?P<location>@LOC@)\s{{0,2}}\(\s{{0,2}}(?P<wire>[^()\n]{{2,40}}?)\s{{0,2}}\)
        \s{{0,3}}(?:{_DATE}\s{{0,3}})?{_DASH}
    """,
        True,
        "P(OW",
    ),
    # "Golden, Colorado, February 2, 2026 – PRISM MediaWire (Press Release Service –
    # Press Release Distribution) –".
    (
        "date_dash_wire",
        rf"""
        (?P<location>@LOC@)\s{{0,2}},\s{{0,2}}{_DATE}\s{{0,2}}{_DASH}\s{{0,2}}
        (?P<wire>[^()\n–—]{{2,40}}?)\s{{0,2}}(?:\([^()\n]{{0,80}}\)\s{{0,2}})?{_DASH}
    """,
        True,
        "Pd-DK",
    ),
    # "Orem, United States - August 3, 2026 / Acme Trailers /": an issuer's name (or a
    # wire's) in a slash slot after the date.
    (
        "date_slash_name",
        rf"""
        (?P<location>@LOC@)\s{{0,2}}{_DASH}\s{{0,2}}{_DATE}\s{{0,2}}/\s{{0,2}}
        (?P<wire>[^/\n]{{2,60}}?)\s{{0,2}}/
    """,
        False,
        "Pd/Dh",
    ),
)

# Wire credits with no place: "(NewsUSA) - Your checklist", "--News Direct--".
_WIRE_ONLY: Final = regex.compile(
    rf"""
    (?:\(\s{{0,2}}(?P<wire>[^()\n]{{2,40}}?)\s{{0,2}}\)\s{{0,2}}(?:{_DATE}\s{{0,2}})?{_DASH}
      | --\s{{0,2}}(?P<wire>[^\-\n]{{2,40}}?)\s{{0,2}}--(?=\s*(?:\n|\Z)))
    """,
    regex.VERBOSE,
)

# A date, then the wire, and no place: "May 5, 2025 - PRLog -- Acme Corp. ...".
_DATE_WIRE: Final = regex.compile(
    rf"""{_DATE}[^\S\n]{{0,2}}{_DASH}[^\S\n]{{0,2}}(?P<wire>[^\n\-–—/]{{2,40}}?)
    [^\S\n]{{0,2}}{_DASH}""",
    regex.VERBOSE,
)

# A place and a date and no wire: "PLANO, TX -- November 9th, 2026 --", "Hemet, CA,
# May 4, 2026" (alone on its line), "TACOMA, WA & BOISE, ID JULY 14, 2026".
_PLACE_DATE: Final = regex.compile(
    rf"""
    (?P<location>{_LOC})[^\S\n]{{0,2}}(?:,|{_DASH})?[^\S\n]{{0,3}}{_DATE}
    (?:[^\S\n]{{0,3}}(?:{_DASH}|:)|(?=[^\S\n]*(?:\n|\Z)))
    """,
    regex.VERBOSE,
)

# Parenthesized place and date: "(Miami – July 30, 2024) –", "NEW YORK and CHICAGO
# (December 22, 2013) —".
_PAREN_PLACE_DATE: Final = regex.compile(
    rf"""
    (?:\([^\S\n]{{0,2}}(?P<location>{_LOC})[^\S\n]{{0,2}}(?:,|{_DASH})[^\S\n]{{0,2}}{_DATE}[^\S\n]{{0,2}}\)
      | (?P<location>{_LOC})[^\S\n]{{0,2}}\([^\S\n]{{0,2}}{_DATE}[^\S\n]{{0,2}}\))
    [^\S\n]{{0,2}}{_DASH}?
    """,
    regex.VERBOSE,
)

# A date opening the lead with no place: "May 28, 2025, Acme unveiled ...".
_DATE_ONLY: Final = regex.compile(rf"{_DATE}[^\S\n]{{0,2}}(?:,|{_DASH}|:)[^\S\n]", regex.VERBOSE)

# AP style, a place and a dash: "SANTA ANA –", "TARZANA, Calif. –", "CHICAGO -" (alone on its
# line), "(Houston, TX) - Today", "Burlington, Ontario — To mark"; an em or en dash may touch
# the capital that opens the text: "TOPEKA—Attorneys in every county ...".
_AP: Final = regex.compile(
    rf"""
    (?:\(\s?(?P<location>{_LOC})\s?\)\s{{0,2}}{_DASH}
      | (?P<location>{_LOC})(?:(?:\s{{1,3}}(?:-{{1,2}}|–|—)|--|–|—)(?=\s|\Z)|[–—](?=\p{{Lu}})))
    \s?
    """,
    regex.VERBOSE,
)

# A place alone on its line before the body: "Miami, Florida".
_PLACE_LINE: Final = regex.compile(rf"(?P<location>{_LOC})[^\S\n]*(?=\n|\Z)", regex.VERBOSE)

# Words that open a sentence or label a line, never a place: "On May 5, 2024 - ...",
# "NOTE - ...", "UPDATE – ...".
_NOT_PLACE: Final = regex.compile(
    r"""(?i)^(?:on|in|at|by|for|from|since|until|as|the|this|today|yesterday|last|next
    |before|after|during|beginning|starting|effective|dated?|published|posted|updated
    |note|update|correction|editor'?s?|attention|advisory|breaking|photo|video|who|what
    |when|where|why|how|urgent|reminder|embargoed|contact|source|media|press|news|release
    |for\ immediate\ release|immediate|statement|agenda|event|location
    |(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july
    |august|september|october|november|december)\b""",
    regex.VERBOSE,
)

_COMPILED: Final = tuple(
    (name, regex.compile(t.replace("@LOC@", _LOC), regex.VERBOSE), wired, frozenset(needs))
    for name, t, wired, needs in _FAMILIES
)


@attrs.frozen(kw_only=True)
class DatelineHit:
    """One dateline found in the text: where it stands and its printed parts."""

    family: str
    start: int
    end: int
    location: str | None = None
    location_start: int | None = None
    date_start: int | None = None
    wire: str | None = None


@attrs.frozen(kw_only=True)
class BlockDateline:
    """What :func:`match_dateline` (``loose=True``) gave at the start of block ``index``.

    The headline stage matches the block the body starts at; the dateline stage takes the
    result from the state instead of matching that block again.
    """

    index: int
    hit: DatelineHit | None


def _hit(name: str, m: regex.Match[str], *, wired: bool) -> DatelineHit | None:
    # Each group is read only when the pattern has it, without building every group of
    # the date pattern as ``groupdict`` would. (The regex module builds ``groupindex``
    # anew at each reading: it is read once.)
    names = m.re.groupindex
    location = m.group("location") if "location" in names else None
    wire = m.group("wire") if "wire" in names else None
    if location is not None and _NOT_PLACE.match(location):
        return None
    if wire is not None:
        wire = wire.strip()
        if not is_wire_name(wire):
            if wired:
                return None
            wire = None
    has_date = "date" in names and m.group("date") is not None
    return DatelineHit(
        family=name,
        start=m.start(),
        end=m.start() + len(m[0].rstrip()),
        location=location.strip() if location else None,
        location_start=m.start("location") if location else None,
        date_start=m.start("date") if has_date else None,
        wire=wire,
    )


def _capital_place(location: str) -> bool:
    """True for an AP place: an all-capitals city, or a last part that is a known region."""
    parts = [p.strip() for p in location.split(",")]
    city = parts[0]
    if city.upper() == city and any(ch.isalpha() for ch in city):
        return True
    return len(parts) > 1 and (is_region(parts[-1]) or is_country(parts[-1]))


def _comma_on_line(text: str, pos: int) -> bool:
    """True when a comma stands on the line from ``pos`` or just after its end.

    A place line counts only with a comma in its place, which either stands on the first
    line or opens the next (a place spans lines only at ``\\s?,\\s?``): without one, the
    place-line form is not matched at all.
    """
    newline = text.find("\n", pos)
    return text.find(",", pos, len(text) if newline < 0 else newline + 2) >= 0


def _loose(text: str, pos: int, marks: str) -> DatelineHit | None:
    """The forms without a wire, tried only where the body starts."""
    paren = text.startswith("(", pos)
    if "d" in marks:
        for name, pattern in (("place_date", _PLACE_DATE), ("paren_place_date", _PAREN_PLACE_DATE)):
            if "D" not in marks or ("P" not in marks and not (paren and name != "place_date")):
                continue
            if name != "place_date" and "(" not in marks:
                continue  # (every parenthesized form prints its parenthesis in the head)
            m = pattern.match(text, pos)
            if m is not None and (hit := _hit(name, m, wired=False)) is not None:
                return hit
        m = _DATE_ONLY.match(text, pos) if date_may_open_at(text, pos) else None
        if m is not None:
            return _hit("date_only", m, wired=False)
    ap_marks = (paren and "C" in marks) or ("P" in marks and "a" in marks)
    if ("-" in marks or "(" in marks) and ap_marks:
        m = _AP.match(text, pos)
        if m is not None and (m[0].startswith("(") or _capital_place(m["location"])):
            return _hit("ap", m, wired=False)
    m = (
        _PLACE_LINE.match(text, pos)
        if "P" in marks and "L" in marks and _comma_on_line(text, pos)
        else None
    )
    if m is not None and "," in m["location"] and _capital_place(m["location"]):
        parts = [p.strip() for p in m["location"].split(",")]
        if is_region(parts[-1]) or is_country(parts[-1]):
            return _hit("place_line", m, wired=False)
    return None


@functools.lru_cache(maxsize=256)
def _families_with(marks: str) -> tuple[tuple[str, regex.Pattern[str], bool], ...]:
    """The wire grammars whose needs the marks ``marks`` meet, in order."""
    have = frozenset(marks)
    return tuple((name, pattern, wired) for name, pattern, wired, needs in _COMPILED
                 if needs <= have)  # fmt: skip


@functools.lru_cache(maxsize=64)
def _wire_forms_allowed(head: str) -> bool:
    """True when the head's marks ``head`` leave some wire form possible (the forms that
    need no place: a date then a dash; the wire grammars: the head part of their needs)."""
    have = frozenset(head)
    return ("d" in have and "-" in have) or any(
        needs & HEAD_MARKS <= have for _, _, _, needs in _COMPILED
    )


@functools.lru_cache(maxsize=256)
def _date_marks_wanted(marks: str) -> bool:
    """True when some wire grammar needs a date mark ("D", "E") and the marks ``marks``
    (read without them) meet all its other needs: only then are the date marks read."""
    have = frozenset(marks)
    return any(needs & DATE_MARKS and needs - DATE_MARKS <= have for _, _, _, needs in _COMPILED)


def wire_marks_at(text: str, pos: int, head: str) -> tuple[str, bool, int] | None:
    """:func:`marks_at` for a caller that matches only the wire forms at ``pos``, or
    ``None`` when the head's marks already rule every one out (a credit opening the text,
    "(NewsUSA)" or "--News Direct--", is tried whatever the marks).

    Then ``match_dateline(text, pos)`` is ``None``, and the marks where a place may end
    (the costly part) were not read. ``head`` is what :func:`head_marks_at` gave for
    ``pos``: the caller keeps it for :func:`marks_at` when it needs all the marks later.
    The marks come with whether the date marks were read: they are left out when every
    wire grammar that needs one already lacks another mark (the wire forms match there
    as with all the marks; :func:`date_marks_at` adds them for a caller that needs them),
    and with how far a place can reach (see :func:`marks_and_reach`), which the caller
    passes on to :func:`date_marks_at` so that the place is read once.
    """
    if not (text.startswith(("(", "-"), pos) or _wire_forms_allowed(head)):
        return None
    marks, reach = marks_and_reach(text, pos, head, dates=False)
    if _date_marks_wanted(marks):
        return marks + date_marks_at(text, pos, head, reach), True, reach
    return marks, False, reach


def match_dateline(
    text: str,
    pos: int,
    *,
    loose: bool = False,
    wired_forms: bool = True,
    marks: str | None = None,
) -> DatelineHit | None:
    """Match a dateline starting at ``pos``; with ``loose``, the wire-less forms as well.

    ``wired_forms=False`` skips the wire grammars, for a caller that has tried them already;
    ``marks`` passes on what :func:`marks_at` gave that caller for ``pos``.
    """
    if marks is None:
        marks = marks_at(text, pos)  # (empty where no form opens, see opens_a_dateline)
    if not marks:
        return None  # every form needs a mark: a place's capital, a digit, "(" or "-"
    for name, pattern, wired in _families_with(marks) if wired_forms else ():
        m = pattern.match(text, pos)
        if m is not None and (hit := _hit(name, m, wired=wired)) is not None:
            return hit
    if wired_forms and text[pos : pos + 1] in ("(", "-"):
        m = _WIRE_ONLY.match(text, pos)
        if m is not None and (hit := _hit("wire_only", m, wired=True)) is not None:
            return hit
    if wired_forms and "d" in marks and "-" in marks and date_may_open_at(text, pos):
        m = _DATE_WIRE.match(text, pos)
        if m is not None and (hit := _hit("date_wire", m, wired=True)) is not None:
            return hit
    return _loose(text, pos, marks) if loose else None
