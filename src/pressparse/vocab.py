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
CONTACT_LABEL: Final = regex.compile(
    r"""
    ^\W{0,3}
    (?:
        (?:media|press|investor|news|public|company)\s+(?:and\s+\w+\s+)?
            (?:contacts?|relations|inquiries|enquiries)
      | contacts?(?:\s+(?:information|info|details))?
      | for\s+(?:more|further)\s+information,?\s+(?:please\s+)?contact
    )
    \b\s*:?
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

#: An end mark alone on its line: "###", "# # #", "-30-", "- 30 -", "-###-", "ENDS".
END_MARK: Final = regex.compile(
    r"^\s*(?:-\s*)?(?:#\s*#\s*#|-?\s*30\s*-|ends?)(?:\s*-)?\s*$",
    regex.IGNORECASE,
)
