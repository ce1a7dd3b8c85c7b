"""How many share buttons a footer line holds: Blogger's run together on one line count each."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from tuiarchive.dumps.phrases import phrase_fields

_LONGEST = 300  # a run of buttons is short; a longer line is text
#: "ThisBlogThis!Share": a word's end run into the next one's capital.
_JOINED = re.compile(r"[^\W\d_][A-Z]|!\w")


@cache
def _leads() -> re.Pattern[str]:
    """Each share phrase's words before its first placeholder ("Share to", "BlogThis!")."""
    leads = {" ".join(p.split("{")[0].split()) for p in phrase_fields().get("share", ())}
    words = sorted((lead for lead in leads if len(lead) > 2), key=len, reverse=True)
    return re.compile("|".join(re.escape(w).replace(r"\ ", r"\s*") for w in words), re.I)


@lru_cache(maxsize=256)  # a blog prints the same share line under each of its posts
def share_buttons(text: str) -> int:
    """The share buttons on a footer line: those of a run with no space between them (as a
    copied Blogger page prints "Email ThisBlogThis!Share to X…": four), else one, a line of
    buttons with spaces being what a sidebar's "Facebook Twitter" links look like too."""
    if len(text) > _LONGEST or _JOINED.search(text) is None:
        return 1  # no two words run together: no fused run
    found = list(_leads().finditer(text))
    fused = any(a.end() == b.start() for a, b in zip(found, found[1:], strict=False))
    return len(found) if fused else 1
