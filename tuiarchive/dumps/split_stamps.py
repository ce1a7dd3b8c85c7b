"""A byline that names no one, split over lines ("at" / "January 08, 2026"), read as one."""

from __future__ import annotations

from tuiarchive.dumps.line_kinds import BLANK_LINE, Kind, Line, classify
from tuiarchive.dumps.line_search import LineStart

#: A byline's "at" alone on its line (the theme hides the author's name before it), or the
#: dash a classic theme prints between the name and the stamp ("-" / "March 4, 2023").
_LONE_AT = LineStart(r"(?:at|[-–—])[ \t]*$")
_LEADS = frozenset(("at", "-", "–", "—"))

_REACH = 4  # how far below "at" its stamp may stand, blank lines counted


def may_hold_split_stamp(text: str) -> bool:
    """Whether the text has a line that is only "at" or a dash (a quick look before the pass)."""
    # the line search first: one regex scan is quicker than the four substring scans, and it
    # rarely matches; both are pure tests of `text`, so the order leaves the answer the same
    return _LONE_AT.found_in(text) and (
        "\nat" in text or "\n-" in text or "\n–" in text or "\n—" in text
    )


def join_split_stamps(lines: list[Line]) -> list[Line]:
    """A lone "at" (or dash) / [blank lines] / a date or time, with a footer line (share
    buttons, labels) next below: one footer line "at <stamp>" in the place of "at", the
    stamp's line blank."""
    out = lines
    for index, line in enumerate(lines):
        if line.kind is not Kind.TEXT or line.text not in _LEADS:
            continue
        stamp = _next_text(lines, index, _REACH)
        if stamp is None:
            continue
        joined = classify(line.number, f"at {lines[stamp].text}")
        facts = joined.facts
        if joined.kind is not Kind.FOOTER or facts.moment is None or facts.author is not None:
            continue
        below = _next_text(lines, stamp, _REACH)
        if below is None or lines[below].kind is not Kind.FOOTER:
            continue  # "at" / a date in the text: no footer follows it
        if out is lines:
            out = list(lines)
        out[index] = joined
        out[stamp] = BLANK_LINE
    return out


def _next_text(lines: list[Line], index: int, reach: int) -> int | None:
    for at in range(index + 1, min(index + 1 + reach, len(lines))):
        if lines[at].kind is not Kind.BLANK:
            return at
    return None
