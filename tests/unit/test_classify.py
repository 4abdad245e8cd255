"""The verdict: error pages, index pages and empty documents are not releases."""

from __future__ import annotations

import pressparse

RELEASE = (
    "Alder Creek Library Adds Sunday Hours\n\n"
    "ALDER CREEK, Mont., May 5, 2025 /PRNewswire/ -- The Alder Creek Library will open on "
    "Sundays from noon to 5 p.m. starting in June, the library board said today.\n\n"
    '"Sunday is when families have time to read together," said director Ines Varga.\n'
)


def test_a_release_is_a_release() -> None:
    release = pressparse.parse(RELEASE)
    assert release.is_press_release
    assert release.headline == "Alder Creek Library Adds Sunday Hours"


def test_an_error_page_is_not_a_release() -> None:
    page = (
        "<html><head><title>Page Not Found | Alder Creek</title></head><body><main>"
        "<h1>404 - Page Not Found</h1><p>Sorry, the page you were looking for could not be "
        "found. It may have been moved or deleted.</p></main></body></html>"
    )
    release = pressparse.parse(page)
    assert not release.is_press_release
    assert release.headline is None
    assert release.dateline is None
    assert release.sections == ()


def test_an_index_page_is_not_a_release() -> None:
    entries = "".join(
        f"{title}\n"
        f"County Attorney Ruth Okafor announced today that {who} has been sentenced to "
        f"prison after pleading guilty in a case investigated by the sheriff's office.\n"
        "Read more...\n"
        for title, who in [
            ("Burglar Sentenced to Eight Years", "a burglar"),
            ("Forger Sentenced to Three Years", "a forger"),
            ("Arsonist Sentenced to Ten Years", "an arsonist"),
        ]
    )
    text = f"Newsroom | Alder County Attorney\nSkip to Main Content\nNewsroom\n{entries}"
    release = pressparse.parse(text, fmt="text")
    assert not release.is_press_release
    assert release.headline is None
    assert release.quotes == ()


def test_an_empty_document_is_not_a_release() -> None:
    assert not pressparse.parse("").is_press_release
    assert not pressparse.parse("   \n\n").is_press_release


def test_a_title_with_no_body_is_not_a_release() -> None:
    release = pressparse.parse("Alder Creek Library Adds Sunday Hours\n")
    assert not release.is_press_release
    assert release.headline is None
