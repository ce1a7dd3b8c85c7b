"""A classic theme's title with its date on the line under it, read as a date header."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import BLANK_LINE, Kind, Line, ends_sentence
from tuiarchive.dumps.names import title_like

#: What may stand above such a title: the page's start, a blank line, a post's footer.
_ABOVE = (Kind.BLANK, Kind.FOOTER)
_MARK = re.compile(r"#{1,6} \S")
#: What may stand under an archive page's date heading: its text, or a jump link and the
#: footer (a post with no text of its own).
_UNDER = (Kind.TEXT, Kind.CHROME, Kind.FOOTER)
#: How far under a heading's date its text may start.
_PAST = 12
#: A first line of text this long is prose, no title.
_PROSE = 80


def _heading(lines: list[Line], index: int, headings: dict[int, int]) -> bool:
    """A heading: read as one, or marked "## " on a page with too little markup to be read."""
    return index in headings or _MARK.match(lines[index].raw) is not None


def dates_under_titles(lines: list[Line], headings: dict[int, int]) -> list[Line]:
    """The lines with each title that has its date right under it and its text right under
    that ("Post title" / "Friday, October 21st, 2011" / the first paragraph) turned round:
    the date first, as a date header over its title, which is how the posts are read.

    A title stands alone (a blank line, a footer or the page's start above it) and is short;
    a heading may have a blank line between it and its date ("## Title" / "" / the date);
    the text under the date is prose (long, or a sentence), so a date header over its own
    title (Blogger's "Friday, …" / "Title" / text) is never turned round.
    """
    out: list[Line] | None = None
    for index in range(1, len(lines) - 1):
        date = lines[index]
        if date.kind is not Kind.DATE:
            continue
        at = index - 1
        if lines[at].kind is Kind.BLANK and at >= 1 and _heading(lines, at - 1, headings):
            at -= 1  # "## Post title" / "" / "Friday, October 21st, 2011"
        title, below = lines[at], lines[index + 1]
        if at != index - 1 or _heading(lines, at, headings):
            below = _text_below(lines, index)  # "# Title" / date / tag links / text
        if title.kind is not Kind.TEXT or not title_like(title.text) or ends_sentence(title.text):
            continue
        if at >= 1 and lines[at - 1].kind not in _ABOVE:
            continue
        if not _sub_heading_over(headings, at, index, lines) and (
            below.kind is not Kind.TEXT
            or not (len(below.text) > _PROSE or ends_sentence(below.text))
        ):
            continue
        out = out if out is not None else list(lines)
        out[at : index + 1] = [date, *lines[at:index]]  # the date, then the title (a blank)
    return out if out is not None else lines


def _sub_heading_over(headings: dict[int, int], at: int, index: int, lines: list[Line]) -> bool:
    """A sub-heading right over a higher date heading, text (no heading) under the date: a
    Blogger archive page's "### Title" / "## Friday, …" / its text (or only its jump link
    and footer), the title the post's."""
    level, over = headings.get(at), headings.get(index)
    if level is None or over is None or level <= over:
        return False
    below = index + 1
    if below < len(lines) and lines[below].kind is Kind.BLANK:
        below += 1
    return below < len(lines) and lines[below].kind in _UNDER and below not in headings


def _text_below(lines: list[Line], index: int) -> Line:
    """The first line under a heading's date past blank lines and lines of label links
    (a news post's tags between its date and its text): the text, if any follows."""
    for below in range(index + 1, min(index + _PAST, len(lines))):
        line = lines[below]
        if line.kind is Kind.BLANK or line.kind is Kind.FOOTER and _labels_only(line):
            continue
        return line
    return BLANK_LINE


def _labels_only(line: Line) -> bool:
    facts = line.facts
    return bool(facts.labels) and facts.author is None and facts.moment is None
