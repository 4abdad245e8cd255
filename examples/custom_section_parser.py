"""A custom section parser: turn an "Event Details" block into a typed object.

Many releases announce an event with a block like this one::

    Event Details:
    Date: Saturday, June 20, 2026
    Time: 6:00 p.m. to 9:00 p.m. ET
    Location: Pier 4, Harborline Terminal, Portsmouth, N.H.

The parser below recognises the heading, claims the "Label: value" lines under it and
reads them into an ``EventDetails`` object, which pressparse puts in ``Section.data``.
It is registered with a priority of 60: after the built-in boilerplate and contact-label
parsers (90-70), before the generic heading rules (50-30), so it sees the heading first.

Run it with ``python examples/custom_section_parser.py``.
"""

from __future__ import annotations

import json

import attrs
import regex

import pressparse
from pressparse import SectionContext, SectionKind, SectionMatch, Span

# A fictional release, written for this example.
RELEASE = """\
Harborline Ferries Opens Evening Service to Gull Island

PORTSMOUTH, N.H., June 2, 2026 /PRNewswire/ -- Harborline Ferries today announced an
evening crossing to Gull Island, running three nights a week from June 20 through the end
of September.

"Islanders have asked for a way home after dinner in town for years," said Marta Quill,
chief executive officer of Harborline Ferries.

Event Details:
Date: Saturday, June 20, 2026
Time: 6:00 p.m. to 9:00 p.m. ET
Location: Pier 4, Harborline Terminal, Portsmouth, N.H.
Tickets: Free; registration at harborline.test/launch

About Harborline Ferries
Harborline Ferries has carried passengers across Portsmouth Harbor since 1978.

Media Contact:
Dana Reyes
press@harborline.test
(555) 010-0142
"""

# A heading naming an event block: "Event Details", "Event Information:", "EVENT DETAILS".
EVENT_HEADING = regex.compile(r"^event\s+(?:details|information|info)\s*:?\s*$", regex.IGNORECASE)

# One "Label: value" line of the block: "Date: Saturday, June 20, 2026".
FIELD_LINE = regex.compile(r"^(?P<label>[A-Za-z][A-Za-z ]{1,20}):\s*(?P<value>\S.*)$")


@attrs.frozen(kw_only=True)
class EventDetails:
    """What an "Event Details" block says, field by field (``None`` when not printed)."""

    date: str | None = None
    time: str | None = None
    location: str | None = None
    tickets: str | None = None
    other: tuple[tuple[str, str], ...] = ()


@attrs.frozen
class EventDetailsParser:
    """Recognise an "Event Details" heading and read the field lines under it."""

    max_lines: int = 12

    def match(self, ctx: SectionContext, index: int) -> SectionMatch | None:
        block = ctx.blocks[index]
        if EVENT_HEADING.match(block.text) is None:
            return None  # not mine: the next parser is asked
        fields: dict[str, str] = {}
        other: list[tuple[str, str]] = []
        end = index + 1
        for following in ctx.following(index)[: self.max_lines]:
            line = FIELD_LINE.match(following.text)
            if line is None:
                break
            label, value = line["label"].strip().lower(), line["value"].strip()
            if label in {"date", "time", "location", "tickets"}:
                fields[label] = value
            else:
                other.append((label, value))
            end += 1
        heading = block.text.strip().rstrip(":").rstrip()
        start = block.span.start
        return SectionMatch(
            heading=heading,
            heading_span=Span(start=start, end=start + len(heading)),
            kind=SectionKind.BODY,
            end=end,  # the field lines belong to this section
            data=EventDetails(**fields, other=tuple(other)),
        )


def main() -> None:
    # A fresh registry with the built-ins; adding to it changes no other registry.
    section_parsers = pressparse.default_section_parsers()
    section_parsers.register(EventDetailsParser(), name="event_details", priority=60)
    print("Section parsers, in the order they are asked:")
    for entry in section_parsers.entries():
        print(f"  {entry.priority:5g}  {entry.name}")

    parser = pressparse.Parser(section_parsers=section_parsers)
    release = parser.parse(RELEASE)

    print(f"\nHeadline: {release.headline}")
    for section in release.sections:
        label = section.heading or "(lead)"
        print(f"  [{section.kind.value}] {label}  <- parser: {section.parser or '-'}")

    event = next(s for s in release.sections if s.parser == "event_details")
    details: EventDetails = event.data
    print("\nStructured data from the Event Details block:")
    print(f"  date:     {details.date}")
    print(f"  time:     {details.time}")
    print(f"  location: {details.location}")
    print(f"  tickets:  {details.tickets}")

    # The data travels with the release's JSON, under sections[].data.
    as_json = next(s for s in release.to_dict()["sections"] if s["parser"] == "event_details")
    print("\nAs JSON:", json.dumps(as_json["data"]))


if __name__ == "__main__":
    main()
