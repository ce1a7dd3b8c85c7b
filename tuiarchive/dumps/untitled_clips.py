"""A byline a platform prints only under the title (CSDN's "… 于 <stamp> 发布") heading the page: no title was copied."""

from __future__ import annotations

import re

#: CSDN's byline: the author (a badge image or two after the name), "于", the stamp, "发布".
_UNDER_TITLE = re.compile(
    r".*\S[ \t]+于[ \t]*\d{4}-\d\d-\d\d[ \t]+\d\d?:\d\d(?::\d\d)?[ \t]*发布[ \t]*"
)

NO_TITLE = (
    "no title: the page was copied from under it (its first line is the byline"
    " {byline!r}, which the platform prints under the title); the text starts the body"
)


def under_title_only(text: str) -> bool:
    """Whether a byline is one a platform prints under the post's title, never over it."""
    return _UNDER_TITLE.fullmatch(text) is not None
