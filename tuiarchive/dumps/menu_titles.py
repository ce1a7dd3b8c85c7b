"""The post's title right under a page's menu, over its share buttons and date (new themes)."""

from __future__ import annotations

from tuiarchive.dumps.line_kinds import Kind, Line, evidence
from tuiarchive.dumps.names import title_like

_REACH = 30  # lines of share buttons between the title and its date, at most


def title_over_shares(lines: list[Line], index: int) -> Line | None:
    """The title line above the share button at `index` when the buttons run on to a date
    and the title is the one line between them and the menu above it; None otherwise."""
    at = index - 1
    while at >= 0 and lines[at].kind is Kind.BLANK:
        at -= 1
    if at < 1 or lines[at].kind is not Kind.TEXT or not title_like(lines[at].text):
        return None
    above = at - 1
    while above >= 0 and lines[above].kind is Kind.BLANK:
        above -= 1
    if above < 0 or lines[above].kind is not Kind.NAV and lines[above].kind is not Kind.TEXT:
        return None
    for line in lines[index + 1 : index + _REACH]:
        if line.kind is Kind.DATE:
            return lines[at]
        if line.kind is not Kind.BLANK and (line.kind is not Kind.FOOTER or evidence(line.facts)):
            return None
    return None
