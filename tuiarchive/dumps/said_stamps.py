"""A comment head that prints its stamp before the name: "At July 3, 2011 8:15 AM, Ann said..."."""

from __future__ import annotations

import re

from tuiarchive.dumps.dates import Moment, match_moment

#: A short lead word ("At", "On"), the stamp, a comma, then the name.
_STAMP_FIRST = re.compile(r"(?:[^\W\d_]{1,4}\s+)?(?P<when>\S[^,]*\d.*),\s+(?P<name>[^\d,][^,]*)")


def stamp_then_name(name: str) -> tuple[Moment, str] | None:
    """The stamp and the name of a said-head's "name" part that begins with a timestamp."""
    if not name[:12].strip() or not any(ch.isdigit() for ch in name):
        return None
    found = _STAMP_FIRST.fullmatch(name)
    if found is None:
        return None
    moment = match_moment(found["when"])
    if moment is None or moment.date is None:
        return None
    return moment, found["name"].strip()
