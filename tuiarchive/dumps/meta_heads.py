"""A printed title with only short lines (its categories) between it and the post's meta."""

from __future__ import annotations

from tuiarchive.dumps.line_kinds import Kind, Line, ends_sentence
from tuiarchive.dumps.names import folded

#: At most this many short lines ("#Tutorials#PHP") between the title and the meta block.
_BETWEEN = 2


def titled_above(title: Line, content: list[Line], front_title: str | None) -> bool:
    """Whether the post being read is the front matter's (`front_title`, folded), printed,
    and nothing but a couple of short lines that are no sentence have come under it."""
    if front_title is None or folded(title.text) != front_title:
        return False
    between = [line for line in content if line.kind is not Kind.BLANK]
    return len(between) <= _BETWEEN and all(
        line.kind is Kind.TEXT and len(line.text) <= 60 and not ends_sentence(line.text)
        for line in between
    )
