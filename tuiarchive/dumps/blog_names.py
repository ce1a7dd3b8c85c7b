"""Which header lines can be the blog's name: its title position, never a menu or a tagline."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import Kind, Line

#: A menu's items, one a line with no blank between: this many or more.
_MENU_RUN = 3
#: A link to a site's home page: its address is the host alone.
_HOME = re.compile(r"https?://(?P<host>[^/\s?#]+)/?")
_HOST = re.compile(r"https?://(?P<host>[^/\s?#]+)")
#: A tagline's end: a sentence's mark after a word ("… jusqu'au bout du lac !", "…cover....").
_SENTENCE_END = re.compile(r"\w[\s\"'»”]*[.!?…]+[\"'»”]?$")
_TAGLINE_WORDS = 5
#: Decoration around a site's title ("-- Name --", "~ Name ~", "::: Name :::").
_DECORATION = re.compile(r"^([-–—~=*·:|•]{1,4})\s+(.+?)\s+([-–—~=*·:|•]{1,4})$")


def header_candidates(
    texts: list[str], lines: list[Line], links: dict[int, str], first: int, page_url: str | None
) -> list[str]:
    """The header's lines that can name the blog, best first: one linked to the site's home
    page comes first; a menu's item (a run of short lines) is left out, and none below a
    tagline (a sentence where the name would stand) is taken.
    `first` is the number of the page's first post's line: the header stands above it."""
    where: dict[str, int] = {}
    for at, line in enumerate(lines):
        if line.number >= first:
            break
        if line.kind is Kind.TEXT:
            where.setdefault(line.text, at)
    home: list[str] = []
    kept: list[str] = []
    for text in texts:
        index = where.get(text)
        link = links.get(lines[index].number - 1) if index is not None else None
        if link is not None and page_url is not None and link.rstrip("/") == page_url.rstrip("/"):
            continue  # a link to the post itself ("Original", "Permalink"): no blog's name
        if index is not None and _home_link(link, page_url):
            home.append(text)
        elif _tagline(text):
            break  # a sentence where the name would stand: the lines below are no title
        elif not (
            (index is not None and (_in_menu_run(lines, index) or _widget_button(lines, index)))
            or _LIST_ITEM.match(text)
        ):
            kept.append(text)
    return home + kept


def _widget_button(lines: list[Line], index: int) -> bool:
    """ "Search" over "Search This Blog": a widget's button above the widget's own heading."""
    below = next((line for line in lines[index + 1 :] if line.kind is not Kind.BLANK), None)
    return (
        below is not None
        and below.kind is Kind.SIDEBAR
        and below.text.casefold().startswith(lines[index].text.casefold() + " ")
    )


#: A name run into itself this long at least is a logo's alt text and the name ("TomTom" is not).
_TWICE = 6


def undecorated(name: str) -> str:
    """ "-- Carnet des marées --" -> "Carnet des marées": a theme's marks around its title;
    "Carnet des maréesCarnet des marées" (a logo's alt text run into the name) -> the name."""
    match = _DECORATION.fullmatch(name)
    name = match[2] if match is not None and match[1] == match[3][::-1] else name
    half = len(name) // 2
    twice = half >= _TWICE and len(name) % 2 == 0 and name[:half] == name[half:]
    return name[:half].strip() if twice else name


def byline_blog(lines: list[Line], first: int) -> str | None:
    """The blog's name a post's byline gives after its author, in brackets, with at most the
    date after it: Tistory's "by 향로 (기억보단 기록을)2023. 7. 8." (not "Ann (she/her), Team").
    Looked for in the post's first lines."""
    seen = 0
    for line in lines:
        if line.kind is Kind.BLANK or line.number < first:
            continue
        seen += 1
        if seen > 6:
            return None
        author = line.facts.author
        if line.kind is not Kind.FOOTER or not author:
            continue
        match = re.search(rf"{re.escape(author)}\s*\(([^()/]{{2,60}})\)", line.text)
        rest = line.text[match.end() :].lstrip() if match is not None else ""
        if (
            match is not None
            and any(ch.isalpha() for ch in match[1])
            and (not rest or rest[0].isdigit() or rest[0] in _SEPARATORS)
        ):
            return " ".join(match[1].split())  # the date may follow, nothing else
    return None


_SEPARATORS = "·|-–—•"
#: A list's item ("- Author / publication: …", "* Home"): a note's field or a menu's item.
_LIST_ITEM = re.compile(r"[-*+•]\s")


def _home_link(url: str | None, page_url: str | None) -> bool:
    """Whether `url` is the home page of the site the page is on (or of a site, unknown)."""
    if url is None or (home := _HOME.fullmatch(url)) is None:
        return False
    page = _HOST.match(page_url) if page_url else None
    return page is None or page["host"].casefold() == home["host"].casefold()


def _in_menu_run(lines: list[Line], index: int) -> bool:
    """Whether the line is one of three or more short lines with no blank between: a menu."""
    start = end = index
    while start > 0 and lines[start - 1].kind is not Kind.BLANK:
        start -= 1
    while end + 1 < len(lines) and lines[end + 1].kind is not Kind.BLANK:
        end += 1
    run = lines[start : end + 1]
    return len(run) >= _MENU_RUN and all(
        len(line.text) <= 30 and len(line.text.split()) <= 4 for line in run
    )


def _tagline(text: str) -> bool:
    """A sentence of five words or more: the blog's tagline or description, not its name."""
    return len(text.split()) >= _TAGLINE_WORDS and _SENTENCE_END.search(text) is not None
