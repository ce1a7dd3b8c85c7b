"""A clipper's source line closing the file ("来源： < http://… >", "Source: <http://…>")."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import Kind, Line

#: A short key, a colon (full-width too), then an address in angle brackets, alone on its line.
_SOURCE = re.compile(r"[^\W\d_]{1,12}[ \t]*[:：][ \t]*<[ \t]*https?://[^\s<>]+[ \t]*>")


def source_tail(lines: list[Line]) -> tuple[list[Line], str | None]:
    """The page's lines with its last line read as chrome when it is a clipper's source
    line (the page the note was clipped from, not a post's text), and what was said."""
    index = len(lines) - 1
    while index >= 0 and lines[index].kind is Kind.BLANK:
        index -= 1
    if index < 0 or lines[index].kind is not Kind.TEXT or not _SOURCE.fullmatch(lines[index].text):
        return lines, None
    line = lines[index]
    out = list(lines)
    out[index] = Line(line.number, line.raw, Kind.CHROME, line.text)
    return out, f"line {line.number}: the clipper's source line left out: {line.text}"
