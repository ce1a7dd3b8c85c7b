"""Whether some line of a page begins with a pattern, looked for at line starts only."""

from __future__ import annotations

import re
from functools import cache


class LineStart:
    """A pattern matched at the start of any line of a page, after the line's indentation.

    The same as searching `^lead(?:body)` line by line, but the search looks for a newline
    first and tries the pattern only there, instead of at every character of the page: five
    times quicker on a page of several thousand characters, and it runs on every page.
    """

    def __init__(self, body: str, flags: int = 0, lead: str = r"[ \t]*") -> None:
        flags |= re.MULTILINE  # "$" in `body` still ends a line
        self._first = re.compile(f"{lead}(?:{body})", flags)
        self._later = re.compile(f"\n{lead}(?:{body})", flags)

    def found_in(self, text: str) -> bool:
        return self._first.match(text) is not None or self._later.search(text) is not None


#: ASCII from the rarest on a page of prose to the commonest; any other character is rarer.
_BY_COMMONNESS = (
    "`^~|\\{}[]<>=@$%#&*+_\"'QZXJqjzxKVUYWGBFHPMCDLNRSTEAIO!?;/-()0123456789"
    "kvbgpfwymculdhrsnioate:,. \n\t\r\x0b\x0c"
)


@cache
def _rarest(needle: str) -> tuple[str, int, int]:
    """The needle's rarest character, and where it first and last stands in the needle."""
    rare = min(needle, key=_BY_COMMONNESS.find)  # find: -1 (rarest) for what is not ASCII
    return rare, needle.index(rare), needle.rindex(rare)


def holds(text: str, needle: str) -> bool:
    """`needle in text`, quicker on most pages: the needle's rarest character is looked for
    first (a one-character search is a fast scan, a longer needle's several times slower);
    a page without that character cannot hold the needle, so the answer is the same. Where
    it is on the page, the needle is looked for only between the character's first and last
    places there (shifted by its places in the needle): it cannot stand anywhere else."""
    if not needle:
        return True
    rare, first, last = _rarest(needle)
    start = text.find(rare)
    if start < 0:
        return False
    end = text.rfind(rare) - last + len(needle)
    return text.find(needle, max(start - first, 0), end) >= 0
