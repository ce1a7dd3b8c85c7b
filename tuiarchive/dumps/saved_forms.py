"""A page's whitespace as a reader sees it, however the tool that saved it wrote it."""

from __future__ import annotations

import re

#: One space or tab ending a line (a save adds it; two are Markdown's hard break: kept).
_ONE_TRAILING = re.compile(r"(?<![ \t])[ \t]$", re.M)
#: The blank lines above a page's first line.
_BLANK_TOP = re.compile(r"(?:[ \t\u00a0]*\n)+")


def as_read(text: str) -> tuple[str, int]:
    """The text with a lone space or tab ending a line dropped and the blank lines atop it
    cut, and how many lines were cut (the other lines are not moved)."""
    if " \n" in text or ("\t" in text and "\t\n" in text) or text.endswith((" ", "\t")):
        text = _ONE_TRAILING.sub("", text)
    top = _BLANK_TOP.match(text) if text[:1] in " \t\n\u00a0" else None
    if top is None:
        return text, 0
    return text[top.end() :], top[0].count("\n")
