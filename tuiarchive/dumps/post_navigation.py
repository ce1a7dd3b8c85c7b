"""A post's navigation links with the other post's title run on: "Previous Post <title>" under "Post navigation"."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from tuiarchive.dumps.line_kinds import Kind, Line
from tuiarchive.dumps.phrases import phrase_fields

#: A line that is one link and nothing else: inline `[…](…)` or by reference `[…][3]`.
_ONE_LINK = re.compile(
    r"\s*(?:[-*+]\s+)?\[[^\]\[]+\](?:\([^()\s]+(?:\s+\"[^\"]*\")?\)|\[\w{1,6}\])\s*"
)
_REACH = 3  # lines that are not blank under the navigation's heading
#: A comment's name set as a numbered list's item in bold: "1.   **Ann Lee**".
_LISTED_NAME = re.compile(r"\d{1,3}[.)]\s+(?:\*\*|__)?(?P<name>[^*_]+?)(?:\*\*|__)?")


@cache
def _leads() -> tuple[str, ...]:
    """The navigation phrases of two words or more ("Previous Post"), casefolded, with the
    space that joins them to the title after them."""
    phrases = phrase_fields().get("navigation", ())
    return tuple(
        " ".join(p.split()).casefold() + " "
        for p in phrases
        if "{" not in p and len(p.split()) >= 2
    )


def _said_name(name: str) -> str:
    """A comment's name without the list's number and bold marks it was saved with
    ("1.   **Ann**"); a separator after it ("Ann •") is left where the comment is made."""
    if name[0].isdigit() and (listed := _LISTED_NAME.fullmatch(name)) is not None:
        name = listed["name"].strip()
    return name


def post_navigation(lines: list[Line], text: str) -> list[Line]:
    """Under a navigation line, the links that open with a navigation phrase and go on with
    another post's title read as navigation, not as a title and text. A comment's name taken
    with the number and bold marks of the list it was saved in, or with a separator after it,
    is the name alone. `text` is the page as written (split into lines only where a link
    is to be looked at)."""
    out = lines
    raws: list[str] | None = None
    leads = _leads()
    for index, line in enumerate(lines):
        if line.kind is Kind.SAID and line.said_by:
            name = _said_name(line.said_by)
            if name != line.said_by:
                out = list(lines) if out is lines else out
                out[index] = replace(line, said_by=name)
            continue
        if line.kind is not Kind.NAV:
            continue
        seen = 0
        for below in range(index + 1, len(lines)):
            if seen >= _REACH:
                break
            other = lines[below]
            if other.kind is Kind.BLANK:
                continue
            seen += 1
            if other.kind is not Kind.TEXT or not other.text.casefold().startswith(leads):
                continue
            raws = text.split("\n") if raws is None else raws
            if below >= len(raws) or _ONE_LINK.fullmatch(raws[below]) is None:
                continue
            out = list(lines) if out is lines else out
            out[below] = Line(other.number, other.raw, Kind.NAV, other.text)
    return out
