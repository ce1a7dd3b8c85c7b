"""A short first line over a title-like line over the text, no date header: the first may be the blog's name."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import Kind, Line, ends_sentence
from tuiarchive.dumps.names import title_like

_BLOG_NAME_WORDS = 3  # a blog's name is a few words, no numbers
_TITLE_WORDS = 3  # a post's title, not a section's ("Introduction")
_TITLE_CHARS = 100
_NOT_A_NAME = re.compile(r"[\d:]")


def second_title(title: Line, content: list[Line]) -> str | None:
    """The warning for a post whose short title has a title-like line right under it and then
    prose: which of the two is the post's title is a guess (the first may be the blog's)."""
    name = title.text
    if len(name.split()) > _BLOG_NAME_WORDS or ends_sentence(name) or _NOT_A_NAME.search(name):
        return None
    lines = [line for line in content if line.kind is not Kind.BLANK]
    if len(lines) < 2 or lines[0].kind is not Kind.TEXT or lines[1].kind is not Kind.TEXT:
        return None
    under, prose = lines[0].text, lines[1].text
    if len(under) > _TITLE_CHARS or ends_sentence(under) or not title_like(under):
        return None
    if len(under.split()) < _TITLE_WORDS or not under[0].isalpha() or "://" in under:
        return None
    if not ends_sentence(prose):
        return None
    return (
        f"line {title.number}: the title {title.text!r} has a title-like line under it"
        f" ({under!r}) and no date header above: the first may be the blog's name and"
        " the second the post's title"
    )
