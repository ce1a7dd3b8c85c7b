"""A byline continued on lines of its own that open with a separator (", Last modified on …", "| History")."""

from __future__ import annotations

from tuiarchive.dumps.line_kinds import Kind, Line
from tuiarchive.dumps.line_search import LineStart

#: A byline's piece is short; a line of the text is longer.
_PIECE = 80
#: The byline's pieces stand together: this many lines below it, blank lines not counted.
_REACH = 4
_SEPARATORS = (",", "，", "|", "·", "•")
_OPENS = LineStart(r"[,，|·•]")


def may_hold_tails(text: str) -> bool:
    """Cheaply: does any line of the page open with a separator?"""
    return _OPENS.found_in(text)


def byline_tails(lines: list[Line]) -> list[Line]:
    """The lines, with a byline's pieces that open with a separator (", Last modified on
    06/23/2025", "| View revision history") read as the byline's chrome, not the text."""
    out = lines
    for index, line in enumerate(lines):
        if line.kind is not Kind.FOOTER or (
            line.facts.author is None and line.facts.moment is None
        ):
            continue
        seen = 0
        for later in range(index + 1, len(lines)):
            below = lines[later]
            if below.kind is Kind.BLANK or not below.text:
                continue
            seen += 1
            if seen > _REACH:
                break
            if below.kind is Kind.FOOTER:
                continue  # "by Jo": the byline's next piece
            text = below.text
            if (
                below.kind is not Kind.TEXT
                or len(text) > _PIECE
                or not text.startswith(_SEPARATORS)
                or text.endswith("|")  # "| a | b |": a table's row
            ):
                break
            if out is lines:
                out = list(lines)
            out[later] = Line(below.number, below.raw, Kind.BLANK, "")
    return out
