"""Places in datelines: states, provinces and countries, to split a printed location.

A dateline prints its place as "CITY", "CITY, ST", "CITY, Region" or "CITY, REGION,
COUNTRY". US states come as postal codes ("CA"), AP abbreviations ("Calif.", "N.H.") or in
full; Canadian provinces likewise ("ON", "Ont.", "Ontario"). :func:`split_location` splits a
printed place into city, region and country, each as printed.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

__all__ = ["Place", "is_country", "is_region", "region_country", "split_location"]

# US states and territories: full name, postal code, AP abbreviation ("" where AP spells
# the name out).
_US_STATES: Final = (
    ("Alabama", "AL", "Ala."), ("Alaska", "AK", ""), ("Arizona", "AZ", "Ariz."),
    ("Arkansas", "AR", "Ark."), ("California", "CA", "Calif."), ("Colorado", "CO", "Colo."),
    ("Connecticut", "CT", "Conn."), ("Delaware", "DE", "Del."), ("Florida", "FL", "Fla."),
    ("Georgia", "GA", "Ga."), ("Hawaii", "HI", ""), ("Idaho", "ID", ""),
    ("Illinois", "IL", "Ill."), ("Indiana", "IN", "Ind."), ("Iowa", "IA", ""),
    ("Kansas", "KS", "Kan."), ("Kentucky", "KY", "Ky."), ("Louisiana", "LA", "La."),
    ("Maine", "ME", ""), ("Maryland", "MD", "Md."), ("Massachusetts", "MA", "Mass."),
    ("Michigan", "MI", "Mich."), ("Minnesota", "MN", "Minn."), ("Mississippi", "MS", "Miss."),
    ("Missouri", "MO", "Mo."), ("Montana", "MT", "Mont."), ("Nebraska", "NE", "Neb."),
    ("Nevada", "NV", "Nev."), ("New Hampshire", "NH", "N.H."), ("New Jersey", "NJ", "N.J."),
    ("New Mexico", "NM", "N.M."), ("New York", "NY", "N.Y."),
    ("North Carolina", "NC", "N.C."), ("North Dakota", "ND", "N.D."), ("Ohio", "OH", ""),
    ("Oklahoma", "OK", "Okla."), ("Oregon", "OR", "Ore."), ("Pennsylvania", "PA", "Pa."),
    ("Rhode Island", "RI", "R.I."), ("South Carolina", "SC", "S.C."),
    ("South Dakota", "SD", "S.D."), ("Tennessee", "TN", "Tenn."), ("Texas", "TX", ""),
    ("Utah", "UT", ""), ("Vermont", "VT", "Vt."), ("Virginia", "VA", "Va."),
    ("Washington", "WA", "Wash."), ("West Virginia", "WV", "W.Va."),
    ("Wisconsin", "WI", "Wis."), ("Wyoming", "WY", "Wyo."),
    ("District of Columbia", "DC", "D.C."), ("Puerto Rico", "PR", "P.R."), ("Guam", "GU", ""),
)  # fmt: skip

# Canadian provinces and territories: full name, postal code, other printed forms.
_CA_PROVINCES: Final = (
    ("Alberta", "AB", "Alta."), ("British Columbia", "BC", "B.C."), ("Manitoba", "MB", "Man."),
    ("New Brunswick", "NB", "N.B."), ("Newfoundland and Labrador", "NL", "Nfld."),
    ("Nova Scotia", "NS", "N.S."), ("Northwest Territories", "NT", "N.W.T."),
    ("Nunavut", "NU", ""), ("Ontario", "ON", "Ont."), ("Prince Edward Island", "PE", "P.E.I."),
    ("Quebec", "QC", "Que."), ("Québec", "PQ", "Qué."), ("Saskatchewan", "SK", "Sask."),
    ("Yukon", "YT", ""),
)  # fmt: skip

# Other regions often printed after a city, by the country they lie in: Australian states,
# UK nations, Indian and German states.
_OTHER_REGIONS_BY_COUNTRY: Final = (
    ("AU", ("NSW", "New South Wales", "VIC", "Victoria", "QLD", "Queensland", "WA",
            "Western Australia", "SA", "South Australia", "TAS", "Tasmania", "ACT",
            "Australian Capital Territory", "NT", "Northern Territory")),
    ("GB", ("England", "Scotland", "Wales", "Northern Ireland")),
    ("IN", ("Maharashtra", "Karnataka", "Tamil Nadu", "Telangana", "Delhi")),
    ("DE", ("Bavaria", "Bayern")),
)  # fmt: skip
_OTHER_REGIONS: Final = tuple(name for _, names in _OTHER_REGIONS_BY_COUNTRY for name in names)

_COUNTRIES: Final = (
    "United States", "United States of America", "USA", "U.S.A.", "US", "U.S.", "America",
    "Canada", "Mexico", "United Kingdom", "UK", "U.K.", "Great Britain", "Ireland",
    "Germany", "France", "Spain", "Portugal", "Italy", "Netherlands", "The Netherlands",
    "Belgium", "Luxembourg", "Switzerland", "Austria", "Denmark", "Norway", "Sweden",
    "Finland", "Iceland", "Estonia", "Latvia", "Lithuania", "Poland", "Czech Republic",
    "Czechia", "Slovakia", "Hungary", "Romania", "Bulgaria", "Greece", "Cyprus", "Malta",
    "Croatia", "Slovenia", "Serbia", "Bosnia and Herzegovina", "Albania", "North Macedonia",
    "Montenegro", "Ukraine", "Moldova", "Belarus", "Russia", "Georgia", "Armenia",
    "Azerbaijan", "Turkey", "Türkiye", "Israel", "Palestine", "Lebanon", "Jordan", "Syria",
    "Iraq", "Iran", "Saudi Arabia", "Kuwait", "Bahrain", "Qatar", "United Arab Emirates",
    "UAE", "U.A.E.", "Oman", "Yemen", "Egypt", "Libya", "Tunisia", "Algeria", "Morocco",
    "Nigeria", "Ghana", "Kenya", "Ethiopia", "Tanzania", "Uganda", "Rwanda", "South Africa",
    "Namibia", "Botswana", "Zimbabwe", "Zambia", "Senegal", "Ivory Coast", "Cameroon",
    "India", "Pakistan", "Bangladesh", "Sri Lanka", "Nepal", "China", "PRC", "Hong Kong",
    "Macau", "Taiwan", "Japan", "South Korea", "Korea", "Mongolia", "Vietnam", "Viet Nam",
    "Thailand", "Cambodia", "Laos", "Myanmar", "Malaysia", "Singapore", "Indonesia",
    "Philippines", "Australia", "New Zealand", "Fiji", "Brazil", "Argentina", "Chile",
    "Peru", "Colombia", "Venezuela", "Ecuador", "Bolivia", "Paraguay", "Uruguay",
    "Costa Rica", "Panama", "Guatemala", "Honduras", "El Salvador", "Nicaragua", "Cuba",
    "Dominican Republic", "Jamaica", "Bahamas", "Barbados", "Trinidad and Tobago",
    "Bermuda", "Cayman Islands", "Kazakhstan", "Uzbekistan", "Liechtenstein", "Monaco",
    "Estados Unidos", "España", "México", "Deutschland", "Brasil",
)  # fmt: skip


def _fold(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).casefold()


_REGION_NAMES: Final = frozenset(
    _fold(name) for table in (_US_STATES, _CA_PROVINCES) for row in table for name in row if name
) | frozenset(_fold(name) for name in _OTHER_REGIONS)

_COUNTRY_NAMES: Final = frozenset(_fold(name) for name in _COUNTRIES)

# The country of each region's printed name. A name two countries share ("WA") is taken
# for the US state, then the Canadian province (later entries win).
_REGION_COUNTRY: Final = {
    _fold(name): code
    for code, names in (
        *_OTHER_REGIONS_BY_COUNTRY,
        ("CA", tuple(n for row in _CA_PROVINCES for n in row if n)),
        ("US", tuple(n for row in _US_STATES for n in row if n)),
    )
    for name in names
}

# Joins between the places of a multi-city dateline: "BELLEVUE, WA & AUSTIN, TX".
_MULTI: Final = regex.compile(r"\s(?:&|and|y|et)\s", regex.IGNORECASE)


@attrs.frozen(kw_only=True)
class Place:
    """A printed location split into its parts, each as printed (``None`` if absent)."""

    city: str | None = None
    region: str | None = None
    country: str | None = None


def is_region(text: str) -> bool:
    """True for a state, province or similar region as printed ("CA", "Calif.", "Ontario")."""
    return _fold(text) in _REGION_NAMES


def region_country(text: str) -> str | None:
    """The ISO 3166 code of the country a printed region lies in ("Calif." -> "US",
    "Western Australia" -> "AU"), or ``None`` for a region not known."""
    return _REGION_COUNTRY.get(_fold(text))


def is_country(text: str) -> bool:
    """True for a country name as printed ("GERMANY", "United States", "UK")."""
    return _fold(text) in _COUNTRY_NAMES


def _one_part(part: str) -> Place:
    if is_country(part) and not is_region(part):
        return Place(country=part)
    return Place(city=part)


def split_location(location: str) -> Place:
    """Split a printed location into city, region and country where it can be done.

    A multi-city location ("BELLEVUE, WA & AUSTIN, TX") is not split.
    """
    parts = [p.strip() for p in location.split(",") if p.strip()]
    if not parts or _MULTI.search(location):
        return Place()
    if len(parts) == 1:
        return _one_part(parts[0])
    city, rest = parts[0], parts[1:]
    country = rest[-1] if is_country(rest[-1]) and not is_region(rest[-1]) else None
    if country is not None:
        rest = rest[:-1]
    region = ", ".join(rest) if rest else None
    return Place(city=city, region=region, country=country)
