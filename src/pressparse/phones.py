"""Telephone numbers as printed in contact blocks, normalized with the phonenumbers library.

:func:`find_phones` finds the numbers in a piece of text, keeps each as printed, and gives its
E.164 form ("+12135550100") when phonenumbers can read it. Numbers without a country code are
read in ``region`` (an ISO 3166 code, the release's country). A candidate is any run of digit
groups that holds 7 to 15 digits; phonenumbers decides whether it is a telephone number, so a
date, a postal code or a case number is not taken for one. A North American number run into the
digits after it ("(484) 270-1453280 King Road", where the address lost its line break) is cut
after its ten digits when the longer run is no number.
"""

from __future__ import annotations

import functools
import re
from typing import Final

import attrs
import phonenumbers
import regex
from phonenumbers import PhoneMetadata, PhoneNumberDesc
from phonenumbers.phonemetadata import REGION_CODE_FOR_NON_GEO_ENTITY

__all__ = [
    "COUNTRY_REGIONS",
    "PhoneMatch",
    "ReadNumbers",
    "email_region",
    "find_phones",
    "may_hold_number",
    "region_code",
]

# A printed number: "+1 (213) 555-0100", "213.555.0100", "+44 131 516 3360", "9055550100",
# "214/653-3600", "+1 858.836.6798 x 12". Digit groups joined by one or two separators.
_CANDIDATE: Final = regex.compile(
    r"""
    (?<![\d+])
    (?:\+\ ?\d{1,3}[\ .\-]{0,2})?            # country code: "+1 ", "+44 "
    (?:\(\ ?\d{1,5}\ ?\)[\ .\-]{0,2})?       # area code in parentheses: "(213) "
    \d{1,12}(?:[\ .\-/]{1,2}\d{1,12}){0,5}   # the digit groups
    (?:\ ?(?:x|ext\.?|extension)\ ?\d{1,6})?  # an extension
    (?!\d)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A North American number at the start of a longer run of digits: "(484) 270-1453".
_NANP_PREFIX: Final = regex.compile(r"(?:\+?1[ .\-]?)?\(?\d{3}\)?[ .\-]?\d{3}[ .\-]?\d{4}")

# A date printed with digits only, alone or before a time: "2024-03-15", "03/15/2024",
# "15.03.2024", "2024-03-15 08:00".
_DATE_LIKE: Final = regex.compile(
    r"^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})(?:$|[\sT]\d{1,2}$)"
)

#: Country names printed in contact blocks, with the region codes phone numbers use.
COUNTRY_REGIONS: Final = {
    "united states": "US",
    "united states of america": "US",
    "usa": "US",
    "u.s.a.": "US",
    "us": "US",
    "u.s.": "US",
    "canada": "CA",
    "united kingdom": "GB",
    "uk": "GB",
    "u.k.": "GB",
    "england": "GB",
    "scotland": "GB",
    "ireland": "IE",
    "australia": "AU",
    "new zealand": "NZ",
    "india": "IN",
    "singapore": "SG",
    "hong kong": "HK",
    "china": "CN",
    "japan": "JP",
    "south korea": "KR",
    "korea": "KR",
    "taiwan": "TW",
    "germany": "DE",
    "france": "FR",
    "spain": "ES",
    "italy": "IT",
    "netherlands": "NL",
    "the netherlands": "NL",
    "belgium": "BE",
    "switzerland": "CH",
    "austria": "AT",
    "sweden": "SE",
    "norway": "NO",
    "denmark": "DK",
    "finland": "FI",
    "poland": "PL",
    "portugal": "PT",
    "israel": "IL",
    "united arab emirates": "AE",
    "uae": "AE",
    "south africa": "ZA",
    "nigeria": "NG",
    "kenya": "KE",
    "brazil": "BR",
    "mexico": "MX",
    "argentina": "AR",
    "chile": "CL",
    "colombia": "CO",
    "philippines": "PH",
    "malaysia": "MY",
    "indonesia": "ID",
    "thailand": "TH",
    "vietnam": "VN",
    "turkey": "TR",
    "türkiye": "TR",
}

#: The fewest and the most digits a telephone number has.
MIN_DIGITS: Final = 7
MAX_DIGITS: Final = 15

# The ASCII digits as bytes.
_ASCII_DIGITS: Final = b"0123456789"


@attrs.frozen(kw_only=True)
class PhoneMatch:
    """One number found in text: ``[start, end)`` is where it is printed.

    ``printed`` is the number as printed; ``e164`` its E.164 form, or ``None`` when
    phonenumbers could not read it as a possible number.
    """

    start: int
    end: int
    printed: str
    e164: str | None = None


def region_code(country: str | None, default: str) -> str:
    """Return the ISO 3166 region for ``country`` (a code or an English name), else ``default``."""
    if not country:
        return default
    key = country.strip().lower()
    if len(key) == 2 and key.isalpha():
        return key.upper()
    return COUNTRY_REGIONS.get(key, default)


# The domain of an e-mail address, after its "@": "acme.example.co.uk".
_EMAIL_DOMAIN: Final = regex.compile(r"[\w\-]++(?:\.[\w\-]++)++")
# Country domains sold as generic names ("acme.io", "acme.ai"): they say nothing of where a
# release comes from.
_GENERIC_COUNTRY_DOMAINS: Final = frozenset(
    {"io", "co", "ai", "tv", "me", "fm", "ly", "gg", "to", "ws", "cc", "vc", "la", "am", "im",
     "so", "sh", "is", "it", "us"}
)  # fmt: skip
# Country domains whose region code differs from them.
_DOMAIN_REGIONS: Final = {"uk": "GB"}


def email_region(text: str) -> str | None:
    """The region of the first e-mail address in ``text`` under a country's domain
    ("press@acme.example.co.uk" -> "GB"), or ``None`` when no address is under one (a
    domain sold as a generic name, such as ".io", does not count)."""
    at = text.find("@")
    while at >= 0:
        domain = _EMAIL_DOMAIN.match(text, at + 1)
        if domain is not None:
            tld = domain[0].rsplit(".", 1)[1].lower()
            region = _DOMAIN_REGIONS.get(tld, tld.upper())
            if (
                len(tld) == 2
                and tld not in _GENERIC_COUNTRY_DOMAINS
                and region in phonenumbers.SUPPORTED_REGIONS
            ):
                return region
        at = text.find("@", at + 1)
    return None


#: Regions of the North American plan, where :func:`_may_be_nanp` tells most numbers.
_NANP_REGIONS: Final = frozenset({"US", "CA"})


def _may_be_nanp(printed: str) -> bool:
    """A cheap test every candidate phonenumbers reads as a valid number in the US or Canada
    passes.

    Read there, a number with no "+" and no extension ("x 12", "ext. 12") has the plan's
    country code "1", unless it opens with the international prefix "011". Its national
    number is its digits with some of the ones they open with taken off (the country code and
    the trunk prefix are each "1"); a valid one has a length one of the plan's regions gives
    (seven or ten digits).
    """
    if "+" in printed or "x" in printed or "X" in printed:
        return True
    digits = "".join(filter(str.isdigit, printed))
    if digits.startswith("011"):
        return True
    lengths = _calling_code(1).lengths
    if lengths is None:
        return True
    ones = len(digits) - len(digits.lstrip("1"))
    return any(len(digits) - k in lengths for k in range(ones + 1))


def _plain_nanp(printed: str) -> int | None:
    """The national number of a North American number printed plainly, read in the US or
    Canada: ten digits or seven (a local number), the first neither "0" nor "1", with no
    extension, and no "+" but one opening "+1" before ten digits; else ``None``.

    phonenumbers reads such a number as it is, with the plan's country code: no other
    country code, international prefix ("011") or trunk prefix ("1") opens it.
    """
    if "x" in printed or "X" in printed:
        return None
    digits = "".join(filter(str.isdigit, printed))
    if "+" in printed:
        if not printed.startswith("+1") or "+" in printed[1:] or len(digits) != _NANP_DIGITS + 1:
            return None
        digits = digits[1:]  # the country code
    elif len(digits) != _NANP_DIGITS and len(digits) != _NANP_LOCAL_DIGITS:
        return None
    if digits[0] in "01" or not digits.isascii():
        return None
    return int(digits)


#: The digits of a North American national number, and of a local one.
_NANP_DIGITS: Final = 10
_NANP_LOCAL_DIGITS: Final = 7


def _read(printed: str, region: str) -> str | None:
    """Return the E.164 form of ``printed`` when it is a valid number, else ``None``."""
    if region in _NANP_REGIONS:
        if not _may_be_nanp(printed):
            return None  # no valid number there: phonenumbers need not read it
        national = _plain_nanp(printed)
        if national is not None:  # read as phonenumbers reads it, without its parser
            # Its national significant number is its digits, its E.164 form "+1" and them.
            nsn = str(national)
            return f"+1{nsn}" if _is_valid_nsn(1, nsn) else None
    try:
        number = phonenumbers.parse(printed, region)
    except phonenumbers.NumberParseException:
        return None
    if not _is_valid(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


#: A description of one kind of number in phonenumbers' metadata, as its validity test reads
#: it: the lengths a national number of the kind has (empty: any length the region allows)
#: and its pattern (``None``: no number is of the kind), compiled when first matched
#: (:func:`_compiled`).
_Desc = tuple[frozenset[int], str | None]

#: The descriptions a region's numbers are tested against: the region's general description
#: and those of the kinds of number (a number is valid there when it matches the first and
#: one of the others).
_Checks = tuple[_Desc, tuple[_Desc, ...]]


def _desc(desc: PhoneNumberDesc | None) -> _Desc:
    if desc is None or not desc.national_number_pattern:
        return frozenset(), None
    return frozenset(desc.possible_length), desc.national_number_pattern


@functools.lru_cache(maxsize=1024)
def _compiled(pattern: str) -> re.Pattern[str]:
    """A pattern of phonenumbers' metadata, compiled once, when a number is first matched
    against it (a calling code's regions have hundreds); phonenumbers matches its patterns
    with the standard ``re`` module, as this does."""
    return re.compile(pattern)


def _checks(meta: PhoneMetadata | None) -> _Checks | None:
    """The :data:`_Checks` of a region's metadata, in the order phonenumbers' type test
    reads them (the mobile description only where its pattern is not the fixed lines')."""
    if meta is None:
        return None
    kinds = [
        meta.premium_rate,
        meta.toll_free,
        meta.shared_cost,
        meta.voip,
        meta.personal_number,
        meta.pager,
        meta.uan,
        meta.voicemail,
        meta.fixed_line,
    ]
    if not meta.same_mobile_and_fixed_line_pattern:
        kinds.append(meta.mobile)
    descs = [_desc(kind) for kind in kinds]
    return _desc(meta.general_desc), tuple(d for d in descs if d[1] is not None)


def _matches(nsn: str, desc: _Desc) -> bool:
    """``phonenumbers``' ``_is_number_matching_desc``: the length, then the whole pattern."""
    lengths, pattern = desc
    if pattern is None or (lengths and len(nsn) not in lengths):
        return False
    return _compiled(pattern).fullmatch(nsn) is not None


def _known_type(nsn: str, checks: _Checks) -> bool:
    """Tell whether ``phonenumbers``' ``_number_type_helper`` gives a type other than UNKNOWN."""
    general, kinds = checks
    return _matches(nsn, general) and any(_matches(nsn, kind) for kind in kinds)


@attrs.frozen
class _Region:
    """One region a country calling code serves, as a validity test asks about it.

    ``leading``: the pattern of the leading digits that tell a number to be of the region,
    ``None`` when the region tells its numbers by their type; ``lookup``: the region's checks
    when the numbers of its code are looked up (``None``: the region is skipped);
    ``valid``: its checks when a number of the code is validated in it (``None``: no number
    of the code is valid there).
    """

    leading: str | None
    lookup: _Checks | None
    valid: _Checks | None


@attrs.frozen
class _CallingCode:
    """What tells a number of one country calling code valid in few steps.

    ``lengths``: the lengths a valid number's national significant number has (those of the
    general description of each region the code serves), ``None`` when a region gives none;
    ``regions``: the regions the code serves, in phonenumbers' order, with the patterns
    their numbers are tested against.
    """

    lengths: frozenset[int] | None
    regions: tuple[_Region, ...]


def _region(code: int, name: str) -> _Region:
    """The :class:`_Region` ``name`` of calling code ``code``, as ``is_valid_number`` reads
    its metadata (``_region_code_for_number_from_list``, then ``is_valid_number_for_region``)."""
    listed = PhoneMetadata.metadata_for_region(name.upper(), None)
    leading = listed.leading_digits if listed is not None else None
    lookup = _checks(listed)
    meta = PhoneMetadata.metadata_for_region_or_calling_code(code, name.upper())
    valid = lookup if meta is listed else _checks(meta)  # the same checks for a geographic one
    geographic = meta is not None and name != REGION_CODE_FOR_NON_GEO_ENTITY
    if geographic and (listed is None or listed.country_code != code):
        valid = None  # the region has another calling code
    return _Region(leading=leading, lookup=lookup, valid=valid)


@functools.lru_cache(maxsize=64)
def _calling_code(code: int) -> _CallingCode:
    """The :class:`_CallingCode` of country calling code ``code``, from phonenumbers' metadata."""
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(code)
    if not regions:
        return _CallingCode(lengths=frozenset(), regions=())  # never valid
    lengths: set[int] | None = set()
    for region in regions:
        meta = PhoneMetadata.metadata_for_region_or_calling_code(code, region.upper())
        desc = meta.general_desc if meta is not None else None
        if lengths is None or desc is None or not desc.possible_length:
            lengths = None
        else:
            lengths.update(desc.possible_length)
    known = frozenset(lengths) if lengths is not None else None
    return _CallingCode(lengths=known, regions=tuple(_region(code, r) for r in regions))


def _is_valid(number: phonenumbers.PhoneNumber) -> bool:
    """``phonenumbers.is_valid_number(number)``, in fewer steps.

    ``is_valid_number`` finds the number's region, trying in turn each region its calling code
    serves (the 25 of "+1" for a number valid in none), by its leading digits or else by
    its type, then validates it there; each step looks metadata and compiled patterns up
    again. The regions' patterns are read once here (:func:`_calling_code`) and compiled
    once (:func:`_compiled`), and a number whose length no region of its code has is valid
    in none.
    """
    code = number.country_code
    if code is None:
        return False  # no calling code: no region's number
    return _is_valid_nsn(code, phonenumbers.national_significant_number(number))


def _is_valid_nsn(country_code: int, nsn: str) -> bool:
    """:func:`_is_valid` of the number of ``country_code`` whose national significant
    number is ``nsn``."""
    code = _calling_code(country_code)
    if code.lengths is not None and len(nsn) not in code.lengths:
        return False
    regions = code.regions
    if len(regions) == 1:
        valid = regions[0].valid
        return valid is not None and _known_type(nsn, valid)
    for region in regions:
        lookup = region.lookup
        if lookup is None:
            continue
        valid = region.valid
        if region.leading is not None:
            if _compiled(region.leading).match(nsn) is not None:
                return valid is not None and _known_type(nsn, valid)
        elif _known_type(nsn, lookup):
            # Told by its type: valid there, when it is validated with the same checks.
            return valid is lookup or (valid is not None and _known_type(nsn, valid))
    return False


def _digits(text: str) -> int:
    return sum(map(str.isdigit, text))


# A number printed the national way outside North America, after a trunk prefix "0":
# "0117 496 0000", "(02) 9555 0100", "0412 555 083". No North American number opens so.
_NATIONAL: Final = regex.compile(r"\(?0[1-9]")


#: Numbers read before, by the number as printed and the region it was read in, with their
#: E.164 forms (``None`` when not a number).
ReadNumbers = dict[tuple[str, str], str | None]


def _read_once(printed: str, region: str, seen: ReadNumbers | None) -> str | None:
    """:func:`_read`, looked up in ``seen`` first and kept there."""
    if seen is None:
        return _read(printed, region)
    key = (printed, region)
    if key in seen:
        return seen[key]
    e164 = seen[key] = _read(printed, region)
    return e164


def may_hold_number(text: str) -> bool:
    """A cheap test every text :func:`find_phones` finds a number in passes: it holds enough
    digits for one (ASCII ones counted in C, deleted from the text's bytes), or others."""
    return (
        not text.isascii()
        or len(text) - len(text.encode().translate(None, _ASCII_DIGITS)) >= MIN_DIGITS
    )


def find_phones(
    text: str,
    region: str = "US",
    *,
    seen: ReadNumbers | None = None,
    fallback: str | None = None,
) -> list[PhoneMatch]:
    """Return the telephone numbers printed in ``text``, in order.

    ``region`` is where numbers printed without a country code are read; a number that is
    none there is read in ``fallback``, when given. ``seen`` keeps the numbers read for the
    caller (one document prints a number in more than one line; phonenumbers is slow):
    those read before are looked up, the others added.
    """
    if not may_hold_number(text):
        return []
    found: list[PhoneMatch] = []
    for m in _CANDIDATE.finditer(text):
        printed = m[0].rstrip(" .-/")
        if len(printed) < MIN_DIGITS:
            continue  # too short to hold the digits: most candidates are a year or a count
        count = _digits(printed)
        if count < MIN_DIGITS or _DATE_LIKE.match(printed):
            continue
        e164 = _read_once(printed, region, seen) if count <= MAX_DIGITS else None
        if e164 is None and fallback is not None and _NATIONAL.match(printed):
            e164 = _read_once(printed, fallback, seen)  # "0117 496 0000" beside "...co.uk"
        if e164 is None and count > 10:
            prefix = _NANP_PREFIX.match(printed)
            if prefix is not None:
                printed = prefix[0]
                e164 = _read_once(printed, region if region in {"US", "CA"} else "US", seen)
        if e164 is None:
            continue
        found.append(
            PhoneMatch(start=m.start(), end=m.start() + len(printed), printed=printed, e164=e164)
        )
    return found
