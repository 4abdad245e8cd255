"""Stage 4: direct quotations and who said them.

First version: text between curly or straight double quotes, of four words or more,
attributed by a "said Name" / "Name said" cue in the same paragraph.
"""

from __future__ import annotations

from typing import Final

import attrs
import regex

from pressparse.model import Quote, SectionKind, Span, Speaker
from pressparse.stages.state import ParseState

# “...” or "..." within one block.
_QUOTED: Final = regex.compile(r"[“\"](?P<text>[^“”\"\n]{10,}?)[”\"]")

# "said Jane Doe" / "Jane Doe said".
_SAID: Final = regex.compile(
    r"(?:said|says|added|noted|stated)\s+(?P<after>\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3})"
    r"|(?P<before>\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){0,3})\s+(?:said|says|added|noted)"
)

#: A quotation shorter than this many words is taken for a scare quote or a name.
MIN_WORDS: Final = 4


def run(state: ParseState) -> ParseState:
    """Set the quotes found in the body."""
    skip = {s.span.start for s in state.sections if s.kind is SectionKind.CONTACT}
    quotes: list[Quote] = []
    blocks = state.doc.blocks
    for i in range(state.body_start, state.body_end):
        block = blocks[i]
        if i in state.claimed or block.span.start in skip:
            continue
        for m in _QUOTED.finditer(block.text):
            text = m["text"].strip()
            if len(text.split()) < MIN_WORDS:
                continue
            cue = _SAID.search(block.text)
            speaker = None
            if cue is not None:
                name = cue["after"] or cue["before"]
                speaker = Speaker(name=name)
            start = block.span.start + m.start("text")
            quotes.append(
                Quote(
                    text=m["text"],
                    span=Span(start=start, end=start + len(m["text"])),
                    speaker=speaker,
                    cue=cue[0] if cue else None,
                    paragraph=i,
                )
            )
    return attrs.evolve(state, quotes=tuple(quotes))
