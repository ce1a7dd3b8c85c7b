"""A page that prints each post's byline ABOVE its title ("Posted on … by ana" / "## Title" / text): each byline opens the post below it."""

from __future__ import annotations

from tuiarchive.dumps.line_kinds import Kind, Line

_GAP = 3  # blank lines allowed between a byline and its title


def may_hold_bylines_above(headings: dict[int, int]) -> bool:
    """Whether the page has headings enough to hold two posts' titles."""
    return len(headings) >= 2


def bylines_above(
    lines: list[Line], headings: dict[int, int], links: dict[int, str]
) -> tuple[list[Line], dict[int, int], dict[int, str], str | None]:
    """When every dated byline of the page stands right above a heading (blanks between)
    and none but the first right under one (the first may be under the page's own name),
    and there are two or more: each title is set in its byline's
    place and the byline under it, so that each post reads title, byline, text (the shape
    the reader knows), with the headings and title links moved along; and a note saying
    so. All unchanged (and None) otherwise."""
    pairs: list[tuple[int, int]] = []
    for index, line in enumerate(lines):
        if line.kind is not Kind.FOOTER or line.facts.moment is None:
            continue
        if line.facts.moment.date is None:
            continue
        below = _next(lines, index, 1)
        above = _next(lines, index, -1)
        if below is None or below not in headings or lines[below].kind is not Kind.TEXT:
            return lines, headings, links, None
        if above is not None and above in headings and pairs:
            return lines, headings, links, None  # under a title: the page's usual order
        pairs.append((index, below))
    if len(pairs) < 2:
        return lines, headings, links, None
    out, heads, urls = list(lines), dict(headings), dict(links)
    for byline, title in pairs:
        head, meta = lines[title], lines[byline]
        out[byline] = Line(meta.number, head.raw, head.kind, head.text, head.date, head.facts)
        out[title] = Line(head.number, meta.raw, meta.kind, meta.text, meta.date, meta.facts)
        heads[byline] = heads.pop(title)
        if title in urls:
            urls[byline] = urls.pop(title)
    said = (
        f"the page prints each post's byline above its title ({len(pairs)} bylines, each right"
        " over a heading): each read as the post's below it"
    )
    return out, heads, urls, said


def _next(lines: list[Line], index: int, step: int) -> int | None:
    """The index of the next line that is not blank from `index` in direction `step`."""
    at = index + step
    for _ in range(_GAP + 1):
        if not 0 <= at < len(lines):
            return None
        if lines[at].kind is not Kind.BLANK:
            return at
        at += step
    return None
