"""A note's own closing line under a rule at the end of a page it keeps a copy of."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import Kind, Line
from tuiarchive.dumps.note_heads import NOTE_RULE  # a Markdown rule: "---", "* * *"

#: A line set wholly in emphasis: "*Collected for the course*", "_Saved with Clipper_".
_EMPHASIS = re.compile(r"\s*(?P<mark>[*_]{1,2})(?=\S).{1,100}?(?<=\S)(?P=mark)\s*")
_LINES = 2  # at most so many closing lines under the rule


def note_tail(lines: list[Line]) -> tuple[list[Line], str | None]:
    """The page's lines with a rule and the one or two emphasised lines under it that end
    the file read as chrome (the note's colophon, not the copied post's), and what was said."""
    last = [i for i in range(len(lines) - 1, max(-1, len(lines) - 12), -1) if lines[i].raw.strip()]
    for place, index in enumerate(last[: _LINES + 1]):
        if NOTE_RULE.fullmatch(lines[index].raw):
            if place == 0:
                return lines, None
            taken = sorted(last[: place + 1])
            break
        if not _EMPHASIS.fullmatch(lines[index].raw):
            return lines, None
    else:
        return lines, None
    out = list(lines)
    for index in taken:
        line = out[index]
        out[index] = Line(line.number, line.raw, Kind.CHROME, line.text)
    shown = " / ".join(lines[i].raw.strip() for i in taken[1:])
    return (
        out,
        f"line {lines[taken[0]].number}: the note's closing line(s) under a rule left out: {shown}",
    )
