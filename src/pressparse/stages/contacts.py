"""Stage 4: media contacts, one per person or desk, wherever their block stands.

The stage reads the whole document, not only the body: a government release prints its
press office above the headline, a wire release its contacts after the end mark. It works in
four steps, each in its own module:

1. :mod:`._contact_blocks` finds the regions to read: labelled blocks ("Media Contact:",
   "Contacts", "For further information, please contact"), labels inside a flattened line,
   a press-office block (name, title, numbers) and an unlabelled contact card.
2. :mod:`._contact_items` reads each line into items: e-mail addresses (:mod:`pressparse.emails`,
   obfuscated ones too), phone numbers (:mod:`pressparse.phones`, normalized to E.164 in the
   release's country), web addresses, field and group labels, and pieces of text that
   :mod:`._contact_segments` classifies (name, title, organization, desk, address, country).
3. :mod:`._contact_entries` puts the items of a block together into contacts.
4. This module merges the contacts of all blocks: one per person even when the person is
   printed twice (Business Wire pages repeat their contact block).

A markdown table of contacts ("| Jane Roe | John Doe |") is read column by column.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import Final

import attrs
import regex

from pressparse.document import Document
from pressparse.emails import may_hold_address, may_hold_placeholder
from pressparse.model import Contact
from pressparse.phones import ReadNumbers, email_region, find_phones, region_code
from pressparse.places import region_country
from pressparse.stages._contact_blocks import DOMAIN_DOT, Region, find_regions, may_be_card
from pressparse.stages._contact_entries import BlockContext, assemble, role_of
from pressparse.stages._contact_items import (
    Item,
    Line,
    Values,
    line_values,
    make_item,
    make_line,
    read_line,
)
from pressparse.stages._contact_segments import Kind
from pressparse.stages.state import ParseState
from pressparse.vocab import contact_label

__all__ = ["merge_contacts", "parse_contacts_in", "run"]

# A heading or line naming the issuer: "About Acme Corp.", "Source: Acme Corp.", "SOURCE Acme",
# "Acerca de Acme", "À propos d'Acme".
_ISSUER: Final = regex.compile(
    r"""^(?:about|acerca\s+de|[àa]\s+propos\s+d(?:e|['’](?=\w))|source:?|SOURCE)\s*
    (?:the\s+)?(?P<org>\p{Lu}[^\n]{1,80}?)[\s:.]*$""",
    regex.IGNORECASE | regex.VERBOSE,
)

#: The letters an issuer line can open with, in either case ("ſ" matches "s" when case is
#: ignored).
_ISSUER_INITIALS: Final = frozenset("aAàÀsSſ")

#: The first two characters of an issuer line, in any case: "about", "acerca de", "source"
#: ("ſ" for "s"); "à propos" and "a propos" go on with a space after the letter.
_ISSUER_HEADS: Final = frozenset(
    a + b
    for head in ("ab", "ac", "so", "ſo")
    for a in {head[0], head[0].upper()}
    for b in {head[1], head[1].upper()}
)

# "for Acme Corp:" after a label ("Media and Investor Contact for Acme Corp:").
_FOR_ORG: Final = regex.compile(r"\s*for\s+(?P<org>\p{Lu}[^:\n]{1,60}?)\s*:")

# The legal form at the end of an organization's name: ", Inc.", " LLC", " Ltd".
_LEGAL_SUFFIX: Final = regex.compile(
    r",?\s+(?:inc|incorporated|llc|llp|ltd|limited|corp|corporation|co|plc|gmbh|ag|sa)\.?$"
)

# A row of a markdown table: "| Jane Roe | John Doe |"; a rule row: "| --- | :---: |".
_TABLE_ROW: Final = regex.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE: Final = regex.compile(r"^[\s|:\-]*$")
_TABLE_CELL: Final = regex.compile(r"(?<=\|)[^|]*(?=\|)")

#: A single capitalized word printed this often in the document is an organization's name.
ORG_REPEATS: Final = 3

# The kinds of item that carry a contact's details.
_VALUES: Final = frozenset({Kind.EMAIL, Kind.PHONE, Kind.WEBSITE})

# The kinds of item that make the details of a contact card (a hidden address counts).
_CARD_VALUES: Final = _VALUES | {Kind.PLACEHOLDER}

# The kinds of item a contact card needs one of.
_CARD_DETAILS: Final = frozenset({Kind.EMAIL, Kind.PHONE, Kind.PLACEHOLDER})

# The kinds of item that keep a line in a contact block even beside text it cannot read.
_ANCHORS: Final = _VALUES | {Kind.FIELD, Kind.LABEL, Kind.PLACEHOLDER}


def _group_item(kind: Kind, m: regex.Match[str], group: str, rest: Line, line: int) -> Item:
    """The item for group ``group`` of a match ``m`` on ``rest``, a tail of the line at ``line``."""
    start = rest.start + m.start(group)
    return make_item(kind, start, start + len(m[group]), m[group], line)


#: How many contact labels one line may open with ("Contact: Media Contact: Jane Roe").
MAX_LINE_LABELS: Final = 4


@attrs.frozen(kw_only=True)
class _Reader:
    """Reads lines of one document: its phone regions and the organizations it names.

    A reader lives for one parse; it remembers the lines it has read, since finding a block's
    end and reading the block read the same lines, the values it has found in a line before
    reading the rest of it (:meth:`is_card` looks at them first), and the phone numbers it
    has read. ``texts`` are the texts of the document's blocks, where :attr:`known_orgs`
    finds the organizations it names when a line is first read (many documents read none);
    ``known`` are organizations the caller knows. Phone numbers are read in ``region``,
    else in ``fallback``.
    """

    region: str
    fallback: str | None = None
    texts: list[str] = attrs.field(eq=False)
    known: frozenset[str] = frozenset()
    _orgs: list[frozenset[str]] = attrs.field(factory=list, eq=False)
    _seen: dict[tuple[str, int], list[Item]] = attrs.field(factory=dict, eq=False)
    _by_text: dict[str, tuple[int, list[Item]]] = attrs.field(factory=dict, eq=False)
    _parts: dict[str, tuple[list[Item], int, Values]] = attrs.field(factory=dict, eq=False)
    _numbers: ReadNumbers = attrs.field(factory=dict, eq=False)

    @property
    def known_orgs(self) -> frozenset[str]:
        """The organizations the document names ("About Acme", :func:`_known_orgs`) and those
        the caller knows, found when first asked."""
        if not self._orgs:
            self._orgs.append(_known_orgs(self.texts) | self.known)
        return self._orgs[0]

    def items(self, line: Line) -> list[Item]:
        """Return the items of ``line``; a contact label opening it is a group label."""
        key = (line.text, line.start)
        found = self._seen.get(key)
        if found is None:
            earlier = self._by_text.get(line.text)
            if earlier is None:
                found = self._seen[key] = self._read(line)
                self._by_text[line.text] = (line.start, found)
            else:
                # A line printed before with the same text (pages often print their contact
                # block twice): its items, moved to where this one stands.
                start, items = earlier
                shift = line.start - start
                found = self._seen[key] = [_on_line(i, line.start, shift) for i in items]
        return found

    def _split(self, text: str) -> tuple[list[Item], int, Values]:
        """The contact labels opening a line of ``text`` (a line may print several, "Contact:
        Media Contact: ..."), as group labels with their spans in the line; where the rest
        starts; and the values of the rest (:func:`line_values`).

        At most :data:`MAX_LINE_LABELS` labels are taken, so a hostile line of thousands of
        labels costs no more than reading it once.
        """
        parts = self._parts.get(text)
        if parts is not None:
            return parts
        found: list[Item] = []
        rest = make_line(text, 0)
        for _ in range(MAX_LINE_LABELS):
            m = contact_label(rest.text)
            if m is None or m.end() == 0:
                break
            found.append(_group_item(Kind.LABEL, m, "label", rest, 0))
            end = m.end()
            org = _FOR_ORG.match(rest.text, end)
            if org is not None:
                found.append(_group_item(Kind.ORG, org, "org", rest, 0))
                end = org.end()
            rest = make_line(rest.text[end:], rest.start + end)
        values = line_values(rest.text, self.region, self.known_orgs, self._numbers, self.fallback)
        parts = self._parts[text] = (found, rest.start, values)
        return parts

    def _read(self, line: Line) -> list[Item]:
        """Read a line: each contact label opening it is a group label, the rest is read for
        fields (:meth:`_split`)."""
        labels, at, values = self._split(line.text)
        # With no label, the rest is the whole line.
        rest = make_line(line.text[at:], line.start + at) if labels else line
        tail = read_line(
            rest,
            region=self.region,
            known_orgs=self.known_orgs,
            numbers=self._numbers,
            values=values,
            fallback=self.fallback,
        )
        if not labels:
            return tail
        return [
            *(_on_line(i, line.start, line.start) for i in labels),
            *(_on_line(i, line.start) for i in tail),
        ]

    def _may_be_card_line(self, line: Line) -> bool:
        """Tell whether ``line`` holds an e-mail address, a number or a hidden address (its
        values alone tell: no other part of a line is one of them).

        Most lines asked about are links a card's text test lets through (a web address
        with digits in it) and hold none: a line that can hold no address, plain, obfuscated
        or hidden, and opens with no label holds one only as a number, and only its numbers
        are read (:func:`line_values` would read them all the same, and its web addresses
        and handles too).
        """
        text = line.text
        if (
            text not in self._parts
            and not may_hold_address(text)
            and not may_hold_placeholder(text)
            and contact_label(text) is None
        ):
            return bool(find_phones(text, self.region, seen=self._numbers, fallback=self.fallback))
        return any(kind in _CARD_DETAILS for kind, _, _, _ in self._split(text)[2])

    def is_prose(self, line: Line) -> bool:
        """Tell whether ``line`` is running text (where a contact block has ended)."""
        kinds = {i.kind for i in self.items(line)}
        if Kind.PROSE in kinds:
            return True
        return Kind.UNKNOWN in kinds and not kinds & _ANCHORS

    def is_card(self, lines: Sequence[Line]) -> bool:
        """Tell whether ``lines`` make a contact card: who, and two kinds of detail.

        An address hidden behind a button ("email us here", as distribution services print
        it) counts as an e-mail address; a card naming a person and an organization needs
        no other detail. A line of details alone ("info@acme.com | 555-0100") is a site's
        footer, not a card.
        """
        # Most groups are told from their text alone, before any value is read.
        if not may_be_card([line.text for line in lines]):
            return False
        # A card needs one of these details, found before the rest of a line is read.
        if not any(self._may_be_card_line(line) for line in lines):
            return False
        # And a hidden address or two kinds of detail: the lines' values tell which they
        # hold, and a piece of their text may add a web address only where it holds a dot
        # between letters (:data:`DOMAIN_DOT`). Most footers are told here, unread.
        found = {kind for line in lines for kind, _, _, _ in self._split(line.text)[2]}
        if Kind.PLACEHOLDER not in found:
            if any(DOMAIN_DOT.search(line.text) for line in lines):
                found.add(Kind.WEBSITE)
            if len(found & _CARD_VALUES) < 2:
                return False
        kinds: set[Kind] = set()
        for line in lines:
            # A line that rules the card out spares reading the lines after it.
            for i in self.items(line):
                kind = i.kind
                if kind is Kind.LABEL and role_of(i.text) is None:
                    return False  # a group label other than a role ("Media", "Investors")
                if kind is Kind.PROSE or kind is Kind.UNKNOWN:
                    return False
                kinds.add(kind)
        if not kinds & {Kind.ORG, Kind.NAME, Kind.NAME1, Kind.DESK}:
            return False
        values = kinds & _CARD_VALUES
        if Kind.PLACEHOLDER in values and {Kind.NAME, Kind.ORG} <= kinds:
            return True
        return len(values) >= 2 and bool(values & {Kind.EMAIL, Kind.PHONE, Kind.PLACEHOLDER})


def _on_line(item: Item, line: int, shift: int = 0) -> Item:
    """``item`` moved ``shift`` characters on, as read from the line that starts at ``line``
    (built directly: attrs.evolve costs more than twice as much)."""
    return make_item(
        item.kind, item.start + shift, item.end + shift, item.text, line, item.value, item.field
    )


def _known_orgs(texts: list[str]) -> frozenset[str]:
    """Return the organization names a document whose blocks are ``texts`` prints as "About
    X" or "Source: X"."""
    found = set()
    for text in [t for t in texts if t[:1] in _ISSUER_INITIALS]:
        if len(text) > 90:
            continue
        if text[:2] not in _ISSUER_HEADS and not (text[:1] in "aAàÀ" and text[1:2].isspace()):
            continue  # "Acme", "Suite 200": told without the pattern
        m = _ISSUER.match(text)
        if m is not None:
            org = m["org"].strip(" .,:").lower()
            found.add(org)
            # "Acme Widgets Inc." is also printed "Acme Widgets".
            bare = _LEGAL_SUFFIX.sub("", org)
            if bare != org and len(bare) > 3:
                found.add(bare)
    return frozenset(found)


def _columns(lines: tuple[Line, ...]) -> list[list[Line]] | None:
    """Split the rows of a markdown table into its columns, or return ``None``."""
    rows = [line for line in lines if line.text.strip()]
    if not rows or not all(_TABLE_ROW.match(r.text) for r in rows):
        return None
    columns: list[list[Line]] = []
    for row in rows:
        if _TABLE_RULE.match(row.text):
            continue
        cells = list(_TABLE_CELL.finditer(row.text))
        for k, cell in enumerate(cells):
            while len(columns) <= k:
                columns.append([])
            if cell[0].strip():
                columns[k].append(Line(text=cell[0], start=row.start + cell.start()))
    return columns


def _read_region(region: Region, reader: _Reader, doc: Document) -> list[Contact]:
    org = None
    if region.org is not None:
        start, end = region.org
        org = Item(kind=Kind.ORG, start=start, end=end, text=doc.text[start:end], line=-1)
    text = doc.text

    def is_org(word: str) -> bool:
        return word.lower() in reader.known_orgs or text.count(word) >= ORG_REPEATS

    ctx = BlockContext(role=region.role, org=org, is_org=is_org, text=text)
    body = list(region.lines)
    head: list[Line] = []
    if body and not _TABLE_ROW.match(body[0].text):
        head, body = body[:1], body[1:]
    columns = _columns(tuple(body))
    groups = [head + body] if columns is None else [head, *columns]
    found: list[Contact] = []
    for lines in groups:
        items = [item for line in lines for item in reader.items(line)]
        found.extend(assemble(items, ctx))
    return found


def _key(name: str | None) -> str | None:
    return " ".join(name.casefold().split()) if name else None


def _same(a: Contact, b: Contact) -> bool:
    """Tell whether two contacts are the same person or desk, printed twice."""
    ka, kb = _key(a.name), _key(b.name)
    if ka is not None and ka == kb:
        return True
    shared = set(a.emails) & set(b.emails) or {a.phone_e164} & {b.phone_e164} - {None}
    if not shared:
        return False
    return ka is None or kb is None or ka in kb or kb in ka


def _combine(a: Contact, b: Contact) -> Contact:
    """Return ``a`` with the fields it lacks taken from ``b``."""
    filled = {
        f.name: getattr(b, f.name)
        for f in attrs.fields(Contact)
        if f.name not in {"span", "emails", "phones"} and getattr(a, f.name) is None
    }
    return attrs.evolve(
        a,
        emails=tuple(dict.fromkeys((*a.emails, *b.emails))),
        phones=tuple(dict.fromkeys((*a.phones, *b.phones))),
        **filled,
    )


def merge_contacts(contacts: Iterable[Contact]) -> tuple[Contact, ...]:
    """Merge contacts that are the same person or desk; keep the order of first appearance."""
    merged: list[Contact] = []
    for contact in contacts:
        for k, seen in enumerate(merged):
            if _same(seen, contact):
                merged[k] = _combine(seen, contact)
                break
        else:
            merged.append(contact)
    return tuple(merged)


def parse_contacts_in(
    doc: Document, region: str, known: Collection[str] = (), *, fallback: str | None = None
) -> tuple[Contact, ...]:
    """Return the contacts of ``doc``, phone numbers read in ``region`` (else ``fallback``)."""
    texts = [b.text for b in doc.blocks]
    reader = _Reader(region=region, fallback=fallback, texts=texts, known=frozenset(known))
    regions = find_regions(doc, is_card=reader.is_card, is_prose=reader.is_prose, texts=texts)
    found = [c for r in regions for c in _read_region(r, reader, doc)]
    return merge_contacts(found)


def run(state: ParseState) -> ParseState:
    """Set the contacts found anywhere in the document."""
    region, fallback = _phone_regions(state)
    contacts = parse_contacts_in(state.doc, region, fallback=fallback)
    if not contacts and not state.contacts:
        return state  # none found, none to replace: a copy would be the same state
    return state.evolved(contacts=contacts)


def _phone_regions(state: ParseState) -> tuple[str, str | None]:
    """The region phone numbers are read in, and where a number that is none there is read.

    The region is the dateline's country, else the country of its region ("PERTH, Western
    Australia"), else the options' default region. A dateline that names neither leaves the
    country of the first e-mail address under a country's domain ("...@acme.co.uk") for
    the numbers the default region does not read.
    """
    default = state.options.default_region
    dateline = state.dateline
    if dateline is not None and dateline.country:
        return region_code(dateline.country, default), None
    if dateline is not None and dateline.region:
        found = region_country(dateline.region)
        if found is not None:
            return found, None
    fallback = email_region(state.doc.text)
    return default, (fallback if fallback != default else None)
