"""JSON in and out, with the field names of the scoring schema.

:func:`release_to_dict` writes ``headline``, ``subheadlines``, ``dateline.{location,date,
wire}``, ``sections[].heading``, ``quotes[].{text,speaker,speaker_title}`` and
``contacts[].{name,organization,email,phone,website}`` as the schema names them, plus every
other field of the model (spans, kinds, the normalized text). :func:`release_from_dict`
reads that back into the same objects.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import attrs

from pressparse.model import (
    Contact,
    Dateline,
    Diagnostic,
    InputFormat,
    Paragraph,
    PressRelease,
    Quote,
    Section,
    SectionKind,
    Span,
    Speaker,
)

__all__ = ["release_from_dict", "release_to_dict", "release_to_json"]

Json = dict[str, Any]


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def _unspan(value: Any) -> Span | None:
    if value is None:
        return None
    start, end = value
    return Span(start=int(start), end=int(end))


def _data(value: Any) -> Any:
    """Make a section parser's data JSON-ready: attrs classes become dicts."""
    if attrs.has(type(value)):
        return attrs.asdict(value, value_serializer=_plain)
    return _plain(None, None, value)


def _plain(_: Any, __: Any, value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Span):
        return _span(value)
    if isinstance(value, InputFormat | SectionKind):
        return value.value
    return value


def _dateline(d: Dateline) -> Json:
    return {
        "location": d.location,
        "date": d.date.isoformat() if d.date else None,
        "wire": d.wire,
        "raw": d.raw,
        "city": d.city,
        "region": d.region,
        "country": d.country,
        "datetime": d.datetime.isoformat() if d.datetime else None,
        "timezone": d.timezone,
        "wire_id": d.wire_id,
        "span": _span(d.span),
    }


def _paragraph(p: Paragraph) -> Json:
    return {"text": p.text, "span": _span(p.span)}


def _section(s: Section) -> Json:
    return {
        "heading": s.heading,
        "kind": s.kind.value,
        "organization": s.organization,
        "parser": s.parser,
        "span": _span(s.span),
        "heading_span": _span(s.heading_span),
        "paragraphs": [_paragraph(p) for p in s.paragraphs],
        "data": _data(s.data),
    }


def _speaker(s: Speaker) -> Json:
    return {
        "name": s.name,
        "title": s.title,
        "organization": s.organization,
        "span": _span(s.span),
    }


def _quote(q: Quote) -> Json:
    return {
        "text": q.text,
        "speaker": _speaker(q.speaker) if q.speaker else None,
        "speaker_title": q.speaker.title if q.speaker else None,
        "cue": q.cue,
        "paragraph": q.paragraph,
        "span": _span(q.span),
    }


def _contact(c: Contact) -> Json:
    out: Json = {f.name: getattr(c, f.name) for f in attrs.fields(Contact) if f.name != "span"}
    out["emails"] = list(c.emails)
    out["phones"] = list(c.phones)
    out["span"] = _span(c.span)
    return out


def release_to_dict(release: PressRelease) -> Json:
    """Return ``release`` as a JSON-ready dict (dates as ISO strings, spans as pairs)."""
    out: Json = {}
    if release.source is not None:
        out["source"] = release.source
    out.update(
        {
            "format": release.format.value,
            "is_press_release": release.is_press_release,
            "headline": release.headline,
            "headline_span": _span(release.headline_span),
            "subheadlines": list(release.subheadlines),
            "subheadline_spans": [_span(s) for s in release.subheadline_spans],
            "dateline": _dateline(release.dateline) if release.dateline else None,
            "sections": [_section(s) for s in release.sections],
            "quotes": [_quote(q) for q in release.quotes],
            "contacts": [_contact(c) for c in release.contacts],
            "paragraphs": [_paragraph(p) for p in release.paragraphs],
            "diagnostics": [
                {"code": d.code, "message": d.message, "span": _span(d.span)}
                for d in release.diagnostics
            ],
            "text": release.text,
        }
    )
    return out


def release_to_json(release: PressRelease, *, indent: int | None = None) -> str:
    """Return ``release`` as JSON text."""
    return json.dumps(release_to_dict(release), ensure_ascii=False, indent=indent)


def _undateline(d: Json) -> Dateline:
    return Dateline(
        raw=d.get("raw") or "",
        span=_unspan(d.get("span")) or Span(start=0, end=0),
        location=d.get("location"),
        city=d.get("city"),
        region=d.get("region"),
        country=d.get("country"),
        date=dt.date.fromisoformat(d["date"][:10]) if d.get("date") else None,
        datetime=dt.datetime.fromisoformat(d["datetime"]) if d.get("datetime") else None,
        timezone=d.get("timezone"),
        wire=d.get("wire"),
        wire_id=d.get("wire_id"),
    )


def _unparagraph(p: Json) -> Paragraph:
    return Paragraph(text=p["text"], span=_unspan(p["span"]) or Span(start=0, end=0))


def _unsection(s: Json) -> Section:
    return Section(
        heading=s.get("heading"),
        kind=SectionKind(s.get("kind", "other")),
        span=_unspan(s.get("span")) or Span(start=0, end=0),
        heading_span=_unspan(s.get("heading_span")),
        paragraphs=tuple(_unparagraph(p) for p in s.get("paragraphs") or ()),
        organization=s.get("organization"),
        parser=s.get("parser"),
        data=s.get("data"),
    )


def _unquote(q: Json) -> Quote:
    sp = q.get("speaker")
    speaker = None
    if isinstance(sp, str):
        speaker = Speaker(name=sp, title=q.get("speaker_title"))
    elif isinstance(sp, dict) and sp.get("name"):
        speaker = Speaker(
            name=sp["name"],
            title=sp.get("title"),
            organization=sp.get("organization"),
            span=_unspan(sp.get("span")),
        )
    return Quote(
        text=q["text"],
        span=_unspan(q.get("span")) or Span(start=0, end=0),
        speaker=speaker,
        cue=q.get("cue"),
        paragraph=q.get("paragraph"),
    )


def _uncontact(c: Json) -> Contact:
    simple = {
        f.name: c.get(f.name)
        for f in attrs.fields(Contact)
        if f.name not in {"span", "emails", "phones"}
    }
    return Contact(
        span=_unspan(c.get("span")) or Span(start=0, end=0),
        emails=tuple(c.get("emails") or ()),
        phones=tuple(c.get("phones") or ()),
        **simple,
    )


def release_from_dict(data: Json) -> PressRelease:
    """Rebuild a :class:`PressRelease` from :func:`release_to_dict` output."""
    return PressRelease(
        text=data.get("text") or "",
        format=InputFormat(data.get("format", "text")),
        is_press_release=bool(data.get("is_press_release", True)),
        headline=data.get("headline"),
        headline_span=_unspan(data.get("headline_span")),
        subheadlines=tuple(data.get("subheadlines") or ()),
        subheadline_spans=tuple(
            s for s in (_unspan(v) for v in data.get("subheadline_spans") or ()) if s
        ),
        dateline=_undateline(data["dateline"]) if data.get("dateline") else None,
        sections=tuple(_unsection(s) for s in data.get("sections") or ()),
        quotes=tuple(_unquote(q) for q in data.get("quotes") or ()),
        contacts=tuple(_uncontact(c) for c in data.get("contacts") or ()),
        paragraphs=tuple(_unparagraph(p) for p in data.get("paragraphs") or ()),
        diagnostics=tuple(
            Diagnostic(code=d["code"], message=d["message"], span=_unspan(d.get("span")))
            for d in data.get("diagnostics") or ()
        ),
        source=data.get("source"),
    )
