"""Headlines, decks and where the body starts, in HTML, Markdown and text page dumps."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import pressparse
from pressparse.pipeline import Parser
from pressparse.stages import _deck, _headline_find
from pressparse.stages._header_lines import (
    SMALL_WORD_END,
    DateLine,
    date_line,
    is_chrome,
    is_office_line,
)
from pressparse.stages.state import ParseState


def headline_state(source: str, fmt: str = "auto") -> ParseState:
    parser = Parser()
    return parser.run_stages(parser.read(source, fmt=fmt), until="headline")


def deck(state: ParseState) -> list[str]:
    return [text for text, _ in state.subheadlines]


def assert_spans(state: ParseState) -> None:
    text = state.doc.text
    assert state.headline_span is not None
    assert state.headline_span.slice(text) == state.headline
    for line, span in state.subheadlines:
        assert span.slice(text) == line


class TestHtml:
    def test_the_release_heading_comes_first(self) -> None:
        page = (
            "<html><head><title>Site Home | Riverbend News</title>"
            '<meta property="og:title" content="Something else"></head><body>'
            "<article><h1>Riverbend Opens a New Footbridge</h1>"
            "<p>The city of Riverbend opened a footbridge over the Mill River on Saturday, "
            "linking two parks.</p></article></body></html>"
        )
        state = headline_state(page)
        assert state.headline == "Riverbend Opens a New Footbridge"
        assert_spans(state)

    def test_the_page_title_without_its_site_suffix_where_the_page_prints_it(self) -> None:
        page = (
            "<html><head><title>Harbor Dredging Begins in May | Port of Kelso | News Hub"
            "</title></head><body><main><p>Harbor Dredging Begins in May</p>"
            "<p>May 2, 2025</p><p>The Port of Kelso will begin dredging the inner harbor on "
            "May 12, the port authority said.</p></main></body></html>"
        )
        state = headline_state(page)
        assert state.headline == "Harbor Dredging Begins in May"
        assert state.doc.blocks[state.body_start].text.startswith("The Port of Kelso")
        assert_spans(state)

    def test_a_title_only_in_the_metadata_has_no_span(self) -> None:
        page = (
            "<html><head><title>Kelso Ferry Adds Sunday Crossings - Kelso Transit</title>"
            "</head><body><main><p>From June, the ferry will also cross on Sundays, "
            "Kelso Transit said on Monday in a statement to riders.</p></main></body></html>"
        )
        state = headline_state(page)
        assert state.headline == "Kelso Ferry Adds Sunday Crossings"
        assert state.headline_span is None

    def test_a_syndication_credit_under_the_deck_is_no_deck_line(self) -> None:
        page = (
            "<html><head><title>Tidewell Buys Two Tugs</title></head><body><article>"
            "<h1>Tidewell Marine Buys Two Hybrid Tugboats</h1>"
            "<p><em>The boats will work the Fraser River from next spring</em></p>"
            '<div class="byline">Provided by PR Newswire &middot; <time '
            'datetime="2026-03-04T09:30:00-05:00">Mar 4, 2026 9:30 AM</time></div>'
            "<p>VANCOUVER, BC, March 4, 2026 /PRNewswire/ -- Tidewell Marine Ltd. has "
            "bought two hybrid tugboats for its river fleet.</p></article></body></html>"
        )
        release = pressparse.parse(page)
        assert release.subheadlines == ("The boats will work the Fraser River from next spring",)
        # the time the credit prints, with the zone the page's metadata gives it
        assert release.dateline is not None
        assert release.dateline.date == dt.date(2026, 3, 4)
        assert release.dateline.timezone == "-05:00"


class TestMarkdown:
    def test_hash_heading_and_deck(self) -> None:
        text = (
            "# Marlow Bikes Recalls 2,000 Cargo Frames\n\n"
            "Owners can get a free replacement at any dealer\n\n"
            "MARLOW, Okla., June 2, 2025 /PRNewswire/ -- Marlow Bikes is recalling cargo "
            "frames made in 2024.\n"
        )
        state = headline_state(text)
        assert state.headline == "Marlow Bikes Recalls 2,000 Cargo Frames"
        assert deck(state) == ["Owners can get a free replacement at any dealer"]
        assert state.doc.blocks[state.body_start].text.startswith("MARLOW, Okla.")
        assert state.headline_index is not None
        assert state.headline_index in state.claimed
        assert state.body_start not in state.claimed
        assert_spans(state)

    def test_a_heading_wrapped_by_the_converter_is_joined(self) -> None:
        text = (
            "# Tidewater Freight Signs Long-Term Lease for Cold Storage Warehouse in\n"
            "Norfolk\n\n"
            "March 4, 2025 08:00 AM Eastern Standard Time\n\n"
            "NORFOLK, Va.--(BUSINESS WIRE)--Tidewater Freight has signed a lease.\n"
        )
        state = headline_state(text)
        assert state.headline == (
            "Tidewater Freight Signs Long-Term Lease for Cold Storage Warehouse in Norfolk"
        )
        assert deck(state) == []

    def test_a_short_deck_under_a_short_heading_stays_a_deck(self) -> None:
        text = (
            "# Copperleaf Analytics Names a Chief Technology Officer\n\n"
            "_Veteran engineer to lead the data platform_\n\n"
            "BOULDER, Colo.--(BUSINESS WIRE)--Copperleaf Analytics named a new officer.\n"
        )
        state = headline_state(text)
        assert state.headline == "Copperleaf Analytics Names a Chief Technology Officer"
        assert deck(state) == ["Veteran engineer to lead the data platform"]

    def test_summary_bullets_are_deck_lines(self) -> None:
        text = (
            "# Fernhill Water Cuts Leaks by a Third\n\n"
            "- Sensors installed on 400 miles of main\n"
            "- Repairs now start within a day\n\n"
            "FERNHILL, Ore., May 6, 2025 /PRNewswire/ -- Fernhill Water said leaks fell.\n"
        )
        state = headline_state(text)
        assert deck(state) == [
            "Sensors installed on 400 miles of main",
            "Repairs now start within a day",
        ]


class TestTextPageDumps:
    def test_chrome_labels_and_date_lines_are_skipped(self) -> None:
        text = (
            "Skip to content\n"
            "FOR IMMEDIATE RELEASE\n"
            "Press Release\n"
            "Thursday, May 8, 2025\n"
            "Orchard County Opens Two Cooling Centers\n"
            "Orchard County opened two cooling centers today as temperatures passed "
            "100 degrees for a third day.\n"
        )
        state = headline_state(text, "text")
        assert state.headline == "Orchard County Opens Two Cooling Centers"
        assert_spans(state)

    def test_site_suffix_is_dropped_and_the_in_page_title_is_found(self) -> None:
        text = (
            "Man Sentenced for Pharmacy Burglaries - Orchard County District Attorney\n"
            "Home\nAbout Us\nNews\nContact\n"
            "Man Sentenced for Pharmacy Burglaries\n"
            "Published\nMay 9, 2025\n"
            "ORCHARD CITY – A man who broke into four pharmacies was sentenced today to six "
            "years in prison.\n"
        )
        state = headline_state(text, "text")
        assert state.headline == "Man Sentenced for Pharmacy Burglaries"
        assert state.doc.blocks[state.body_start].text.startswith("ORCHARD CITY")

    def test_kind_label_and_listing_date_are_dropped(self) -> None:
        labelled = (
            "MEDIA ADVISORY: Press Briefing on Flood Recovery - Orchard County\n\n"
            "MEDIA ADVISORY: Press Briefing on Flood Recovery\n\n"
            "The county executive will brief reporters on flood recovery at noon on Friday.\n"
        )
        assert headline_state(labelled, "text").headline == "Press Briefing on Flood Recovery"
        listed = (
            "Bridge Inspections Completed | Orchard County\n\n"
            "News Releases\n\n"
            "May 9, 2025: Bridge Inspections Completed\n\n"
            "County engineers have inspected all 212 bridges in the county this spring.\n"
        )
        assert headline_state(listed, "text").headline == "Bridge Inspections Completed"

    def test_a_title_over_several_lines_and_a_deck_broken_by_layout(self) -> None:
        text = (
            "Two Charged in Scheme to Defraud Elderly Homeowners - Orchard County DA\n"
            "Skip to content\n"
            "Tuesday, June 3, 2025\n"
            "Two Charged in Scheme to Defraud\n"
            "Elderly Homeowners\n"
            "Defendants Allegedly Took Deposits for Roof Repairs;\n"
            "Work Was Never Done\n"
            "Orchard County District Attorney Lena Park today announced that two men have "
            "been charged with grand larceny.\n"
        )
        state = headline_state(text, "text")
        assert state.headline == "Two Charged in Scheme to Defraud Elderly Homeowners"
        assert deck(state) == [
            "Defendants Allegedly Took Deposits for Roof Repairs; Work Was Never Done"
        ]

    def test_a_title_and_deck_run_together_after_the_deck(self) -> None:
        text = (
            "Skip to main content\nHome\nNewsroom\nContact Us\n"
            "News Releases\n"
            "Defendant Was Arrested at the Border Last Year\n"
            "May 20, 2025\n"
            "Man Extradited From Canada Defendant Was Arrested at the Border Last Year\n"
            "(Orchard City, TX) - A man charged with fraud was extradited today.\n"
        )
        state = headline_state(text, "text")
        assert state.headline == "Man Extradited From Canada"
        assert deck(state) == ["Defendant Was Arrested at the Border Last Year"]
        assert_spans(state)

    def test_a_page_run_together_into_one_paragraph(self) -> None:
        text = (
            "Kestrel Mining Completes Sale of Idle Mill PR Newswire "
            "RENO, Nev., May 5, 2025 /PRNewswire/ -- Kestrel Mining Corp. said today it "
            "has completed the sale of its idle mill in northern Nevada to a recycler for "
            "$12 million in cash, ending three years of talks with several buyers. " * 3
        )
        release = pressparse.parse(text, fmt="text")
        assert release.headline == "Kestrel Mining Completes Sale of Idle Mill"
        assert release.dateline is not None
        assert release.dateline.location == "RENO, Nev."
        assert release.paragraphs

    def test_an_office_line_opening_the_first_sentence_is_not_a_deck(self) -> None:
        text = (
            "Burglar Sentenced to Nine Years - County News\n"
            "Home\n/\nNews\n/\n"
            "Burglar Sentenced to Nine Years\n"
            "Orchard County District Attorney\n"
            "Lena Park\n"
            "announced that a 31-year-old man was sentenced today to nine years in prison "
            "for a string of burglaries.\n"
        )
        state = headline_state(text, "text")
        assert state.headline == "Burglar Sentenced to Nine Years"
        assert deck(state) == []
        assert state.doc.blocks[state.body_start].text == "Orchard County District Attorney"

    def test_the_site_name_above_the_navigation_is_not_the_title(self) -> None:
        text = (
            "Orchard County District Attorney's Office\n"
            "Skip to main content\n"
            "Home\nAbout\nNews\nContact Us\n"
            "Press Release\n"
            "Two Charged in Warehouse Break-Ins\n"
            "Tuesday, March 3, 2026\n"
            "/NOT FOR DISTRIBUTION TO WIRE SERVICES IN THE UNITED STATES/\n"
            "ORCHARD CITY – Two men were charged today with breaking into four warehouses "
            "along the river.\n"
        )
        release = pressparse.parse(text, fmt="text")
        assert release.headline == "Two Charged in Warehouse Break-Ins"
        assert release.subheadlines == ()
        assert release.dateline is not None
        assert release.dateline.location == "ORCHARD CITY"

    def test_a_dated_line_under_a_heading_is_not_its_second_line(self) -> None:
        text = (
            "# Harmon Springs Begins Free Lead Pipe Replacement in Three Neighborhoods\n\n"
            "Posted on: June 12, 2026 | Department: Public Works\n\n"
            "The city will begin replacing lead water service lines at no cost on July 6.\n"
        )
        release = pressparse.parse(text)
        assert release.headline == (
            "Harmon Springs Begins Free Lead Pipe Replacement in Three Neighborhoods"
        )
        assert release.dateline is not None
        assert release.dateline.date is not None
        assert release.dateline.date.isoformat() == "2026-06-12"

    def test_a_short_line_deep_in_a_long_page_is_no_title(self) -> None:
        # Forty long paragraphs of prose (no title among them), then a short line: far
        # past where pages print a release's title, so the first-line rule stops first.
        prose = (
            "the committee met again on the matter and heard from residents of the valley, "
            "who spoke at length about the road, the river crossing and the school bus "
            "routes that the county has changed twice in the last year without notice. "
        ) * 3
        text = "\n\n".join([prose] * 40) + "\n\nValley Residents Meet the Committee\n"
        assert len(text) > _headline_find.FIRST_LINE_CHARS
        assert headline_state(text, "text").headline is None
        short = "\n\n".join([prose] * 4) + "\n\nValley Residents Meet the Committee\n"
        assert headline_state(short, "text").headline == "Valley Residents Meet the Committee"


_LINE_ENDS = (
    _deck._SENTENCE_END,
    _deck._RUNS_ON,
    _deck._OFFICE_END,
    _headline_find._RUNS_ON,
    SMALL_WORD_END,
    _headline_find._ENDS_PUNCT,
)
_END_WORDS = ("the", "their", "in", "Superintendent", "Representative", "Chief", "word")


@given(
    st.lists(
        st.sampled_from(_END_WORDS) | st.text(alphabet=" \n.!?:;,'\"”’)–—-aZé", max_size=3),
        max_size=8,
    )
)
def test_a_line_end_test_reads_only_the_end_and_finds_the_same(pieces: list[str]) -> None:
    text = "".join(pieces)
    for end in _LINE_ENDS:
        assert end.ends(text) == (end.pattern.search(text) is not None)


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe | March 3, 2026",
        "By Jane Roe · March 3, 2026 9:00 AM ET",
        "Provided by PR Newswire · Apr 2, 2026 10:15 AM",
        "Distributed by Business Wire • May 5, 2026",
        "By University Communications | Published April 14, 2026",
    ],
)
def test_bylines_and_credits_before_a_date_are_date_lines(line: str) -> None:
    assert date_line(line) is DateLine.PLAIN


def test_a_letterhead_above_the_release_label_is_not_the_title() -> None:
    text = (
        "OFFICE OF THE STATE TREASURER\n"
        "STATE OF VERMONT\n\n"
        "FOR IMMEDIATE RELEASE\n"
        "Tuesday, May 5, 2026\n\n"
        "Media Contact:\n"
        "Press Office\n"
        "(802) 555-0131\n\n"
        "Treasurer Returns $4 Million in Unclaimed Property to Vermont Families\n\n"
        "MONTPELIER, Vt. – The State Treasurer's Office returned $4 million in unclaimed "
        "property to residents in April, the most in a single month.\n"
    )
    release = pressparse.parse(text, fmt="text")
    assert release.headline == (
        "Treasurer Returns $4 Million in Unclaimed Property to Vermont Families"
    )
    # the date under the label, however many contact lines stand before the title
    assert release.dateline is not None
    assert release.dateline.date == dt.date(2026, 5, 5)


@pytest.mark.parametrize(
    "line",
    [
        "July 21, 2026 · Press Releases",
        "Published March 25, 2026 · 4 min read",
        "March 3, 2026 | News | Business",
        "Posted November 24, 2026 in News",
    ],
)
def test_a_date_with_a_page_s_short_items_after_it_is_a_date_line(line: str) -> None:
    assert date_line(line) is not None


def test_a_long_clause_after_a_date_is_no_date_line() -> None:
    assert date_line("March 3, 2026 · and then the company said it would hire more") is None


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Share toX Share toLinkedIn Share toFacebook Email", True),
        ("Share: Facebook Twitter LinkedIn Email", True),
        ("News provided by Aldergrove Foods, Inc.", True),
        ("News of the merger was provided by the company", False),
        ("Shares rose 4 percent on Tuesday", False),
    ],
)
def test_rows_of_share_links_are_chrome(line: str, chrome: bool) -> None:
    assert is_chrome(line) is chrome


def test_a_page_s_date_and_section_line_is_not_part_of_the_deck() -> None:
    page = (
        "<html><head><title>Tidewell Buys Two Tugs</title></head><body><article>"
        "<h1>Tidewell Marine Buys Two Hybrid Tugboats</h1>"
        '<p class="deck">The boats will work the Fraser River from next spring</p>'
        '<p class="meta"><time datetime="2026-03-04">March 4, 2026</time> &middot; Press '
        "Releases</p><p>VANCOUVER, BC – Tidewell Marine Ltd. has bought two hybrid tugboats "
        "for its river fleet, the company said on Wednesday.</p></article></body></html>"
    )
    release = pressparse.parse(page)
    assert release.subheadlines == ("The boats will work the Fraser River from next spring",)


def test_a_release_label_before_a_date_is_a_date_line() -> None:
    assert date_line("Press Release - Nov 17, 2026") is DateLine.LABELLED
    assert date_line("News Release | March 3, 2026") is DateLine.LABELLED


def test_a_release_label_under_the_heading_is_not_its_second_line() -> None:
    page = (
        "<html><body><main><h1>Transportation Secretary to Open Rebuilt Mill Brook Bridge"
        "</h1><p>FOR IMMEDIATE RELEASE<br>December 4, 2026</p><p>MONTPELIER, Vt. – The "
        "secretary will reopen the bridge on Tuesday.</p></main></body></html>"
    )
    release = pressparse.parse(page, fmt="html")
    assert release.headline == "Transportation Secretary to Open Rebuilt Mill Brook Bridge"


@pytest.mark.parametrize(
    ("source", "fmt", "headline", "deck"),
    [
        # past a blank line, a sentence-case title does not run on into its deck line ...
        (
            "Tidewell Marine adds two hybrid tugboats to its river fleet\n\n"
            "The boats will work the Fraser River from next spring\n\n"
            "VANCOUVER, BC, March 4, 2026 /CNW/ - Tidewell Marine Ltd. has bought two hybrid "
            "tugboats for its river fleet.\n",
            "text",
            "Tidewell Marine adds two hybrid tugboats to its river fleet",
            ("The boats will work the Fraser River from next spring",),
        ),
        (
            "# Tidewell engineers build a hull that cleans its own barnacles\n\n"
            "*A coating could halve the fuel river tugs burn*\n\n"
            "VANCOUVER, BC, March 4, 2026 /CNW/ - Tidewell Marine Ltd. said its engineers "
            "have built a self-cleaning hull.\n",
            "markdown",
            "Tidewell engineers build a hull that cleans its own barnacles",
            ("A coating could halve the fuel river tugs burn",),
        ),
        # ... nor one sentence-case deck line into the next ...
        (
            "Tidewell Marine Completes Purchase of Two Hybrid Tugboats\n\n"
            "The boats will work the Fraser River from next spring\n\n"
            "Deal expected to lower the fleet's fuel costs by a third\n\n"
            "VANCOUVER, BC, March 4, 2026 /CNW/ - Tidewell Marine Ltd. has bought two hybrid "
            "tugboats for its river fleet.\n",
            "text",
            "Tidewell Marine Completes Purchase of Two Hybrid Tugboats",
            (
                "The boats will work the Fraser River from next spring",
                "Deal expected to lower the fleet's fuel costs by a third",
            ),
        ),
        # ... nor one sentence-case deck line ending in a word that may close it into a next
        # line opening with a capital, on the line under it ...
        (
            "Tidewell Reports Positive Results From Its Hull Coating Trial\n\n"
            "Coating cut fuel use by 18% on average across the trial fleet of twelve river tugs "
            "over the twelve-month trial period\n"
            "Company to seek approval from the port authority for a wider trial in the spring\n\n"
            "January 15, 2026 07:00 ET | Source: Tidewell Marine Ltd.\n\n"
            "VANCOUVER, Jan. 15, 2026 (GLOBE NEWSWIRE) -- Tidewell Marine Ltd. today reported "
            "results from its hull coating trial.\n",
            "text",
            "Tidewell Reports Positive Results From Its Hull Coating Trial",
            (
                "Coating cut fuel use by 18% on average across the trial fleet of twelve river "
                "tugs over the twelve-month trial period",
                "Company to seek approval from the port authority for a wider trial in the spring",
            ),
        ),
        # ... while a line ending in a small word runs on, capital or not ...
        (
            "Tidewell Reports Positive Results From Its Hull Coating Trial\n\n"
            "Coating to be tested next on the tugboats of\n"
            "Fraser River Towing in the spring\n\n"
            "VANCOUVER, Jan. 15, 2026 (GLOBE NEWSWIRE) -- Tidewell Marine Ltd. today reported "
            "results from its hull coating trial.\n",
            "text",
            "Tidewell Reports Positive Results From Its Hull Coating Trial",
            ("Coating to be tested next on the tugboats of Fraser River Towing in the spring",),
        ),
        # ... a byline under the title is no deck line, nor a date line's byline ...
        (
            "# Valley Researchers Find the Sap Season Starts Nine Days Earlier\n\n"
            "Published: February 17, 2026\n\n"
            "By Office of University Communications\n\n"
            "BURLINGTON, Vt. — The start of the sap season has moved nine days earlier since "
            "1980, a study found.\n",
            "markdown",
            "Valley Researchers Find the Sap Season Starts Nine Days Earlier",
            (),
        ),
        (
            "<html><body><h1>Zoo Welcomes Three Tiger Cubs</h1>"
            "<p>Endangered cubs are the zoo's first tiger births in 14 years</p>"
            "<p>Posted on June 16, 2026 by Scioto River Zoo</p>"
            "<p>COLUMBUS, Ohio – Three tiger cubs were born at the zoo last week, keepers said."
            "</p></body></html>",
            "html",
            "Zoo Welcomes Three Tiger Cubs",
            ("Endangered cubs are the zoo's first tiger births in 14 years",),
        ),
        # ... nor a pull quote with its speaker's name ...
        (
            "Tidewell Launches a Reef Monitoring Buoy\n\n"
            "The buoy streams water readings every ten minutes\n\n"
            '"For years we waded out with clipboards. Now the reef tells us." — Carla Benn\n\n'
            "NORFOLK, Va., Feb. 11, 2026 /EINPresswire.com/ -- Tidewell Aquatics today launched "
            "a buoy for oyster reef projects.\n",
            "text",
            "Tidewell Launches a Reef Monitoring Buoy",
            ("The buoy streams water readings every ten minutes",),
        ),
        # ... but a title-case title split over two paragraphs still runs on
        (
            "<html><body><article><p>Harbor County Jury Convicts Two in the First Trial Under "
            "the</p><p>New Wage Theft Law</p><p>HARBOR CITY – A jury on Tuesday convicted two "
            "contractors of wage theft.</p></article></body></html>",
            "html",
            "Harbor County Jury Convicts Two in the First Trial Under the New Wage Theft Law",
            (),
        ),
    ],
)
def test_where_a_title_ends_and_its_deck_lines_begin(
    source: str, fmt: str, headline: str, deck: tuple[str, ...]
) -> None:
    release = pressparse.parse(source, fmt=fmt)
    assert (release.headline, release.subheadlines) == (headline, deck)


def test_a_press_office_letterhead_under_the_release_label_is_not_the_title() -> None:
    text = (
        "FOR IMMEDIATE RELEASE\n"
        "Thursday, January 22, 2026\n\n"
        "U.S. Attorney's Office\n"
        "District of Lake Superior\n\n"
        "Harbor Contractor Sentenced to 40 Months for Defrauding Elderly Homeowners\n\n"
        "DULUTH, Minn. – A home-improvement contractor was sentenced today to 40 months in "
        "prison for a roofing scheme, U.S. Attorney Dana Voss announced.\n"
    )
    release = pressparse.parse(text)
    assert release.headline == (
        "Harbor Contractor Sentenced to 40 Months for Defrauding Elderly Homeowners"
    )
    assert release.subheadlines == ()


@pytest.mark.parametrize(
    ("line", "office"),
    [
        ("U.S. Attorney's Office", True),
        ("District of New Jersey", True),
        ("Office of the Governor", True),
        ("Minnesota Department of Transportation", True),
        ("Acme Names New Head of Its Sales Department", False),
        ("City Council Approves Budget", False),
    ],
)
def test_an_office_line_names_an_office_alone(line: str, office: bool) -> None:
    assert is_office_line(line) is office


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "Former Clerk Sentenced to 6 Years for Theft | Lake County District Attorney",
            "Former Clerk Sentenced to 6 Years for Theft",
        ),
        # a bar before words that are no site's name stays
        (
            "Acme Reports Third Quarter Results | Revenue Up 12%",
            "Acme Reports Third Quarter Results | Revenue Up 12%",
        ),
        ("Acme Opens Plant | a new chapter for the valley", None),
    ],
)
def test_a_site_name_after_a_heading_s_bar_is_not_the_title(
    heading: str, title: str | None
) -> None:
    text = (
        f"# {heading}\n\n"
        "LAKE CITY, Ore. — A former county clerk was sentenced Wednesday to six years in "
        "prison, the district attorney announced.\n"
    )
    state = headline_state(text, "markdown")
    assert state.headline == (title or heading)
    assert_spans(state)
