"""A WordPress byline made of links alone: the author's page, the date, the categories."""

from __future__ import annotations

import re

from tuiarchive.dumps.dates import match_moment
from tuiarchive.dumps.line_kinds import FooterFacts, Kind, Line
from tuiarchive.dumps.links import INLINE_LINK
from tuiarchive.dumps.markup import HEADING

#: What may stand between a byline's links: spaces, separators, a connecting word.
_BETWEEN = re.compile(r"(?:[\s/|,·•–—-]|\bby\b|\bon\b|\bin\b)*", re.I)
#: An author's page (WordPress `/author/slug/`) and a category's or tag's.
_AUTHOR = re.compile(r"/author/[^/\s]+/?$")
_LABEL = re.compile(r"/(?:category|tag)/[^\s]*$")
#: A theme's short lead word(s) before a link, in any language, run on to it or not
#: ("Autor[Ana](…)Publicado em[date](…)Categorias[a](…)"): the links say what each piece is.
_LEAD = re.compile(r"[\s,|·•–—-]*(?:[^\W\d_]{2,}\.?[ \t]*){1,3}:?[ \t]*")
#: An avatar image heading the line ("![img](…gravatar…)").
_AVATAR = re.compile(r"\s*!\[[^\[\]\n]{0,60}\]\([^()\s]+\)")
_MAX_LINES = 4
_MAX_TEXT = 240


def _facts(raw: str) -> FooterFacts | None:
    """The byline's facts if `raw` is nothing but links with an author's and a date's."""
    author = None
    moment = None
    labels: list[str] = []
    avatar = _AVATAR.match(raw)
    at = avatar.end() if avatar else 0
    start = at
    for link in INLINE_LINK.finditer(raw, at):
        if not _between(raw, at, link.start()):
            return None
        at = link.end()
        text, url = " ".join(link["text"].split()), link["url"].rstrip("/") + "/"
        if _AUTHOR.search(link["url"]) and author is None:
            author = text
        elif _LABEL.search(url):
            labels.append(text)
        elif moment is None and (found := match_moment(text)) is not None and found.date:
            moment = found
        else:
            return None
    if at == start or not _BETWEEN.fullmatch(raw, at) or author is None or moment is None:
        return None
    return FooterFacts(author=author, moment=moment, labels=tuple(dict.fromkeys(labels)) or None)


def _between(raw: str, start: int, end: int) -> bool:
    """Whether what stands between two links is a separator or a short lead ("Publicado em")."""
    return bool(_BETWEEN.fullmatch(raw, start, end) or _LEAD.fullmatch(raw, start, end))


def link_bylines(lines: list[Line], source: list[str]) -> list[Line]:
    """Lines (a paragraph of a few lines joined in one) that are a byline made of links,
    read as a footer: `source` is the page's text a line each, as `lines` numbers it."""
    out = lines
    for index, line in enumerate(lines):
        if line.kind is not Kind.TEXT or len(line.text) > _MAX_TEXT or index >= len(source):
            continue
        if "](" not in source[index]:
            continue
        end = index + 1
        while end < len(source) and end - index < _MAX_LINES and source[end].strip():
            end += 1
        below = next((at for at in range(end, min(end + 8, len(source))) if source[at].strip()), -1)
        if below >= 0 and HEADING.match(source[below]) and not _counts(lines, below):
            continue  # a theme's meta above the title: the post starts below it (not read here)
        facts = _facts(" ".join(source[index:end]))
        if facts is None:
            continue
        if out is lines:
            out = list(lines)
        out[index] = Line(line.number, line.raw, Kind.FOOTER, line.text, facts=facts)
    return out


def _counts(lines: list[Line], index: int) -> bool:
    """Whether the heading at `index` heads the comments ("## 2 comentários em “…”"), no post."""
    return index < len(lines) and lines[index].kind in (Kind.FOOTER, Kind.COMMENTS_HEADING)
