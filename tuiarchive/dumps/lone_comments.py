"""Readers' comments saved alone: a "Name said..." head under at most a heading, then only stamps."""

from __future__ import annotations

from tuiarchive.dumps.line_kinds import Kind, Line

#: What may stand above the first comment head: the commented post's name and its underline.
_MOST_ABOVE = 3
_ABOVE_CHARS = 120


def only_comments(lines: list[Line]) -> bool:
    """True when the page opens with a comment head (a short heading at most above it) and
    no date header, byline with a name, footer or post end follows: each date on the page
    is a comment's stamp, so the file holds comments and no post."""
    above = 0
    said = False
    for line in lines:
        if line.kind is Kind.BLANK:
            continue
        if line.kind is Kind.SAID:
            said = True
        elif line.kind is Kind.BYLINE:
            facts = line.facts
            if not said or facts is None or facts.author or facts.labels or facts.comments:
                return False
        elif line.kind is not Kind.TEXT:
            return False
        elif not said:
            above += 1
            if above > _MOST_ABOVE or len(line.text) > _ABOVE_CHARS:
                return False
    return said
