"""People and organizations named in a release: who a speaker phrase means, and by what name.

:func:`split_speaker` reads an attribution phrase ("Jane Doe, CEO of Acme", "Acme CEO Jane
Doe", "the company", "she") into its parts. :class:`NameIndex` (built by
:func:`build_name_index`) holds every personal name printed in a release, so a later "said
Doe", "said District Attorney Doe", "Jane said", "he added" or "JD added" can be given the
full name ("Jane A. Doe") the release uses. Honorifics and job titles never stay in a
name; generational suffixes ("Jr.") do.
"""

from __future__ import annotations

import enum
from typing import Final

import attrs
import regex

from pressparse._name_index import NameIndex, PersonName, PronounScope, build_name_index
from pressparse._name_tokens import (
    _ACRONYM,
    _INITIAL,
    _LOWER,
    _NAME,
    _ORG,
    _PUNCT,
    _STOP,
    _TITLE,
    MODIFIER_GAP,
    Run,
    Token,
    find_runs,
    stretch_tokens,
    tokenize,
)
from pressparse._name_vocab import PRONOUNS, fold

__all__ = [
    "NameIndex",
    "PersonName",
    "PronounScope",
    "SpeakerKind",
    "SpeakerPhrase",
    "build_name_index",
    "opens_with_name",
    "role_titles",
    "split_speaker",
    "title_organization",
]


# A reference to the issuing organization instead of a name: "the company", "our firm",
# "a company spokesperson", "a spokesperson for the foundation", "a statement from the office".
_ORG_REFERENCE: Final = regex.compile(
    r"""
    (?:the|our|its|a|an)\s+
    (?:(?P<head>company|firm|organization|organisation|agency|office|group|business|bank)
        (?:['’]s)?(?:\s+(?:spokesperson|spokesman|spokeswoman|representative|statement))?
      | (?P<head>foundation|department|institute|university|hospital|association|council
          |ministry|coalition|campaign|museum|library|society|charity|nonprofit|center|centre
          |alliance|network|trust|fund|partnership|board|commission|committee|union
          |cooperative|college|district|authority)
        (?:\s+(?:spokesperson|spokesman|spokeswoman|representative))?
        (?=\s*(?:[,;]|$))        # the whole phrase: not "the foundation board"
      | (?:spokesperson|spokesman|spokeswoman|representative|statement)\s+(?:for|from)
        \s+(?:the|our|its)\s+
        (?P<head>company|firm|organization|organisation|agency|office|group|business|bank
          |foundation|department|institute|university|hospital|association|council
          |ministry|coalition|campaign|museum|library|society|charity|nonprofit|center|centre
          |alliance|network|trust|fund|partnership|board|commission|committee|union
          |cooperative|college|district|authority)
        (?=\s*(?:[,;]|$)))       # the whole phrase: not "... for the company's partners"
    \b
    (?!\s+(?:of|for)\s+(?:the\s+)?(?-i:\p{Lu}))   # not "the Office of the Mayor"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A reference ending in a possessive: "the company's" (a title and a name may follow).
_POSSESSIVE_END: Final = regex.compile(r"['’]s$")

# The characters :data:`_ORG_REFERENCE` may open with: the first letters of "the", "our",
# "its", "a" and "an" in either case, and the "İ" its case-insensitive "i" takes. A phrase
# opening with any other (most open with a name) is not matched against the pattern.
_REFERENCE_OPENERS: Final = frozenset("tToOiIaA\u0130")

# The organization a role belongs to: "... Officer at NTX", "a spokesperson for Acme".
_ROLE_OF: Final = regex.compile(r"\b(?:at|of|for|from|with)\s+(?:the\s+)?(?P<org>\p{Lu}.*)$")


# An article opening a title or an organization's name: "the", "a", "el", "la", "der".
# The foreign ones only before a lower-case word, so "Los Angeles" keeps its "Los".
_ARTICLE: Final = regex.compile(
    r"^(?:(?i:the|a|an)\s+|(?:el|la|los|las|le|les|der|die|das)\s+(?=\p{Ll}))"
)

# The characters :data:`_ARTICLE` may open with: "t" and "a" in either case (its
# case-insensitive articles), and "e", "l" and "d" (its foreign ones, lower case only).
# A text opening with any other is not matched against the pattern.
_ARTICLE_OPENERS: Final = frozenset("tTaAeld")

# The organization owning a title: "Acme's head of sales" -> "Acme".
_POSSESSOR: Final = regex.compile(r"^(?P<org>\p{Lu}[^,]*?)['’]s?\s")

# The appositive after a name, up to a relative clause: ", CEO of Acme, who founded it".
_APPOSITIVE: Final = regex.compile(
    r"\s*,\s*(?P<title>[^;]*?)\s*,?\s*(?:,\s*(?:who|which|a|an)\b.*)?$"
)


# Words that open a clause after a name rather than a title.
_RELATIVE: Final = frozenset({"who", "whose", "which", "that", "where", "when"})


class SpeakerKind(enum.Enum):
    """What a speaker phrase names."""

    PERSON = "person"
    ORGANIZATION = "organization"
    ISSUER = "issuer"  #: "the company": the organization that issued the release
    PRONOUN = "pronoun"
    INITIALS = "initials"  #: "JD": initials that stand for a person named elsewhere
    ROLE = "role"  #: "the chief executive": a title that stands for a person named before
    IMPLIED = "implied"  #: no subject printed: Spanish '"...", afirmó.' means the last speaker


# Enum members read in hot code, bound once here for this module and the stages that read
# speakers: on Python 3.11 reading a member off its class goes through
# EnumType.__getattr__, ten times slower than reading a global.
_IMPLIED: Final = SpeakerKind.IMPLIED
_INITIALS: Final = SpeakerKind.INITIALS
_ISSUER: Final = SpeakerKind.ISSUER
_ORGANIZATION: Final = SpeakerKind.ORGANIZATION
_PERSON: Final = SpeakerKind.PERSON
_PRONOUN: Final = SpeakerKind.PRONOUN
_ROLE: Final = SpeakerKind.ROLE


@attrs.frozen(kw_only=True)
class SpeakerPhrase:
    """An attribution phrase read into name, title and organization.

    ``name`` is the name as printed (a surname, a full name, an organization, a pronoun);
    ``start``/``end`` are its offsets in the phrase.
    """

    kind: SpeakerKind
    name: str
    start: int
    end: int
    title: str | None = None
    organization: str | None = None
    head: str | None = None  #: for the issuer: the noun it is called by ("foundation")


def _segments(tokens: tuple[Token, ...]) -> list[tuple[int, int]]:
    """Split token indices at commas (outside brackets) into [start, end) segments.

    A phrase without a comma or semicolon is one segment: :func:`split_speaker` tells that
    by its text, as a comma or a semicolon is always a token of its own."""
    bounds: list[tuple[int, int]] = []
    depth, start = 0, 0
    for i, token in enumerate(tokens):
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif token.text in {",", ";"} and depth == 0:
            bounds.append((start, i))
            start = i + 1
    bounds.append((start, len(tokens)))
    return [b for b in bounds if b[0] < b[1]]


# Lower-case words that may follow a lone name inside a speaker phrase: "Doe of Acme",
# "Lee and Roe". Any other ("Asked about ...", "Independent reviewers") makes the
# capitalized word the start of a clause, not a name.
_AFTER_LONE_NAME: Final = frozenset({"of", "at", "for", "from", "with", "and", "or", "&", "y"})


def _clause_word(tokens: tuple[Token, ...], run: Run) -> bool:
    """True for a lone capitalized word opening its segment before an ordinary lower-case
    word: a verb or an adjective that opens a sentence ("Asked about the timeline, Doe
    said"; "Independent reviewers called it"), not a name."""
    if run.first != 0 or run.last != run.first or run.last + 1 >= len(tokens):
        return False
    nxt = tokens[run.last + 1]
    return nxt.kind is _LOWER and nxt.text not in _AFTER_LONE_NAME


def _pick_run(tokens: tuple[Token, ...], runs: tuple[Run, ...]) -> Run | None:
    """The run that names the person: the first full name, else the first single name."""
    names = [r for r in runs if not r.modifier and not _clause_word(tokens, r)]
    for run in names:
        if run.full(tokens):
            return run
    return names[0] if names else None


def _clean(text: str) -> str | None:
    text = text.strip(" ,;:-—–()").strip()
    if text[:1] in _ARTICLE_OPENERS:
        text = _ARTICLE.sub("", text)
    return text or None


def _organization_of(title: str | None) -> str | None:
    """The organization a title names: "CEO of Acme" -> "Acme", "Acme's CEO" -> "Acme"."""
    if not title:
        return None
    m = _ROLE_OF.search(title)
    if m is not None:
        return _clean(m["org"])
    # a possessor ends in an apostrophe: a title without one is not matched against it
    poss = _POSSESSOR.match(title) if "'" in title or "’" in title else None
    return _clean(poss["org"]) if poss else None


def title_organization(title: str | None) -> str | None:
    """The organization a title names: "CEO of Acme" -> "Acme", "Acme's CEO" -> "Acme"."""
    return _organization_of(title)


def _segment_of(segments: list[tuple[int, int]], index: int) -> tuple[int, int]:
    """Return the [start, end) token range of the comma segment (of ``segments``, the
    phrase's :func:`_segments`) holding ``index``."""
    for first, last in segments:
        if first <= index < last:
            return first, last
    return index, index + 1


def _holds_title_word(tokens: tuple[Token, ...], after: int, low: int, high: int) -> bool:
    """True when a title word stands among ``tokens`` past index ``after``, within the
    offsets ``low`` to ``high``.

    The appositive's title is read by the phrase's own tokens in its span, not tokenized
    again: it starts after a comma or white space and ends before one (or at the phrase's
    end), where no token runs across, so the tokens of its text alone are those; and
    :func:`_clean` takes off only marks, white space and an article, never a title word.
    """
    for token in tokens[after + 1 :]:
        if token.start >= high:
            break
        if token.kind is _TITLE and token.start >= low:
            return True
    return False


def _title_after(phrase: str, tokens: tuple[Token, ...], end_token: int) -> str | None:
    """The appositive after a name that ends its segment: "Jane Doe, CEO of Acme"."""
    at = tokens[end_token].end if end_token < len(tokens) else len(phrase)
    rest = phrase[at:]
    if "," not in rest:
        return None  # the appositive pattern opens with a comma
    m = _APPOSITIVE.match(rest)
    if m is None:
        return None
    title = _clean(m["title"])
    if title is None or fold(title.split()[0]) in _RELATIVE:
        return None  # "Ann Lee, who joined in May": a clause, not a title
    low, high = m.span("title")
    return title if _holds_title_word(tokens, end_token, at + low, at + high) else None


def _title_before(
    phrase: str, tokens: tuple[Token, ...], segments: list[tuple[int, int]], first: int
) -> str | None:
    """The title segment printed before a name: "Acme marketing director, Jane Doe"."""
    start, end = _segment_of(segments, first - 2) if first >= 2 else (0, 0)
    if end <= start or not any(t.kind is _TITLE for t in tokens[start:end]):
        return None
    return _clean(phrase[tokens[start].start : tokens[end - 1].end])


def _titled(
    phrase: str, tokens: tuple[Token, ...], run: Run, segments: list[tuple[int, int]]
) -> SpeakerPhrase:
    """A person phrase: the name, with the title printed after it or before it
    (``segments``: the phrase's :func:`_segments`)."""
    start, end = tokens[run.first].start, tokens[run.last].end
    name = phrase[start:end]
    if name.endswith(".") and tokens[run.last].kind is _NAME:
        name, end = name[:-1], end - 1
    first, last = _segment_of(segments, run.first)
    title = _title_after(phrase, tokens, run.last) if run.last == last - 1 else None
    if title is None and run.first > first:
        title = _clean(phrase[tokens[first].start : start])
    if title is None and first > 0:
        title = _title_before(phrase, tokens, segments, first)
    return SpeakerPhrase(
        kind=_PERSON,
        name=name,
        start=start,
        end=end,
        title=title,
        organization=_organization_of(title),
    )


def _joined(tokens: tuple[Token, ...], last: int) -> int:
    """The capitalized word one or two joiners after ``last`` ("of the Mayor"), else 0."""
    for width in (1, 2):
        nxt = last + width + 1
        joiners = tokens[last + 1 : nxt]
        joined = all(t.text in _JOINERS for t in joiners)
        if joined and nxt < len(tokens) and _capital(tokens[nxt]):
            return nxt
    return 0


def _org_chain(tokens: tuple[Token, ...]) -> tuple[int, int] | None:
    """The capitalized words from the first one on, joined by "of", "&", "the" ...:
    "Office of the Harbor Warden", "Acme Holdings Inc." (``None`` without one)."""
    first = next((i for i, t in enumerate(tokens) if _capital(t)), None)
    if first is None:
        return None
    last = first
    while True:
        if last + 1 < len(tokens) and _capital(tokens[last + 1]):
            last += 1
        elif _joined(tokens, last):
            last = _joined(tokens, last)
        else:
            return first, last


def _names_organization(words: tuple[Token, ...]) -> bool:
    """True for capitalized words that name an organization, not a job title alone."""
    if not any(t.kind in (_ORG, _ACRONYM) or t.text == "of" for t in words):
        return False
    return any(t.kind is not _TITLE for t in words if t.text not in _JOINERS)


def _organization(phrase: str, tokens: tuple[Token, ...]) -> SpeakerPhrase | None:
    """An organization phrase: "Acme Corp.", "Office of the Mayor", "an officer at NTX"."""
    chain = _org_chain(tokens)
    if chain is not None and _names_organization(tokens[chain[0] : chain[1] + 1]):
        return _named_organization(phrase, tokens, chain)
    m = _ROLE_OF.search(phrase)
    if m is None:
        return None
    org = _clean(m["org"])
    if not org:
        return None
    return SpeakerPhrase(
        kind=_ORGANIZATION,
        name=org,
        start=m.start("org"),
        end=m.end("org"),
        title=_clean(phrase[: m.start()]),
        organization=org,
    )


# Small words that join the parts of an organization's name: "League of Tenants of Ohio".
_JOINERS: Final = frozenset({"of", "for", "and", "&", "the", "on", "de", "del", "des"})
# A tuple, not a set: a kind is found in a tuple by identity, while a set would hash it
# (an enum member hashes in Python code).
_CAPITALIZED: Final = (_NAME, _ORG, _ACRONYM, _TITLE)


def _capital(token: Token) -> bool:
    """True for a capitalized word that may stand in an organization's name."""
    return token.kind in _CAPITALIZED and token.text[:1].isupper()


def _of_chain(tokens: tuple[Token, ...], run: Run) -> tuple[int, int] | None:
    """The organization name a run belongs to, when joined by "of" to capitalized words:
    "League of Tenants of Ohio" (not "Jane Doe of Acme", a person of an org)."""
    first, last = run.first, run.last
    while first >= 2 and tokens[first - 1].text in _JOINERS and _capital(tokens[first - 2]):
        first -= 2
    left = first < run.first and any(t.text == "of" for t in tokens[first : run.first])
    if not left and run.size(tokens) != 1:
        return None
    while (
        last + 2 < len(tokens) and tokens[last + 1].text in _JOINERS and _capital(tokens[last + 2])
    ):
        last += 2
        while last + 1 < len(tokens) and _capital(tokens[last + 1]):
            last += 1
    right = last > run.last and any(t.text == "of" for t in tokens[run.last : last + 1])
    return (first, last) if left or right else None


def _named_organization(
    phrase: str, tokens: tuple[Token, ...], chain: tuple[int, int]
) -> SpeakerPhrase:
    start, end = tokens[chain[0]].start, tokens[chain[1]].end
    name = phrase[start:end].rstrip(".")
    return SpeakerPhrase(
        kind=_ORGANIZATION,
        name=name,
        start=start,
        end=start + len(name),
        organization=name,
    )


# Prepositions that make the name after them an employer: "a spokesperson for Acme", and
# in French and Spanish "la mairesse de Sherbrooke", "el director del Instituto".
_EMPLOYER_OF: Final = frozenset({"for", "at", "of", "with", "from", "de", "du", "des", "del"})
_ROLE_ARTICLES: Final = frozenset(
    {"a", "an", "the", "one", "another", "la", "le", "les", "el", "un", "une", "una", "uno"}
)
# Articles that may stand between such a preposition and the name: "of the City", "de la
# Ville".
_EMPLOYER_ARTICLES: Final = frozenset({"the", "la", "le", "les", "el", "los", "las"})

# Articles that open a title standing for a person: "the mayor", "el alcalde", "la directora".
_ROLE_OPENERS: Final = frozenset({"the", "el", "la", "le", "der", "die"})


def _after_preposition(tokens: tuple[Token, ...], index: int) -> bool:
    """True when the word at ``index`` names the employer of an unnamed role that opens
    the phrase: "a spokesperson for Acme", "the head of sales at Acme"."""
    j = index - 1
    if j >= 0 and tokens[j].text.lower() in _EMPLOYER_ARTICLES:
        j -= 1
    if j < 1 or tokens[j].text not in _EMPLOYER_OF:
        return False
    if tokens[0].text.lower() not in _ROLE_ARTICLES:
        return False
    return all(t.kind in (_TITLE, _LOWER, _NAME) for t in tokens[1:j])


def role_titles(phrase: str) -> frozenset[str]:
    """The title words of a role phrase: "the chief executive" -> {"chief", "executive"}."""
    return frozenset(fold(t.text) for t in stretch_tokens(phrase) if t.kind is _TITLE)


def _role(phrase: str, tokens: tuple[Token, ...]) -> SpeakerPhrase | None:
    """A title standing for a person: "the chief executive", "the District Attorney",
    "the mayor of Springfield" (whose organization, if printed, is kept as a fallback)."""
    if len(tokens) < 2 or tokens[0].text.lower() not in _ROLE_OPENERS:
        return None
    cut = next((i for i, t in enumerate(tokens) if t.text in _EMPLOYER_OF), len(tokens))
    role = tokens[1:cut]
    if not role or not all(t.kind in (_TITLE, _ORG, _LOWER) for t in role):
        return None
    if not any(t.kind is _TITLE for t in role):
        return None  # "the Office of the Mayor" names an organization
    employer = _organization(phrase, tokens) if cut < len(tokens) else None
    start, end = tokens[0].start, tokens[cut - 1].end
    organization = employer.name if employer is not None else None
    return SpeakerPhrase(
        kind=_ROLE,
        name=phrase[start:end],
        start=start,
        end=end,
        organization=organization,
    )


def split_speaker(phrase: str) -> SpeakerPhrase | None:
    """Read an attribution phrase into a name, a title and an organization.

    >>> p = split_speaker("Jane Doe, Chief Executive Officer of Acme Corp.")
    >>> (p.name, p.title, p.organization)
    ('Jane Doe', 'Chief Executive Officer of Acme Corp.', 'Acme Corp.')
    >>> split_speaker("Lake County Sheriff Tom Ode").name
    'Tom Ode'
    """
    phrase = phrase.rstrip()
    lead = len(phrase) - len(phrase.lstrip())
    if lead == len(phrase):
        return None
    opener = phrase[lead] in _REFERENCE_OPENERS
    reference = _ORG_REFERENCE.match(phrase, lead) if opener else None
    if (
        reference is not None
        and _POSSESSIVE_END.search(reference[0])
        and phrase[reference.end() :].strip(" ,")
    ):
        reference = None  # "the company's vice president, Jane Roe": the person speaks
    if reference is not None:
        name = phrase[lead:]
        head = reference["head"].lower() if reference["head"] else None
        return SpeakerPhrase(kind=_ISSUER, name=name, start=lead, end=len(phrase), head=head)
    tokens = tokenize(phrase)
    if not tokens:
        return None
    if fold(tokens[0].text) in PRONOUNS and len(tokens) <= 2:
        word = tokens[0]
        return SpeakerPhrase(kind=_PRONOUN, name=word.text, start=word.start, end=word.end)
    employer: Run | None = None
    # a phrase without a comma or semicolon (no token of either) is one segment
    whole_phrase = "," not in phrase and ";" not in phrase
    segments = [(0, len(tokens))] if whole_phrase else _segments(tokens)
    for first, last in segments:
        part = tokens[first:last]
        run = _pick_run(part, find_runs(part))
        if run is None:
            continue
        # tuple.__new__: a named tuple's own constructor is a Python call
        whole = tuple.__new__(Run, (run.first + first, run.last + first, False))
        chain = _of_chain(tokens, whole)
        if chain is not None:
            return _named_organization(phrase, tokens, chain)
        if _after_preposition(tokens, whole.first):  # "a spokesperson for Acme"
            employer = employer or whole
            continue
        return _titled(phrase, tokens, whole, segments)
    if employer is not None:  # "a spokesperson for Acme", "the mayor of Springfield"
        chain = _org_chain(tokens[employer.first :])
        end = employer.first + (chain[1] if chain is not None else 0)
        org = _named_organization(phrase, tokens, (employer.first, end))
        role = _role(phrase, tokens)
        return attrs.evolve(role, organization=org.name) if role is not None else org
    if len(tokens) == 1 and tokens[0].kind is _ACRONYM and len(tokens[0].text) <= 3:
        word = tokens[0]
        return SpeakerPhrase(kind=_INITIALS, name=word.text, start=word.start, end=word.end)
    return _role(phrase, tokens) or _organization(phrase, tokens)


# Kinds of words that may stand before the subject's name: "The Acme CEO, Ann Lee".
_BEFORE_SUBJECT: Final = (_STOP, _TITLE, _NAME, _ORG, _ACRONYM, _PUNCT, _INITIAL)


def opens_with_name(sentence: str, who: SpeakerPhrase) -> bool:
    """True when the name ``who`` found in ``sentence`` is its subject: only titles,
    organization words and capitalized modifiers stand before it ("Acme CEO Ann Lee is
    pleased ..."), not a clause ("The deal closed with help from Ann Lee ...").
    """
    lower = [t for t in stretch_tokens(sentence[: who.start]) if t.kind not in _BEFORE_SUBJECT]
    return len(lower) <= MODIFIER_GAP
