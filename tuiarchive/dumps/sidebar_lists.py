"""A sidebar's list of category links under its heading ("Categories" / one link a line): no post's labels."""

from __future__ import annotations

from tuiarchive.dumps.line_kinds import Kind, Line


def sidebar_lists(lines: list[Line]) -> frozenset[int]:
    """The indexes of the label lines listed one a line right under a sidebar heading
    ("Categories" / "Boats" / "Harbour" ...): the widget's links, which end no post, so no
    text above them is read as a post for want of its footer."""
    found: list[int] = []
    under = False
    for index, line in enumerate(lines):
        kind = line.kind
        if kind is Kind.SIDEBAR:
            under = True
        elif kind is Kind.BLANK:
            continue
        elif under and kind is Kind.FOOTER and _labels_only(line):
            found.append(index)
        else:
            under = False
    return frozenset(found)


def _labels_only(line: Line) -> bool:
    facts = line.facts
    return (
        facts.labels is not None
        and facts.author is None
        and facts.moment is None
        and facts.comments is None
    )
