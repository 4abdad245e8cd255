"""Phone numbers in contact lines: found as printed, normalized to E.164 by phonenumbers."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from pressparse import phones
from pressparse.phones import find_phones, region_code


@pytest.mark.parametrize(
    ("text", "printed", "e164"),
    [
        ("Tel: (212) 555-0100", "(212) 555-0100", "+12125550100"),
        ("Office 212.555.0100", "212.555.0100", "+12125550100"),
        ("+1 858.555.0142 press@acme.example", "+1 858.555.0142", "+18585550142"),
        ("call 2125550100 today", "2125550100", "+12125550100"),
        ("15715550186", "15715550186", "+15715550186"),
        ("+44 131 555 0123", "+44 131 555 0123", "+441315550123"),
        ("+44 (0)20 7946 0000", "+44 (0)20 7946 0000", "+442079460000"),
        ("Main line 214/555-3600", "214/555-3600", "+12145553600"),
        ("(914) 555 0313", "(914) 555 0313", "+19145550313"),
    ],
)
def test_numbers_as_printed_and_in_e164(text: str, printed: str, e164: str) -> None:
    (phone,) = find_phones(text)
    assert (phone.printed, phone.e164) == (printed, e164)
    assert text[phone.start : phone.end] == printed


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        # A line break lost between a credential and the number, and the number and an address.
        ("Jane Roe, APR760-555-0183Jane@RoePR.example", "760-555-0183"),
        ("Jane Roe, Esq.(484) 555-1453280 King Road", "(484) 555-1453"),
        ("www.acme.example310.555.1717 Office", "310.555.1717"),
    ],
)
def test_numbers_run_into_their_neighbours(text: str, printed: str) -> None:
    (phone,) = find_phones(text)
    assert phone.printed == printed


@pytest.mark.parametrize(
    "text",
    [
        "March 21, 2026 16:15 ET",
        "2026-03-21",
        "2019-03-01 00:00:00",
        "Dallas, Texas 75207-4399",
        "Case # 10CF11264",
        "revenue of $1,234,567",
        "1350 NW 12 Avenue, Room 418",
    ],
)
def test_not_numbers(text: str) -> None:
    assert find_phones(text) == []


def test_region_reads_national_numbers() -> None:
    (phone,) = find_phones("020 7946 0000", region="GB")
    assert phone.e164 == "+442079460000"
    assert find_phones("020 7946 0000", region="US") == []


@pytest.mark.parametrize(
    ("country", "code"),
    [("United Kingdom", "GB"), ("canada", "CA"), ("DE", "DE"), (None, "US"), ("Atlantis", "US")],
)
def test_region_code(country: str | None, code: str) -> None:
    assert region_code(country, "US") == code


def test_validity_is_that_of_phonenumbers() -> None:
    # The short ways to a verdict give phonenumbers' own: on example numbers of every region
    # and kind, on them with one digit changed, and on runs of digits read in a few regions.
    rng = random.Random(5)
    numbers: list[str] = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is not None:
                printed = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
                at = rng.randrange(2, len(printed))
                numbers += [printed, printed[:at] + str(rng.randrange(10)) + printed[at + 1 :]]
    for code in phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS:
        example = phonenumbers.example_number_for_non_geo_entity(code)
        if example is not None:
            numbers.append(phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164))
    numbers += ["".join(rng.choices("0123456789", k=rng.randint(7, 15))) for _ in range(600)]
    numbers += [f"+1 {a} {rng.randrange(10**7):07}" for a in ("268", "876", "212", "555") * 20]
    for printed in numbers:
        for region in ("US", "GB", "IN"):
            try:
                number = phonenumbers.parse(printed, region)
            except phonenumbers.NumberParseException:
                continue
            assert phones._is_valid(number) == phonenumbers.is_valid_number(number), printed


def test_validity_is_that_of_phonenumbers_in_every_calling_code() -> None:
    # The regions' checks compiled once give phonenumbers' verdict for numbers of every
    # calling code and of each length its regions allow (a region found by its leading
    # digits or by its type), and for "+1" numbers of every area code.
    rng = random.Random(11)
    numbers: list[phonenumbers.PhoneNumber] = []
    for code in sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE):
        lengths = phones._calling_code(code).lengths or frozenset(range(4, 14))
        for size in sorted(lengths):
            for _ in range(6):
                digits = str(rng.randrange(1, 10)) + "".join(rng.choices("0123456789", k=size - 1))
                number = phonenumbers.PhoneNumber(country_code=code, national_number=int(digits))
                numbers.append(number)
    for area in range(200, 1000):
        for size in (7, 10):
            national = int(str(area) + "".join(rng.choices("0123456789", k=size - 3)))
            numbers.append(phonenumbers.PhoneNumber(country_code=1, national_number=national))
    zero = phonenumbers.PhoneNumber(country_code=39, national_number=612345678)
    zero.italian_leading_zero = True
    numbers.append(zero)
    for number in numbers:
        assert phones._is_valid(number) == phonenumbers.is_valid_number(number), number


def test_numbers_told_without_phonenumbers_are_no_numbers_there() -> None:
    # A candidate the North American length test turns away is one phonenumbers reads as no
    # valid number in the US or Canada.
    rng = random.Random(5)
    candidates = ["310.8609", "(11)17478580/115", "202509/205492", "1024x1024", "555-0100"]
    for ones in range(4):
        for size in range(5, 14):
            for _ in range(20):
                digits = "1" * ones + "".join(rng.choices("0123456789", k=size))
                candidates += [digits, f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"]
    for printed in candidates:
        for region in ("US", "CA"):
            if phones._may_be_nanp(printed):
                continue
            number = phonenumbers.parse(printed, region)
            assert not phonenumbers.is_valid_number(number), (printed, region)


def test_plainly_printed_numbers_are_read_as_phonenumbers_reads_them() -> None:
    # Ten digits or seven printed plainly, or "+1" and ten digits, are read in the US or
    # Canada without phonenumbers' parser, to the same E.164 form (or none).
    rng = random.Random(17)
    printed_forms: list[str] = []
    for _ in range(400):
        digits = "".join(rng.choices("0123456789", k=10))
        printed = rng.choice(["", "(", "+1 (", "+1-", "+1", "+2 ", "+1 1"]) + digits[:3]
        printed += rng.choice(["", ") ", "-", "."]) + digits[3:6]
        printed_forms.append(printed + rng.choice(["", " ", "-", "/"]) + digits[6:])
        local = "".join(rng.choices("0123456789", k=7))
        printed_forms.append(local[:3] + rng.choice(["", "-", ".", " ", "/"]) + local[3:])
        printed_forms.append(rng.choice(["1", "+1", "+"]) + local)
    for printed in printed_forms:
        for region in ("US", "CA"):
            expected = None
            try:
                number = phonenumbers.parse(printed, region)
            except phonenumbers.NumberParseException:
                pass
            else:
                if phonenumbers.is_valid_number(number):
                    expected = phonenumbers.format_number(
                        number, phonenumbers.PhoneNumberFormat.E164
                    )
            assert phones._read(printed, region) == expected, (printed, region)


def test_every_text_holding_a_number_passes_the_cheap_test() -> None:
    rng = random.Random(19)
    pieces = [
        "555",
        "0100",
        "212",
        "-",
        " ",
        "(",
        ")",
        "+1",
        "+44",
        "x12",
        "\u0665\u0665\u0665",
        "\uff15\uff10",
        "Tel",
        ".",
        "7",
        "2026",
    ]
    hits = 0
    for _ in range(5000):
        text = "".join(rng.choices(pieces, k=rng.randint(1, 8)))
        if find_phones(text, "US") or find_phones(text, "GB"):
            hits += 1
            assert phones.may_hold_number(text), text
    assert hits > 60
