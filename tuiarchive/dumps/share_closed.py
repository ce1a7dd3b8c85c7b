"""Undated posts pasted one after another, each closed by a share heading alone ("Share this:")."""

from __future__ import annotations

import re

#: WordPress's heading over its share buttons, alone on its line: "Share this:", "Share this".
_HEADING = re.compile(r"share\s+this(?:\s+(?:post|article|entry|story|page))?\s*:?", re.I)


def share_heading(text: str) -> bool:
    """Whether a footer line is a share heading alone (no button's name after it)."""
    return len(text) < 40 and _HEADING.fullmatch(text.strip()) is not None


def closed_like_above(above: bool, heading: int | None, warnings: list[str]) -> bool:
    """Whether a draft with a body but no date, byline or footer facts of its own is a post
    all the same: it closes with a share heading (line `heading`) as the post above it
    did (`above`), the next one of a run of posts pasted without their bylines. Says so."""
    if not above or heading is None:
        return False
    warnings.append(
        f"line {heading}: no date, byline or footer facts: read as a post of its own, as it"
        " closes with a share heading as the post above it does"
    )
    return True
