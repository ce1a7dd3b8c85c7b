"""A pandoc page's post title marked by its class (`{.entry-title}`): the lines above are chrome."""

from __future__ import annotations

import re
from collections.abc import Mapping

from tuiarchive.dumps.home_titles import SITE_TITLE, home_link
from tuiarchive.dumps.line_kinds import Kind, Line

#: A line a theme marks as the post's title: `Title {#title .entry-title}`, `{.cb-post-title}`.
_MARKED = re.compile(
    r"^[ \t]*(?:#+[ \t]*)?[^{}\n]+?[ \t]*\{[^{}\n]*\.(?:[\w-]+-)?(?:entry|post)-title\b[^{}\n]*\}[ \t]*$",
    re.MULTILINE,
)
#: What may stand above the first marked title: the site's name, a tagline, a menu.
_CHROME_KINDS = frozenset((Kind.BLANK, Kind.TEXT, Kind.CHROME))
#: A link whose text a converter wrapped onto a second line, alone on its lines.
_WRAPPED_LINK = re.compile(
    r"^\[(?P<text>[^\[\]\n]+\n[^\[\]\n]+)\]\((?P<url>[^()\s]+)(?:\s+\"[^\"\n]*\")?\)[ \t]*$",
    re.MULTILINE,
)
#: What a menu's items ("-   Accueil", "-   About") may be read as: chrome too, above the title.
_MENU_KINDS = frozenset((Kind.TEXT, Kind.NAV, Kind.SIDEBAR))


def _chrome(line: Line) -> bool:
    return line.kind in _CHROME_KINDS or line.kind in _MENU_KINDS and line.text[:1] in "-*+"


def chrome_above_title(lines: list[Line], text: str, links: Mapping[int, str]) -> list[Line]:
    """The lines with the text above the first line marked as a post's title read as
    the page's chrome, when nothing above it is a date, a byline or a footer; a link
    home or a line marked as the site's title stays (the blog's name)."""
    if "-title" not in text or ":::" not in text:
        return lines
    found = _MARKED.search(text)
    if found is None:
        return lines
    at = text.count("\n", 0, found.start())
    if at >= len(lines) or not all(_chrome(line) for line in lines[:at]):
        return lines
    named = {text.count("\n", 0, m.start()) for m in SITE_TITLE.finditer(text, 0, found.start())}
    named.update(i for i, url in links.items() if i < at and home_link(url) is not None)
    named.update(  # the name linking home wrapped over two lines: "[Le blog\nde Ana](…)"
        text.count("\n", 0, m.start())
        for m in _WRAPPED_LINK.finditer(text, 0, found.start())
        if home_link(m["url"]) == "the site's home"
    )
    return [
        Line(ln.number, ln.raw, Kind.CHROME, ln.text)
        if ln.kind in _MENU_KINDS and i not in named
        else ln
        for i, ln in enumerate(lines[:at])
    ] + lines[at:]
