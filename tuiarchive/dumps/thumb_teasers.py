"""Untitled teasers of other posts under a post: a linked thumbnail, an opening, "Read More"."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import Kind, Line

#: A thumbnail linked to a post: "[![](…/thumb-300x169.png)](https://…/other-post)".
_THUMB = re.compile(r"\s*\[!\[[^\[\]\n]*\]\([^()\s]+\)\]\((?P<url>[^()\s]+)\)\s*")
#: The teaser's last line: one link, its words short ("Read More »"), to the same post.
_MORE = re.compile(r"\s*\[(?P<words>[^\[\]\n]{1,30})\]\((?P<url>[^()\s]+)\)\s*")
_OPENING = 3  # text lines a teaser's opening holds, at most
_LEAST = 2  # teasers in a row, at least: one may be the post's own link


def may_hold_thumb_teasers(text: str) -> bool:
    """Whether the page has a linked image: the pass's cheap gate."""
    return "[![" in text


def thumb_teasers(lines: list[Line], saved: list[str]) -> tuple[list[Line], list[str]]:
    """Each run of two or more teasers in a row (a thumbnail linked to a post, a few lines
    of its opening, a short link to the same post) read as a related-posts list: the first
    thumbnail's line a teasers heading, so that none of them is the post's text."""
    out = lines
    said: list[str] = []
    index = 0
    while index < len(lines):
        end = _teaser_end(lines, saved, index)
        if end is None:
            index += 1
            continue
        start, count = index, 0
        while end is not None:
            count += 1
            index = end
            while index < len(saved) and not saved[index].strip():  # a thumbnail reads blank
                index += 1
            end = _teaser_end(lines, saved, index)
        if count < _LEAST:
            continue
        if out is lines:
            out = list(lines)
        first = lines[start]
        out[start] = Line(first.number, first.raw, Kind.TEASERS, first.text)
        said.append(
            f"line {start + 1}: {count} teasers of other posts (a linked thumbnail, an"
            " opening, a link to read on) read as a related-posts list, not the post's text"
        )
    return out, said


def _teaser_end(lines: list[Line], saved: list[str], start: int) -> int | None:
    """The index past a teaser that starts at `start` with its thumbnail; None if none."""
    if start >= len(saved) or lines[start].kind not in (Kind.BLANK, Kind.TEXT):
        return None
    thumb = _THUMB.fullmatch(saved[start])
    if thumb is None:
        return None
    texts = 0
    for index in range(start + 1, min(len(lines), len(saved))):
        line = lines[index]
        if line.kind is Kind.BLANK:
            continue
        more = _MORE.fullmatch(saved[index])
        if more is not None and more["url"] == thumb["url"]:
            return index + 1 if texts else None
        if line.kind is not Kind.TEXT or texts == _OPENING:
            return None
        texts += 1
    return None
