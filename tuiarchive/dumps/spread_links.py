"""A link card spread over lines ("[" / an embedded post's text and date / "](https://x.com/…)"): its date is the card's."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import BLANK_LINE, Kind, Line

_CLOSE = re.compile(r"[ \t]*\]\([^()\s]+\)[ \t]*")
_SPAN = 40  # lines a card may spread over
#: What a card's lines may be read as, and are not inside it: a post's frame.
_FRAME = frozenset((Kind.DATE, Kind.FOOTER, Kind.BYLINE, Kind.POST_END, Kind.SAID))


def may_hold_spread_link(text: str) -> bool:
    """Whether a line of the page is a lone "[" and another opens with "](" (a quick look)."""
    return ("\n[\n" in text or text.startswith("[\n")) and "\n](" in text


def spread_link_cards(lines: list[Line], saved: list[str]) -> list[Line]:
    """Each card from a lone "[" to the "](address)" line closing it (within 40 lines): its
    two link lines blank, and a date, byline or footer inside it the card's text (an
    embedded tweet's date is no post's date header)."""
    out = list(lines)
    index = 0
    while index < min(len(saved), len(lines)):
        if saved[index].strip() != "[":
            index += 1
            continue
        end = min(len(saved), len(lines), index + _SPAN)
        close = next((j for j in range(index + 1, end) if _CLOSE.fullmatch(saved[j])), None)
        if close is None or any(saved[j].strip() == "[" for j in range(index + 1, close)):
            index += 1
            continue
        out[index], out[close] = BLANK_LINE, BLANK_LINE
        for j in range(index + 1, close):
            if out[j].kind in _FRAME:
                out[j] = Line(out[j].number, out[j].raw, Kind.TEXT, out[j].text)
        index = close + 1
    return out
