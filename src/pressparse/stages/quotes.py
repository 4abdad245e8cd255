"""Stage 5: direct quotations and who said them.

The stage reads the body passages (never the headline and deck, contact blocks, section
headings or the trailer), finds their quotations with the cue printed next to each
(:mod:`~pressparse.stages._quote_find`), and gives each quotation a speaker:

1. the speaker its own cue names, after it or before it in its sentence;
2. for a quotation that opens a sentence: the speaker of the quotation before it in the
   same paragraph, of the "Jane Doe said:" line or paragraph before it, of the quotation
   the paragraph continues, or the person the sentence before it introduces;
3. a quotation running over several paragraphs shares the speaker found in any of them.

A quotation nobody is said to have spoken (a slogan, a quoted caption) is left out.
Speaker names are resolved to the full name the release prints (:mod:`pressparse.names`):
"said Doe" -> "Jane A. Doe", "she added" -> the person meant, "the company" -> the issuer.
"""

from __future__ import annotations

from typing import Final

import attrs

from pressparse.document import Block, BlockKind
from pressparse.model import Quote, Span, Speaker
from pressparse.names import (
    NameIndex,
    SpeakerKind,
    SpeakerPhrase,
    build_name_index,
    split_speaker,
)
from pressparse.stages._attribution import MAX_SUBJECT_CHARS, Cue, cue_before
from pressparse.stages._issuer import issuer_of
from pressparse.stages._passages import Passage, passages
from pressparse.stages._quote_find import Found, PassageQuotes, find_quotes
from pressparse.stages._sentences import sentence_ends, sentence_start_before
from pressparse.stages.state import ParseState

__all__ = ["run"]

_HE_SHE: Final = frozenset({"he", "she", "él", "ella", "il", "elle"})

#: A line of up to this many words, most of them capitalized, is a title line.
TITLE_LINE_WORDS: Final = 25


@attrs.frozen(kw_only=True)
class _Context:
    """What the stage knows about the whole release while it attributes quotations."""

    text: str
    names: NameIndex
    issuer: str | None


@attrs.frozen(kw_only=True)
class _Attributed:
    """A quotation with its speaker; ``kept`` when it is someone's words, named or not."""

    passage: Passage
    found: Found
    speaker: Speaker | None
    cue: str | None
    kept: bool


def _resolve(phrase: SpeakerPhrase, span: Span, ctx: _Context) -> Speaker | None:
    """Turn a speaker phrase into a speaker with the full name the release prints."""
    kind, position = phrase.kind, span.start
    name: str | None = phrase.name
    if kind is SpeakerKind.PERSON:
        name = ctx.names.full_name(phrase.name, position)
    elif kind is SpeakerKind.PRONOUN:
        he_she = phrase.name.lower() in _HE_SHE
        name = ctx.names.person_before(position) if he_she else None
    elif kind is SpeakerKind.INITIALS:
        name = ctx.names.from_initials(phrase.name, position) or phrase.name
    elif kind is SpeakerKind.ISSUER:
        name = ctx.issuer
    if not name:
        return None
    return Speaker(name=name, title=phrase.title, organization=phrase.organization, span=span)


def _speaker_of(cue: Cue, offset: int, ctx: _Context) -> Speaker | None:
    """The speaker a cue names; ``offset`` is where the cue's passage starts."""
    if cue.who is None:
        return None
    return _resolve(cue.who, Span(start=offset + cue.start, end=offset + cue.end), ctx)


def _sentence_speaker(
    text: str, start: int, end: int, offset: int, ctx: _Context
) -> Speaker | None:
    """The person the sentence ``text[start:end]`` introduces, named in full.

    A sentence ending in a colon is read as an introduction ('Jane Doe released this
    statement:'); another sentence gives the person it opens with ('Mayor Ann Lee is
    pleased with the plan.'), when the release names that person in full.
    """
    sentence = text[start:end].rstrip()
    if sentence.endswith(":"):
        cue = cue_before(text, start, start + len(sentence))
        return _speaker_of(cue, offset, ctx) if cue is not None else None
    who = split_speaker(sentence[:MAX_SUBJECT_CHARS])
    if who is None or who.kind is not SpeakerKind.PERSON:
        return None
    span = Span(start=offset + start + who.start, end=offset + start + who.end)
    speaker = _resolve(who, span, ctx)
    if speaker is None or len(speaker.name.split()) < 2:
        return None
    return speaker


def _last_sentence_start(text: str, end: int) -> int:
    """Where the last sentence of ``text[:end]`` starts."""
    head = text[:end].rstrip()
    return sentence_start_before(sentence_ends(head), len(head))


@attrs.frozen(kw_only=True)
class _Before:
    """The passage read just before, when it stands right before the current one."""

    passage: Passage
    text: str
    last_speaker: Speaker | None
    ends_open: bool


def _inherited(
    found: Found,
    text: str,
    passage: Passage,
    earlier: Speaker | None,
    before: _Before | None,
    ctx: _Context,
) -> Speaker | None:
    """The speaker of a quotation that opens a sentence and has no cue of its own."""
    if earlier is not None:
        return earlier
    opening = found.marked.open_mark if found.marked.open_mark is not None else 0
    if found.opens_passage and before is not None:
        intro = before.text.rstrip().endswith(":")
        if before.last_speaker is not None and (before.ends_open or not intro):
            return before.last_speaker
        start = _last_sentence_start(before.text, len(before.text))
        return _sentence_speaker(before.text, start, len(before.text), before.passage.start, ctx)
    start = sentence_start_before(sentence_ends(text[:opening].rstrip()), opening)
    if start >= opening:
        return None
    return _sentence_speaker(text, _last_sentence_start(text, start), start, passage.start, ctx)


def _attribute_passage(
    passage: Passage,
    text: str,
    quotes: PassageQuotes,
    before: _Before | None,
    ctx: _Context,
) -> list[_Attributed]:
    """Give each quotation of one passage its speaker."""
    out: list[_Attributed] = []
    earlier: Speaker | None = None
    for found in quotes.found:
        speaker: Speaker | None = None
        cue: str | None = None
        kept = False
        if found.cue is not None:
            speaker, cue, kept = _speaker_of(found.cue, passage.start, ctx), found.cue.verb, True
        elif found.opens_sentence:
            speaker = _inherited(found, text, passage, earlier, before, ctx)
            kept = speaker is not None
        out.append(_Attributed(passage=passage, found=found, speaker=speaker, cue=cue, kept=kept))
        earlier = speaker or earlier
    return out


def _share_chain(items: list[_Attributed], chain: list[int]) -> None:
    """Give every paragraph of a multi-paragraph quotation the speaker one of them has."""
    speaker = next((items[i].speaker for i in chain if items[i].speaker is not None), None)
    if speaker is None:
        return
    for i in chain:
        if items[i].speaker is None:
            items[i] = attrs.evolve(items[i], speaker=speaker, kept=True)


def _attribute_all(state: ParseState, ctx: _Context) -> list[_Attributed]:
    """Find and attribute the quotations of every passage, in order."""
    items: list[_Attributed] = []
    before: _Before | None = None
    chain: list[int] = []
    for passage in passages(state):
        text = ctx.text[passage.start : passage.end]
        adjacent = (
            before if before is not None and before.passage.last + 1 == passage.first else None
        )
        carry = adjacent is not None and adjacent.ends_open
        quotes = find_quotes(text, carry_open=carry)
        attributed = _attribute_passage(passage, text, quotes, adjacent, ctx)
        start = len(items)
        items.extend(attributed)
        continued = carry and bool(attributed) and attributed[0].found.opens_passage
        if continued:
            chain.append(start)
        if chain and not (continued and quotes.ends_open and len(attributed) == 1):
            _share_chain(items, chain)
            chain = []
        if (
            quotes.ends_open
            and attributed
            and attributed[-1].found.marked.end == len(text)
            and not chain
        ):
            chain = [len(items) - 1]
        speakers = [a.speaker for a in attributed if a.speaker is not None]
        last = speakers[-1] if speakers else None
        before = _Before(passage=passage, text=text, last_speaker=last, ends_open=quotes.ends_open)
    if chain:
        _share_chain(items, chain)
    return items


def _title_line(block: Block) -> bool:
    """True for a heading or a line written in title case ("Acme Names Ann Lee CEO")."""
    if block.kind is BlockKind.HEADING or block.bold:
        return True
    words = [w for w in block.text.split() if w[:1].isalpha()]
    capitalized = sum(1 for w in words if w[:1].isupper())
    return len(words) <= TITLE_LINE_WORDS and capitalized >= len(words) * 0.7


def _name_index(state: ParseState) -> NameIndex:
    """Index the personal names printed from the headline to the end of the body."""
    first = state.headline_index if state.headline_index is not None else state.body_start
    blocks = state.doc.blocks[first : state.body_end]
    return build_name_index((b.text, b.span.start, _title_line(b)) for b in blocks)


def _quote(item: _Attributed, text: str) -> Quote | None:
    """Build the result object, the quoted words trimmed of surrounding white space."""
    m = item.found.marked
    start, end = item.passage.start + m.start, item.passage.start + m.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    return Quote(
        text=text[start:end],
        span=Span(start=start, end=end),
        speaker=item.speaker,
        cue=item.cue,
        paragraph=item.passage.first,
    )


def run(state: ParseState) -> ParseState:
    """Set ``state.quotes``: the body's quotations with their speakers, in order."""
    ctx = _Context(text=state.doc.text, names=_name_index(state), issuer=issuer_of(state))
    quotes = [_quote(item, ctx.text) for item in _attribute_all(state, ctx) if item.kept]
    return attrs.evolve(state, quotes=tuple(q for q in quotes if q is not None))
