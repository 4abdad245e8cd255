"""Shared vocabulary of press releases: labels and marks more than one stage reads.

Patterns that only one stage uses live in that stage's module; the ones here are read by
several (the sections stage classifies a contact block, the contacts stage parses it, the
quotes stage skips it).
"""

from __future__ import annotations

from typing import Final

import regex

__all__ = ["CONTACT_LABEL", "END_MARK"]

#: A contact-block label at the start of a block: "Media Contact:", "Press Contacts",
#: "Contact:", "Investor Relations:", "Contact Details", "For more information, contact".
#: Compound labels ("Media Contact", "Press inquiries should be directed to") may be followed
#: by anything; a bare "Contact" only by a colon, the end of its line, or a value run into it
#: ("Contact DetailsJane Roe", "Contacts:Jane"), so "Contact Us" and "Contact Acme" are not
#: labels; "Media:", "Investors:", "Investor Relations:" only by a colon; a desk ("Press
#: Office") only by a colon or the end of its line. The group ``label`` is the label without
#: its colon.
CONTACT_LABEL: Final = regex.compile(
    r"""
    ^[^\w\n]{0,3}
    (?:
        (?P<label>(?i:
            for\s+(?:more|further|additional)\s+(?:information|info|details)
                (?:\s+or\s+(?:questions|inquiries|to\s+\w+\s+an?\s+interview))?
                ,?\s+(?:please\s+)?(?:contact|reach\s+out\s+to|e-?mail|call)
          | for\s+(?:media|press|investor|news|all)\s+(?:inquiries|enquiries|queries)
                (?:\s+or\s+[\w-]+)?(?:,?\s+(?:please\s+)?contact|(?=[ \t]*:))
          | to\s+(?:arrange|schedule|request|set\s+up|book)\s+(?:an?\s+)?
                (?:interview|briefing|meeting)s?[^.:\n]{0,60}?,?\s+(?:please\s+)?
                (?:contact|call|e-?mail|reach\s+out\s+to)
          | (?:media|press|pr|news|public|company|corporate|investors?|analysts?|shareholders?)
                (?:\s*(?:and|&|/)\s*(?:media|press|investors?|analysts?|public))?
                (?:\s+relations)?\s+
                (?:contacts?|inquiries|enquiries|queries)
                (?:\s+(?:information|info|details))?
                (?:\s+(?:should|may|can)\s+be\s+(?:directed|sent|addressed)\s+to)?
          | pressekontakt | contact\s+presse | contacto\s+de\s+prensa
        ))
        [ \t]*[:\-–—]?
      | (?P<label>(?i:
            contacts?(?:\s+(?:information|info|details|data))?
          | contacto | kontakt
        ))
        (?:[ \t]*:|[ \t]*(?:$|\n)|(?=[\p{Lu}\d+(]))
      | (?P<label>(?i:(?:investor|media|public)\s+relations | media | press | investors?))
        [ \t]*:
      | (?P<label>(?i:press\s+office | media\s+(?:desk|office|centre|center) | news\s+desk
          | public\s+(?:affairs|information)\s+office))
        (?:[ \t]*:|[ \t]*(?:$|\n))
    )
    """,
    regex.VERBOSE,
)

#: An end mark alone on its line: "###", "# # #", "-30-", "- 30 -", "-###-", "ENDS".
END_MARK: Final = regex.compile(
    r"^\s*(?:-\s*)?(?:#\s*#\s*#|-?\s*30\s*-|ends?)(?:\s*-)?\s*$",
    regex.IGNORECASE,
)
