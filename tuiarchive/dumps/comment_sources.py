"""The address a page saver notes in an HTML comment atop the page: "<!-- Source: url -->"."""

from __future__ import annotations

import re

#: "<!-- Source: https://… -->", "<!-- URL: https://… -->", and the browsers' own
#: "<!-- saved from url=(0071)https://… -->".
_SOURCE = re.compile(
    r"\s*<!--\s*(?:(?:source|url|saved from|original)\s*:|saved from url=(?:\(\d+\))?)\s*"
    r"(?P<url>https?://[^/\s<>]+/?[^\s<>]*?)\s*-->\s*",
    re.IGNORECASE,
)
_TOP = 3  # the printed lines at the page's top where such a comment stands


def commented_address(text: str) -> str | None:
    """The address such a comment among the page's first lines gives, if one does."""
    if "<!--" not in text[:2000]:
        return None
    seen = 0
    for raw in text[:4000].split("\n"):
        if not raw.strip():
            continue
        match = _SOURCE.fullmatch(raw)
        if match is not None:
            return match["url"]
        seen += 1
        if seen == _TOP:
            break
    return None
