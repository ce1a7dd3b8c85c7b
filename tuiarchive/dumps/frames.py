"""What opens no post frame: a sub-heading between a post's end and the labels that are its own."""

from __future__ import annotations

from collections.abc import Mapping

from tuiarchive.dumps.line_kinds import Kind, Line

#: How far below a heading its labels line may stand (blank lines between).
_NEAR = 6


def labels_below(lines: list[Line], index: int, headings: Mapping[int, int], title: int) -> bool:
    """Whether the line at `index` is a heading below the level of the post's title (the
    line at `title`) and the next line that is not blank a label list with no byline in it
    ("This entry was posted in a, b."): a related-posts box's or a share box's heading
    between the post's text and its own labels, which opens no post."""
    level = headings.get(index)
    if level is None or level <= headings.get(title, 1):
        return False
    for line in lines[index + 1 : index + 1 + _NEAR]:
        if line.kind is Kind.BLANK:
            continue
        facts = line.facts
        return (
            line.kind is Kind.FOOTER
            and bool(facts.labels)
            and facts.author is None
            and facts.moment is None
        )
    return False
