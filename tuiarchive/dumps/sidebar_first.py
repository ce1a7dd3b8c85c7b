"""A theme's sidebar printed before the post (widgets, a dated list of other titles) set aside."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from tuiarchive.dumps.dates import match_date
from tuiarchive.dumps.line_kinds import BLANK_LINE, Kind, Line
from tuiarchive.dumps.names import plain_title
from tuiarchive.model import Post

#: Three or more list items in a row, each a title and a date: a widget's list of other posts.
_DATED_LIST = 3
#: A list item that ends in a year: the only lines worth a date reading.
_ITEM = re.compile(r"[-*•]\s+(?P<title>\S.{0,150}?)\s+(?P<tail>(?:\S+\s+){1,3}\d{4})")
_OPENS = (Kind.FOOTER, Kind.BYLINE, Kind.DATE)


def _dated_item(text: str) -> bool:
    """ "- A title 1 mai 2020": a list item, a title and a date on one line."""
    if not (text[:1] in "-*•" and text[-4:].isdigit()):
        return False
    match = _ITEM.fullmatch(text)
    if match is None:
        return False
    words = match["tail"].split()
    return any(match_date(" ".join(words[-k:])) is not None for k in (3, 2, 4) if k <= len(words))


def dated_title_lists(lines: list[Line]) -> list[Line]:
    """Runs of three or more list items that each give a title and its date on one line
    ("- Title 1 mai 2020"), blank lines between them allowed: a widget's list of other
    posts ("Recent posts"), made page chrome. Cheap: a date is read only on a list item
    ending in a year."""
    out = lines
    run: list[int] = []
    for index, line in enumerate(lines):
        if line.kind is Kind.BLANK:
            continue
        if line.kind is Kind.TEXT and _dated_item(line.text):
            run.append(index)
            continue
        if run:  # a run ends here (most lines end none: no call for them)
            out = _chrome(out, lines, run)
            run = []
    return _chrome(out, lines, run)


def _chrome(out: list[Line], lines: list[Line], run: list[int]) -> list[Line]:
    if len(run) < _DATED_LIST:
        return out
    if out is lines:
        out = list(lines)
    for at in run:
        out[at] = replace(lines[at], kind=Kind.CHROME)
    return out


def sidebar_first(lines: list[Line], headings: Mapping[int, int]) -> tuple[list[Line], list[str]]:
    """A sidebar (a widget heading, a dated list of other titles) before the page's first
    post: from the first heading above it to the first heading after it that has text under
    it before the first footer (the post's title), its lines blanked and returned, to be kept aside.
    The page's first line is the blog's name: returned first, then the lines set aside. Looks only
    at the lines before the first footer, byline or date."""
    first = next(
        (
            i
            for i, line in enumerate(lines)
            if line.kind in _OPENS and (line.facts.moment or line.facts.author or line.date)
        ),
        None,
    )  # a tag cloud read as labels opens no post
    if first is None or not headings and not _dated_byline(lines[first]):
        return lines, []
    markers = [
        i
        for i in range(first)
        if lines[i].kind is Kind.SIDEBAR
        or lines[i].kind is Kind.CHROME
        and _dated_item(lines[i].text)
    ]
    if not markers:
        return lines, []
    marker = markers[0]
    title = next(
        (
            i
            for i in range(markers[-1] + 1, first)
            if i in headings
            and lines[i].kind is Kind.TEXT
            and any(ln.kind is Kind.TEXT for ln in lines[i + 1 : first])
        ),
        None,
    )
    if title is None and not headings:
        title = _title_over_byline(lines, markers[-1], first)
    if title is None:
        return lines, []
    # the first line is the blog's name (a scraper's heading of the post's title, printed
    # again below, aside); its description and the sidebar go aside
    below = {_folded(ln.text) for ln in lines[marker : first + 1] if ln.kind is Kind.TEXT}
    name = next(
        (
            i
            for i in range(marker)
            if lines[i].kind is Kind.TEXT and _folded(lines[i].text) not in below
        ),
        None,
    )
    start = None if name is None else name + 1
    if start is None or lines[first].kind is Kind.DATE:
        return lines, []
    out = list(lines)
    kept: list[str] = []
    for index in range(start, title):
        if lines[index].text:
            kept.append(lines[index].text)
        out[index] = BLANK_LINE
    assert name is not None
    out[name] = BLANK_LINE
    return out, [lines[name].text, *kept]


def _dated_byline(line: Line) -> bool:
    """ "May 9th, 2009 by NAME in cat |": a line naming the post's author and date."""
    facts = line.facts
    return line.kind is Kind.FOOTER and facts.author is not None and facts.moment is not None


def _title_over_byline(lines: list[Line], last_marker: int, first: int) -> int | None:
    """A page with no headings (saved as plain text): the title is the line alone right
    above the dated byline, below the last widget heading."""
    above = first - 1
    while above > last_marker and lines[above].kind is Kind.BLANK:
        above -= 1
    if above <= last_marker + 1 or lines[above].kind is not Kind.TEXT:
        return None
    if lines[above - 1].kind is not Kind.BLANK or len(lines[above].text) > 150:
        return None
    return above


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def with_sidebar(post: Post, sidebar: list[str]) -> Post:
    """The post with the blog's name (`sidebar`'s first line, or the line under it when the
    first is the post's title again) as its blog, and the sidebar's lines printed before it
    kept aside, with a warning."""
    name, kept = sidebar[0], sidebar[1:]
    if kept and post.title and plain_title(name) == plain_title(post.title):
        # a scraper's heading of the post's title atop the page: the blog's name is under it
        name, kept = kept[0], [name, *kept[1:]]
    said = (
        f"{len(kept)} line(s) of a sidebar printed before the post kept aside:"
        f" {' / '.join(kept)[:120]!r}"
    )
    return post.with_changes(
        blog=post.blog or name,
        extra_text=(*kept, *post.extra_text),
        warnings=(*post.warnings, said),
    )
