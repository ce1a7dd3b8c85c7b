"""A date line under a post's text that starts no post of its own: the post's date, printed after its body."""

from __future__ import annotations

from tuiarchive.dumps.dates import Moment
from tuiarchive.dumps.line_kinds import FooterFacts, Kind, Line

#: What may stand between a date and the post's text above it: chrome, counts, buttons.
_BETWEEN = frozenset((Kind.BLANK, Kind.CHROME, Kind.NAV, Kind.POST_END))
#: What after the date says it heads a post: a title, another date, a byline.
_HEADS = frozenset((Kind.TEXT, Kind.DATE, Kind.BYLINE))
_LOOK = 60
_SAID = (
    "the date stands under the text with no title below it: read as the post's date,"
    " printed after its body"
)


def late_dates(lines: list[Line], headings: dict[int, int]) -> list[Line]:
    """The first date line of the page, when no title follows it (only chrome, share
    buttons or the page's end) and the text above it has no date of its own, made a
    footer line of that date (with a warning for the post)."""
    index = next((i for i, line in enumerate(lines) if line.kind is Kind.DATE), None)
    if index is None or index in headings or not _text_above(lines, index):
        return lines
    if any(_dated(line) for line in lines[:index]):
        return lines  # a byline or footer date above: the text has its own
    below = next((ln for ln in lines[index + 1 : index + _LOOK] if ln.kind is not Kind.BLANK), None)
    if below is not None and below.kind in _HEADS:
        return lines
    line = lines[index]
    facts = FooterFacts(moment=Moment(line.date, None), note=_SAID)
    out = list(lines)
    out[index] = Line(line.number, line.raw, Kind.FOOTER, line.text, facts=facts)
    return out


def _text_above(lines: list[Line], index: int) -> bool:
    for line in reversed(lines[max(0, index - _LOOK) : index]):
        if line.kind is Kind.TEXT:
            return True
        if line.kind not in _BETWEEN:
            return False
    return False


def _dated(line: Line) -> bool:
    return (line.kind is Kind.FOOTER or line.kind is Kind.BYLINE) and line.facts.moment is not None
