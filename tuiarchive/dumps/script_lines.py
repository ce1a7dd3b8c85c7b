"""A page's inline script saved as a line of text (an ad slot's push, `window.x = …;`)."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import BLANK_LINE, Kind, Line

#: A line that is script statements alone: an AdSense slot's push, or assignments to
#: `window.…` (a theme's settings), each statement closed.
_SCRIPT = re.compile(
    r"\s*(?:\(adsbygoogle\s*=\s*window\.adsbygoogle\s*\|\|\s*\\?\[\\?\]\)\.push\(\{\}\);"
    r"|window\.[A-Za-z_$][\w$]*\s*=\s*[^\n]*?[;}]?)(?:\s*\S[^\n]*[;})])?\s*"
)
#: A statement's mark: an assignment to `window.…`, a call, a closing brace and semicolon.
_STATEMENTS = re.compile(r"window\.[\w$]+\s*=|\)\s*;|\}\s*;?\s*$")


def may_hold_script_line(text: str) -> bool:
    """Whether the page has a script's `window.` global: the pass's cheap gate."""
    return "window." in text


def script_lines(lines: list[Line]) -> list[Line]:
    """Each text line that is an inline script's statements alone dropped: an ad slot's
    push, or two statements or more setting `window.…` (no line of prose is)."""
    out = lines
    for index, line in enumerate(lines):
        text = line.text
        if line.kind is not Kind.TEXT or not text.startswith(("(adsbygoogle", "window.")):
            continue
        if not _SCRIPT.fullmatch(text):
            continue
        if not text.startswith("(adsbygoogle") and len(_STATEMENTS.findall(text)) < 2:
            continue  # one assignment alone may be a line of code the post quotes
        if out is lines:
            out = list(lines)
        out[index] = BLANK_LINE  # no line of the page's own either: a heading over it heads on
    return out
