"""A repository's name heading a README ("buro-de-credito"): no blog's name."""

from __future__ import annotations

import re

# lowercase words joined by hyphens or underscores, no space: how a repository is named,
# while a blog's header prints its name as words ("Dev Notes")
_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)+")


def repository_name(text: str) -> bool:
    """Whether a header line is a repository's name, as a README's heading prints it."""
    return _SLUG.fullmatch(text.strip()) is not None and any(ch.isalpha() for ch in text)
