"""What the lines around a release's title are: chrome, labels, date lines, contact lines.

The headline and dateline stages read the top of a document, where page dumps mix the
release's title, deck and date with site chrome ("Skip to content", "Share this article"),
release-kind labels ("FOR IMMEDIATE RELEASE"), bylines and contact blocks. These predicates
name each kind of line; none of them looks beyond the one line it is given.
"""

from __future__ import annotations

import enum
import functools
from typing import Final

import attrs
import regex

from pressparse.dates import find_date_span

__all__ = [
    "NO_LABEL_OPENINGS",
    "SMALL_WORD_END",
    "DateLine",
    "LineEnd",
    "date_line",
    "is_advisory_label",
    "is_chrome",
    "is_contact_line",
    "is_header_line",
    "is_label_only",
    "is_office_line",
    "is_title_like",
    "kind_label_end",
    "title_shaped",
]

# Lines of page chrome, whole: "Skip to main content", "Share this article", "3 min read",
# "Click Here to Access PDF Version", "[TWEET THIS]", "Posted in", "You are here:", a byline
# ("By Jane Doe", "By Office of University Communications").
_CHROME: Final = regex.compile(
    r"""(?ix)^\W{0,3}(?:
        skip\ (?:to\ )?(?:main\ )?(?:content|navigation) | scroll\ to\ top | follow\ us
      | search(?:\ for|\ form)? | share(?:\ this)?(?:\ (?:article|story|post|page))?
      | share\ (?:to|on|via)\ ?\w+ | print(?:\ this)?(?:\ (?:page|article))?
      | (?:share\ (?:to|on|via)\ ?\w+\W{0,3}){2,8}(?:e-?mail|print)?   # a row of share links
      | share(?:\ this)?:?\ (?:(?:facebook|twitter|x|linkedin|e-?mail|whatsapp|reddit|print
          |pinterest|threads|bluesky)\b\W{0,3}){1,8}
      | e-?mail(?:\ this)?(?:\ (?:page|article))? | back(?:\ to\ [\w\ ]{1,30})? | home
      | menu | close | read\ more | continue\ reading | view\ all(?:\ news)? | more\ news
      | (?:related|latest|recent|more)\ (?:posts|news|articles|stories|releases)
      | follow\ us(?:\ on\ \w+)? | news\ provided\ by(?:\ [^\n]{1,80})?
      | by\ (?-i:\p{Lu}[\p{L}.'\-]+(?:\ (?:(?:of|for|the|and|&)\ ){0,2}\p{Lu}[\p{L}.'\-]+){0,4})
        (?:,\ [\w\ ]{1,40})?
      | you\ are\ here | \d{1,3}\ min(?:ute)?s?\ read
      | author | published | posted(?:\ (?:on|in|by))? | updated | tags? | categor(?:y|ies)
      | tweet\ this | click\ here\b.{0,120} | accessibility\ statement | text\ only
      | translate(?:\ page)? | subscribe\b.{0,40} | sign\ (?:in|up)\b.{0,40} | log\ ?in
      | listen(?:\ to\ this)?
      | photo | video | image | download(?:\ pdf)?
    )\W{0,3}$""",
)

# The first two letters (casefolded) each alternative of _CHROME opens with: a line opening
# otherwise (after its marks) is no chrome line (a digit opens "3 min read").
_CHROME_OPENINGS: Final = frozenset(
    {"sk", "sc", "fo", "se", "sh", "pr", "e-", "em", "ba", "ho", "me", "cl", "re", "co", "vi",
     "mo", "la", "ne", "by", "yo", "au", "pu", "po", "up", "ta", "ca", "tw", "ac", "te", "tr",
     "su", "si", "lo", "li", "ph", "im", "do"}
)  # fmt: skip

# Punctuation alone, a URL or an image path: "–", "https://example.org/a", "logo.webp";
# a distribution legend between slashes: "/NOT FOR DISTRIBUTION IN THE UNITED STATES/".
_NOT_TEXT: Final = regex.compile(
    r"(?i)^(?:[\W_]{1,6}|https?://\S+|\S+\.(?:jpe?g|png|gif|webp|svg)(?:\s\S+)?"
    r"|/[^/\n]{10,200}/|\W*not\ for\ (?:distribution|release|dissemination)\b.{0,200})$"
)

# A label naming the kind of release, at the start of a line: "FOR IMMEDIATE RELEASE",
# "MEDIA ADVISORY:", "NEWS RELEASE –", "Para Publicación Inmediata:", "**PRESS CONFERENCE".
_KIND_LABEL: Final = regex.compile(
    r"""(?ix)^[\W_]{0,3}(?:
        for\ (?:immediate\ )?release | immediate\ release | embargoed(?:\ for\ release)?
      | media\ advisory | news\ advisory | press\ advisory | media\ alert
      | press\ release | news\ release | media\ release | press\ statement
      | press\ conference | news\ conference | statement
      | para\ (?:su\ )?(?:publicaci[oó]n|divulgaci[oó]n|difusi[oó]n)\ inmediata
      | comunicado\ de\ prensa | communiqu[eé]\ de\ presse | pour\ diffusion\ imm[ée]diate
    )\b"""
)
# The letters a label of _KIND_LABEL opens with (in either case), and the ASCII characters
# its "[\W_]" reads before one: all but letters and digits. An ASCII line whose first letter
# or digit (within the first four characters) is none of these holds no label.
_LABEL_INITIALS: Final = frozenset("fiemnpscFIEMNPSC")
# The first three letters of each label, casefolded ("for", "immediate", "embargoed",
# "media", "news", "press", "statement", "para", "comunicado" and "communiqué", "pour").
_LABEL_OPENINGS: Final = frozenset(
    {"for", "imm", "emb", "med", "new", "pre", "sta", "par", "com", "pou"}
)
_ASCII_NOT_WORD: Final = "".join(c for c in map(chr, range(128)) if not c.isalnum())
#: The ASCII letters and digits no line holding a release-kind label opens with: a label
#: opens the line, or comes after marks ("**", "- ") that are no letter or digit.
NO_LABEL_OPENINGS: Final = frozenset(
    c for c in map(chr, range(128)) if c.isalnum() and c not in _LABEL_INITIALS
)
# What may follow a label before the title: "FOR IMMEDIATE RELEASE: ", "NEWS RELEASE – ".
_LABEL_SEPARATOR: Final = regex.compile(r"[^\S\n]*(?:[:|]|[–—-](?=\s))[^\S\n]*")
# A label alone on its line: "FOR IMMEDIATE RELEASE", "Press Release", "News".
_LABEL_ONLY_TAIL: Final = regex.compile(r"[\W_]{0,4}$")
_SECTION_WORDS: Final = regex.compile(
    r"(?i)^[\W_]{0,3}(?:news(?:room)?|press(?:\ room)?|media(?:\ center)?|press\ releases"
    r"|news\ releases(?:\ &\ advisories)?|releases|announcements|in\ the\ news)[\W_]{0,3}$"
)
# The first two letters (casefolded) of each alternative of _SECTION_WORDS.
_SECTION_OPENINGS: Final = frozenset({"ne", "pr", "me", "re", "an", "in"})

# Contact lines: "Contact: Jane Doe", "Office: 555-201-3344", "jane@example.org",
# "(555) 201-3344". Each sign has its own pattern, searched only when the line holds the
# character it needs ("@", "[", a digit).
_CONTACT_LABEL: Final = regex.compile(
    r"""(?ix)
      ^\W{0,3}(?:contacto?s?|media\ contacts?|press\ contacts?|office|cell|mobile|phone|tel
        |telephone|fax|e-?mail)\b\s*[:.]?
    """
)
# The first two letters (casefolded) of each alternative of _CONTACT_LABEL.
_CONTACT_OPENINGS: Final = frozenset(
    {"co", "me", "pr", "of", "ce", "mo", "ph", "te", "fa", "em", "e-"}
)
_EMAIL: Final = regex.compile(r"[\w.+\-]+@[\w\-]+\.[\w.\-]+")
_EMAIL_HIDDEN: Final = regex.compile(r"(?i)\[email\ protected\]")
_PHONE: Final = regex.compile(r"\(?\b\d{3}\)?[\s.\-/]\d{3}[\s.\-]\d{4}\b")
_ANY_DIGIT: Final = regex.compile(r"\d")

# The words before a date on a date line: "Date:", "Published", "Posted on:", "Admin |",
# "By Jane Doe |", "Release Date:", "Fecha:", "Press Release -"; a byline or a syndication
# credit set off by a bar or a middle dot, as news sites print them: "By Jane Doe ·",
# "Provided by PR Newswire ·", "By University Communications | Published".
_DATE_PREFIX: Final = regex.compile(
    r"""(?ix)^[\W_]{0,3}(?:
        (?P<labelled>date|dated|fecha|release\ date|released|issued|for\ release
          |for\ immediate\ release|(?:press|news|media)\ release)
      | (?P<published>published(?:\ on)?|post(?:ed)?(?:\ date|\ on)?|updated|last\ updated
          |modified)
      | (?:(?:provided\ |distributed\ )?by\ )?[\p{L}.'\-]{1,20}(?:\ [\p{L}.'\-]{1,20}){0,2}
        \ ?[|·•](?:\ *(?:published|posted|updated)(?:\ on)?)?
    )?[\W_]{0,3}$"""
)
# What may follow a date on a date line: "| Source: Acme Corp", "(16:20 GMT)", "."; or, as
# news pages print them, short items set off by a bar or a middle dot: "· Press Releases",
# "· 4 min read", "| News | Business"; the section it was posted in: "in News"; or a
# byline: "by Scioto River Zoo".
_DATE_SUFFIX: Final = regex.compile(
    r"(?is)^[\W_]{0,3}(?:\|?\s*source:.{0,120}|\(.{0,40}\)|\|\s*[\w\ ]{1,30}:.{0,80}"
    r"|[|·•]\s*[\w\ ]{1,30}(?:\s*[|·•]\s*[\w\ ]{1,30}){0,2}|\s+in\s+\w[\w\ &]{0,30}"
    r"|\s+by\s+(?-i:\p{Lu})[\w.'’&\-]*(?:\s+[\w.'’&\-]+){0,6})?$"
)

# A line of a press office's letterhead: the office, or the district or agency it serves,
# named alone. "U.S. Attorney's Office", "District of New Jersey", "Office of the Governor",
# "Minnesota Department of Transportation", "Ministry of Health".
_OFFICE_LINE: Final = regex.compile(
    r"""(?x)^(?:The\ )?(?:\p{Lu}[\p{L}.'’\-]*\ ){0,4}
    (?:Office|Department|Ministry|Bureau|Division|District|Embassy|Consulate|Secretariat
      |Agency|Commission|Authority|Administration)
    (?:\ of(?:\ the)?(?:\ \p{Lu}[\p{L}.'’\-]*){1,4})?$"""
)
#: An office's letterhead line has at most this many characters.
MAX_OFFICE_LINE: Final = 60


# The label of a part of a media advisory, which opens its body: "WHO:", "**WHAT:**",
# "WHEN: 10 a.m., Thursday".
_ADVISORY_LABEL: Final = regex.compile(r"(?i)^[\W_]{0,3}(?:who|what|when|where|why)[\W_]{0,3}:")


# A breadcrumb trail: "Home > Newsroom > News Releases".
_BREADCRUMB: Final = regex.compile(r"\s[>»/]\s")

# Words of a line, for title checks.
_WORD: Final = r"[\p{L}\d][\p{L}\p{M}\d'’.&\-]*+"
# At least three words: each word taken whole, after whatever cannot open one (the words
# ``finditer`` would give, counted in one match).
_THREE_WORDS: Final = regex.compile(rf"(?:[^\p{{L}}\d]*+{_WORD}){{3}}")

#: A title is rarely shorter or longer than this many characters.
MIN_TITLE_CHARS: Final = 12
MAX_TITLE_CHARS: Final = 300


@attrs.frozen
class LineEnd:
    """A pattern that ends with ``$`` and matches at most ``longest`` characters, tested at
    the end of a line only.

    ``pattern.search(text)`` would try the pattern at every position of the line; a match
    ending at its end (or before a final newline) starts among the last ``longest + 1``
    characters, so the search starts there and finds the same.
    """

    pattern: regex.Pattern[str]
    longest: int

    def ends(self, text: str) -> bool:
        """True when the pattern matches at the end of ``text``."""
        return self.pattern.search(text, max(0, len(text) - self.longest - 1)) is not None


#: A line ending in a small word, so that it must run on to the next: "... Living with",
#: "... in the".
SMALL_WORD_END: Final = LineEnd(
    regex.compile(r"\s(?:a|an|the|of|in|on|at|to|for|with|by|from|and|or|as|into|over|its|their)$"),
    longest=len(" their"),
)


class DateLine(enum.Enum):
    """What a line that is a date says about it."""

    PLAIN = "plain"  #: a date alone, or after a byline ("Admin | June 13, 2024")
    LABELLED = "labelled"  #: "Date: ...", "Release Date: ...": the release's own date
    PUBLISHED = "published"  #: "Published ...", "Posted on ...": the page's posting date


def _opening(text: str) -> str | None:
    """The first two characters of an ASCII line past the marks before them, casefolded:
    what the line patterns' words open with, after three marks at most. ``None`` when the
    line's first five characters are not all ASCII (the patterns then decide alone).
    """
    head = text[:5]
    return head.lstrip(_ASCII_NOT_WORD)[:2].lower() if head.isascii() else None


def _may_be_not_text(text: str) -> bool:
    """False for a line :data:`_NOT_TEXT` cannot match: one of more than six characters,
    with no period (of an image's name), not opening with "/", and (an ASCII line) not
    opening with "http" or, past its marks, "not for"."""
    if len(text) <= 6 or "." in text or text[:1] == "/":
        return True
    head = text[:24]
    if not head.isascii():
        return True
    rest = head.lstrip(_ASCII_NOT_WORD)
    if len(rest) < len("not for") and len(text) > len(head):
        return True  # (marks running on past the head)
    return not rest or rest.lower().startswith(("http", "not for"))


def is_chrome(text: str) -> bool:
    """True for a line of site chrome, bare punctuation, a URL or an image path."""
    return _is_chrome(text, _opening(text))


def _is_chrome(text: str, opening: str | None) -> bool:
    """:func:`is_chrome`, given ``_opening(text)``."""
    if opening is not None and opening not in _CHROME_OPENINGS and not opening[:1].isdigit():
        # (no chrome words: the chrome pattern need not run)
        return _may_be_not_text(text) and _NOT_TEXT.match(text) is not None
    return bool(_CHROME.match(text) or (_may_be_not_text(text) and _NOT_TEXT.match(text)))


def kind_label_end(text: str) -> int | None:
    """Where the title starts after a leading release-kind label, or ``None`` if none.

    "MEDIA ADVISORY: Press Conference" gives the offset of "Press"; a label alone on its line
    gives the length of the line.
    """
    if text[:1] in NO_LABEL_OPENINGS:
        return None  # (most lines, told by their first character)
    # An ASCII line opens with its label's first three letters after three marks at most.
    head = text[:6]
    if head.isascii() and head.lstrip(_ASCII_NOT_WORD)[:3].lower() not in _LABEL_OPENINGS:
        return None  # (most other lines: the pattern need not run)
    m = _KIND_LABEL.match(text)
    if m is None:
        return None
    tail = _LABEL_ONLY_TAIL.match(text, m.end())
    if tail is not None:
        return len(text)
    sep = _LABEL_SEPARATOR.match(text, m.end())
    if sep is None or sep.end() == m.end():
        return None
    return sep.end()


def is_label_only(text: str) -> bool:
    """True for a release-kind or newsroom label alone on its line ("Press Release")."""
    return _is_label_only(text, _opening(text))


def _is_label_only(text: str, opening: str | None) -> bool:
    """:func:`is_label_only`, given ``_opening(text)``."""
    if kind_label_end(text) == len(text):
        return True
    return (opening is None or opening in _SECTION_OPENINGS) and bool(_SECTION_WORDS.match(text))


def is_advisory_label(text: str) -> bool:
    """True for a line opening with the label of a part of a media advisory ("WHO:")."""
    return _ADVISORY_LABEL.match(text) is not None


def is_office_line(text: str) -> bool:
    """True for a line naming a press office or the district or agency it serves, alone:
    a letterhead line ("U.S. Attorney's Office", "District of New Jersey")."""
    return len(text) <= MAX_OFFICE_LINE and _OFFICE_LINE.match(text) is not None


def is_contact_line(text: str) -> bool:
    """True for a line of a contact block: a contact label, an e-mail or a phone number."""
    return _is_contact_line(text, _opening(text))


def _is_contact_line(text: str, opening: str | None) -> bool:
    """:func:`is_contact_line`, given ``_opening(text)``."""
    if len(text) > 160:
        return False
    return bool(
        ((opening is None or opening in _CONTACT_OPENINGS) and _CONTACT_LABEL.match(text))
        or ("@" in text and _EMAIL.search(text))
        or ("[" in text and _EMAIL_HIDDEN.search(text))
        or (_ANY_DIGIT.search(text) and _PHONE.search(text))
    )


#: A date line is at most this long.
MAX_DATE_LINE: Final = 160
#: How many recent lines :func:`date_line` remembers: the header lines of a release or two,
#: which the headline and dateline stages each ask about.
DATE_LINE_MEMORY: Final = 64


def date_line(text: str) -> DateLine | None:
    """Say what kind of date line ``text`` is, or ``None`` when it is more than a date."""
    if len(text) > MAX_DATE_LINE:
        return None
    return _short_date_line(text)


@functools.lru_cache(maxsize=DATE_LINE_MEMORY)
def _short_date_line(text: str) -> DateLine | None:
    found = find_date_span(text)
    if found is None:
        return None
    start, end = found
    prefix = _DATE_PREFIX.match(text[:start])
    if prefix is None or not _DATE_SUFFIX.match(text[end:]):
        return None
    if prefix["labelled"]:
        return DateLine.LABELLED
    if prefix["published"]:
        return DateLine.PUBLISHED
    return DateLine.PLAIN


def title_shaped(text: str) -> bool:
    """True for a line shaped as a title: its length, a few words, no colon at its end and
    no breadcrumb (the tests of :func:`is_title_like` that leave what kind of line it is)."""
    if not MIN_TITLE_CHARS <= len(text) <= MAX_TITLE_CHARS:
        return False
    return (
        bool(_THREE_WORDS.match(text))
        and not text.endswith(":")
        # (a line without a breadcrumb's mark is not searched for one)
        and not (("/" in text or ">" in text or "»" in text) and _BREADCRUMB.search(text))
    )


def is_header_line(text: str) -> bool:
    """True for a line of chrome, a label alone, a date line or a contact line: header
    matter, never a title (the line's opening is read once for the four tests)."""
    opening = _opening(text)
    return (
        _is_chrome(text, opening)
        or _is_label_only(text, opening)
        or date_line(text) is not None
        or _is_contact_line(text, opening)
    )


def is_title_like(text: str) -> bool:
    """True for a line that could be a release's title: a few words, not chrome or a date."""
    return title_shaped(text) and not is_header_line(text)
