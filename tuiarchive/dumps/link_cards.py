"""A link card under a post (a shop's product box): its title, price and button, each a link to one address."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import Kind, Line

#: A line that is one whole link: "[**Title** *shop*](https://…)", "[*298 円* (…)](https://…)".
_WHOLE = re.compile(r"\s*\[.+\]\((?P<url>https?://[^\s()]+)(?:\s+\"[^\"\n]*\")?\)\s*")
#: The close of a link whose text stood on lines of its own (a card's button): "](https://…)".
_CLOSE = re.compile(r"\s*\]\((?P<url>https?://[^\s()]+)(?:\s+\"[^\"\n]*\")?\)\s*")
_BUTTON_LINES = 6  # how far below its "[" a button's link closes


def may_hold_card(text: str) -> bool:
    """Whether a page could hold such a card: a link closed on a line of its own."""
    return "\n](http" in text


def link_cards(lines: list[Line], saved: list[str]) -> tuple[list[Line], list[str]]:
    """The lines with each card's lines made chrome, and a note for each card: two or more
    links in a row (blank lines between) to the same address, one of them a button whose
    text stood on lines of its own ("[" / "Buy on Example" / "](https://…)")."""
    said: list[str] = []
    out = lines
    index = 0
    while index < len(saved):
        run = _card_at(saved, index) if saved[index].strip() else None
        if run is None:
            index += 1
            continue
        end, url, count = run
        if out is lines:
            out = list(lines)
        for at in range(index, min(end, len(out))):
            line = out[at]
            if line.kind is not Kind.BLANK:
                out[at] = Line(line.number, line.raw, Kind.CHROME, line.text)
        said.append(f"line {index + 1}: a link card ({count} links to {url}) kept out of the text")
        index = end
    return out, said


def _card_at(saved: list[str], start: int) -> tuple[int, str, int] | None:
    """(the index after the card, its address, its links) for a card starting at `start`."""
    url: str | None = None
    count = 0
    button = False
    at = start
    end = start
    while at < len(saved):
        text = saved[at]
        if not text.strip():
            at += 1
            continue
        block = _block(saved, at)
        if block is None or url is not None and block[1] != url:
            break
        at, url, button = block[0], block[1], button or block[2]
        count += 1
        end = at
    if url is None or count < 2 or not button:
        return None
    return end, url, count


def _block(saved: list[str], at: int) -> tuple[int, str, bool] | None:
    """A link on line `at`: (the index after it, its address, whether it is a button)."""
    whole = _WHOLE.fullmatch(saved[at])
    if whole is not None:
        return at + 1, whole["url"], False
    if saved[at].strip() != "[":
        return None
    for below in range(at + 1, min(at + 1 + _BUTTON_LINES, len(saved))):
        close = _CLOSE.fullmatch(saved[below])
        if close is not None:
            return below + 1, close["url"], True
        if "[" in saved[below] or "]" in saved[below]:
            return None
    return None
