"""A code fence opening the page it was pasted into ("```"): markup, never a post's title."""

from __future__ import annotations

import re

_FENCE = re.compile(r"(?:`{3,}|~{3,})[\w+-]*")


def fence_title(title: str) -> bool:
    """Whether a post's first line is only a code fence's marks (and its language)."""
    return _FENCE.fullmatch(title.strip()) is not None
