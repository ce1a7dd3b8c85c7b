"""A site's name alone on a line between two lines of prose ("Facebook"): the body's, no share button."""

from __future__ import annotations

from tuiarchive.dumps.line_kinds import Kind, Line, ends_sentence, evidence


def _near(lines: list[Line], index: int, step: int) -> Line | None:
    at = index + step
    while 0 <= at < len(lines) and lines[at].kind is Kind.BLANK:
        at += step
    return lines[at] if 0 <= at < len(lines) else None


def lone_site_name(lines: list[Line], index: int) -> bool:
    """Whether the footer line at `index` is one word with no post facts, prose above it and
    a sentence below it (no title, no other button): a site named in the text."""
    line = lines[index]
    if " " in line.text or evidence(line.facts):
        return False
    above, below = _near(lines, index, -1), _near(lines, index, 1)
    if above is None or below is None or above.kind is not Kind.TEXT:
        return False
    if below.kind is not Kind.TEXT:
        return False
    return ends_sentence(below.text) or len(below.text) >= 120
