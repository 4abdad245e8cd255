"""Attribution cues: the words around a quotation that say who spoke it.

A cue stands right after the quotation (``"...," said Jane Doe, CEO of Acme.`` /
``"...," Doe said.`` / ``" -- Jane Doe``) or right before it in the same sentence
(``Jane Doe, CEO of Acme, said, "..."`` / ``Jane Doe: "..."`` / ``According to Doe, "..."`` /
``Doe said the plan will "..."``). The speaker phrase a cue holds is read by
:func:`pressparse.names.split_speaker`; resolving it to a full name is the caller's job.
"""

from __future__ import annotations

from typing import Final, NamedTuple

import regex

from pressparse.names import (
    _IMPLIED,
    _ISSUER,
    _ORGANIZATION,
    _PERSON,
    SpeakerPhrase,
    split_speaker,
)

__all__ = [
    "Cue",
    "bare_attribution",
    "before_verb",
    "cue_after",
    "cue_before",
    "leading_attribution",
    "reports_speech",
    "trailing_attribution",
]

# Verbs that report speech or writing, in the forms releases print them, English first,
# then Spanish (the past and, as releases from Spain print it, the perfect: "ha
# declarado"), French and German. "told reporters", "said in a statement" reduce to
# "told" and "said": what follows the verb is not part of the speaker.
_VERB: Final = (
    r"(?:say|says|said|saying|add|adds|added|adding|note|notes|noted|noting"
    r"|state|states|stated|comment|comments|commented|explain|explains|explained"
    r"|tell|tells|told|continue|continues|continued|conclude|concludes|concluded"
    r"|observe|observes|observed|remark|remarks|remarked|recall|recalls|recalled"
    r"|emphasi[sz]e[sd]?|stress|stresses|stressed|shared|write|writes|wrote|writing"
    r"|e-?mailed|details|detailed|declare|declares|declared|acknowledge[sd]?"
    r"|affirm|affirms|affirmed|assert|asserts|asserted|insist|insists|insisted"
    r"|points?\s+out|pointed\s+out|reflect|reflects|reflected|agree[sd]?|echo|echoes|echoed"
    r"|quipped|joked|exclaimed|repl(?:y|ies|ied)|respond|responds|responded"
    r"|shouted|yelled|screamed|whispered|cried|chanted|texted"
    r"|answered|ask|asks|asked|urge[sd]?|caution|cautions|cautioned|warn|warns|warned"
    r"|predict|predicts|predicted|highlight|highlights|highlighted|underscore[sd]?"
    r"|summari[sz]e[sd]?|believe[sd]?|suggest|suggests|suggested|reveal|reveals|revealed"
    r"|confirm|confirms|confirmed|mention|mentions|mentioned|elaborate[sd]?|advise[sd]?"
    r"|recommend|recommends|recommended|argue[sd]?|contend|contends|contended"
    r"|admit|admits|admitted|testif(?:y|ies|ied)|promise[sd]?|vow|vows|vowed"
    r"|certif(?:y|ies|ied|ying)|attest|attests|attested|attesting|call|calls|called"
    r"|describe[sd]?|put\s+it|went\s+on|goes\s+on|announce[sd]?|expressed|thanked"
    r"|dijo|dice|afirmó|señaló|agregó|añadió|explicó|comentó|declaró|indicó|expresó"
    r"|manifestó|aseguró|destacó|subrayó|sostuvo|concluyó"
    r"|ha\s+(?:declarado|dicho|afirmado|señalado|añadido|agregado|explicado|comentado"
    r"|indicado|expresado|manifestado|asegurado|destacado|subrayado|apuntado|concluido)"
    r"|a\s+(?:déclaré|dit|ajouté|expliqué|souligné|précisé|indiqué|affirmé|commenté)"
    r"|déclare|déclaré|ajoute|ajouté|explique|expliqué|souligne|souligné|précise|précisé"
    r"|sagte|sagt|erklärte|betonte)"
)


def _by_first_letter(alternation: str) -> str:
    """The same alternation with its branches grouped by first letter, in their order:
    "(?:say|said|add)" -> "(?:s(?:ay|aid)|a(?:dd))". A search then tries one group at a
    word's start instead of every branch (every branch of :data:`_VERB` opens with a letter).
    """
    inner = alternation.removeprefix("(?:").removesuffix(")")
    branches: dict[str, list[str]] = {}
    depth, start = 0, 0
    for i, char in enumerate(inner + "|"):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branch = inner[start:i]
            branches.setdefault(branch[0], []).append(branch[1:])
            start = i + 1
    groups = (f"{first}(?:{'|'.join(rests)})" for first, rests in branches.items())
    return f"(?:{'|'.join(groups)})"


# A speech verb as a word, in lower case ("State" in "State's Attorney" is no verb).
# Example: 'Jane Doe, CEO of Acme, said, ' -> "said".
_VERB_WORD: Final = regex.compile(
    rf"(?<![\p{{L}}-])(?P<verb>{_by_first_letter(_VERB)})(?![\p{{L}}-])"
)

# "according to" and its Spanish and French forms, which put the speaker after them.
# Example: 'According to Jane Doe, "' -> who = "Jane Doe".
_ACCORDING: Final = regex.compile(
    r"(?<!\p{L})(?P<verb>according\s+to|según|selon)\s+(?P<who>.+)", regex.IGNORECASE
)

# A dash that opens a trailing attribution: '..." -- Jane Doe, CEO' / '...” — Jane Doe'.
_DASH: Final = regex.compile(r"^[\s,.*_]*(?P<verb>[—–-]{1,2}|~)\s*(?P<who>\S.*)$", regex.DOTALL)

# French puts a subject pronoun after the verb, joined by hyphens: "», a-t-il affirmé",
# "», précise-t-elle", "», dit-il". Example: ', a-t-elle ajouté.' -> who = "elle".
_INVERTED: Final = regex.compile(
    r"""(?:a-t-(?P<who>il|elle)\s+(?P<verb>déclaré|dit|ajouté|expliqué|souligné|précisé
          |indiqué|affirmé|commenté|conclu|poursuivi|rappelé|estimé|insisté|lancé|noté
          |résumé|raconté|confié)
      |(?P<verb>dit|déclare|ajoute|explique|souligne|précise|indique|affirme|commente
          |conclut|poursuit|rappelle|estime|insiste|lance|note|résume|raconte|confie)
        -(?:t-)?(?P<who>il|elle))(?![\p{L}-])""",
    regex.VERBOSE,
)
#: How far past a quotation's close an inverted French verb may end (", a-t-elle raconté").
INVERTED_REACH: Final = 24

# Where a speaker phrase after a verb stops: "said Jane Doe in a statement", "..., adding".
_PHRASE_END: Final = regex.compile(
    r"\s(?:in\s+(?:a|an|the|her|his|their)\s|during\s|while\s|when\s|adding\b|noting\b"
    r"|before\s|after\s|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|en\s+su\s|durante\s)",
    regex.IGNORECASE,
)

# An adverb between a subject and its verb: "Ann Lee, CEO of Acme, also" (added). Searched
# backwards from the end (``REVERSE``), where it ends.
_TRAILING_ADVERB: Final = regex.compile(
    r"[\s,]+(?:also|then|further|later|again|additionally|similarly|separately)$",
    regex.IGNORECASE | regex.REVERSE,
)

# The agent of a passive speech verb: 'a question asked by the Harbor Tenants Union: "'.
_PASSIVE_BY: Final = regex.compile(r"\s+by\s+(?P<who>[^,:;]+)")

# Adverbs and connectives that open a sentence before its subject: "Still, Doe said".
_LEAD_IN: Final = regex.compile(
    r"^(?:(?:still|however|also|and|but|meanwhile|additionally|finally|later|earlier|today"
    r"|separately|similarly|likewise|moreover|furthermore|in\s+(?:addition|a\s+statement)"
    r"|as\s+well|then|now|first|second|third|lastly|yesterday)\b[\s,]*)+",
    regex.IGNORECASE,
)

# What makes the speech that follows an example rather than words someone said: a modal
# or a habit right before the verb, a condition, or an indefinite speaker.
# Example: 'callers may say "..."', 'beware of anyone who says "..."'.
_HYPOTHETICAL: Final = regex.compile(
    r"""
    (?:\b(?:may|might|could|would|should|can|will|often|usually|typically|sometimes
          |never|always|to)\s+(?:\p{Ll}+\s+)?$)
    | (?:^|[\s,])(?:if|unless|whenever|imagine)\s
    | \b(?:anyone|anybody|someone|somebody|everyone|whoever|those|people)(?:\s+(?:who|that))?\s+$
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# The words :data:`_HYPOTHETICAL` turns on: those its first and last branches end in (the
# text then ends in white space, with at most one more word after them), and those its
# middle branch opens with (after white space, a comma or nothing, with white space after).
_HYPOTHETICAL_ENDS: Final = (
    "may", "might", "could", "would", "should", "can", "will", "often", "usually",
    "typically", "sometimes", "never", "always", "to", "anyone", "anybody", "someone",
    "somebody", "everyone", "whoever", "those", "people",
)  # fmt: skip
_CONDITIONS: Final = frozenset({"if", "unless", "whenever", "imagine"})
_AFTER_COMMA: Final = tuple(f",{word}" for word in sorted(_CONDITIONS))

# The letters outside ASCII a case-blind pattern may take for ASCII ones: the long "s",
# the Kelvin sign, the dotted and the dotless "i".
_CASE_ODD: Final = "\u017f\u212a\u0130\u0131"


def _may_be_hypothetical(text: str) -> bool:
    """False when :data:`_HYPOTHETICAL` finds nothing in ``text``, told by its words (the
    stretches between white space, in lower case): no word of the last two ends in a word
    the pattern ends with, and no word is (or ends, after a comma, in) a word opening its
    middle branch. Every white space character of the pattern splits ``text``, so a match
    lies in such words. ``True`` when that is not sure (a letter of :data:`_CASE_ODD`).
    """
    if any(map(text.__contains__, _CASE_ODD)):
        return True
    words = text.lower().split()
    if any(word.endswith(_HYPOTHETICAL_ENDS) for word in words[-2:]):
        return True
    return any(word in _CONDITIONS or word.endswith(_AFTER_COMMA) for word in words)


# Spanish verbs of saying, printed with no subject when it is the person quoted or
# introduced last: '«Abriremos dos centros», afirmó.'
_SUBJECTLESS: Final = frozenset(
    {"dijo", "dice", "afirmó", "señaló", "agregó", "añadió", "explicó", "comentó", "declaró",
     "indicó", "expresó", "manifestó", "aseguró", "destacó", "subrayó", "sostuvo", "concluyó"}
)  # fmt: skip

# The nouns an organization's statement of purpose goes by, in lower case.
_PURPOSE_NOUNS: Final = ("mission", "vision", "purpose", "values", "credo", "manifesto")

# An organization's own statement of purpose introduced by its owner, whose words it is.
# Example: 'Northwind’s mission statement reads:' / 'the company’s vision:'.
_MISSION: Final = regex.compile(
    rf"""
    (?P<who>(?:\p{{Lu}}[\p{{L}}\p{{M}}&.\-]*\ ){{0,4}}\p{{Lu}}[\p{{L}}\p{{M}}&.\-]*
      |(?i:the\ (?:company|organization|foundation|alliance|coalition|network|association
          |society|charity|nonprofit|cooperative|trust|fund|campaign|council)))
    ['’]s?\s+(?:\p{{Ll}}+\s+)?
    (?:{"|".join(_PURPOSE_NOUNS)})(?:\s+statement)?\b
    [^.!?“”"]{{0,60}}$
    """,
    regex.VERBOSE,
)

# Verb forms that report what people in general say ("Scammers say"), not one speaker.
_GENERIC_FORMS: Final = frozenset({"say", "ask", "tell", "claim", "write", "call"})

# A clause of a name and a short predicate in lower case, ending in the colon that leads
# into a quotation. Example: 'Arai pointed to service: ' -> who = "Arai".
_SUBJECT_PREDICATE: Final = regex.compile(
    r"(?P<who>\p{Lu}[\p{L}\p{M}.'’\-]*+(?:[^\S\n]+\p{Lu}[\p{L}\p{M}.'’\-]*+){0,3})"
    r"[^\S\n]+\p{Ll}[\p{L}\p{M}'’\-]*+(?:[^\S\n]+[\p{Ll}\d][\p{L}\p{M}\d'’\-]*+){0,5}"
    r"[^\S\n]*:\s*$"
)

# The dash that may open a line holding only an attribution: "— Jane Doe, CEO of Acme".
_BARE_LEAD: Final = regex.compile(r"^\s*(?:[—–-]{1,2}|~)?\s*")


#: A line holding only an attribution is at most this many words long.
MAX_BARE_WORDS: Final = 16

#: The longest phrase naming an unknown speaker ("one of the new hires"), in words.
MAX_UNNAMED_WORDS: Final = 6

#: The longest speaker phrase read before a verb, in characters.
MAX_SUBJECT_CHARS: Final = 220
#: The longest subject phrase after a quotation ("'...,' Jane Doe, CEO of Acme, said").
MAX_AFTER_SUBJECT_CHARS: Final = 160


class Cue(NamedTuple):
    """A cue: the verb (or mark) that attributes, and the speaker phrase it names.

    ``start``/``end`` are the offsets of the speaker phrase in the passage; ``who`` is
    ``None`` when the cue names nobody a reader could tell ("said one of the new hires").
    A named tuple: one is made for each attribution read, most of them thrown away.
    """

    verb: str
    who: SpeakerPhrase | None
    start: int
    end: int


# A line break lost between a name and a line in capitals after it, as a wire's first
# line glues a pull quote's speaker to the dateline: "Ines CarvalhoBOISE, ID, ...".
_GLUED_LINE: Final = regex.compile(r"(?<=\p{Ll}{2})(?=\p{Lu}{2,}[\s,])")

#: The longest speaker phrase read for a name, in characters.
MAX_SPEAKER_PHRASE: Final = 400


def _speaker_at(text: str, start: int, end: int, verb: str) -> Cue:
    """Read ``text[start:end]`` as a speaker phrase and make a cue of it.

    A phrase longer than :data:`MAX_SPEAKER_PHRASE` characters names nobody: real
    attributions ("said Jane Roe, vice president of sales at Acme Corp.") are far shorter,
    and reading runaway text as a name would cost time for nothing.
    """
    if end - start > MAX_SPEAKER_PHRASE:
        return Cue(verb, None, start, start)
    raw = text[start:end]
    if raw[:1].isspace():  # (the space after the sentence before: the lead-in follows it)
        skip = len(raw) - len(raw.lstrip())
        start, raw = start + skip, raw[skip:]
    lead = _LEAD_IN.match(raw)
    if lead is not None:
        start += lead.end()
        raw = raw[lead.end() :]
    stop = _PHRASE_END.search(raw)
    if stop is not None:
        raw = raw[: stop.start()]
    glued = _GLUED_LINE.search(raw)
    if glued is not None:  # '— Ines CarvalhoBOISE, ID, UNITED STATES, ...'
        raw = raw[: glued.start()]
    stripped = raw.rstrip(" ,;:.—–-\n")
    adverb = _TRAILING_ADVERB.search(stripped)
    if adverb is not None:
        stripped = stripped[: adverb.start()]
    who = split_speaker(stripped)
    if who is None and not stripped.strip() and verb.lower() in _SUBJECTLESS:
        who = SpeakerPhrase(kind=_IMPLIED, name="", start=0, end=0)
    if who is None:
        return tuple.__new__(Cue, (verb, None, start, start + len(stripped)))
    # tuple.__new__: a named tuple's own constructor is a Python call
    return tuple.__new__(Cue, (verb, who, start + who.start, start + who.end))


def cue_after(text: str, start: int, end: int, *, loose: bool = False) -> Cue | None:
    """Return the cue that follows a quotation, in ``text[start:end]`` (one sentence at most).

    ``start`` is just past the closing mark; ``end`` the next quotation's opening mark or
    the end of the sentence. With ``loose`` (the quotation ended in a comma, so an
    attribution must follow), a short clause naming nobody a reader could tell is a cue
    too: '"...," one of the new hires said.'
    """
    region = text[start:end]
    if not region.strip(" ,.;:*_\n"):
        return None
    dash = _DASH.match(region)
    if dash is not None:  # a dash attributes only when it names someone: '" -- Jane Doe'
        verb = _VERB_WORD.match(region, dash.start("who"))  # Spanish: '» —dijo Ana Ruiz'
        if verb is not None:
            return _speaker_at(text, start + verb.end(), end, verb["verb"])
        cue = _speaker_at(text, start + dash.start("who"), end, dash["verb"])
        return cue if cue.who is not None else None
    at = len(region) - len(region.lstrip(" \n,.;*_"))  # "**" of emphasis left in text
    according = _ACCORDING.match(region, at)
    if according is not None:
        return _speaker_at(text, start + according.start("who"), end, according["verb"])
    if region.find("-", at, at + INVERTED_REACH) >= 0:  # (no hyphen, no inverted verb)
        inverted = _INVERTED.match(region, at)
        if inverted is not None:  # '», a-t-il affirmé.'
            who = start + inverted.start("who")
            return _speaker_at(text, who, who + len(inverted["who"]), inverted["verb"])
    verb = _VERB_WORD.match(region, at)
    if verb is not None:  # '," said Jane Doe, CEO of Acme.'
        return _speaker_at(text, start + verb.end(), end, verb["verb"])
    verb = _VERB_WORD.search(region, at, at + MAX_AFTER_SUBJECT_CHARS)
    if verb is None:
        return None
    cue = _speaker_at(text, start + at, start + verb.start(), verb["verb"])  # '," Doe said.'
    if cue.who is not None:
        return cue
    short = len(region[at : verb.start()].split()) <= MAX_UNNAMED_WORDS
    if not (loose and short):
        return None
    # the pattern is tried only on a text whose words it may turn on (a search fails slowly)
    hypothetical = _may_be_hypothetical(region[at : verb.start()]) and _HYPOTHETICAL.search(
        region, at, verb.start()
    )
    return None if hypothetical else cue


def cue_before(text: str, start: int, end: int) -> Cue | None:
    """Return the cue in the sentence before a quotation, in ``text[start:end]``.

    ``start`` is where the sentence (or the text after the previous quotation) starts;
    ``end`` is the quotation's opening mark.
    """
    region = text[start:end]
    if not region.strip():
        return None
    according = _ACCORDING.search(region)
    if according is not None:
        return _speaker_at(text, start + according.start("who"), end, according["verb"])
    for verb in _VERB_WORD.finditer(region):
        if verb.start() > MAX_SUBJECT_CHARS:
            break
        # the pattern is tried only on a text whose words it may turn on (a search fails
        # slowly)
        if (
            _may_be_hypothetical(region[: verb.start()])
            and _HYPOTHETICAL.search(region, 0, verb.start())
        ) or verb["verb"] in _GENERIC_FORMS:
            return None  # 'Scammers may say "..."': an example nobody is said to have said
        tail = region[verb.end() :]
        passive = _PASSIVE_BY.match(tail)
        if passive is not None:  # 'a question asked by the Harbor Tenants Union: "'
            return _speaker_at(text, start + verb.end() + passive.start("who"), end, verb["verb"])
        cue = _speaker_at(text, start, start + verb.start(), verb["verb"])
        if cue.who is not None:
            return cue
        if len(region[: verb.start()].split()) <= 1:  # 'Como explicó una vecina, "'
            return _speaker_at(text, start + verb.end(), end, verb["verb"])
        subject = region[: verb.start()].split()
        if len(subject) <= MAX_UNNAMED_WORDS and subject[0][:1].isupper():
            return cue  # 'Outside analysts called it "...': said, by nobody named
        return None
    # the pattern is tried only where one of its nouns stands: a search fails slowly
    mission = _MISSION.search(region) if any(map(region.__contains__, _PURPOSE_NOUNS)) else None
    if mission is not None:  # 'Northwind’s mission statement reads: "'
        return _owner(text, start + mission.start("who"), mission["who"])
    if region.rstrip().endswith(":"):  # 'Jane Doe: "' / 'The company put it this way: "'
        cue = _speaker_at(text, start, start + len(region.rstrip()) - 1, ":")
        return cue if cue.who is not None else _subject_before_colon(text, start, region)
    return None


def _subject_before_colon(text: str, start: int, region: str) -> Cue | None:
    """The person a clause leading into a quotation with a colon is about, when it is a
    name and a short predicate after any clause before it: 'Asked about the plan, Arai
    pointed to service: "'. (The verb is no speech verb, or :func:`cue_before` would have
    read it; a name that is a word the release prints in lower case is turned away when the
    speaker is resolved.)"""
    comma = region.rfind(", ")
    m = _SUBJECT_PREDICATE.match(region, comma + 2 if comma >= 0 else 0)
    if m is None:
        return None
    cue = _speaker_at(text, start + m.start("who"), start + m.end("who"), ":")
    return cue if cue.who is not None and cue.who.kind is _PERSON else None


def _owner(text: str, start: int, who: str) -> Cue:
    """The cue of a statement of purpose: its owner speaks, as an organization."""
    phrase = split_speaker(who)
    if phrase is None or phrase.kind is not _ISSUER:
        phrase = SpeakerPhrase(kind=_ORGANIZATION, name=who, start=0, end=len(who))
    return Cue(":", phrase, start + phrase.start, start + phrase.end)


def leading_attribution(text: str, start: int, end: int) -> bool:
    """True when the sentence ``text[start:end]`` opens with an attribution.

    Such a sentence run into a quotation that was never closed ends it: in '"We grew
    fast. Jane Doe, CEO of Acme, said in an interview that ...' the quotation stops before
    "Jane". Only a person named at the very start of the sentence, followed by the verb or
    by an appositive and the verb, counts.
    """
    region = text[start:end]
    verb = _VERB_WORD.search(region, 0, MAX_AFTER_SUBJECT_CHARS)
    if verb is None or verb.start() == 0:
        return False
    subject = region[: verb.start()].rstrip(" ,")
    who = split_speaker(subject)
    return who is not None and who.kind is _PERSON and who.start == 0


def bare_attribution(text: str) -> Cue | None:
    """Read a line that holds only an attribution, printed under a quotation.

    Example: '— Jane Doe, CEO of Acme' or 'Jane Doe, Founder'. The line must open with a
    person's name, hold no speech verb and not end like a sentence of its own.
    """
    lead = _BARE_LEAD.match(text)
    at = lead.end() if lead else 0
    body = text[at:].rstrip()
    # a paragraph is split only as far as an attribution line may run
    if not body or len(body.split(None, MAX_BARE_WORDS)) > MAX_BARE_WORDS or body[-1] in "!?:;":
        return None
    if _VERB_WORD.search(body) or (body.endswith(".") and body.count(". ") > 1):
        return None
    who = split_speaker(body)
    if who is None or who.kind is not _PERSON or who.start != 0:
        return None
    if len(who.name.split()) < 2 and who.title is None:  # a lone word: "Back", "Home"
        return None
    return Cue(text[:at].strip() or "", who, at + who.start, at + who.end)


# A comma that may end a quotation whose closing mark is missing: '..., said Jane Doe.'
_CLAUSE_COMMA: Final = regex.compile(r",\s")

#: How many characters of an unclosed quotation's end are searched for an attribution.
TRAILING_REACH: Final = 160


def trailing_attribution(text: str, start: int, end: int) -> int | None:
    """Return where an attribution run onto the end of an unclosed quotation starts.

    Example: '"We are thrilled to join, said Jane Doe.' -> the offset just past the comma
    before "said". Only an attribution that runs to ``end`` counts.
    """
    begin = max(start, end - TRAILING_REACH)
    for comma in reversed(list(_CLAUSE_COMMA.finditer(text, begin, end))):
        cut = comma.start() + 1
        cue = cue_after(text, cut, end)
        if cue is None or cue.who is None or not cue.verb.strip("—–-~"):
            continue
        if not text[cue.end : end].strip(" .\n") or end - cue.end < TRAILING_REACH // 2:
            return cut
    return None


# A speech verb and the conjunction that opens the words it reports, in English, Spanish
# and French: "added that ...", "a ajouté que ...". Example: 'added that the grants help'.
_REPORTING: Final = regex.compile(
    rf"(?P<verb>{_by_first_letter(_VERB)})\s+(?:that|que)(?![\p{{L}}-])"
)


def reports_speech(text: str) -> bool:
    """True when ``text`` opens with a speech verb and the "that" of reported speech.

    Example: "added that the grants help" -> True; "added a new line" -> False.
    """
    return _REPORTING.match(text) is not None


def before_verb(sentence: str) -> str:
    """The part of a sentence before its first speech verb: its subject, when it has one.

    Example: "Ann Lee, CEO of Acme, told reporters that ..." -> "Ann Lee, CEO of Acme, ".
    """
    verb = _VERB_WORD.search(sentence)
    return sentence[: verb.start()] if verb is not None else sentence
