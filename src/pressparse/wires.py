"""Distribution services: the wire names printed in datelines and their canonical ids.

A dateline names its wire as the service prints it ("PRNewswire", "BUSINESS WIRE",
"(GLOBE NEWSWIRE)", "/EINPresswire.com/"). :func:`wire_id` maps a printed name to a stable
identifier; :func:`is_wire_name` says whether a name standing in a wire's slot is a
distribution service at all, since issuers sometimes print their own name there.
"""

from __future__ import annotations

from typing import Final

import regex

__all__ = ["WIRES", "is_wire_name", "wire_id"]

#: Canonical id -> the names the service is printed under (compared without case, spaces
#: or punctuation, so "PR Newswire", "PRNewswire" and "PR-Newswire" are one name).
WIRES: Final[dict[str, tuple[str, ...]]] = {
    "prnewswire": (
        "PRNewswire", "PR Newswire", "PRNewswire-FirstCall", "PRNewswire-USNewswire",
        "PRNewswire-HISPANIC PR WIRE", "PRNewswire Asia", "PRNewswire-AsiaNet",
    ),
    "businesswire": ("Business Wire", "BUSINESS WIRE/AP", "Business Wire India"),
    "globenewswire": ("GLOBE NEWSWIRE", "GlobeNewswire", "Globe Newswire"),
    "accesswire": ("ACCESSWIRE", "ACCESS Newswire", "ACCESS Wire"),
    "einpresswire": ("EINPresswire.com", "EIN Presswire", "EINPresswire", "EIN News"),
    "247pressrelease": ("24-7PressRelease", "24-7 Press Release", "24-7PressRelease.com"),
    "newmediawire": ("NewMediaWire", "New Media Wire"),
    "newsdirect": ("News Direct", "NewsDirect"),
    "newsworthy": ("Newsworthy.ai", "Newsworthy"),
    "cnw": ("CNW", "Canada NewsWire", "CNW Group", "CNW Telbec", "Cision"),
    "marketwired": ("Marketwired", "Marketwire", "Market Wire"),
    "prweb": ("PRWeb", "PR Web"),
    "issuewire": ("IssueWire",),
    "prlog": ("PRLog",),
    "openpr": ("openPR",),
    "abnewswire": ("ABNewswire", "AB Newswire"),
    "thenewswire": ("TheNewswire", "The Newswire"),
    "newswire": ("Newswire", "Newswire.com"),
    "send2press": ("Send2Press", "Send2Press Newswire"),
    "mediaoutreach": ("Media OutReach Newswire", "Media OutReach"),
    "prismmediawire": ("PRISM MediaWire",),
    "prkarma": ("PR Karma",),
    "noticiasnewswire": ("NOTICIAS NEWSWIRE", "Noticias Newswire"),
    "newsusa": ("NewsUSA", "News USA"),
    "ibn": ("IBN", "InvestorBrandNetwork", "InvestorWire"),
    "blockchainwire": ("BlockchainWire", "Blockchain Wire"),
    "jcnnewswire": ("JCN Newswire", "JCN"),
    "acnnewswire": ("ACN Newswire", "ACN"),
    "realwire": ("RealWire",),
    "pressat": ("Pressat",),
    "m2presswire": ("M2 PressWIRE", "M2 Presswire"),
    "reuters": ("Reuters",),
    "ap": ("AP", "Associated Press"),
    "afp": ("AFP", "Agence France-Presse"),
    "upi": ("UPI",),
    "xinhua": ("Xinhua",),
    "kyodo": ("Kyodo", "Kyodo News", "Kyodo JBN", "JBN"),
    "aetoswire": ("AETOSWire", "BUSINESS WIRE/AETOSWire"),
    "prcom": ("PR.com",),
    "newsfile": ("Newsfile", "Newsfile Corp.", "Newsfile Corp"),
    "dpa": ("dpa",),
    "ani": ("ANI",),
    "pti": ("PTI",),
    "bernama": ("Bernama",),
}  # fmt: skip

# Everything but letters and digits: "PR Newswire" and "PRNewswire" compare equal.
_NOT_ALNUM: Final = regex.compile(r"[\W_]+")

# Words that mark a distribution service when the name is not in the table:
# "Acme Newswire", "Globe PR Wire", "XYZ Press Release Service", "Media Wire".
_WIRE_WORD: Final = regex.compile(
    r"(?i)wire|presse?\b|press\s*release|\bpr\b|\bnews\b|newsroom|\bmedia\b|distribution"
)


def _key(name: str) -> str:
    if name.isascii():
        joined = name.replace(" ", "")
        if joined.isalnum():  # (most names: ASCII words, only spaces to drop)
            return joined.casefold()
    return _NOT_ALNUM.sub("", name).casefold()


_BY_KEY: Final[dict[str, str]] = {
    _key(name): wid for wid, names in WIRES.items() for name in (*names, wid)
}


def wire_id(printed: str) -> str | None:
    """Return the canonical id of a wire printed as ``printed``, or ``None`` if unknown."""
    return _BY_KEY.get(_key(printed))


def is_wire_name(printed: str) -> bool:
    """True for a known wire, or a name that reads as a distribution service."""
    name = printed.strip()
    if not name or len(name) > 60:
        return False
    return wire_id(name) is not None or _WIRE_WORD.search(name) is not None
