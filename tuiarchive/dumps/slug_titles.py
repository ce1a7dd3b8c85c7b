"""A clipper's title made from the page's slug: the heading printed above the date is the title."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from itertools import islice

from tuiarchive.dumps.line_kinds import Kind, Line
from tuiarchive.dumps.markup import FrontMatter

_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def with_slug_title(
    front: FrontMatter, lines: list[Line], headings: Mapping[int, int]
) -> FrontMatter:
    """The front matter with the title of the heading that opens the page right above a date
    line, when the front matter's title is no more than some of that heading's words (each the
    start of one, in order: "persisting view state" for "Why persist your view's state")."""
    if front.title is None:
        return front
    found = list(islice((i for i, ln in enumerate(lines) if ln.kind is not Kind.BLANK), 2))
    if len(found) < 2 or lines[found[1]].kind is not Kind.DATE or found[0] not in headings:
        return front
    top = [lines[i] for i in found]
    wanted, printed = _words(front.title), _words(top[0].text)
    if not wanted or wanted == printed or len(wanted) >= len(printed):
        return front
    at = 0
    for word in wanted:
        at = next((i + 1 for i in range(at, len(printed)) if printed[i].startswith(word)), -1)
        if at < 0:
            return front
    return replace(front, title=" ".join(top[0].text.split()))
