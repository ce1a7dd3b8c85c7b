"""The blog's name as a heading linking home, the post's own heading below it: the post starts there."""

from __future__ import annotations

from collections.abc import Mapping

from tuiarchive.dumps.home_titles import SITE_TITLE, home_link
from tuiarchive.dumps.line_kinds import Kind, Line

#: Lines (not blank) between the two headings at most: a description, a menu, a byline.
_REACH = 16


def site_title_lines(text: str) -> frozenset[int]:
    """The indexes of the lines a pandoc page marks as the site's title (`{.site-title}`)."""
    if ".site-" not in text:
        return frozenset()
    return frozenset(text.count("\n", 0, m.start()) for m in SITE_TITLE.finditer(text))


def own_heading(
    title: Line,
    content: list[Line],
    links: Mapping[int, str],
    headings: Mapping[int, int],
    site_titles: frozenset[int],
) -> int | None:
    """Where in `content` the post's own heading stands when `title` is a heading linking to
    the site's home or an author's page, or marked as the site's title (the blog's name
    atop the page): the first heading below it at its level or above, a few lines down,
    with text under it, that links to no site's home. None when there is none."""
    url = links.get(title.number - 1)
    level = headings.get(title.number - 1)
    home = url is not None and home_link(url) is not None  # the site's home, an author's page
    if level is None or not (home or title.number - 1 in site_titles):
        return None
    seen = 0
    for at, line in enumerate(content):
        if line.kind is Kind.BLANK:
            continue
        address = links.get(line.number - 1)  # another site's name links home: no post's
        named = address is not None and home_link(address) is not None
        if not named and headings.get(line.number - 1, level + 1) <= level:
            below = any(ln.kind is not Kind.BLANK for ln in content[at + 1 :])
            return at if below and line.kind is Kind.TEXT else None
        seen += 1
        if seen > _REACH:
            return None
    return None
