"""E-mail addresses in contact lines: plain, obfuscated, run into their neighbours, hidden."""

from __future__ import annotations

import random

import pytest

from pressparse.emails import PLACEHOLDER, find_emails, may_hold_address


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Email: jane.roe@acme.example", "jane.roe@acme.example"),
        ("IR@ACME.COM", "IR@ACME.COM"),
        ("write to press@acme.co.uk.", "press@acme.co.uk"),
        # The next label run into the top-level domain.
        ("Email: ir@acme.comTel: (212) 555-0100", "ir@acme.com"),
        # A phone label run into the mailbox.
        ("212.555.0100 OfficeEditor@AcmeWire.example", "Editor@AcmeWire.example"),
        # A postal code run into the mailbox.
        ("Reno, NV 89501info@acme.example", "info@acme.example"),
        # A name and an upper-case title run into the mailbox.
        ("Jane RoeCEOjroe@acme.example", "jroe@acme.example"),
        # The organization's last word run into the mailbox, repeated by the domain.
        (
            "Jeff Lowe Granite Advisoryjlowe@graniteadvisory.example",
            "jlowe@graniteadvisory.example",
        ),
        # A web address's path run into a mailbox.
        ("www.acme.example/investorsir@acme.example", "ir@acme.example"),
        # A mailbox its domain repeats whole stays whole.
        ("Janeroe@janeroe.example", "Janeroe@janeroe.example"),
    ],
)
def test_addresses(text: str, address: str) -> None:
    (found,) = find_emails(text)
    assert found.address == address
    assert text[found.start : found.end] == address


def test_address_after_a_phone_number_run_into_it() -> None:
    text = "Jane Roe, APR760-555-0183Jane@RoePR.example"
    start = text.index("760")
    (found,) = find_emails(text, taken=[(start, start + len("760-555-0183"))])
    assert found.address == "Jane@RoePR.example"


def test_organization_run_into_an_address() -> None:
    (found,) = find_emails("CEO AcmeFusionjane@agency.example", glued=["acmefusion"])
    assert found.address == "jane@agency.example"


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("jane [at] acme [dot] com", "jane@acme.com"),
        ("jane(at)acme.com", "jane@acme.com"),
        ("jane {at} acme {dot} co {dot} uk", "jane@acme.co.uk"),
        ("jane at acme dot com", "jane@acme.com"),
        ("jane <AT> acme.com", "jane@acme.com"),
        ("jane AT acme DOT com", "jane@acme.com"),
        ("jane ( at ) acme.com", "jane@acme.com"),
    ],
)
def test_obfuscated_addresses(text: str, address: str) -> None:
    (found,) = find_emails(text)
    assert (found.address, found.obfuscated) == (address, True)
    assert (found.start, found.end) == (0, len(text))


def test_words_are_not_obfuscated_addresses() -> None:
    assert find_emails("Meet us at the plant at noon.") == []
    assert find_emails("[Read more](https://acme.example/news/what-matters-at-scale)") == []


@pytest.mark.parametrize(
    "text",
    [
        "[email protected]",
        "[[email protected]](/cdn-cgi/l/email-protection#5d6f6e69)",
        "Email: Send Email",
        "Email Us Here",
        "Click to email",
    ],
)
def test_placeholders(text: str) -> None:
    assert PLACEHOLDER.search(text) is not None
    assert find_emails(text) == []


def test_every_text_holding_an_address_passes_the_cheap_test() -> None:
    rng = random.Random(13)
    pieces = [
        "jane",
        "@",
        "acme",
        ".com",
        " at ",
        " dot ",
        "[at]",
        "(AT)",
        "{ at }",
        " ",
        "Jane",
        "x",
        "-",
        "AT",
        ".",
        "example",
        "<at>",
    ]
    hits = 0
    for _ in range(20000):
        text = "".join(rng.choices(pieces, k=rng.randint(1, 8)))
        if find_emails(text):
            hits += 1
            assert may_hold_address(text), text
    assert hits > 100
