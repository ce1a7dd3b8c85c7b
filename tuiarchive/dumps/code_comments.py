"""A page pasted into a source file's block comment (`/** … */`, a `'''` string): it is the page."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tuiarchive.dumps.line_kinds import Kind, classify, ends_sentence
from tuiarchive.dumps.line_search import holds

_OPEN = re.compile(r"\s*/\*\*?\s*")
_CLOSE = re.compile(r"\s*\*+/\s*")
#: A Python string or docstring's quotes alone on a line: the same quotes close it.
_QUOTES = re.compile(r"\s*('''|\"\"\")\s*")
_GUTTER = re.compile(r"^(\s*)\*(?: |$)")
#: Javadoc's block tags closing the comment (" * @author ana"): the source file's, not the page's
_BLOCK_TAG = re.compile(r"\s*\*?\s*@[a-z]+\b.*")
#: The comment holds at least this share of the file's characters: a post with a code
#: sample's comment in it is the other way round.
_SHARE = 0.5
_MIN_LINES = 8
_NOTE_REACH = 8  # the summary is the comment's first text line, within its first lines
_MAX_TITLE = 120


@dataclass(frozen=True)
class CommentPage:
    """The comment's lines (gutters off), where they begin, and the code around them."""

    text: str
    start: int  # 0-based index of the comment's first inner line
    code: tuple[str, ...]
    note: str | None = None  # the comment's own summary above the page, kept with the code


def may_hold_comment_page(text: str) -> bool:
    # holds: a page without a quote mark (many) is turned away by one quick scan
    return holds(text, "/*") and "*/" in text or holds(text, "'''") or holds(text, '"""')


def comment_page(text: str) -> CommentPage | None:
    """The first block comment opening and closing on lines of their own, when it holds
    most of the file's text; None otherwise."""
    lines = text.split("\n")
    start = next(
        (i for i, line in enumerate(lines) if _OPEN.fullmatch(line) or _QUOTES.fullmatch(line)),
        None,
    )
    if start is None:
        return None
    quotes = _QUOTES.fullmatch(lines[start])
    close = re.compile(r"\s*" + quotes[1] + r"\s*") if quotes else _CLOSE
    end = next((i for i in range(start + 1, len(lines)) if close.fullmatch(lines[i])), None)
    if end is None or end - start - 1 < _MIN_LINES:
        return None
    stop = _before_block_tags(lines, start, end)
    inner = lines[start + 1 : stop]
    if sum(len(line.strip(" \t*")) for line in inner) < _SHARE * len(text):
        return None
    cleaned = [_GUTTER.sub(r"\1", line) for line in inner]
    top = next((line for line in cleaned if line.strip()), "")
    if classify(1, top).kind is not Kind.TEXT:
        return None  # a comment opening on the post's byline holds the page's tail, not the page
    note = _summary_note(cleaned)
    if note is not None:
        cleaned[note] = ""  # kept blank: the page's line numbers stay the file's
    noted = [inner[note].strip(" \t*")] if note is not None else []
    outside = lines[:start] + noted + lines[stop:end] + lines[end + 1 :]
    code = tuple(line.strip() for line in outside if line.strip())
    return CommentPage("\n".join(cleaned), start + 1, code, noted[0] if noted else None)


def _before_block_tags(lines: list[str], start: int, end: int) -> int:
    """Where the page inside the comment ends: above the Javadoc block tags (and the blank
    gutter lines around them) that close the comment, when it ends with some."""
    top, tagged = end, False
    while top - 1 > start and (
        not lines[top - 1].strip(" \t*") or _BLOCK_TAG.fullmatch(lines[top - 1])
    ):
        top -= 1
        tagged = tagged or bool(lines[top].strip(" \t*"))
    return top if tagged else end


def _summary_note(cleaned: list[str]) -> int | None:
    """Javadoc's own summary atop the comment: one sentence ended by a full stop, a blank
    line, then a short unpunctuated line (the pasted page's title) with its body right under
    it. The summary's index, or None."""
    texts = [i for i, line in enumerate(cleaned[:_NOTE_REACH]) if line.strip()]
    if len(texts) < 3:
        return None
    top, title, body = texts[:3]
    heading = cleaned[title].strip()
    return (
        top
        if title > top + 1
        and body == title + 1
        and ends_sentence(cleaned[top].strip())
        and len(heading) <= _MAX_TITLE
        and not heading.endswith((".", "!", "?", ":", ";", ","))
        else None
    )
