"""A home page's pager under its last post ("Older posts" to …/page/2/): the sidebar follows it."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import Kind, Line

#: The link to a listing's next page: WordPress's "/page/2/", Blogger's "?updated-max=…".
_PAGER_LINK = re.compile(r"\]\([^)\s]*(?:/page/\d+/?|[?&]updated-max=)[^)\s]*\)")
#: The pager's words when the page kept no links (WordPress's plural ones: a listing's).
_PAGER_WORDS = re.compile(r"[«‹←\s]*(?:older|newer) (?:posts|entries)[»›→\s]*", re.I)


def pager(line: Line) -> bool:
    """Whether a navigation line is a listing's pager, not a post's own "Next post" link."""
    if line.kind is not Kind.NAV:
        return False
    return _PAGER_LINK.search(line.raw) is not None or _PAGER_WORDS.fullmatch(line.text) is not None
