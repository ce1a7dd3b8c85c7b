"""An older theme's meta line saved as text: its category list wrapped; a column's printed head under it."""

from __future__ import annotations

from tuiarchive.dumps.dates import DumpDate, Moment
from tuiarchive.dumps.line_kinds import Kind, Line, ends_sentence, split_labels

_HEAD_LINES = 3  # "NAME" / "PAPER" (/ "Section"): the most a printed head holds above its date


def reprint_head(
    content: list[Line], date: DumpDate, own: Moment | None, lines: list[Line], index: int
) -> list[Line] | None:
    """The head lines above the date line `lines[index]` when they are a reprinted column's
    head: the post's own meta line under its title gave a date (`own`), only a few short
    lines (no sentence) stand between it and this date, and the date is the post's own or
    no title of a new post follows it (the next block is a paragraph, not a line alone)."""
    if own is None or own.date is None:
        return None
    head = [line for line in content if line.kind is not Kind.BLANK]
    if len(head) > _HEAD_LINES or any(
        line.kind is not Kind.TEXT or len(line.text) > 60 or ends_sentence(line.text)
        for line in head
    ):
        return None
    if date.iso != own.date.iso and not _paragraph_below(lines, index):
        return None
    return head


def _paragraph_below(lines: list[Line], index: int) -> bool:
    """Whether the first text below `lines[index]` runs on to a second line (a paragraph)."""
    at = index + 1
    while at < len(lines) and lines[at].kind is Kind.BLANK:
        at += 1
    return (
        at + 1 < len(lines)
        and lines[at].kind is Kind.TEXT
        and lines[at + 1].kind is Kind.TEXT
        and not ends_sentence(lines[at].text)
    )


def wrapped_labels(lines: list[Line], index: int, has_body: bool) -> tuple[str, ...] | None:
    """The labels of `lines[index]` (", c, d |") when it carries on the meta line right above
    it, whose category list a text saver wrapped before a comma ("DATE by NAME in a, b")."""
    line = lines[index]
    if has_body or index == 0 or not line.text.startswith(","):
        return None
    above = lines[index - 1]
    if above.kind is not Kind.FOOTER or not above.facts.labels or above.text.endswith("|"):
        return None
    labels = tuple(split_labels(line.text.strip(" ,|")))
    return labels if labels and all(len(label) <= 40 for label in labels) else None
