"""E-mail addresses as printed in contact blocks: plain, obfuscated, or run into their neighbours.

:func:`find_emails` returns every address in a piece of text with where it stands. It reads
the obfuscated forms releases use against harvesters ("jane [at] acme [dot] com",
"jane(at)acme.com") and returns them written plainly, and it recognises placeholders that
stand where an address was removed ("[email protected]", "Send Email", "Email Us Here"),
which give no address. Text whose line breaks were lost ("APR951-764-0865Liselle@acme.com",
"PA 19087info@acme.com") is read as well as the phone stage before it allows: the caller
passes the spans of phone numbers found, and an address never starts inside one.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Final

import attrs
import regex

__all__ = ["PLACEHOLDER", "EmailMatch", "find_emails", "may_hold_address", "may_hold_placeholder"]

# An e-mail address: "jane.roe@acme.com", "IR@ACME.COM". The top-level domain is all lower or
# all upper case and may be followed by anything but a letter of its case, so an address run
# into the next label still ends where it should ("ir@acme.comTel: ..." -> "ir@acme.com").
_EMAIL: Final = regex.compile(
    r"""
    (?<![\w.+'-])
    (?P<local>[\w][\w.+'-]{0,63})
    @
    (?P<domain>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,6}
        (?:[a-z]{2,24}(?![a-z])|[A-Z]{2,24}(?![A-Za-z])))
    """,
    regex.VERBOSE,
)

# An obfuscated address: "jane [at] acme [dot] com", "jane(at)acme.com", "jane at acme dot com".
_OBFUSCATED: Final = regex.compile(
    r"""
    (?<![\w.+-])
    (?P<local>[\w][\w.+-]{0,63})
    (?:\s?[\[({<]\s?at\s?[\])}>]\s?|\ at\ (?=[\w-]{1,63}\ dot\ ))
    (?P<domain>[A-Za-z0-9][A-Za-z0-9-]{0,62}
        (?:(?:\s?[\[({<]\s?dot\s?[\])}>]\s?|\ dot\ |\.)[A-Za-z0-9][A-Za-z0-9-]{0,62}){1,5})
    (?![\w])
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# The separators of an obfuscated domain: " [dot] ", "(dot)", " dot ".
_DOT: Final = regex.compile(r"\s?[\[({<]\s?dot\s?[\])}>]\s?|\ dot\ ", regex.IGNORECASE)

#: A placeholder where an address was removed or hidden behind a button: "[email protected]"
#: (Cloudflare's obfuscation), "Send Email", "Email Us Here", "Click to email".
PLACEHOLDER: Final = regex.compile(
    r"""
    \[{0,2}\s?email\s+protected\s?\]{0,2}(?:\([^)\s]{0,200}\))?
    | \b(?:send|click\ to)\ e-?mail\b
    | \be-?mail\ us(?:\ here)?\b
    """,
    regex.IGNORECASE | regex.VERBOSE,
)


def may_hold_placeholder(text: str) -> bool:
    """A cheap test every text holding a :data:`PLACEHOLDER` passes: it says "mail".

    (The pattern ignores case, so a dotted capital "İ" may stand for the "i".)
    """
    return "mail" in text.lower() or "\u0130" in text


# Words that label a phone or an address and may be run into the address that follows them:
# "OfficeEditor@acme.com" -> "Editor@acme.com".
_GLUED_LABEL: Final = regex.compile(
    r"^(?:Office|Cell|Mobile|Phone|Tel|Fax|Direct|Main|E-?mail|Mail|Contact)(?=[A-Z0-9])"
)

# Mailbox names an address often starts with, used to cut an address run into a web address
# before it ("www.acme.com/investorsir@acme.com" -> "ir@acme.com").
_ROLE_MAILBOXES: Final = (
    "ir",
    "info",
    "media",
    "press",
    "pr",
    "news",
    "contact",
    "hello",
    "editor",
    "investors",
    "sales",
    "support",
)

# A web address run into the end of an address: "jane@acme.comwww.acme.com".
_WEB_GLUE: Final = regex.compile(r"\.([a-z]{2,6})(?=www\.)")

# A run of three or more digits at the start of a local part, from a number run into it:
# "19087info@acme.com" (a postal code) -> "info@acme.com".
_LEADING_DIGITS: Final = regex.compile(r"^\d{3,}(?=[^\W\d])")

# A local part that is one capitalized run: "Acmejdoe" in "Acmejdoe@acme.com".
_ONE_CAPITAL: Final = regex.compile(r"^\p{Lu}\p{Ll}{5,}$")

# A name and an upper-case title run into a lower-case mailbox:
# "RoeCEOjroe@acme.com" -> "jroe@acme.com".
_CAPS_GLUE: Final = regex.compile(r"^\p{Lu}\p{Ll}+\p{Lu}{2,}(?=\p{Ll}[\p{Ll}\d._-]+$)")


@attrs.frozen(kw_only=True)
class EmailMatch:
    """One address found in text: ``[start, end)`` is where it is printed.

    ``address`` is the address written plainly (for an obfuscated one, rebuilt);
    ``obfuscated`` tells whether it was printed in an obfuscated form.
    """

    start: int
    end: int
    address: str
    obfuscated: bool = False


def _trim_local(
    text: str, start: int, at: int, taken: Sequence[tuple[int, int]], glued: Collection[str]
) -> int:
    """Return where an address's local part really starts, past what was run into it."""
    for lo, hi in taken:
        if lo < at and hi > start:
            start = max(start, hi)
    local = text[start:at]
    m = _GLUED_LABEL.match(local) or _LEADING_DIGITS.match(local) or _CAPS_GLUE.match(local)
    if m is not None and m.end() < len(local):
        start += m.end()
        local = text[start:at]
    lowered = local.lower()
    for word in glued:
        if (
            len(word) > 2
            and lowered.startswith(word)
            and local[len(word) : len(word) + 1].islower()
        ):
            return start + len(word)
    before = text[start - 1] if start > 0 else " "
    if before == "/":
        lowered = local.lower()
        for box in _ROLE_MAILBOXES:
            if lowered.endswith(box) and len(lowered) > len(box):
                return at - len(box)
    if before == " " and _ONE_CAPITAL.match(local):
        return start + _repeated_prefix(local, text[at + 1 : at + 64].lower())
    return start


def _repeated_prefix(local: str, domain: str) -> int:
    """Return the length of the longest start of ``local`` that the domain repeats, or 0.

    "Advisoryjdoe" at "acmeadvisory.com": the organization's last word ("Advisory") was run
    into the mailbox ("jdoe"). At least two letters of mailbox must be left, and the domain
    must not repeat them too ("Janeroe@janeroe.com" is one mailbox).
    """
    lowered = local.lower()
    for size in range(len(local) - 2, 3, -1):
        if lowered[:size] in domain:
            return 0 if lowered[size:] in domain else size
    return 0


# The "at" of an obfuscated address in brackets: "[at]", "(AT)", "{ at }", "<at>"; the
# other form spells it out between spaces ("jane at acme dot com").
_BRACKETED_AT: Final = regex.compile(r"[\[({<]\s?at\s?[\])}>]", regex.IGNORECASE)


def _may_be_obfuscated(text: str) -> bool:
    """A cheap test every text holding an :data:`_OBFUSCATED` address passes: it holds a
    bracketed "at", or says " at " and " dot ". (The full pattern tries every word of the
    text as a mailbox, slowly on a long line; markdown links are full of brackets.)"""
    lowered = text.lower()
    if "at" not in lowered:
        return False
    if " at " in lowered and " dot " in lowered:
        return True
    return _BRACKETED_AT.search(text) is not None


def may_hold_address(text: str) -> bool:
    """A cheap test every text :func:`find_emails` finds an address in passes: an at sign,
    or what an obfuscated address holds."""
    return "@" in text or _may_be_obfuscated(text)


def find_emails(
    text: str, *, taken: Sequence[tuple[int, int]] = (), glued: Collection[str] = ()
) -> list[EmailMatch]:
    """Return the addresses in ``text`` in order, obfuscated ones written plainly.

    ``taken`` holds ``(start, end)`` spans already read as something else (phone numbers):
    an address's local part never starts inside one. ``glued`` holds lower-case names (of
    organizations) that may have been run into the address after them
    ("AcmeCorpjane@example.com").
    """
    found: list[EmailMatch] = []
    for m in _EMAIL.finditer(text) if "@" in text else ():
        at = m.start("domain") - 1
        start = _trim_local(text, m.start(), at, taken, glued)
        if start >= at:
            continue
        end = m.end()
        web = _WEB_GLUE.search(text, at, end)
        if web is not None:
            end = web.start() + 1 + len(web[1])
        found.append(EmailMatch(start=start, end=end, address=text[start:end]))
    if _may_be_obfuscated(text):
        for m in _OBFUSCATED.finditer(text):
            if any(e.start < m.end() and m.start() < e.end for e in found):
                continue
            domain = _DOT.sub(".", m["domain"])
            if "." not in domain:
                continue
            address = f"{m['local']}@{domain}"
            found.append(EmailMatch(start=m.start(), end=m.end(), address=address, obfuscated=True))
        found.sort(key=lambda e: e.start)
    return found
