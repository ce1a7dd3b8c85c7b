"""A page's heading that prints its front matter's title with other punctuation ("Title!")."""

from __future__ import annotations

import re

_NOT_WORDS = re.compile(r"[\W_]+")


def same_title(printed: str, front: str) -> bool:
    """Whether a printed heading is the front matter's title but for case, spacing and
    punctuation ("¡Title!" / "Title", a clipper's "Title！" / "Title")."""
    words = _NOT_WORDS.sub("", printed.casefold())
    return bool(words) and words == _NOT_WORDS.sub("", front.casefold())
