"""An archive page that is only a list of other posts' dated links ("1. 2013-03-30: [title](../slug)"): no post."""

from __future__ import annotations

import re

from tuiarchive.dumps.dates import match_date
from tuiarchive.dumps.links import INLINE_LINK

#: A list item: its number or bullet, then the rest.
_ITEM = re.compile(r"[ \t]*(?:\d{1,4}[.)]|[-*+])[ \t]+(?P<rest>\S.*)")
_MIN_ITEMS = 5


def is_archive_index(saved: list[str], start: int) -> bool:
    """Whether every line of the page from `start` on (blanks aside) is a list item holding a
    date and one link, and nothing else (five items at least): an archive's index of other
    posts, with no text of a post of its own."""
    items = 0
    for raw in saved[start:]:
        if not raw.strip():
            continue
        item = _ITEM.fullmatch(raw.rstrip())
        if item is None or "](" not in raw:
            return False
        rest = INLINE_LINK.sub(" ", item["rest"], count=1).strip(" \t:–—-|·")
        if "](" in rest or match_date(rest) is None:
            return False
        items += 1
    return items >= _MIN_ITEMS
