"""Contact blocks, part 3: one line of a contact block read into items.

:func:`read_line` finds, in order, placeholders, phone numbers, e-mail addresses, web
addresses, social handles, field labels ("Email:", "Company Name:") and group labels
("For media:", "Investor Relations:"), then cuts the text left between them into pieces and
classifies each (:mod:`._contact_segments`). Every item keeps its span in the document's text.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Final

import attrs
import regex

from pressparse.emails import PLACEHOLDER, find_emails, may_hold_placeholder
from pressparse.phones import ReadNumbers, find_phones
from pressparse.stages._contact_segments import (
    Kind,
    classify,
    is_noise_phrase,
    split_name_org,
    split_org_desk,
    split_segments,
    split_title_org,
)
from pressparse.stages._contact_words import SOCIAL_HOSTS

__all__ = ["Item", "Line", "Values", "line_values", "make_item", "make_line", "read_line"]

# A web address: "https://www.acme.com/news", "www.acme.com" (also run into what stands before
# it: "CAwww.acme.com"). The top-level domain ends before a letter of another case or a digit,
# so "www.acme.com310.555.0100" stops at ".com".
_URL: Final = regex.compile(
    r"""
    (?:https?://|(?<![0-9.@/\-])www\.)
    (?:[A-Za-z0-9-]{1,63}\.){1,6}
    (?:[a-z]{2,24}(?![a-z])|[A-Z]{2,24}(?![A-Za-z]))
    (?::\d{2,5})?
    (?:/[\w\-./%?=&#~+:]{0,200})?
    """,
    regex.VERBOSE,
)

# A social handle: "@acme_news".
_HANDLE: Final = regex.compile(r"(?<![\w@.])@[A-Za-z_]\w{1,30}")

# A field label of the labelled form: "Email:", "Company Name:", "Tel:", "Tel.:", "T:", also
# run into the word before it ("@acmeEmail:"); and the Spanish and French ones: "Correo:",
# "Teléfono:", "Courriel :", "Tél. :".
_FIELD: Final = regex.compile(
    r"""
    (?:(?<![\p{L}\d])|(?<=\p{Ll})(?=\p{Lu}))
    (?P<label>
        (?i:company\ name|organi[sz]ation|company|contact\ (?:person|name)|name
          |e-?mail(?:\ address)?|phone(?:\ number)?|tel(?:ephone)?|office|cell(?:ular)?
          |mobile|direct|main|fax|company\ website|web\ ?site|web|url|address|street|city
          |state|province|zip(?:\ code)?|postal\ code|country|title|position
          |twitter|linkedin|facebook|instagram
          |correo(?:\ electr[oó]nico)?|courriel|tel[eé]fono|t[eé]l[eé]phone|t[eé]l|m[oó]vil
          |celular|cel|cellulaire|portable|sitio\ web|p[aá]gina\ web|site\ (?:web|internet)
          |empresa|entreprise|soci[eé]t[eé]|nombre|nom|cargo|direcci[oó]n|adresse|pa[ií]s|pays)
      | (?<![\p{L}\d])[TtMmEeWwFfOoPpCcXx]
    )
    \.?[ \t]?:
    """,
    regex.VERBOSE,
)

# A group label ending in a colon at the start of a line: "For media:", "In Korea:",
# "Investor Relations:".
_GROUP: Final = regex.compile(r"^\W{0,3}(?P<label>\p{Lu}[^:()\n]{0,50}?)[ \t]?:(?=\s|$|\p{Lu})")

# A role label anywhere in a line, where a flattened block ran its lines together:
# "... ir@acme.com Media: 555-0100".
_ROLE_LABEL: Final = regex.compile(
    r"""
    (?<![\w(])(?<!(?i:social)\ )                    # not "Visit us on social media:"
    (?P<label>(?i:(?:for\ )?(?:media|press|investors?|analysts?|shareholders
        |(?:investor|media|public)\ relations|communications)))
    [ \t]?:(?=\s|$|\p{Lu})
    """,
    regex.VERBOSE,
)

# The client an agency's contact speaks for, left out: "Jane Roe on behalf of Acme Corp.",
# "Bright PR for Acme" (up to the next separator).
_CLIENT: Final = regex.compile(r"\s(?:on\ behalf\ of|for)\s+\p{Lu}[^,;|•\n]*")

# The scheme and "www." of a web address.
_SCHEME: Final = regex.compile(r"^(?:https?://)?(?:www\.)?")

#: What each field label introduces.
FIELD_TARGETS: Final = {
    "company name": "org",
    "organization": "org",
    "organisation": "org",
    "company": "org",
    "contact person": "name",
    "contact name": "name",
    "name": "name",
    "fax": "fax",
    "f": "fax",
    "company website": "website",
    "website": "website",
    "web site": "website",
    "web": "website",
    "url": "website",
    "w": "website",
    "address": "address",
    "street": "address",
    "city": "address",
    "state": "address",
    "province": "address",
    "zip": "address",
    "zip code": "address",
    "postal code": "address",
    "country": "country",
    "title": "title",
    "position": "title",
    "twitter": "social",
    "x": "social",
    "linkedin": "social",
    "facebook": "social",
    "instagram": "social",
    "empresa": "org",
    "entreprise": "org",
    "société": "org",
    "societe": "org",
    "nombre": "name",
    "nom": "name",
    "cargo": "title",
    "sitio web": "website",
    "página web": "website",
    "pagina web": "website",
    "site web": "website",
    "site internet": "website",
    "dirección": "address",
    "direccion": "address",
    "adresse": "address",
    "país": "country",
    "pais": "country",
    "pays": "country",
}

#: Field labels that introduce an e-mail address (any other unknown one, a number).
EMAIL_FIELDS: Final = frozenset(
    {
        "email",
        "e",
        "email address",
        "correo",
        "correo electrónico",
        "correo electronico",
        "courriel",
    }
)

#: A group label longer than this many words is a sentence, not a label.
MAX_LABEL_WORDS: Final = 6


@attrs.frozen(kw_only=True)
class Line:
    """One line of a contact block: its text and where it starts in the document's text."""

    text: str
    start: int


@attrs.frozen(kw_only=True)
class Item:
    """One thing read from a contact line, with its span in the document's text.

    ``line`` identifies the line it was read from (where that line starts); ``value`` is an
    e-mail address written plainly or a phone's E.164 form; ``field`` what a field label
    introduces ("org", "name", "email", "phone", "fax", ...).
    """

    kind: Kind
    start: int
    end: int
    text: str
    line: int
    value: str | None = None
    field: str | None = None


# The setters of the slots of Line and Item. They store a value past the frozen classes'
# __setattr__, as object.__setattr__ does, without looking the field's name up each time.
_set_line_text: Final[Callable[[Line, str], None]] = Line.__dict__["text"].__set__
_set_line_start: Final[Callable[[Line, int], None]] = Line.__dict__["start"].__set__
_set_kind: Final[Callable[[Item, Kind], None]] = Item.__dict__["kind"].__set__
_set_start: Final[Callable[[Item, int], None]] = Item.__dict__["start"].__set__
_set_end: Final[Callable[[Item, int], None]] = Item.__dict__["end"].__set__
_set_text: Final[Callable[[Item, str], None]] = Item.__dict__["text"].__set__
_set_line: Final[Callable[[Item, int], None]] = Item.__dict__["line"].__set__
_set_value: Final[Callable[[Item, str | None], None]] = Item.__dict__["value"].__set__
_set_field: Final[Callable[[Item, str | None], None]] = Item.__dict__["field"].__set__


def make_line(text: str, start: int) -> Line:
    """Return ``Line(text=text, start=start)``, built without attrs' ``__init__`` (the class
    has no validators or converters): the same object at less cost, for the lines a scan
    reads."""
    line = object.__new__(Line)
    _set_line_text(line, text)
    _set_line_start(line, start)
    return line


def make_item(
    kind: Kind,
    start: int,
    end: int,
    text: str,
    line: int,
    value: str | None = None,
    field: str | None = None,
) -> Item:
    """Return the :class:`Item` of these fields, built without attrs' ``__init__`` (the class
    has no validators or converters): the same object at half the cost, for the items every
    line read gives."""
    item = object.__new__(Item)
    _set_kind(item, kind)
    _set_start(item, start)
    _set_end(item, end)
    _set_text(item, text)
    _set_line(item, line)
    _set_value(item, value)
    _set_field(item, field)
    return item


def _free(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return all(end <= a or start >= b for a, b in spans)


#: What :func:`line_values` finds in a line: each value's kind, span in the line, and
#: plain address or E.164 form.
Values = list[tuple[Kind, int, int, str | None]]


def line_values(
    text: str,
    region: str,
    known_orgs: Collection[str],
    numbers: ReadNumbers | None,
    fallback: str | None = None,
) -> Values:
    """Return the placeholders, phones, e-mails, web addresses and handles of ``text``, the
    first step of :func:`read_line` (a caller may look at them before reading the rest).
    Phone numbers are read in ``region``, else in ``fallback``."""
    found: list[tuple[Kind, int, int, str | None]] = []
    taken: list[tuple[int, int]] = []
    for m in PLACEHOLDER.finditer(text) if may_hold_placeholder(text) else ():
        found.append((Kind.PLACEHOLDER, m.start(), m.end(), None))
        taken.append((m.start(), m.end()))
    phones = [
        p
        for p in find_phones(text, region, seen=numbers, fallback=fallback)
        if _free(taken, p.start, p.end)
    ]
    emails = [
        e
        for e in find_emails(text, taken=[(p.start, p.end) for p in phones], glued=known_orgs)
        if _free(taken, e.start, e.end)
    ]
    for e in emails:
        found.append((Kind.EMAIL, e.start, e.end, e.address))
        taken.append((e.start, e.end))
    for p in phones:
        if _free(taken, p.start, p.end):
            found.append((Kind.PHONE, p.start, p.end, p.e164))
            taken.append((p.start, p.end))
    for m in _URL.finditer(text) if "http" in text or "www." in text else ():
        start, end = m.start(), m.end()
        for a, _ in taken:
            if start < a < end:
                end = a
        end = start + len(text[start:end].rstrip(".,;:/)"))
        if _free(taken, start, end) and end - start > 4:
            found.append((Kind.WEBSITE, start, end, None))
            taken.append((start, end))
    for m in _HANDLE.finditer(text) if "@" in text else ():
        if _free(taken, m.start(), m.end()):
            found.append((Kind.NOISE, m.start(), m.end(), None))
            taken.append((m.start(), m.end()))
    return found


def _labels(text: str, taken: list[tuple[int, int]]) -> list[tuple[Kind, int, int, str | None]]:
    """Return the field labels and group labels of ``text`` outside ``taken``."""
    found: list[tuple[Kind, int, int, str | None]] = []
    if ":" not in text:
        return found  # every label ends in a colon
    for m in _FIELD.finditer(text):
        if _free(taken, m.start(), m.end()):
            label = " ".join(m["label"].lower().replace("-", "").split())
            target = FIELD_TARGETS.get(label, "email" if label in EMAIL_FIELDS else "phone")
            found.append((Kind.FIELD, m.start(), m.end(), target))
            taken.append((m.start(), m.end()))
    for m in [_GROUP.match(text), *_ROLE_LABEL.finditer(text)]:
        if m is None or not _free(taken, m.start("label"), m.end()):
            continue
        if len(m["label"].split()) > MAX_LABEL_WORDS or is_noise_phrase(m["label"]):
            continue  # a sentence, or furniture ("Visit us on social media:")
        found.append((Kind.LABEL, m.start("label"), m.end("label"), None))
        taken.append((m.start("label"), m.end()))
    return found


def _segments(
    text: str, start: int, end: int, known_orgs: Collection[str]
) -> list[tuple[Kind, int, int]]:
    """Classify the plain text ``text[start:end]`` piece by piece."""
    out: list[tuple[Kind, int, int]] = []
    gap = text[start:end]
    if "for" in gap or "on behalf of" in gap:
        client = _CLIENT.search(text, start, end)
        if client is not None:
            end = client.start()
            gap = text[start:end]
    for a, b in split_segments(gap, known_orgs):
        piece = gap[a:b]
        kind = classify(piece, known_orgs)
        cut = None
        if kind is Kind.TITLE:
            cut = split_title_org(piece, known_orgs)
            second = Kind.ORG
        elif kind is Kind.ORG and piece.lower() not in known_orgs:
            cut = split_name_org(piece)
            kind, second = (Kind.NAME, Kind.ORG) if cut is not None else (kind, kind)
        elif kind is Kind.UNKNOWN:
            cut = split_org_desk(piece, known_orgs)
            kind, second = (Kind.ORG, Kind.DESK) if cut is not None else (kind, kind)
        if cut is None:
            out.append((kind, start + a, start + b))
            continue
        head = piece[:cut].rstrip(" ,")
        out.append((kind, start + a, start + a + len(head)))
        tail = piece[cut:]
        if tail.startswith("(") and tail.endswith(")"):
            cut, b = cut + 1, b - 1  # "Jane Roe (Acme Corp.)": the organization in brackets
        out.append((second, start + a + cut, start + b))
    return out


def read_line(
    line: Line,
    *,
    region: str,
    known_orgs: Collection[str] = (),
    numbers: ReadNumbers | None = None,
    values: Values | None = None,
    fallback: str | None = None,
) -> list[Item]:
    """Return the items of one contact line, in order, with spans in the document's text.

    ``numbers`` keeps the phone numbers read in the document's other lines
    (:func:`pressparse.phones.find_phones`, in ``region``, else ``fallback``); ``values``
    are the line's values when the caller has found them (:func:`line_values`).
    """
    text = line.text
    found = (
        line_values(text, region, known_orgs, numbers, fallback) if values is None else list(values)
    )
    taken = [(a, b) for _, a, b, _ in found]
    found += _labels(text, taken)
    found.sort(key=lambda f: f[1])
    items: list[Item] = []
    pos = 0
    for kind, start, end, extra in [*found, (Kind.NOISE, len(text), len(text), None)]:
        if start > pos:
            for seg_kind, a, b in _segments(text, pos, start, known_orgs):
                items.append(_item(line, seg_kind, a, b))
        if end > start:
            value = extra if kind in {Kind.EMAIL, Kind.PHONE} else None
            field = extra if kind is Kind.FIELD else None
            items.append(_item(line, kind, start, end, value=value, field=field))
        pos = max(pos, end)
    return [i for i in items if i.kind is not Kind.WEBSITE or not _is_social(i)]


def _item(
    line: Line,
    kind: Kind,
    start: int,
    end: int,
    *,
    value: str | None = None,
    field: str | None = None,
) -> Item:
    at = line.start
    return make_item(kind, at + start, at + end, line.text[start:end], at, value, field)


def _is_social(item: Item) -> bool:
    if item.kind is not Kind.WEBSITE:
        return False
    host = _SCHEME.sub("", item.text.lower()).split("/")[0]
    return host in SOCIAL_HOSTS
