"""A name printed bold (`**Ann**`, `__Ann__`) read without its emphasis marks."""

from __future__ import annotations

import re

_BOLD = re.compile(r"(\*\*|__)(?P<name>[^*_\s](?:[^*_]*[^*_\s])?)\1")


def unbold(name: str | None) -> str | None:
    """`name` without the bold marks around the whole of it."""
    if name is None:
        return None
    match = _BOLD.fullmatch(name.strip())
    return match["name"] if match is not None else name
