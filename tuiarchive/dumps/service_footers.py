"""A syndicated note's footer naming the service it came from: "Posted on Instagram 12:39 pm, August 9, 2016"."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import FooterFacts, Kind, Line, classify
from tuiarchive.dumps.line_search import holds
from tuiarchive.model import Post

#: "Posted on <Service> <time and date>": the service one or two capitalised words.
_SERVICE = re.compile(
    r"(?P<lead>(?:Posted|Published|Shared) on) (?P<service>[A-Z][\w.]{1,20}(?: [A-Z][\w.]{1,20})?)"
    r" (?P<rest>\S.{0,60})"
)
#: The date's link in the footer's Markdown: "[12:39 pm, August 9, 2016](permalink "…")".
_DATE_LINK = re.compile(r"\]\([^)\s]+\)\s*\[[^\]]*\d{4}\]\((?P<url>https?://[^)\s]+)")
#: One hashtag a list item: "* #bluelakes".
_HASHTAG_ITEM = re.compile(r"[-*+]\s+#(?P<tag>[^\W_][\w-]{0,40})")
#: A place's bare coordinates, run together or split by a comma: "38.0020257-107.8168177".
_COORDINATES = re.compile(r"-?\d{1,2}\.\d{4,}\s*,?\s*-?\d{1,3}\.\d{4,}")


def may_hold_service_footer(text: str) -> bool:
    """Whether the page may hold such a footer: a few substring scans."""
    return holds(text, "ed on ")


def service_footers(lines: list[Line], raws: list[str]) -> tuple[list[Line], str | None]:
    """Such lines read as the post's footer, its date the one after the service's name; the
    hashtags listed and a place's coordinates right above it read as its labels and chrome.
    With the address the footer's date links to (the post's own), if it links one."""
    out = lines
    address = None
    for index, line in enumerate(lines):
        if line.kind is not Kind.TEXT or len(line.text) > 120:
            continue
        match = _SERVICE.fullmatch(line.text.strip())
        if match is None:
            continue
        read = classify(line.number, f"{match['lead']} {match['rest']}")
        if read.kind is not Kind.FOOTER or read.facts.moment is None:
            continue
        if out is lines:
            out = list(lines)
        out[index] = Line(line.number, line.raw, Kind.FOOTER, line.text, facts=read.facts)
        _above_the_footer(out, index)
        link = _DATE_LINK.search(raws[index]) if index < len(raws) else None
        address = address or (link["url"] if link else None)
    return out, address


def _above_the_footer(lines: list[Line], index: int) -> None:
    """The hashtag list and the coordinates line over the footer at `index`, read in place."""
    at = index - 1
    tags: list[tuple[int, str]] = []
    while at >= 0 and (lines[at].kind is Kind.BLANK or _HASHTAG_ITEM.fullmatch(lines[at].text)):
        if (item := _HASHTAG_ITEM.fullmatch(lines[at].text)) is not None:
            tags.append((at, item["tag"]))
        at -= 1
    if tags:
        first = min(i for i, _ in tags)
        names = tuple(tag for _, tag in sorted(tags))
        line = lines[first]
        lines[first] = Line(
            line.number, line.raw, Kind.FOOTER, line.text, facts=FooterFacts(labels=names)
        )
        for i, _ in tags:
            if i != first:
                lines[i] = Line(lines[i].number, lines[i].raw, Kind.CHROME, lines[i].text)
    while at >= 0 and lines[at].kind is Kind.BLANK:
        at -= 1
    if at >= 0 and lines[at].kind is Kind.TEXT and _COORDINATES.fullmatch(lines[at].text.strip()):
        lines[at] = Line(lines[at].number, lines[at].raw, Kind.CHROME, lines[at].text)


def untitled(post: Post, heading: bool) -> Post:
    """A post whose front matter gives it an empty title: the line read as its title is the
    body's first (unless the page prints it as a heading)."""
    if not post.title or heading:
        return post
    body = post.title if not post.body else f"{post.title}\n\n{post.body}"
    said = "the front matter's title is empty: the first line is the body's, not a title"
    return post.with_changes(title="", body=body, warnings=(*post.warnings, said))
