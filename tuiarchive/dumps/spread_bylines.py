"""A byline with its date whose name the page printed on the next line ("Posted on May 3, 2014 by")."""

from __future__ import annotations

import re
from functools import cache

from tuiarchive.dumps.line_kinds import read_footer
from tuiarchive.dumps.phrases import phrase_fields

_MAX_LENGTH = 60
_TIME_THEN_NAME = re.compile(r"\{time\}\s+(\S+)\s+\{name\}")


@cache
def _name_leads() -> frozenset[str]:
    """The words a byline puts between its time and its name ("by", "par", "von")."""
    return frozenset(
        found[1].casefold()
        for phrase in phrase_fields().get("posted_by", ())
        if (found := _TIME_THEN_NAME.search(phrase)) is not None
    )


def waits_for_name(text: str) -> bool:
    """Whether a line is a byline's date and the word before its name, the name still to come."""
    if len(text) > _MAX_LENGTH or " " not in text:
        return False
    head, _, word = text.rstrip().rpartition(" ")
    if word.casefold() not in _name_leads():
        return False
    facts = read_footer(head)
    return facts is not None and facts.moment is not None and facts.author is None
