"""A style sheet leaked into a post's text, a line of CSS rules: "p.p1 {margin: 0.0px; font: 12.0px Helvetica}"."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import Kind, Line

_RULE = r"[\w.#:*>, -]{1,60}\{\s*(?:[a-z-]{2,40}\s*:\s*[^;{}:]{1,120};?\s*)+\}"
_RULES = re.compile(rf"\s*(?:{_RULE}\s*)+")


def may_hold_style_line(text: str) -> bool:
    """Whether the page may hold such a line: a substring scan."""
    return "{" in text and "px" in text  # the one character first: a quicker scan


def style_lines(lines: list[Line]) -> list[Line]:
    """Text lines that are nothing but CSS rules made chrome."""
    out = lines
    for index, line in enumerate(lines):
        if line.kind is not Kind.TEXT or "{" not in line.text or ":" not in line.text:
            continue
        if _RULES.fullmatch(line.text) is None:
            continue
        if out is lines:
            out = list(lines)
        out[index] = Line(line.number, line.raw, Kind.CHROME, line.text)
    return out
