"""Giving every quotation of a release its speaker, passage by passage.

A quotation takes, in order:

1. the speaker its own cue names ("...," said Doe / Doe said, "...");
2. the speaker of the quotation before it in the same sentence, or, when it opens a
   sentence, in the same passage ('"A," said Doe. "B."');
3. for a quotation that opens its passage: the speaker of the quotation that passage
   continues, or of the intro line before it ('Jane Doe released this statement:');
4. the person named in a line printed right under it ('-- Jane Doe, CEO of Acme');
5. for a quotation opening a sentence: the person the sentence before it introduces;
6. the cue after it that leads into the next quotation ('"A." Doe added, "B."');
7. for a quoted paragraph of its own in the first person: the issuer when it says "we",
   else nobody.

A quotation running over several paragraphs shares the speaker found in any of them. A
quotation none of these give a speaker or a cue (a slogan, a caption) is not kept.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterator
from typing import Final, NamedTuple

import regex

from pressparse._chars import char_offsets
from pressparse._name_index import name_words
from pressparse.model import Span, Speaker
from pressparse.names import _PERSON, _PRONOUN, opens_with_name, split_speaker
from pressparse.stages._attribution import (
    MAX_SUBJECT_CHARS,
    bare_attribution,
    before_verb,
    cue_before,
    reports_speech,
)
from pressparse.stages._passages import Passage, PassageReader
from pressparse.stages._quote_find import Found, PassageQuotes, find_quotes
from pressparse.stages._quote_marks import double_marks
from pressparse.stages._sentences import sentence_ends, sentence_start_before
from pressparse.stages._speaker_resolve import Context, IndexOnce, resolve, speaker_of
from pressparse.stages.state import ParseState

__all__ = ["Attributed", "attribute_all"]


#: A sentence introduces its subject as a speaker only if it has this many lower-case words.
MIN_PROSE_WORDS: Final = 3

#: An unattributed quoted paragraph is kept from this many words on.
MIN_ALONE_WORDS: Final = 8

# First-person words: a quoted paragraph in the first person is someone's words.
_FIRST_PERSON: Final = regex.compile(
    r"(?<!\p{L})(?:I|I['’]\w+|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Mm]e)(?!\p{L})"
)

# Any double quotation mark.
_ANY_MARK: Final = regex.compile(r"[“”„‟«»\"]")

# The marks that may open or close a quotation wherever they stand: the double marks and
# the opening single mark.
_QUOTE_MARKS: Final = '“”„‟«»"‘'

# A straight single mark that follows no letter or digit, so may open or close a quotation
# ("'We grew,' said Ann", not "Ann's").
_STRAIGHT_SINGLE: Final = regex.compile(r"(?<![\p{L}\p{N}])'")


def _may_quote(text: str) -> bool:
    """True when ``text`` holds a mark that could open a quotation (a plain substring test
    for each mark first: most passages hold none)."""
    if any(map(text.__contains__, _QUOTE_MARKS)):
        return True
    return "'" in text and _STRAIGHT_SINGLE.search(text) is not None


# A speaker's name (read in C by ``map``).
_NAME: Final = operator.attrgetter("name")

# Where a block starts in the document (read in C by ``map``).
_SPAN_START: Final = operator.attrgetter("span.start")


def _mark_offsets(state: ParseState) -> list[int]:
    """The offsets in the body where a mark :func:`_may_quote` tells by may stand, in
    order: every one of :data:`_QUOTE_MARKS`, a straight single mark that follows no letter
    or digit, and one that opens a block (a passage opens with a block, and nothing stands
    before a mark that opens the passage)."""
    blocks = state.doc.blocks[state.body_start : state.body_end]
    if not blocks:
        return []
    text, start, end = state.doc.text, blocks[0].span.start, blocks[-1].span.end
    found = char_offsets(text, _QUOTE_MARKS, start, end)
    at = text.find("'", start, end)
    if at < 0:
        return found
    while at >= 0:
        if _STRAIGHT_SINGLE.match(text, at) is not None:  # its look-behind reads text[at - 1]
            found.append(at)
        at = text.find("'", at + 1, end)
    starts = list(map(_SPAN_START, blocks))
    if any(map(text.startswith, itertools.repeat("'"), starts)):
        found.extend(s for s in starts if text.startswith("'", s))
    return sorted(set(found))


def _marked_passages(
    text: str, marks: list[int], reader: PassageReader
) -> Iterator[tuple[Passage, str]]:
    """The passages of the body that :func:`_may_quote`, in order, each with its text.

    They are found from the body's ``marks`` (:func:`_mark_offsets`): the passage around
    the block that holds one (:meth:`PassageReader.around`), when the mark stands in it.
    Most passages hold no mark and are never made.
    """
    done = 0  # where the passage looked at last ends
    for at in marks:
        if at < done:  # in the passage looked at last
            continue
        i = reader.block_at(at)
        if not reader.readable(i):
            continue
        passage = reader.around(i)
        done = passage.end
        if at < done:  # not in the gap past the passage's last block
            passage_text = text[passage.start : done]
            if _may_quote(passage_text):
                yield passage, passage_text


# First-person plural words: an organization's voice.
_WE: Final = regex.compile(r"(?<!\p{L})(?:[Ww]e|[Oo]ur|[Uu]s)(?!\p{L})")


class Attributed(NamedTuple):
    """A quotation with its speaker; ``kept`` when it is someone's words, named or not.

    A named tuple, as the parts of a quotation it holds are.
    """

    passage: Passage
    found: Found
    speaker: Speaker | None
    cue: str | None
    kept: bool
    alone: bool = False  #: a quoted paragraph of its own, in the first person


class _Before(NamedTuple):
    """The text read just before a passage: the passage before it, or an intro line.

    ``start`` is where ``text`` starts in the document. Made only for a passage that
    holds a quotation mark.
    """

    text: str
    start: int
    last_speaker: Speaker | None = None
    ends_open: bool = False


def _sentence_speaker(text: str, start: int, end: int, offset: int, ctx: Context) -> Speaker | None:
    """The person the sentence ``text[start:end]`` introduces, named in full.

    A sentence ending in a colon is read as an introduction ('Jane Doe released this
    statement:'); another sentence gives the person it opens with ('Mayor Ann Lee is
    pleased with the plan.'), when the release names that person in full, or the person a
    pronoun stands for when the sentence reports what they said ('She added that ...').
    """
    sentence = text[start:end].rstrip()
    if sentence.endswith(":"):
        cue = cue_before(text, start, start + len(sentence))
        return speaker_of(cue, offset, ctx) if cue is not None else None
    if sum(1 for word in sentence.split() if word[:1].islower()) < MIN_PROSE_WORDS:
        return None  # a date line or a caption, not a sentence about someone
    subject = before_verb(sentence[:MAX_SUBJECT_CHARS])
    who = split_speaker(subject)
    if (
        who is not None
        and who.kind is _PRONOUN
        and subject.strip() == who.name
        and reports_speech(sentence[len(subject) :])
    ):
        return resolve(who, _span(offset + start, who.start, who.end), ctx)
    if who is None or who.kind is not _PERSON or not opens_with_name(sentence, who):
        return None
    speaker = resolve(who, _span(offset + start, who.start, who.end), ctx)
    if speaker is None or len(speaker.name.split()) < 2:
        return None
    return speaker


def _span(offset: int, start: int, end: int) -> Span:
    return Span(start=offset + start, end=offset + end)


def _last_sentence_start(text: str, end: int) -> int:
    """Where the last sentence of ``text[:end]`` starts."""
    head = text[:end].rstrip()
    return sentence_start_before(sentence_ends(head), len(head))


def _inherited(
    found: Found, text: str, passage: Passage, before: _Before | None, ctx: Context
) -> Speaker | None:
    """The speaker of a quotation that opens a sentence and has no cue of its own."""
    opening = found.marked.open_mark if found.marked.open_mark is not None else 0
    if found.opens_passage and before is not None:
        if before.ends_open and before.last_speaker is not None:
            return before.last_speaker  # a quotation running on from the paragraph before
        start = _last_sentence_start(before.text, len(before.text))
        last = before.text[start:]
        introduced = None
        if not _ANY_MARK.search(last):  # 'Bob Roe, CFO, turned to the numbers.'
            introduced = _sentence_speaker(before.text, start, len(before.text), before.start, ctx)
        return introduced or before.last_speaker
    start = sentence_start_before(sentence_ends(text), opening)
    if start == 0:
        return None
    return _sentence_speaker(text, _last_sentence_start(text, start), start, passage.start, ctx)


def _ends_passage(found: Found, text: str) -> bool:
    """True when nothing but white space and punctuation follows the quotation."""
    close = found.marked.end + 1 if found.marked.closed else found.marked.end
    return not text[close:].strip(' \n.,;”"’')


def _stands_alone(found: Found, text: str) -> bool:
    """True for a quoted paragraph of its own that speaks in the first person: someone's
    words even with no attribution ('"We are proud to serve this city."'), unlike a slogan."""
    m = found.marked
    if m.open_mark is None or not (m.closed and found.opens_passage and _ends_passage(found, text)):
        return False
    quoted = text[m.start : m.end]
    return len(quoted.split()) >= MIN_ALONE_WORDS and _FIRST_PERSON.search(quoted) is not None


def _voice(quoted: str, issuer: str | None) -> Speaker | None:
    """The organization an unattributed quoted paragraph speaks for: the issuer, when it
    says "we" or "our"; nobody a reader could tell otherwise."""
    if issuer is None or _WE.search(quoted) is None:
        return None
    return Speaker(name=issuer)


def _attribute_passage(
    state: ParseState,
    passage: Passage,
    text: str,
    quotes: PassageQuotes,
    before: _Before | None,
    ctx: Context,
) -> list[Attributed]:
    """Give each quotation of one passage its speaker."""
    out: list[Attributed] = []
    earlier: Speaker | None = None  # the speaker of the last quotation kept in the passage
    earlier_kept = False
    for found in quotes.found:
        speaker: Speaker | None = None
        cue: str | None = None
        kept = False
        if found.cue is not None:
            anchor = passage.start + (found.marked.open_mark or 0)
            speaker = speaker_of(found.cue, passage.start, ctx, anchor=anchor)
            cue, kept = found.cue.verb, True
        elif earlier_kept and (found.opens_sentence or found.same_sentence):
            speaker, kept = earlier, True
        elif _ends_passage(found, text) and (under := _line_under(state, passage, ctx)) is not None:
            speaker, kept = under, True  # read only here: few quotations get this far
        elif found.opens_sentence:
            speaker = _inherited(found, text, passage, before, ctx)
            kept = speaker is not None
        if not kept and found.next_cue is not None:  # '"A." Doe added, "B."' -> Doe's too
            speaker = speaker_of(found.next_cue, passage.start, ctx)
            cue, kept = found.next_cue.verb, True

        alone = not kept and _stands_alone(found, text)
        # tuple.__new__: a named tuple's own constructor is a Python call
        out.append(tuple.__new__(Attributed, (passage, found, speaker, cue, kept, alone)))
        if kept:
            earlier, earlier_kept = speaker, True
    return out


def _share_chain(items: list[Attributed], chain: list[int]) -> None:
    """Give every paragraph of a multi-paragraph quotation the speaker one of them has."""
    speaker = next((items[i].speaker for i in chain if items[i].speaker is not None), None)
    if speaker is None:
        return
    for i in chain:
        if items[i].speaker is None:
            items[i] = items[i]._replace(speaker=speaker, kept=True)


def _line_under(state: ParseState, passage: Passage, ctx: Context) -> Speaker | None:
    """The speaker named by a bare attribution line right under a passage."""
    index = passage.last + 1
    if index >= min(state.body_end, len(state.doc.blocks)):
        return None
    block = state.doc.blocks[index]
    cue = bare_attribution(block.text)
    if cue is None or cue.who is None or _heading(state, block.span.start):
        return None
    if any(ctx.names.ordinary(w) for w in name_words(cue.who.name)):
        return None  # a subhead such as "Trial Design" beside "the trial"
    return speaker_of(cue, block.span.start, ctx)


def _heading(state: ParseState, start: int) -> bool:
    """True when a section heading starts at ``start``: a subhead is no attribution."""
    return any(s.heading_span is not None and s.heading_span.start == start for s in state.sections)


def _before(
    state: ParseState,
    passage: Passage,
    previous: Passage | None,
    speaker: Speaker | None,
    ends_open: bool,
) -> _Before | None:
    """What stands right before ``passage``: the passage read before it when adjacent
    (``speaker`` is the last named in its quotations, ``ends_open`` tells whether its
    last quotation runs on), else an intro line ending in a colon."""
    if previous is not None and previous.last + 1 == passage.first:
        text = state.doc.text[previous.start : previous.end]
        return _Before(text, previous.start, speaker, ends_open)
    if passage.first == 0 or passage.first - 1 == state.headline_index:
        return None
    block = state.doc.blocks[passage.first - 1]
    if not block.text.rstrip().endswith(":"):
        return None
    return _Before(text=block.text, start=block.span.start)


def attribute_all(state: ParseState) -> list[Attributed]:
    """Find the quotations of every body passage and give each its speaker, in order.

    What speakers are resolved with (the name index, the issuer) is read when first
    needed: many releases print quotation marks around no one's words, and most name no
    speaker by the issuer.
    """
    doc_text = state.doc.text
    names: IndexOnce | None = None
    items: list[Attributed] = []
    # The passage read last, the last speaker named in its quotations, and whether its
    # last quotation runs on. Only the passages that hold a quotation mark are read.
    previous: Passage | None = None
    last_speaker: Speaker | None = None
    last_open = False
    chain: list[int] = []
    speakers: set[str] = set()
    quotations: list[tuple[int, int]] = []
    marks = _mark_offsets(state)
    if not marks:
        return items
    reader = PassageReader(state)
    for passage, text in _marked_passages(doc_text, marks, reader):
        if previous is None or reader.any_read(previous.last + 1, passage.first):
            # Passages with no quotation mark stand before this one (the last of them
            # right before it, when it is adjacent): they end a chain and leave no speaker.
            if chain:
                _share_chain(items, chain)
                chain = []
            previous, last_speaker, last_open = reader.before(passage), None, False
        before = _before(state, passage, previous, last_speaker, last_open)
        carry = before is not None and before.ends_open
        doubles = double_marks(doc_text, marks, passage.start, passage.end)
        quotes = find_quotes(text, carry_open=carry, doubles=doubles)
        if not quotes.found:
            if chain:
                _share_chain(items, chain)
                chain = []
            previous, last_speaker, last_open = passage, None, quotes.ends_open
            continue
        if names is None:
            names = IndexOnce(state)
        quotations.extend(
            (passage.start + f.marked.start, passage.start + f.marked.end) for f in quotes.found
        )
        ctx = Context(doc_text, names, frozenset(speakers), passage.start, tuple(quotations))
        attributed = _attribute_passage(state, passage, text, quotes, before, ctx)
        start = len(items)
        items.extend(attributed)
        continued = carry and attributed[0].found.opens_passage
        if continued:
            chain.append(start)
        if chain and not (continued and quotes.ends_open and len(attributed) == 1):
            _share_chain(items, chain)
            chain = []
        opens_chain = attributed[-1].found.marked.end == len(text)
        if quotes.ends_open and opens_chain and not chain:
            chain = [len(items) - 1]
        named = [a.speaker for a in attributed if a.speaker is not None]
        speakers.update(map(_NAME, named))
        previous, last_open = passage, quotes.ends_open
        last_speaker = named[-1] if named else None
    if chain:
        _share_chain(items, chain)
    for i, item in enumerate(items):
        if item.alone and not item.kept:
            m = item.found.marked
            quoted = doc_text[item.passage.start + m.start : item.passage.start + m.end]
            issuer = names.issuer() if names is not None else None
            items[i] = item._replace(speaker=_voice(quoted, issuer), kept=True)
    return items
