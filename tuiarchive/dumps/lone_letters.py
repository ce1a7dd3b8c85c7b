"""A share site's name in lowercase alone ("x") between two text lines: a word of the text."""

from __future__ import annotations

from tuiarchive.dumps.line_kinds import Kind, Line, evidence


def may_hold_lone_letters(text: str) -> bool:
    """Whether a line of the page is a lowercase "x" alone (X's name, a formula's variable):
    the pass's cheap gate, one substring search (other names alone in lowercase are a tag
    list's, not split text)."""
    return "\nx\n" in text


def lone_letters(lines: list[Line]) -> list[Line]:
    """Footer lines that say nothing of their post (a share site's name alone) written in
    lowercase ("x", "facebook") with a text line right above and below, read as text: text
    saved one inline element per line splits a formula's variables onto lines of their own,
    and a share button prints its site's name capitalised, in a run of buttons."""
    out = lines
    for index in range(1, len(lines) - 1):
        line = lines[index]
        if line.kind is not Kind.FOOTER or not line.text.islower() or not line.text.isalpha():
            continue
        if evidence(line.facts):
            continue
        if lines[index - 1].kind is not Kind.TEXT or lines[index + 1].kind is not Kind.TEXT:
            continue
        if out is lines:
            out = list(lines)
        out[index] = Line(line.number, line.raw, Kind.TEXT, line.text)
    return out
