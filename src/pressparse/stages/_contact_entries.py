"""Contact blocks, part 4: the items of a block put together into one contact per person or desk.

:func:`assemble` walks the items of a block in order. A new name, a desk, a second
organization or a group label ("For investors:") opens a new entry once the current one holds
something of its own; an organization printed alone on its line above the people heads every
entry after it ("Acme Corp." / "Investors:" / ... / "Media:" / ...). An entry is kept when it
has an e-mail address, a number or a web address; a name whose address was hidden
("[email protected]", "Email: Send Email"); or a name or organization given by the labelled
form ("Contact Person: Jane Roe"). Anything else (a menu run under a "Contact" label) is
dropped.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Final

import attrs
import regex

from pressparse.model import Contact, Span
from pressparse.stages._contact_items import Item, make_item
from pressparse.stages._contact_segments import Kind, classify
from pressparse.stages._contact_words import DESK_HEADS, DESK_WORDS, HONORIFICS, ROLE_WORDS
from pressparse.vocab import contact_label

__all__ = ["BlockContext", "assemble", "role_of"]


@attrs.frozen(kw_only=True)
class BlockContext:
    """What is known of a block before its lines are read.

    ``role`` comes from the block's label ("Investor Contact" -> "investor"); ``org`` is an
    organization printed before the label; ``is_org`` tells whether a single capitalized word
    is an organization's name (one the document keeps repeating) rather than a given name;
    ``text`` is the document's text the items' spans point into.
    """

    role: str | None = None
    org: Item | None = None
    is_org: Callable[[str], bool] = attrs.field(default=lambda _: False, eq=False)
    text: str = attrs.field(default="", repr=False)


#: How many labels the label tests remember: a release's labels are few, and releases print
#: the same ones ("Contact", "Media Contact", "Investor Relations").
LABEL_MEMORY: Final = 256


@functools.lru_cache(maxsize=LABEL_MEMORY)
def role_of(label: str) -> str | None:
    """Return the role a label names ("Media and Investor Contacts" -> "media and investor")."""
    roles: list[str] = []
    for word in label.lower().replace("&", " ").replace("/", " ").split():
        role = ROLE_WORDS.get(word.strip(":,."))
        if role is not None and role not in roles:
            roles.append(role)
    return " and ".join(roles) or None


class _Draft:
    """The entry being filled while a block is read (local to one :func:`assemble` call)."""

    __slots__ = (
        "address",
        "country",
        "emails",
        "forced",
        "guessed",
        "hidden",
        "items",
        "name",
        "name_is_desk",
        "org",
        "org_inherited",
        "phones",
        "role",
        "title",
        "website",
    )

    def __init__(self, role: str | None, org: Item | None) -> None:
        self.role = role
        self.org = org
        self.org_inherited = org is not None
        self.name: Item | None = None
        self.name_is_desk = False
        self.title: list[Item] = []
        self.emails: list[Item] = []
        self.phones: list[Item] = []
        self.website: Item | None = None
        self.address: list[Item] = []
        self.country: Item | None = None
        self.items: list[Item] = []
        self.forced = False
        self.guessed = False
        self.hidden = False

    def has_details(self) -> bool:
        return bool(self.emails or self.phones or self.website)

    def has_own(self) -> bool:
        return self.name is not None or self.has_details() or bool(self.title)

    def keep(self, item: Item) -> None:
        self.items.append(item)

    def valid(self) -> bool:
        if self.emails or self.phones:
            return True
        if self.website is not None:
            # A web address alone ("For more information: www.acme.test") names no contact.
            return self.name is not None or self.org is not None or self.forced
        if self.hidden and self.name is not None:
            return True
        return self.forced and (self.name is not None or self.org is not None)

    def build(self) -> Contact:
        start = min(i.start for i in self.items)
        end = max(i.end for i in self.items)
        phone = self.phones[0] if self.phones else None
        name, org = self.name, self.org
        if self.guessed and name is not None and org is not None and self.emails:
            address = self.emails[0].value or self.emails[0].text
            if _reversed(name.text, org.text, address):
                name, org = org, name  # "Acme Widgets" / "Jane Roe" / jroe@acmewidgets.test
        return Contact(
            span=Span(start=start, end=end),
            name=name.text if name else None,
            organization=org.text if org else None,
            role=self.role,
            title=", ".join(t.text for t in self.title) or None,
            email=self.emails[0].value if self.emails else None,
            phone=phone.text if phone else None,
            phone_e164=phone.value if phone else None,
            website=self.website.text if self.website else None,
            address=", ".join(a.text for a in self.address) or None,
            country=self.country.text if self.country else None,
            emails=tuple(dict.fromkeys(e.value or e.text for e in self.emails)),
            phones=tuple(dict.fromkeys(p.text for p in self.phones)),
        )


def _mailbox_names(name: str, local: str) -> bool:
    """Tell whether an address's mailbox spells a person's name: "jroe", "jane.roe", "jane"."""
    words = [w.casefold() for w in _NAME_LETTERS.findall(name)]
    if any(len(w) >= 3 and w in local for w in words):
        return True
    return len(words) >= 2 and f"{words[0][:1]}{words[-1]}" in local


def _reversed(name: str, org: str, address: str) -> bool:
    """Tell whether two name-like lines were read the wrong way round, by the e-mail address.

    The person's name is spelt in the mailbox ("jroe@"), the organization's in the domain
    ("@acmewidgets."); with no such evidence the order printed stands.
    """
    local, _, domain = address.casefold().partition("@")
    squashed = "".join(w.casefold() for w in _NAME_LETTERS.findall(org))
    if _mailbox_names(org, local) and not _mailbox_names(name, local):
        return True
    name_squashed = "".join(w.casefold() for w in _NAME_LETTERS.findall(name))
    return bool(name_squashed) and name_squashed in domain and squashed not in domain


# The words of a name, letters only: "O'Neil-Roe" -> "O", "Neil", "Roe".
_NAME_LETTERS = regex.compile(r"\p{L}+")


def _name_the_desk(draft: _Draft, ctx: BlockContext) -> None:
    """Give a desk named after its organization its whole name, as a desk's own name.

    "Fenwick & Dray Press Office", "Norvane Energy Communications": with no person in the
    entry, an organization the release names ("Fenwick & Dray"), then the words of a desk,
    is one desk, whose name is the whole line (read as an organization, or cut in two). A
    name such as "Bluefern Communications", whose first words name no organization of the
    release, stays an organization.
    """
    name, org = draft.name, draft.org
    if org is None or draft.org_inherited or (name is not None and not draft.name_is_desk):
        return
    if name is None:
        words = org.text.split()
        k = len(words) - 1
        while k > 0 and _desk_word(words[k]):
            k -= 1
        head = " ".join(words[: k + 1])
        if k + 1 < len(words) and _desk_words(words[k + 1 :]) and ctx.is_org(head):
            draft.name, draft.name_is_desk, draft.org = org, True, None
        return
    if org.line != name.line or not org.end <= name.start or not ctx.text:
        return  # ("Communications Office, Acme Foundation": the desk, then whose it is)
    if ctx.text[org.end : name.start].strip() == "":
        whole = make_item(Kind.DESK, org.start, name.end, ctx.text[org.start : name.end],
                          org.line, None, None)  # fmt: skip
        if ctx.is_org(org.text):
            draft.name, draft.org = whole, None


def _desk_word(word: str) -> bool:
    """True for a word a desk's name is made of ("Press", "Office", "&")."""
    return word.strip(".,;:()").lower() in DESK_WORDS


def _desk_words(words: list[str]) -> bool:
    """True when ``words`` name a desk: desk words, one of them a desk's head ("Office")."""
    return any(w.strip(".,;:()").lower() in DESK_HEADS for w in words)


def _strip_honorific(item: Item) -> Item:
    first, _, rest = item.text.partition(" ")
    if rest and first.lower() in HONORIFICS:
        return attrs.evolve(item, text=rest, start=item.end - len(rest))
    return item


def _resolve_name1(items: Sequence[Item], i: int, ctx: BlockContext, draft: _Draft) -> Kind:
    """Decide whether a single capitalized word is a person's given name or an organization."""
    following = items[i + 1] if i + 1 < len(items) else None
    if following is not None and following.kind is Kind.TITLE:
        return Kind.NAME
    if ctx.is_org(items[i].text):
        return Kind.ORG
    return Kind.NAME if draft.name is None else Kind.ORG


def _is_contact_label(text: str) -> bool:
    """Tell whether ``text`` is a whole contact label ("Contact", "Personne-ressource")."""
    known = contact_label(text)
    return known is not None and known.end() >= len(text.rstrip(" :"))


@functools.lru_cache(maxsize=LABEL_MEMORY)
def _label_kind(label: str) -> Kind:
    """Tell what the group label ``label`` is: a desk ("Press Office:"), an organization,
    or a role.

    A desk followed by a person's name becomes that person's role (:meth:`_Assembler.on_name`).
    """
    kind = classify(label)
    if kind is Kind.DESK:
        return Kind.DESK
    if _is_contact_label(label):
        return Kind.LABEL  # "Personne-ressource", "Contacto": a contact label, not a name
    if kind is Kind.ORG and role_of(label) is None:
        return Kind.ORG
    return Kind.LABEL


class _Assembler:
    """Reads the items of one block (or one column of a table) into contacts."""

    def __init__(self, ctx: BlockContext) -> None:
        self.ctx = ctx
        self.header = ctx.org
        self.role = ctx.role
        self.draft = _Draft(ctx.role, ctx.org)
        self.done: list[Contact] = []
        self.pending: str | None = None
        self.previous: Item | None = None

    def flush(self) -> None:
        if self.draft.valid():
            _name_the_desk(self.draft, self.ctx)
            self.done.append(self.draft.build())
        self.draft = _Draft(self.role, self.header)

    def on_name(self, item: Item, *, forced: bool = False) -> None:
        d = self.draft
        item = _strip_honorific(item)
        if d.name is not None and d.name_is_desk and not d.has_details():
            d.role = d.role or role_of(d.name.text)
        elif d.name is not None and not d.has_details() and not d.title and not forced:
            # Two names in a row ("Jane Roe, Acme Widgets", or "Jane Roe" / "Tallgrass
            # Partners" on two lines): the second is the organization, the card's usual
            # order, unless the e-mail address shows the other way round (see build()).
            if d.org is not None and not d.org_inherited:
                self.flush()
            else:
                d.guessed = d.name.line != item.line
                self.on_org(item)
                return
        elif d.name is not None or d.has_details():
            self.flush()
        self.draft.name, self.draft.name_is_desk = item, False
        self.draft.keep(item)

    def on_desk(self, item: Item, previous: Item | None) -> None:
        d = self.draft
        after = previous is not None and previous.line == item.line
        named = d.name if after and not d.name_is_desk else None
        group = _GROUP_WORDS.search(item.text) is not None and (d.org is None or d.org_inherited)
        # "Jane Roe, Press Office": a comma sets the person's department after the name.
        apposed = previous is not None and "," in self.ctx.text[previous.end : item.start]
        org_first = (
            named is not None
            and previous is not None
            and named.end == previous.end
            and group
            and not (apposed and previous.kind is Kind.NAME)
        )
        if named is not None and org_first:
            # "Acme Wellness — PR Team": the first piece was the organization.
            d.org, d.org_inherited = named, False
            d.name, d.name_is_desk = item, True
            d.keep(item)
            return
        if after and previous is not None and previous.kind in {Kind.TITLE, Kind.NAME}:
            d.title.append(item)  # "Vice President, Investor Relations", "Jane Roe, Marketing"
            d.keep(item)
            return
        if d.name is not None and not d.name_is_desk and not d.has_details():
            # "Jane Roe" / "Public Information Officer" / "Communications Office": the
            # person's department, not a desk of its own.
            d.role = d.role or role_of(item.text)
            d.keep(item)
            return
        if d.has_own():
            self.flush()
        self.draft.name, self.draft.name_is_desk = item, True
        self.draft.keep(item)

    def on_org(self, item: Item) -> None:
        d = self.draft
        if d.org is not None and item.text.lower() in d.org.text.lower():
            d.keep(item)  # "Acme Corp." ... "Acme": the same organization again
            return
        alone = d.name is None and not d.has_details()
        if d.org is None or d.org_inherited or alone:
            d.org, d.org_inherited = item, False
            if alone:
                self.header = item
        else:
            self.flush()
            self.draft.org, self.draft.org_inherited = item, False
        self.draft.keep(item)

    def on_org_label(self, item: Item) -> None:
        """An organization printed as a label ("Birch Trust: Jane Roe, ..."): it opens a
        group of its own, whose contacts are its people."""
        if self.draft.has_own():
            self.flush()
        self.header = item
        self.draft = _Draft(self.role, item)
        self.draft.keep(item)

    def on_label(self, item: Item) -> None:
        role = role_of(item.text)
        if self.draft.has_own():
            # A new contact label with no role ("Contact:") opens a group of its own.
            self.role = role or (None if _is_contact_label(item.text) else self.role)
            self.flush()
        elif role is not None:
            self.role = role
        self.draft.role = role or self.draft.role

    def on_value(self, item: Item) -> None:
        d = self.draft
        header = self.header
        # An organization with details on its own line heads no one but itself.
        if header is not None and header is d.org and header.line == item.line:
            self.header = self.ctx.org
        if item.kind is Kind.EMAIL:
            d.emails.append(item)
        elif item.kind is Kind.PHONE:
            if self.pending == "fax":
                return
            d.phones.append(item)
        elif item.kind is Kind.WEBSITE:
            if self.pending == "social" or d.website is not None:
                return
            d.website = item
        d.keep(item)

    def on_segment(self, kind: Kind, item: Item) -> None:
        d = self.draft
        if kind is Kind.PLACEHOLDER:
            d.hidden = True
        elif kind is Kind.TITLE:
            d.title.append(item)
        elif kind is Kind.ADDRESS:
            d.address.append(item)
        elif kind is Kind.COUNTRY:
            d.country = item
        else:
            return
        d.keep(item)


_VALUES = frozenset({Kind.EMAIL, Kind.PHONE, Kind.WEBSITE})

# Words that make a desk a group of people, never one person's department: "PR Team".
_GROUP_WORDS = regex.compile(
    r"\b(?:team|desk|office|hotline|division|department|unit|newsroom)\b", regex.IGNORECASE
)
_FORCED = {"org": Kind.ORG, "name": Kind.NAME, "address": Kind.ADDRESS, "title": Kind.TITLE}
_SEGMENTS = {Kind.NAME, Kind.NAME1, Kind.ORG, Kind.DESK, Kind.TITLE, Kind.ADDRESS, Kind.COUNTRY}


def assemble(items: Sequence[Item], ctx: BlockContext) -> list[Contact]:
    """Return the contacts the items of one block make, in order."""
    asm = _Assembler(ctx)
    for i, item in enumerate(items):
        kind = item.kind
        if kind is Kind.FIELD:
            asm.pending = item.field
            continue
        if kind in _SEGMENTS and asm.pending in _FORCED:
            kind = _FORCED[asm.pending]
        elif kind in _SEGMENTS and asm.pending == "country":
            kind = Kind.COUNTRY
        elif kind in _SEGMENTS and asm.pending == "website" and _is_domain(item.text):
            kind = Kind.WEBSITE
        elif kind is Kind.NAME1:
            kind = _resolve_name1(items, i, ctx, asm.draft)
        elif kind is Kind.LABEL:
            kind = _label_kind(item.text)
            if kind is Kind.LABEL and not _is_contact_label(item.text) and ctx.is_org(item.text):
                kind = Kind.ORG  # "Quillon Payments:", named so in the release
            if kind is Kind.ORG:
                asm.on_org_label(item)
                asm.previous, asm.pending = _as_kind(item, kind), None
                continue
        elif kind is Kind.NOISE and item.text.lower() in {"fax", "f"}:
            asm.pending = "fax"
            continue
        forced = asm.pending in _FORCED and kind in _SEGMENTS
        _dispatch(asm, kind, item, forced=asm.pending == "name")
        if forced:
            asm.draft.forced = True
        asm.previous = item if item.kind is kind else _as_kind(item, kind)
        if kind is not Kind.NOISE:
            asm.pending = None
    asm.flush()
    return asm.done


def _as_kind(item: Item, kind: Kind) -> Item:
    """``item`` read as ``kind`` (built directly: attrs.evolve costs more than twice as much)."""
    return make_item(kind, item.start, item.end, item.text, item.line, item.value, item.field)


def _is_domain(text: str) -> bool:
    """Tell whether a piece printed after "Website:" is a bare domain ("acme.com")."""
    return "." in text and " " not in text and text[-1:].isalpha()


def _dispatch(asm: _Assembler, kind: Kind, item: Item, *, forced: bool) -> None:
    if kind is Kind.NAME:
        asm.on_name(item, forced=forced)
    elif kind is Kind.DESK:
        asm.on_desk(item, asm.previous)
    elif kind is Kind.ORG:
        asm.on_org(item)
    elif kind is Kind.LABEL:
        asm.on_label(item)
    elif kind in {Kind.EMAIL, Kind.PHONE, Kind.WEBSITE}:
        asm.on_value(item)
    else:
        asm.on_segment(kind, item)
