"""A comment list's numbers ("1)", "2.") on lines of their own above each comment's head: not text."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import BLANK_LINE, Kind, Line, classify
from tuiarchive.dumps.line_search import holds

_NUMBER = re.compile(r"\d{1,3}[.)]")
_YEAR = re.compile(r"(?:19|20)\d\d")
_HEAD = 100  # a comment's head (name and stamp) is short


def may_hold_numbers(text: str) -> bool:
    # "1)" stands in the first two marks, "1.\n" in the last two: a page holding neither
    # (most pages) is turned away in two scans, not four
    return (
        holds(text, "1)")
        and ("\n1)" in text or " 1)\n" in text)
        or holds(text, "1.\n")
        and ("\n1.\n" in text or " 1.\n" in text)
    )


def numbered_comments(lines: list[Line]) -> list[Line]:
    """Below a comment count, a line that is only a number, right above a short line that
    holds a year (the comment's name and stamp) or a "NAME said," head (in any language the
    phrase files know the head of with an ellipsis), read as blank: it is the list's numbering."""
    count = next(
        (i for i, ln in enumerate(lines) if ln.kind is Kind.FOOTER and ln.facts.comments), None
    )
    if count is None:
        return lines
    out = lines
    for i in range(count + 1, len(lines)):
        if lines[i].kind is not Kind.TEXT or not _NUMBER.fullmatch(lines[i].text):
            continue
        at = next((j for j in range(i + 1, len(lines)) if lines[j].kind is not Kind.BLANK), None)
        if at is None:
            continue
        head = lines[at]
        said = _said_with_comma(head)
        if (
            said is not None
            or head.kind is Kind.SAID
            or (len(head.text) <= _HEAD and _YEAR.search(head.text))
        ):
            out = out if out is not lines else list(lines)
            out[i] = BLANK_LINE
            if said is not None:
                out[at] = said
    return out


def _said_with_comma(head: Line) -> Line | None:
    """ "Lise a dit,": a comment head that ends in a comma where the phrase files know the
    language's head with an ellipsis ("Lise a dit..."), read as that head."""
    if head.kind is not Kind.TEXT or not head.text.endswith(",") or len(head.text) > _HEAD:
        return None
    said = classify(head.number, head.text[:-1] + "...")
    if said.kind is not Kind.SAID:
        return None
    return Line(head.number, head.raw, Kind.SAID, head.text, said_by=said.said_by)
