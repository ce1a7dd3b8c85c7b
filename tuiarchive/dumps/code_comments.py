"""A page pasted into a source file's block comment (`/** … */`): the comment's text is the page."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tuiarchive.dumps.line_kinds import Kind, classify
from tuiarchive.dumps.line_search import holds

_OPEN = re.compile(r"\s*/\*\*?\s*")
_CLOSE = re.compile(r"\s*\*+/\s*")
_GUTTER = re.compile(r"^(\s*)\*(?: |$)")
#: The comment holds at least this share of the file's characters: a post with a code
#: sample's comment in it is the other way round.
_SHARE = 0.5
_MIN_LINES = 8


@dataclass(frozen=True)
class CommentPage:
    """The comment's lines (gutters off), where they begin, and the code around them."""

    text: str
    start: int  # 0-based index of the comment's first inner line
    code: tuple[str, ...]


def may_hold_comment_page(text: str) -> bool:
    return holds(text, "/*") and "*/" in text


def comment_page(text: str) -> CommentPage | None:
    """The first block comment opening and closing on lines of their own, when it holds
    most of the file's text; None otherwise."""
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if _OPEN.fullmatch(line)), None)
    if start is None:
        return None
    end = next((i for i in range(start + 1, len(lines)) if _CLOSE.fullmatch(lines[i])), None)
    if end is None or end - start - 1 < _MIN_LINES:
        return None
    inner = lines[start + 1 : end]
    if sum(len(line.strip(" \t*")) for line in inner) < _SHARE * len(text):
        return None
    cleaned = [_GUTTER.sub(r"\1", line) for line in inner]
    top = next((line for line in cleaned if line.strip()), "")
    if classify(1, top).kind is not Kind.TEXT:
        return None  # a comment opening on the post's byline holds the page's tail, not the page
    code = tuple(line.strip() for line in lines[:start] + lines[end + 1 :] if line.strip())
    return CommentPage("\n".join(cleaned), start + 1, code)
