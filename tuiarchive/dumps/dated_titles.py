"""Titles run into their date with a space ("Post title December 25, 2011") on an archive page."""

from __future__ import annotations

from tuiarchive.dumps.dates import DumpDate, match_date
from tuiarchive.dumps.line_kinds import Kind, Line

_MAX_TITLE = 200
_MIN_SEEN = 2  # one such line may be a sentence that ends in a date; two open posts


def _split(text: str) -> tuple[str, DumpDate] | None:
    """The title and the date at the line's end, when the end is a whole date."""
    if len(text) > _MAX_TITLE or not text[-1:].isdigit():
        return None
    words = text.split(" ")
    for size in range(2, min(6, len(words))):
        date = match_date(" ".join(words[-size:]))
        if date is not None:
            title = " ".join(words[:-size]).rstrip()
            if len(title) < 3 or title.endswith((",", ":", ";")) or not title[-1:].strip():
                return None
            return title, date
    return None


def dated_titles(lines: list[Line]) -> tuple[dict[int, tuple[str, DumpDate]], frozenset[int]]:
    """Lines that open a post with its title and date on one line: each the page's first
    line or right under a post's footer (blank lines between), two or more on the page;
    and, on such a page, footer lines set apart by blank lines under a post's footer (a
    post the save lost all but its footer of)."""
    found: dict[int, tuple[str, DumpDate]] = {}
    orphans: list[int] = []
    above: Line | None = None
    gap = False
    # the kinds looked up once, not on every line of every page
    blank, text, footer = Kind.BLANK, Kind.TEXT, Kind.FOOTER
    for index, line in enumerate(lines):
        if line.kind is blank:
            gap = True
            continue
        if line.kind is text and (above is None or above.kind is footer):
            split = _split(line.text)
            if split is not None:
                found[index] = split
        elif (
            line.kind is footer
            and above is not None
            and above.kind is footer
            and (gap or orphans and orphans[-1] == index - 1)
        ):
            orphans.append(index)
        above, gap = line, False
    if len(found) < _MIN_SEEN:
        return {}, frozenset()
    return found, frozenset(orphans)
