"""The contacts stage on fictional releases written in the real conventions.

Each fixture in ``tests/fixtures/contacts`` is a release we wrote in one convention (a PR
Newswire close, a Business Wire block, a Dow Jones reprint, a collapsed archive line, a
government press office, a distribution site's labelled form...). The expected contacts list
only the fields that matter for the case; a field left out is not checked.
"""

from __future__ import annotations

import itertools
import random
import string
from pathlib import Path
from typing import Any

import attrs
import pytest

import pressparse
from pressparse import ParseOptions, vocab
from pressparse.model import Contact
from pressparse.phones import email_region
from pressparse.stages import _contact_blocks, _contact_items, _contact_segments, contacts
from pressparse.stages._contact_segments import Kind
from pressparse.stages._contact_words import NOISE_HEADS, NOISE_PHRASE
from pressparse.vocab import CONTACT_LABEL, contact_label

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "contacts"

CASES: dict[str, list[dict[str, Any]]] = {
    # Labelled trailing block: name, organization, number, address, then "SOURCE".
    "prnewswire-media-contact.txt": [
        {
            "name": "Owen Castellanos",
            "organization": "Larkspur Biotech, Inc.",
            "role": "media",
            "phone": "+1 303-555-0142",
            "phone_e164": "+13035550142",
            "email": "owen.castellanos@larkspurbio.example",
        }
    ],
    # Business Wire "Contacts" with role labels, printed twice by the page: one contact each.
    "businesswire-contacts.md": [
        {
            "name": "Dana Whitlock",
            "organization": "Quillfeather Software",
            "role": "media",
            "phone": "(650) 555-0131",
            "email": "press@quillfeather.example",
        },
        {
            "name": "Marcus Bell",
            "organization": None,
            "role": "investor",
            "title": "Vice President, Investor Relations",
            "email": "ir@quillfeather.example",
        },
    ],
    # A Dow Jones reprint flattened onto one line: organization before the label, two people.
    "dowjones-close.txt": [
        {
            "name": "Grace Abernathy",
            "organization": "Tamarind Foods, Inc.",
            "title": "CFO",
            "phone": "919-555-0166",
            "email": "gabernathy@tamarindfoods.example",
            "role": "investor",
        },
        {
            "name": "Luis Ferreira",
            "organization": "Tamarind Foods, Inc.",
            "title": "Investor Relations Manager",
            "phone": "919-555-0168",
            "email": "lferreira@tamarindfoods.example",
        },
    ],
    # Dow Jones close: "CONTACT: <company>", then "Investors:" and "Media:" with numbers only.
    "dowjones-labelled-close.txt": [
        {
            "name": None,
            "organization": "Granite Ridge Pharmaceuticals",
            "role": "investor",
            "phone": "609-555-0110",
            "email": "ir@graniteridgepharma.example",
        },
        {
            "name": None,
            "organization": "Granite Ridge Pharmaceuticals",
            "role": "media",
            "phone": "609-555-0112",
            "email": "media@graniteridgepharma.example",
        },
    ],
    # "Contacts:Name, APR555-...Name@..." with its line breaks lost.
    "collapsed-reportable.md": [
        {
            "name": "Rosalind Achebe",
            "organization": None,
            "phone": "760-555-0183",
            "email": "Rosalind@AchebePR.example",
        }
    ],
    # "Contact Information": an organization's own line, then a person's.
    "contact-information-org-person.md": [
        {
            "name": None,
            "organization": "Brightwater Beverage Co.",
            "phone": "813-555-0190",
            "email": "Info@BrightwaterBev.example",
        },
        {
            "name": "Theo Lindqvist",
            "organization": None,
            "phone": "813-555-0194",
            "email": "tlindqvist@BrightwaterBev.example",
        },
    ],
    # "Contact Details" glued to the organization, "Company Website" glued to the address.
    "contact-details-glued.md": [
        {
            "name": "Ingrid Solberg",
            "organization": "Palisade Analytics",
            "title": "Director",
            "phone": "+1 646-555-0125",
            "email": "ingrid@palisade-analytics.example",
            "website": "https://www.palisade-analytics.example",
        }
    ],
    # A desk under "Contact:"; the page header's office details and menus are not contacts.
    "government-desk.txt": [
        {
            "name": "Media Relations Division",
            "organization": None,
            "phone": "(541) 555-0100",
            "email": "media@harborda.example",
        }
    ],
    # A press office at the top of a government release: names, titles, office and cell.
    "government-top.txt": [
        {
            "name": "Vivian Marchetti",
            "title": "Chief of Staff",
            "phone": "541-555-0117",
            "phones": ("541-555-0117", "541-555-0118"),
        },
        {"name": "Tobias Renner", "title": "Spokesperson", "phone": "541-555-0119"},
    ],
    # "For further information, please contact X at ..." with a Cloudflare placeholder.
    "cloudflare.txt": [
        {
            "name": "Felix Arnaud",
            "title": "Public Information Officer",
            "phone": "(305) 555-0135",
            "email": None,
        }
    ],
    # "Media Contact: x@y" on one line of an HTML page with site chrome.
    "inline-one-liner.html": [
        {"name": None, "email": "pchoi@northgatemining.example", "role": "media"}
    ],
    # "Media and Investor Contact for X:" and "Name, Title, at a@x and b@x".
    "at-and.md": [
        {
            "name": "Camille Ostrowski",
            "organization": "Meridian Fission",
            "title": "Director of Communications and Media",
            "role": "media and investor",
            "email": "media@meridianfission.example",
            "emails": ("media@meridianfission.example", "investors@meridianfission.example"),
        }
    ],
    # A distribution site's labelled form, with "Email: Send Email" as a placeholder.
    "labelled-form.txt": [
        {
            "name": "MARGO",
            "organization": "Vale Newswire",
            "email": None,
            "phone": "(415) 555-0163",
            "website": "www.valenewswire.example",
            "address": "88 Orchard Street, Sonoma, California",
            "country": "United States",
        }
    ],
    # Obfuscated addresses are written plainly.
    "obfuscated.txt": [
        {
            "name": "Nadia Ferrante",
            "organization": "Copperleaf Library",
            "email": "nadia@copperleaflib.org",
        },
        {
            "name": "Emil Varga",
            "organization": "Ashford Arts Council",
            "email": "emil@ashfordarts.org",
            "phone": "802-555-0147",
        },
    ],
    # A number, an address and a web address inside a body paragraph are no contact block.
    "body-invitation.txt": [],
    # Several people in one block, on role lines and after ";".
    "several-in-one-block.txt": [
        {"name": "Leona Park", "role": "media", "email": "lpark@fernhillenergy.example"},
        {"name": "Ravi Chandran", "role": "investor", "phone": "713-555-0122"},
        {"name": "Beatriz Soto", "role": "investor", "email": "bsoto@fernhillenergy.example"},
    ],
    # An unlabelled contact card with its line breaks lost ("OrgCity, STwww...555.0100 Office").
    "contact-card.md": [
        {
            "name": None,
            "organization": "SolarCrestStocks",
            "address": "Denver, CO",
            "website": "www.SolarCrestStocks.example",
            "phone": "303.555.0188",
            "email": "Editor@SolarCrestStocks.example",
        }
    ],
    # "ContactName Org Email Us Here", printed after a first "Media Contact:" line: one contact.
    "pr-karma.md": [
        {
            "name": "Wendell Okafor",
            "organization": "Prairie Caravan Association",
            "email": None,
            "phone": "3065550144",
            "country": "Canada",
        }
    ],
    # A markdown table of two people, one per column, with Cloudflare placeholders.
    "table.md": [
        {
            "name": "Conrad Mayhew",
            "organization": "Tessellate Sensors, Inc",
            "title": "CEO",
            "email": None,
            "website": "www.tessellatesensors.example",
            "phone": "603-555-0170",
        },
        {"name": "Elise Parnell", "organization": None, "email": None, "phone": "603-555-0172"},
    ],
    # Canada NewsWire close: "SOURCE" line, then "For further information:" with two people
    # on one line, each "Name, Role, phone, email", separated by ";".
    "cnw-further-information.txt": [
        {
            "name": "Mireille Gagnon",
            "organization": None,
            "title": "Investor Relations",
            "phone": "403-555-0114",
            "email": "investors@kestrelprairie.example.ca",
        },
        {
            "name": "Jesse Albright",
            "organization": None,
            "title": "Media Relations",
            "phone": "403-555-0165",
            "email": "media@kestrelprairie.example.ca",
        },
    ],
    # The same close in French: "Renseignements :", French desks and titles.
    "cnw-renseignements.txt": [
        {
            "name": "Mireille Gagnon",
            "title": "Relations avec les investisseurs",
            "phone": "514 555-0114",
            "phone_e164": "+15145550114",
            "email": "investisseurs@energieboreal.example.ca",
        },
        {
            "name": "Jesse Albright",
            "title": "Conseiller",
            "phone": "514 555-0165",
            "email": "medias@energieboreal.example.ca",
        },
    ],
    # EIN Presswire's card after the body, with no label: name, organization, number, the
    # "email us here" button (no address), social links, then the service's disclaimer.
    "ein-presswire-card.txt": [
        {
            "name": "Katrin Holzer",
            "organization": "Alpenrand Software GmbH",
            "phone": "+43 316 5550142",
            "phone_e164": "+433165550142",
            "email": None,
            "emails": (),
            "website": None,
        }
    ],
    # The same card printed one line to a paragraph, with the organization's web address.
    "ein-presswire-card.md": [
        {
            "name": "Rowan Ashby",
            "organization": "Tidewater Kayak Club",
            "phone": None,
            "email": None,
            "website": "tidewaterkayak.example",
        }
    ],
    # A government office block printed one line to a paragraph after "###": the office is
    # a department of the county, the person named under it the contact. The footer's
    # office details are page chrome.
    "government-office-person.html": [
        {
            "name": "Yolanda Sisneros",
            "organization": "Santa Rita County",
            "title": "Public Information Officer",
            "phone": "(505) 555-0172",
            "email": "ysisneros@santaritacounty.example.gov",
        }
    ],
    # An agency named on the line under the person (a street in its name), and a role line
    # "Media: Name, Organization, number, address".
    "agency-and-inline-org.txt": [
        {
            "name": "Lucy Brandt",
            "organization": "Kestrel Road Communications",
            "phone": "(713) 555-0148",
            "email": "lucy@kestrelroad.example",
        },
        {
            "name": "Ellis Navarro",
            "organization": "Corvane Energy",
            "role": "media",
            "phone": "713-555-0139",
            "email": "press@corvane.example",
        },
    ],
    # Spanish labels and fields: "Contacto para medios:", "Contacto:", "Tel.", "Correo:".
    "spanish-labels.txt": [
        {
            "name": "Lucía Herrera",
            "organization": "Grupo Solano",
            "role": "media",
            "phone": "+52 81 5555 0123",
            "phone_e164": "+528155550123",
            "email": "lherrera@gruposolano.example.mx",
        },
        {
            "name": "Martín Ibarra",
            "organization": None,
            "role": None,
            "title": "Relaciones con Inversionistas",
            "phone": "+52 81 5555 0150",
            "email": "mibarra@gruposolano.example.mx",
        },
    ],
}


def _contacts(name: str) -> tuple[tuple[Contact, ...], str]:
    doc = pressparse.read(FIXTURES / name)
    return pressparse.parse_contacts(doc), doc.text


@pytest.mark.parametrize("name", sorted(CASES))
def test_fixture_contacts(name: str) -> None:
    contacts, _ = _contacts(name)
    want = CASES[name]
    assert len(contacts) == len(want), [c.name or c.organization for c in contacts]
    for got, expected in zip(contacts, want, strict=True):
        assert {key: getattr(got, key) for key in expected} == expected


@pytest.mark.parametrize("name", sorted(CASES))
def test_fields_stand_inside_their_span(name: str) -> None:
    contacts, text = _contacts(name)
    for contact in contacts:
        printed = text[contact.span.start : contact.span.end]
        for value in (contact.name, contact.phone, contact.website):
            if value is not None:
                assert value in printed
        # An organization heading several contacts stands before the first one's span.
        assert contact.organization is None or contact.organization in text[: contact.span.end]


def test_every_fixture_is_a_fictional_release() -> None:
    assert {p.name for p in FIXTURES.iterdir()} == set(CASES)


def test_full_parse_keeps_the_contacts() -> None:
    release = pressparse.parse(FIXTURES / "prnewswire-media-contact.txt")
    assert [c.name for c in release.contacts] == ["Owen Castellanos"]
    data = release.to_dict()["contacts"][0]
    assert data["phone"] == "+1 303-555-0142"
    assert data["email"] == "owen.castellanos@larkspurbio.example"


@pytest.mark.parametrize(
    "block",
    [
        "Media Contact:\nJane Roe\nEmail: Send Email",
        "Media Contact:\nJane Roe\n[email protected]",
        "Contact\nJane Roe Acme Widget Association Email Us Here\n(212) 555-0100",
        "Contact:\nJane Roe\nEmail Us",
    ],
)
def test_placeholders_give_no_email(block: str) -> None:
    contacts = pressparse.parse_contacts(f"Acme Opens Plant\n\nBody text.\n\n{block}\n")
    assert [c.name for c in contacts] == ["Jane Roe"]
    assert contacts[0].email is None
    assert contacts[0].emails == ()


@pytest.mark.parametrize(
    ("lines", "name", "organization"),
    [
        # the card's usual order: the person, then the organization
        (
            "Lucy Brandt\nTallgrass Strategies\n(713) 555-0148\nlucy@tallgrass.example",
            "Lucy Brandt",
            "Tallgrass Strategies",
        ),
        (
            "Lucy Brandt\nRedwater Public Relations\n(713) 555-0148\npress@redwater.example",
            "Lucy Brandt",
            "Redwater Public Relations",
        ),
        (
            "Lucy Brandt\nHarlow Finch\n(713) 555-0148\nlbrandt@harlowfinch.example",
            "Lucy Brandt",
            "Harlow Finch",
        ),
        # the other way round, as the e-mail address shows
        (
            "Harlow Finch\nLucy Brandt\n(713) 555-0148\nlbrandt@harlowfinch.example",
            "Lucy Brandt",
            "Harlow Finch",
        ),
        (
            "Acme Widgets\nJane Roe\n(713) 555-0148\njane.roe@acmewidgets.example",
            "Jane Roe",
            "Acme Widgets",
        ),
        # a role alone on its line, then the person and the organization
        (
            "Media\nEllis Navarro\nCorvane Energy\n713-555-0139\npress@corvane.example",
            "Ellis Navarro",
            "Corvane Energy",
        ),
        (
            "Media: Ellis Navarro (Corvane Energy) 713-555-0139 press@corvane.example",
            "Ellis Navarro",
            "Corvane Energy",
        ),
    ],
)
def test_person_and_organization(lines: str, name: str, organization: str) -> None:
    text = f"Acme Opens Plant\n\nBody text.\n\nMedia Contact:\n{lines}\n"
    (contact,) = pressparse.parse_contacts(text)
    assert (contact.name, contact.organization) == (name, organization)


@pytest.mark.parametrize(
    ("block", "name", "organization"),
    [
        (
            "Communications Office\nSanta Rita County\n"
            "Yolanda Sisneros, Public Information Officer\n"
            "(505) 555-0172\nysisneros@santaritacounty.example.gov",
            "Yolanda Sisneros",
            "Santa Rita County",
        ),
        (
            "Communications Office\nSanta Rita County\n(505) 555-0170\n"
            "communications@santaritacounty.example.gov",
            "Communications Office",
            "Santa Rita County",
        ),
        (
            "Yolanda Sisneros\nPublic Information Officer\nCommunications Office\n"
            "Santa Rita County\n(505) 555-0172\nysisneros@santaritacounty.example.gov",
            "Yolanda Sisneros",
            "Santa Rita County",
        ),
        (
            "Media Contact:\nYolanda Sisneros, Communications Office\nSanta Rita County\n"
            "(505) 555-0172\nysisneros@santaritacounty.example.gov",
            "Yolanda Sisneros",
            "Santa Rita County",
        ),
        (
            "Contact:\nSanta Rita County Communications Office\n"
            "Yolanda Sisneros, Public Information Officer\n"
            "(505) 555-0172\nysisneros@santaritacounty.example.gov",
            "Yolanda Sisneros",
            "Santa Rita County",
        ),
        (
            "Contact:\nSanta Rita County Communications Office\n(505) 555-0170\n"
            "communications@santaritacounty.example.gov",
            "Communications Office",
            "Santa Rita County",
        ),
        (
            "Media Contact:\nHarbor Wellness — PR Team\n(505) 555-0172\npr@harborwellness.example",
            "PR Team",
            "Harbor Wellness",
        ),
    ],
)
def test_an_office_names_the_contact_only_when_no_person_does(
    block: str, name: str, organization: str
) -> None:
    text = f"County Opens Cooling Centers\n\nBody text of the release.\n\n###\n\n{block}\n"
    (contact,) = pressparse.parse_contacts(text)
    assert (contact.name, contact.organization) == (name, organization)


def test_people_after_semicolons_and_or() -> None:
    text = (
        "Acme Opens Plant\n\nBody text.\n\nFor further information, please contact: Jane Roe,"
        " Investor Relations, (403) 555-0114, ir@acme.example; or John Doe, Media Relations,"
        " (403) 555-0165, media@acme.example\n"
    )
    contacts = pressparse.parse_contacts(text)
    assert [(c.name, c.title, c.email) for c in contacts] == [
        ("Jane Roe", "Investor Relations", "ir@acme.example"),
        ("John Doe", "Media Relations", "media@acme.example"),
    ]


def test_role_label_run_into_a_flattened_paragraph() -> None:
    text = (
        "Acme Opens Plant\n\nThe plant opens in 2027. Media: Ellis Navarro, Corvane Energy,"
        " 713-555-0139, press@corvane.example\n"
    )
    (contact,) = pressparse.parse_contacts(text)
    assert (contact.name, contact.organization, contact.role) == (
        "Ellis Navarro",
        "Corvane Energy",
        "media",
    )


def test_a_footer_printed_one_line_to_a_paragraph_is_no_card() -> None:
    page = (
        "<html><body><h1>Acme Opens Plant</h1><p>Body text about the plant and its workers."
        "</p><p>Stay Connected facebook youtube x instagram</p>"
        "<p>Hall of Records • 12 Main Street, Springfield, IL 62701</p>"
        "<p>info@acme.example | (217) 555-0100</p></body></html>"
    )
    assert pressparse.parse_contacts(pressparse.read(page, fmt="html")) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Acme Opens Plant\n\nReporters can call 212-555-0100 or visit www.acme.example to tour "
        "the plant, and questions go to press@acme.example.\n",
        "Acme Opens Plant\n\nBody text.\n\nContact Us\nPrivacy Policy\nTerms of Use\n",
        "Acme Opens Plant\n\nBody text.\n\ninfo@acme.example | (212) 555-0100\n",
        "Acme Opens Plant\n\nBody text.\n\nContact\nEmployment\nNewsletter\n",
        "Acme Opens Plant\n\nBody text.\n\nFor more information: visit www.acme.example.\n",
    ],
    ids=[
        "body-paragraph",
        "contact-us-menu",
        "footer-details",
        "menu-after-contact",
        "web-address-alone",
    ],
)
def test_not_contacts(text: str) -> None:
    assert pressparse.parse_contacts(text) == ()


def test_one_contact_per_person_across_blocks() -> None:
    text = (
        "Acme Opens Plant\n\nBody text.\n\n"
        "For further information, contact Investor Relations at (212) 555-0100 "
        "or ir@acme.example.\n\n"
        "CONTACT: Investor Relations – (212) 555-0100\n"
    )
    contacts = pressparse.parse_contacts(text)
    assert len(contacts) == 1
    assert (contacts[0].name, contacts[0].email, contacts[0].phone_e164) == (
        "Investor Relations",
        "ir@acme.example",
        "+12125550100",
    )


def test_several_labelled_groups_in_one_block() -> None:
    text = (
        "Acme Opens Plant\n\nBody text.\n\nContacts\n"
        "For media:\nJane Roe\n+1 212 555 0100 jane@acme.example\n"
        "For investors:\nJohn Doe\n+1 212 555 0101 john@acme.example\n"
    )
    contacts = pressparse.parse_contacts(text)
    assert [(c.name, c.role) for c in contacts] == [("Jane Roe", "media"), ("John Doe", "investor")]


def test_a_desk_above_a_person_is_the_role() -> None:
    text = (
        "Acme Opens Plant\n\nBody text.\n\nContacts\n\nInvestor Relations\nJohn Doe\n"
        "(408) 555-0190\nir@acme.example\n"
    )
    (contact,) = pressparse.parse_contacts(text)
    assert (contact.name, contact.role) == ("John Doe", "investor")


@pytest.mark.parametrize(
    ("title_line", "title", "organization"),
    [
        # a department after the title belongs to the title
        ("Manager, Communications", "Manager, Communications", None),
        ("Director, Corporate Communications", "Director, Corporate Communications", None),
        ("Vice President, Marketing", "Vice President, Marketing", None),
        # an organization after the title is still the organization
        ("Manager, Larkspur Communications", "Manager", "Larkspur Communications"),
    ],
)
def test_a_department_after_a_title_is_part_of_the_title(
    title_line: str, title: str, organization: str | None
) -> None:
    text = (
        "Acme Opens Plant\n\nBody text.\n\nFor further information: Jane Roe, "
        f"{title_line}, 403-555-0165, jane@acme.example\n"
    )
    (contact,) = pressparse.parse_contacts(text)
    assert (contact.name, contact.title, contact.organization) == ("Jane Roe", title, organization)


def test_agency_contact_leaves_out_the_client() -> None:
    text = (
        "Acme Opens Plant\n\nBody text.\n\nMedia Contact:\nJane Roe on behalf of Acme Corp.\n"
        "212-555-0100\njane@brightpr.example\n"
    )
    (contact,) = pressparse.parse_contacts(text)
    assert (contact.name, contact.organization) == ("Jane Roe", None)


def test_numbers_are_read_in_the_default_region() -> None:
    text = "Acme Opens Plant\n\nBody text.\n\nPress Office\npress@acme.example\n020 7946 0000\n"
    (contact,) = pressparse.parse_contacts(text, options=ParseOptions(default_region="GB"))
    assert contact.name == "Press Office"
    assert (contact.phone, contact.phone_e164) == ("020 7946 0000", "+442079460000")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Media Contact:", "Media Contact"),
        ("Press Contacts", "Press Contacts"),
        ("CONTACT: Acme Corp.", "CONTACT"),
        ("Contacts:Jane Roe, APR", "Contacts"),
        ("Contact DetailsJane Roe", "Contact Details"),
        ("Investor Relations Contact:", "Investor Relations Contact"),
        ("Media and Investor Contact for Acme:", "Media and Investor Contact"),
        ("Investor & Media Contact:", "Investor & Media Contact"),
        (
            "For further information, please contact Jane Roe",
            "For further information, please contact",
        ),
        ("For media inquiries, please contact:", "For media inquiries, please contact"),
        ("Investors:", "Investors"),
        ("Press Office", "Press Office"),
        ("**Media Contact:**", "Media Contact"),
        ("For further information: Jane Roe", "For further information"),
        ("Contacto para medios:", "Contacto para medios"),
        ("Contacto de prensa", "Contacto de prensa"),
        ("Contactos:", "Contactos"),
        ("Para más información, contacte a Jane Roe", "Para más información, contacte"),
        ("Renseignements : Jeanne Roy", "Renseignements"),
        ("Personne-ressource :", "Personne-ressource"),
        ("Relations avec les médias", "Relations avec les médias"),
        ("Contact presse", "Contact presse"),
        ("Relaciones con Inversionistas:", "Relaciones con Inversionistas"),
        ("Pour information :", "Pour information"),
        ("Contact média :", "Contact média"),
        ("Prensa: Lucía Herrera", "Prensa"),
    ],
)
def test_contact_label_matches(text: str, label: str) -> None:
    m = CONTACT_LABEL.match(text)
    assert m is not None
    assert m["label"] == label


@pytest.mark.parametrize(
    "text",
    [
        "Contact Us",
        "Contact PR Newswire",
        "CONTACT ACME WIDGETS, LLP: if you bought shares, you may have a claim",
        "Contactless payments grew again",
        "Contact Person: Jane Roe",
        "Media relations are important to us",
        "For more information, please visit www.acme.example",
        "Investors",
        "For further information on the plan, see the filing",
        "Renseignements sur le produit",
        "Contacto directo con los clientes",
        "Relations avec les médias sont importantes",
    ],
)
def test_contact_label_misses(text: str) -> None:
    assert CONTACT_LABEL.match(text) is None


# Openings that a label may or may not follow: letters of either case, the letters that
# match others when case is ignored ("ſ", "İ", the Kelvin sign), marks, the underscore (a
# word character), digits, white space.
_OPENINGS = "SsTtKkPpXx\u017f\u0130\u212a\u0131é*#-([“_2² \t"


@pytest.mark.parametrize(
    "label",
    ["Media Contact:", "Kontakt:", "Service de presse", "Shareholder inquiries", "PR contact"],
)
def test_contact_label_turns_away_only_what_the_pattern_misses(label: str) -> None:
    for a, b, c in itertools.product(_OPENINGS, repeat=3):
        for text in (a + b + label[2:], a + b + c + label, a + b + c + label[1:], a + label[1:]):
            got, want = contact_label(text), CONTACT_LABEL.match(text)
            assert (got is None) == (want is None), text
            assert got is None or want is None or got.span() == want.span()


def test_contact_label_after_marks_turns_away_only_what_the_pattern_misses() -> None:
    # Marks before a label's first two letters, then every ASCII letter, a space or a mark:
    # "[Read more]" and "**Recent" are turned away, "[Relations" and "**Pr/Media" are not.
    heads = sorted({opening[:2] for opening in ("Re", "RE", "Co", "Me", "Pr", "To", "In", "Se")})
    for marks in ("[", "**", "• ", "## ", "“"):
        for head in heads:
            for third in string.ascii_letters + " /:-":
                text = f"{marks}{head}{third}ations and more"
                got, want = contact_label(text), CONTACT_LABEL.match(text)
                assert (got is None) == (want is None), text


def test_a_card_line_is_told_by_its_values() -> None:
    # Whether a line holds an e-mail address, a number or a hidden address is what its
    # values say, also where only its numbers are read (no address and no label in it).
    pieces = ["https://acme.example/news/2026/0412345678", "555-0100", "(212) 555-0100", " "]
    pieces += ["jane@acme.example", "jane [at] acme [dot] com", "[email protected]", "@acme"]
    pieces += [
        "Email Us Here",
        "Media Contact: ",
        "To arrange an interview at (212) 555-0100, please contact ",
        "Jane Roe",
    ]
    pieces += ["please contact ", "+44 20 7946 0958", "800x600", "Tel: ", ", ", "Acme"]
    rng = random.Random(19)
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        line = _contact_items.make_line(text, 0)
        told = contacts._Reader(region="US", texts=[text])._may_be_card_line(line)
        values = contacts._Reader(region="US", texts=[text])._split(text)[2]
        assert told == any(v[0] in contacts._CARD_DETAILS for v in values), text


def test_unlabelled_card_printed_on_lines() -> None:
    text = (
        "Acme Spotlight\n\nBody text here about batteries.\n\nAbout WidgetWire\n\n"
        "WidgetWire is a platform.\n\nCorporate Communications\nWidgetWire\n"
        "Los Angeles, California\nwww.WidgetWire.example\n310.555.1717 Office\n"
        "Editor@WidgetWire.example\n"
    )
    (contact,) = pressparse.parse_contacts(text)
    assert (contact.name, contact.organization) == ("Corporate Communications", "WidgetWire")
    assert (contact.phone, contact.email) == ("310.555.1717", "Editor@WidgetWire.example")
    assert contact.address == "Los Angeles, California"


def test_fax_numbers_are_left_out() -> None:
    text = (
        "Acme Opens Plant\n\nBody text.\n\nFor media inquiries:\nJane Roe\n"
        "Tel: +1 (212) 555-0100 | Fax: +1 (212) 555-0101\njane@acme.example\n"
    )
    (contact,) = pressparse.parse_contacts(text)
    assert contact.phones == ("+1 (212) 555-0100",)
    assert contact.role == "media"


def test_three_letter_label_openings_are_those_of_the_pattern() -> None:
    # Every three lower-case letters some label opens with: the pattern matches them as the
    # start of a longer text (a partial match).
    letters = "abcdefghijklmnopqrstuvwxyz"
    openings = {
        "".join(three)
        for three in itertools.product(letters, repeat=3)
        if CONTACT_LABEL.match("".join(three), partial=True) is not None
    }
    assert openings == vocab._LABEL_OPENINGS3


def test_no_label_heads_are_the_ascii_letters_no_label_opens_with() -> None:
    chars = "abcoCOzZ é1*[ \u017f\u0130"
    heads = {""} | set(chars) | {a + b for a in chars for b in chars}
    for head in heads:
        expected = head.isascii() and head.isalpha() and head not in vocab.LABEL_HEADS
        assert (head in vocab.NO_LABEL_HEADS) == expected, head
    for head in vocab.LABEL_HEADS:
        for c in "aAeEnNtTsSzZ é1:":
            three = head + c
            expected = c.isascii() and c.isalpha() and three.lower() not in vocab._LABEL_OPENINGS3
            assert (three in vocab.NO_LABEL_OPENINGS3) == expected, three


def test_inline_label_is_the_search_of_its_pattern() -> None:
    pieces = [
        "2026",
        "12345",
        "\u0663\u0663\u0663\u0663",
        ".",
        "!",
        "?",
        " ",
        "   ",
        "\n",
        "\u2003",
        "Contact:",
        "Contacts :",
        "Media:",
        "Media Contact:",
        "Investors and Media Contacts:",
        "For further information:",
        "Jane Roe",
        "press",
        "PR Inquiries:",
        "x",
        ",",
        "Acme Corp",
    ]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        want = _contact_blocks._INLINE.search(text)
        got = _contact_blocks._inline_label(text)
        assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))


def test_stop_line_and_end_mark_heads_are_those_of_the_patterns() -> None:
    letters = "abcdefghijklmnopqrstuvwxyz"
    pairs = ["".join(two) for two in itertools.product(letters, repeat=2)]
    stop = {two for two in pairs if _contact_blocks._STOP_LINE.match(two, partial=True)}
    assert stop == _contact_blocks._STOP_HEADS
    end = {two for two in pairs if vocab.END_MARK.match(two, partial=True)}
    assert end == {_contact_blocks._END_HEAD}


def test_blocks_the_scan_turns_away_open_no_label() -> None:
    pieces = ["Co", "co", "Contact", "Rec", "Th", "[", "#", "**", " ", "Media", ":", "Acme"]
    pieces += ["-", "x", "İ", "Pr", "ess", "é", "1", "\n", "Investors", "Tod", "ay"]
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        head = text[:2]
        skipped = (
            head in vocab.NO_LABEL_HEADS
            or text[:3] in vocab.NO_LABEL_OPENINGS3
            or (head[:1] in vocab.LABEL_MARKS and text[1:3] in vocab.NO_LABEL_HEADS)
        )
        if skipped:
            assert contact_label(text) is None, text


def test_noise_phrase_heads_are_those_of_the_pattern() -> None:
    # Every three lower-case letters a noise phrase opens with: the pattern matches them as
    # the start of a longer text (a partial match).
    letters = "abcdefghijklmnopqrstuvwxyz"
    heads = {
        "".join(three)
        for three in itertools.product(letters, repeat=3)
        if NOISE_PHRASE.match("".join(three), partial=True) is not None
    }
    assert heads == NOISE_HEADS


@pytest.mark.parametrize(
    "text",
    [
        "Acme Opens Plant\n\nBody text.\n\nJane Roe\njane@acme.example\n555-0100\n",
        "Acme\n\nCall 212 555\n0100 or 555\n\n0199 now\n\nThe 2027 plan, 12 sites.\n",
        "Acme\n\nEmail Us Here\n\nSend Email\n\nE-Mail us\n\nSEND EMAIL\n",
        "Acme\n\nHotline \u0665\u0665\u0665-\u0660\u0661\u0660\u0660\n\nCall 555-0100\n",
        "Acme\n\nTel \uff15\uff15\uff15\uff10\uff11\uff10\uff10\n\n12345678\n\nnone\n",
        "Acme\n\n1234567\n89 and 12-34\n\n@acme\n",
        "Acme\n\nCall 555\n0100555 now\n",
    ],
)
def test_blocks_asked_for_a_value_are_those_that_may_hold_one(text: str) -> None:
    # Searching the whole document finds every block that may hold a value, told one by one.
    doc = pressparse.read(text, fmt="text")
    texts = [b.text for b in doc.blocks]
    expected = {k for k, t in enumerate(texts) if _contact_blocks._has_value(t)}
    assert expected <= set(_contact_blocks._value_blocks(doc))
    scan = _contact_blocks._Blocks(doc)
    for start, end in itertools.product(range(len(texts) + 1), repeat=2):
        assert scan.any_value(start, end) == any(k in expected for k in range(start, end))


def test_the_join_test_passes_every_text_with_a_join() -> None:
    # Every ASCII text the join pattern cuts passes the cheap test that spares the pattern.
    rng = random.Random(3)
    for _ in range(20000):
        text = "".join(rng.choices("aZbY.9 -,'xQ\tMc", k=rng.randint(1, 14)))
        assert _contact_segments._may_glue(text) or not _contact_segments._GLUE.search(text)


def test_items_and_lines_built_past_init_are_those_of_the_classes() -> None:
    line = _contact_items.make_line("Jane Roe", 12)
    assert line == _contact_items.Line(text="Jane Roe", start=12)
    assert attrs.asdict(line) == {"text": "Jane Roe", "start": 12}
    fields = {f.name for f in attrs.fields(_contact_items.Item)}
    assert fields == {"kind", "start", "end", "text", "line", "value", "field"}
    item = _contact_items.make_item(Kind.PHONE, 3, 11, "555-0100", 1, "+15550100", "phone")
    want = _contact_items.Item(
        kind=Kind.PHONE, start=3, end=11, text="555-0100", line=1, value="+15550100", field="phone"
    )
    assert item == want
    assert hash(item) == hash(want)
    assert _contact_items.make_item(Kind.NAME, 0, 4, "Jane", 0) == _contact_items.Item(
        kind=Kind.NAME, start=0, end=4, text="Jane", line=0
    )


def test_issuer_heads_are_the_lower_case_test() -> None:
    from pressparse.stages import contacts

    chars = "aAàÀsSſbBcCoOİ \t\u2003x"
    for a in chars:
        for b in ["", *chars]:
            text = a + b
            head = text.lower()
            want = head[:2] in {"ab", "ac", "so", "ſo"} or (head[:1] in "aà" and head[1:].isspace())
            got = text[:2] in contacts._ISSUER_HEADS or (text[:1] in "aAàÀ" and text[1:2].isspace())
            assert got == want, text


def test_every_piece_read_as_a_web_address_holds_a_domain_dot() -> None:
    # The card test turns a group of lines away, unread, when no line holds the dot a bare
    # domain has: every piece classify reads as a web address holds one.

    rng = random.Random(11)
    parts = ["acme", "a", "9", "-", ".", "com", "/news", "Acme", "x.y", " ", "www", "A.b", "é"]
    seen = 0
    for _ in range(20000):
        text = "".join(rng.choices(parts, k=rng.randint(1, 6)))
        if _contact_segments.classify(text) is Kind.WEBSITE:
            seen += 1
            assert _contact_blocks.DOMAIN_DOT.search(text), text
    assert seen > 100


def test_a_card_of_one_kind_of_detail_is_told_without_reading_its_text() -> None:
    # A group with a number alone and no dot between letters is no card, told before its
    # lines are read; with a bare domain as well it is one.
    from pressparse.stages import contacts

    lines = [
        _contact_items.make_line("Acme Widgets", 0),
        _contact_items.make_line("(212) 555-0134", 13),
    ]
    reader = contacts._Reader(region="US", texts=[])
    assert not reader.is_card(lines)
    assert not reader._seen  # no line was read
    site = _contact_items.make_line("acme.example", 28)
    assert contacts._Reader(region="US", texts=[]).is_card([*lines, site])


def test_every_trailer_run_into_a_line_passes_the_cheap_test() -> None:
    # A line the trailer pattern cuts always holds the words the cheap test looks for.
    rng = random.Random(5)
    pieces = [
        "Logo",
        "Photo",
        " - ",
        "To view the original",
        "View original ",
        "View source ",
        "SOURCE",
        " Acme",
        "Source: ",
        "(END)",
        "###",
        "Distributed by",
        "About ",
        "About Acme",
        "view",
        "Source",
        "x",
        " ",
        "\u2003",
        "Jane",
    ]
    hits = 0
    for _ in range(5000):
        text = "".join(rng.choices(pieces, k=rng.randint(1, 5)))
        if _contact_blocks._STOP_INLINE.search(text):
            hits += 1
            assert _contact_blocks._may_stop_inline(text), text
    assert hits > 500


def test_every_card_passes_the_cheap_test_of_its_text() -> None:
    # The card test turns a group away by its text alone only where reading it finds no card.
    from pressparse.stages import contacts

    rng = random.Random(23)
    lines = [
        "Jane Roe",
        "Acme Widgets Inc.",
        "(212) 555-0134",
        "jane@acme.example",
        "acme.example",
        "www.acme.example",
        "Email us here",
        "Media Contact:",
        "Director of Communications",
        "Reno, NV",
        "jane [at] acme [dot] example",
        "It was a day to remember for all of us.",
        "Call 555-0100 today",
        "@acme",
    ]
    cards = 0
    for _ in range(1500):
        texts = rng.choices(lines, k=rng.randint(1, 4))
        group = [_contact_items.make_line(t, 100 * k) for k, t in enumerate(texts)]
        if contacts._Reader(region="US", texts=[]).is_card(group):
            cards += 1
            assert _contact_blocks.may_be_card(texts), texts
    assert cards > 40


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Jane RicherCEO", ["Jane Richer", "CEO"]),
        ("MnDOT Communications", ["MnDOT Communications"]),
        ("Acme Inc.Jane Roe", ["Acme Inc.", "Jane Roe"]),
    ],
)
def test_a_lost_line_break_is_cut_but_a_short_camel_case_name_stays_whole(
    text: str, pieces: list[str]
) -> None:
    assert [text[a:b] for a, b in _contact_segments.split_segments(text)] == pieces


def test_a_department_named_in_camel_case_stays_the_contact_s_organization() -> None:
    text = (
        "Lakeview Opens the Harbor Line\n\n"
        "LAKEVIEW, Minn. – The new Harbor Line station opened today.\n\n"
        "Media Contacts:\n"
        "Oksana Pryce, MnDOT Communications, 651-555-0133, oksana.pryce@dot.example.gov\n"
    )
    (contact,) = pressparse.parse(text).contacts
    assert (contact.name, contact.organization) == ("Oksana Pryce", "MnDOT Communications")


def test_an_organization_printed_as_a_label_opens_its_own_contact() -> None:
    text = (
        "Acme and Birch Partner on Payouts\n\n"
        "NEW YORK, March 3, 2026 /PRNewswire/ -- Acme Payments, Inc. and Birch Trust plc "
        "today announced a partnership.\n\n"
        "About Acme Payments, Inc.\nAcme Payments builds payroll tools.\n\n"
        "About Birch Trust plc\nBirch Trust is a transaction bank.\n\n"
        "Media contacts:\n"
        "Acme Payments: Lorcan Fitz, press@acme.example.com, +1 646-555-0113\n"
        "Birch Trust: Henrietta Oduya, +44 20 7946 0852, media@birch.example.co.uk\n"
    )
    found = [(c.name, c.organization) for c in pressparse.parse(text).contacts]
    assert found == [("Lorcan Fitz", "Acme Payments"), ("Henrietta Oduya", "Birch Trust")]


def test_a_title_going_on_in_lower_case_names_no_organization() -> None:
    text = (
        "Acme ouvre une usine\n\n"
        "MONTRÉAL, le 3 mars 2026 /CNW/ - Acme a ouvert une usine à Montréal pour ses clients "
        "du Québec.\n\n"
        "SOURCE Acme Inc.\n\n"
        "Renseignements : Raphaëlle Thibodeau, Conseillère aux communications, 514-555-0182, "
        "rthibodeau@acme.example.org\n"
    )
    (contact,) = pressparse.parse(text).contacts
    assert (contact.title, contact.organization) == ("Conseillère aux communications", None)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Tacoma Police Department", _contact_segments.Kind.ORG),
        ("Public Information Office", _contact_segments.Kind.DESK),
        ("Harbourside Water press office", _contact_segments.Kind.DESK),
        ("Acme media team", _contact_segments.Kind.DESK),
    ],
)
def test_a_department_is_an_organization_and_an_organization_s_desk_a_desk(
    line: str, kind: _contact_segments.Kind
) -> None:
    assert _contact_segments.classify(line) is kind


def test_a_desk_over_its_department_after_the_end_mark_is_a_contact() -> None:
    text = (
        "Police Arrest Three in Converter Thefts\n\n"
        "TACOMA, Wash. – Police arrested three people in a string of thefts, the department "
        "said.\n\n###\n\n"
        "Media Contact:\nPublic Information Office\nTacoma Police Department\n"
        "(253) 555-0133\npio@tacoma.example.gov\n"
    )
    (contact,) = pressparse.parse(text).contacts
    assert (contact.name, contact.organization) == (
        "Public Information Office",
        "Tacoma Police Department",
    )


@pytest.mark.parametrize(
    ("dateline", "emails", "phone"),
    [
        # no country in the dateline: a number the default region does not read is read in
        # the country of the release's e-mail domain
        ("BRISTOL –", "press.office@harbourside.example.co.uk", "+441174960000"),
        # the dateline's region tells the country
        ("PERTH, Western Australia, 23 April 2026:", "media@coralbay.example.com", "+61412555083"),
    ],
)
def test_numbers_are_read_in_the_release_s_country(dateline: str, emails: str, phone: str) -> None:
    printed = "0117 496 0000" if phone.startswith("+44") else "0412 555 083"
    text = (
        "Harbourside Opens a Reservoir\n\n"
        f"{dateline} Harbourside Water today opened the new Failand reservoir, which will "
        "hold 40 million litres for homes in the west of the region.\n\n"
        "“The reservoir secures supply for the next fifty years,” said Ann Lee, chief "
        "executive of Harbourside Water.\n\n"
        f"Media enquiries:\nJane Roe\nHarbourside Water\n{printed}\n{emails}\n"
    )
    (contact,) = pressparse.parse(text).contacts
    assert contact.phone_e164 == phone


def test_a_foreign_address_does_not_change_how_local_numbers_read() -> None:
    text = (
        "Lanternfish and Halvard Announce a Feature\n\n"
        "LOS ANGELES--(BUSINESS WIRE)--Lanternfish Studios and Halvard Pictures today "
        "announced a film.\n\n"
        "Contacts:\nCorinne Abe\nLanternfish Studios\n(818) 555-0191\n"
        "corinne@lanternfish.example.com\n\n"
        "Mette Lund\nHalvard Pictures\n+45 32 12 34 56\npress@halvard.example.dk\n"
    )
    phones = [c.phone_e164 for c in pressparse.parse(text).contacts]
    assert phones == ["+18185550191", "+4532123456"]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("press@acme.example.co.uk", "GB"),
        ("media@coralbay.example.com.au and info@acme.com", "AU"),
        ("hello@acme.io", None),
        ("hello@acme.com", None),
    ],
)
def test_an_e_mail_domain_tells_a_country_unless_sold_as_a_generic_name(
    text: str, region: str | None
) -> None:
    assert email_region(text) == region


@pytest.mark.parametrize(
    ("line", "name", "organization"),
    [
        # the issuer's name, then a desk: the desk's own name, whole
        ("Fenwick & Dray Press Office", "Fenwick & Dray Press Office", None),
        ("Fenwick & Dray Communications", "Fenwick & Dray Communications", None),
        # an agency no sentence of the release names stays an organization
        ("Bluefern Communications", None, "Bluefern Communications"),
    ],
)
def test_a_desk_named_after_the_release_s_organization_is_the_desk_s_name(
    line: str, name: str | None, organization: str | None
) -> None:
    text = (
        "Fenwick & Dray Opens a Second Studio\n\n"
        "PORTLAND, Ore., March 3, 2026 /PRNewswire/ -- Fenwick & Dray, the furniture maker, "
        "today opened its second studio.\n\n"
        "“Fenwick & Dray has grown with Portland,” said Ann Lee, its founder.\n\n"
        "About Fenwick & Dray\nFenwick & Dray makes furniture in Oregon.\n\n"
        f"Press Inquiries\n{line}\npress@fenwickdray.example.com\n541-555-0150\n"
    )
    (contact,) = pressparse.parse(text).contacts
    assert (contact.name, contact.organization) == (name, organization)


@pytest.mark.parametrize("rank", ["Sgt.", "Lt.", "Det.", "Capt."])
def test_an_officer_s_rank_stays_on_the_contact_s_name(rank: str) -> None:
    text = (
        "Police Arrest Two After Pursuit\n\n"
        "SPRINGFIELD, Mo. - Two men were taken into custody early Thursday after a vehicle "
        "pursuit that ended on West Republic Road, police said.\n\n"
        "###\n\n"
        f"Media Contact:\n{rank} Nicole Farris\nPublic Information Officer\n417-555-0172\n"
        "pio@springfieldpd.example.gov\n"
    )
    (contact,) = pressparse.parse_contacts(text)
    assert (contact.name, contact.title) == (f"{rank} Nicole Farris", "Public Information Officer")


def test_an_agency_s_end_mark_after_the_contact_is_no_organization() -> None:
    text = (
        "BLM Seeks Comment on a Solar Project\n\n"
        "GRAND JUNCTION, Colo. – The Bureau of Land Management today opened a 45-day comment "
        "period on a proposed solar project on public land.\n\n"
        "CONTACT:\nEli Brand, Public Affairs Specialist\n970-555-0141\nebrand@blm.example.gov\n\n"
        "-BLM-\n"
    )
    (contact,) = pressparse.parse_contacts(text)
    assert (contact.name, contact.organization) == ("Eli Brand", None)
