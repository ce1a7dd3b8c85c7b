"""A widget's title over a post's end ("### Like this:" over the Like button): chrome, not text."""

from __future__ import annotations

from collections.abc import Mapping

from tuiarchive.dumps.line_kinds import Kind, Line

#: A widget's title is a few words ("WordPress:", "J'aime ça :"); a heading of the text may be longer.
_TITLE = 30


def widget_title(content: list[Line], headings: Mapping[int, int]) -> int | None:
    """The index in content of a short Markdown heading ending in a colon that is the body's
    last line, standing right over the post's end (a Like button): the widget's title."""
    for index in range(len(content) - 1, -1, -1):
        line = content[index]
        if line.kind is Kind.BLANK or not line.text:
            continue
        text = line.text.rstrip()
        if line.number - 1 in headings and len(text) <= _TITLE and text.endswith((":", "：")):
            return index if index > 0 else None
        return None
    return None
