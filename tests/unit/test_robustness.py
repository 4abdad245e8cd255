"""Hostile and broken input: parse() raises nothing but documented errors, and never invents.

Also: results and parsers pickle, so batches can run in other processes or machines.
"""

from __future__ import annotations

import pickle

import pytest

import pressparse
from pressparse import InputError, ParseOptions, Parser

RELEASE = (
    "Fenwick Orchards Opens Cider House\n\n"
    "MAPLE GROVE, Vt., June 2, 2026 /PRNewswire/ -- Fenwick Orchards opened a cider house "
    "on its hillside farm.\n\n"
    "“We are proud to share our harvest,” said Ada Brill, owner of Fenwick Orchards.\n\n"
    "Media Contact:\nJo Pell\npress@fenwick.example\n+1 802-555-0199\n"
)

NESTING = 100_000


def _empty(release: pressparse.PressRelease) -> bool:
    return (
        not release.is_press_release
        and release.headline is None
        and release.dateline is None
        and release.quotes == ()
        and release.contacts == ()
    )


@pytest.mark.parametrize(
    "source",
    [
        "",
        b"",
        "   \n\n\t ",
        "\x00" * 5000,
        b"\x00\x01\x02\xff" * 2000,
        bytes(range(256)) * 40,
        b"\xff\xfe\xfd invalid \xc3\x28 utf-8 \xa0\xa1",
        "\ud800 lone surrogate",
        "\ufeff\u200b\u00ad",
    ],
    ids=["empty", "empty-bytes", "blank", "nul", "binary", "all-bytes", "bad-utf8",
         "surrogate", "invisible"],
)  # fmt: skip
def test_junk_gives_an_empty_result(source) -> None:
    assert _empty(pressparse.parse(source))


@pytest.mark.parametrize("fmt", ["auto", "html", "markdown", "text"])
def test_nul_bytes_inside_a_release_are_dropped(fmt) -> None:
    release = pressparse.parse(RELEASE.replace(" ", " \x00", 5), fmt=fmt)
    assert "\x00" not in release.text


@pytest.mark.parametrize(
    "page",
    [
        "<div>" * NESTING + "Deep text",
        "<html><body>" + "<b><i>" * (NESTING // 2) + "Deep text",
        "<ul><li>" * (NESTING // 2),
    ],
    ids=["div", "inline", "list"],
)
def test_100000_nested_tags_do_not_exhaust_the_stack(page) -> None:
    release = pressparse.parse(page, fmt="html")
    assert release.headline in (None, "Deep text")


def test_a_page_that_is_not_a_release_gets_no_invented_fields() -> None:
    page = (
        "<html><head><title>404 Not Found</title></head><body><h1>Page not found</h1>"
        "<p>Sorry, the page you asked for does not exist.</p></body></html>"
    )
    assert _empty(pressparse.parse(page))


def test_unknown_format_is_an_input_error() -> None:
    with pytest.raises(InputError):
        pressparse.parse(RELEASE, fmt="pdf")


def test_unreadable_path_is_an_input_error(tmp_path) -> None:
    with pytest.raises(InputError):
        pressparse.parse(tmp_path / "missing.txt")
    with pytest.raises(InputError):
        pressparse.parse(tmp_path)  # a directory


def test_input_past_max_chars_is_cut_with_a_diagnostic() -> None:
    release = pressparse.parse(RELEASE * 50, options=ParseOptions(max_chars=1000))
    assert len(release.text) <= 1000
    assert "truncated" in [d.code for d in release.diagnostics]


def test_release_pickles_with_every_field() -> None:
    release = pressparse.parse(RELEASE)
    assert release.quotes
    assert release.dateline is not None
    copy = pickle.loads(pickle.dumps(release, protocol=pickle.HIGHEST_PROTOCOL))
    assert copy == release
    assert copy.to_dict() == release.to_dict()


def test_parser_pickles_and_parses_alike() -> None:
    parser = Parser(options=ParseOptions(max_chars=100_000))
    copy = pickle.loads(pickle.dumps(parser))
    assert copy.options == parser.options
    assert copy.parse(RELEASE) == parser.parse(RELEASE)
