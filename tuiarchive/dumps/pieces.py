"""Long dumps read a piece at a time: where a dump's text may be cut between two posts."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import Kind, classify
from tuiarchive.model import Post

#: A dump longer than this is read in pieces of about this many characters, so that what
#: the parser builds for each line is held for one piece, not for the whole file.
PIECE_CHARS = 4 * 1024 * 1024

_LINE_NUMBER = re.compile(r"\bline (\d+)")


def cut_points(text: str, size: int = PIECE_CHARS) -> list[int]:
    """Offsets where `text` may be cut into pieces of at least `size` characters.

    A cut falls at the start of a date header ("Friday, May 23, 2014", "## 23 мая 2014")
    that follows a blank line: a new post's frame starts there, so no post is split.
    A text with no such line past `size` is not cut.
    """
    cuts: list[int] = []
    start = size
    while start < len(text):
        cut = _date_header_after(text, start)
        if cut is None:
            break
        cuts.append(cut)
        start = cut + size
    return cuts


def _date_header_after(text: str, start: int) -> int | None:
    """The offset of the first line at or after `start` that is a date header under a blank line."""
    at = text.find("\n\n", start)
    while at != -1:
        line_start = at + 2
        while text.startswith("\n", line_start):
            line_start += 1
        end = text.find("\n", line_start)
        line = text[line_start : end if end != -1 else len(text)]
        if 0 < len(line) <= 120 and classify(0, line.lstrip("#").strip()).kind is Kind.DATE:
            return line_start
        if end == -1:
            return None
        at = text.find("\n\n", end)
    return None


def renumbered(post: Post, saved_lines: tuple[int, ...]) -> Post:
    """A post read from a page re-spaced before reading, its line numbers (and those its
    warnings name) the file's as saved: `saved_lines[n - 1]` is line n's."""

    def saved(number: int) -> int:
        return saved_lines[number - 1] if 0 < number <= len(saved_lines) else number

    def renumber(match: re.Match[str]) -> str:
        return f"line {saved(int(match[1]))}"

    return post.with_changes(
        line=saved(post.line),
        warnings=tuple(_LINE_NUMBER.sub(renumber, w) for w in post.warnings),
    )


def shifted(post: Post, lines_before: int) -> Post:
    """A post read from a piece, its line numbers made the whole dump's."""
    if not lines_before:
        return post

    def renumber(match: re.Match[str]) -> str:
        return f"line {int(match[1]) + lines_before}"

    return post.with_changes(
        line=post.line + lines_before,
        warnings=tuple(_LINE_NUMBER.sub(renumber, w) for w in post.warnings),
    )
