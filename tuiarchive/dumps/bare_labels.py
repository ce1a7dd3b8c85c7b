"""New themes' labels printed bare, one a line, right above the post's closing share run."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import Kind, Line, evidence
from tuiarchive.dumps.sign_offs import signed_off

#: A label is a few words: more, or a longer line, is the text's.
_MOST_WORDS = 4
_LONGEST = 40
_MOST_LABELS = 20
#: Sentence punctuation ending a line, a clause inside it, a list item's mark, an address.
_NOT_A_LABEL = re.compile(r"[.!?:;,…]$|[,;.!?] |^(?:[-*•+]|\d+[.)])\s|://|^www\.")
#: A Markdown heading ("## Closing thoughts") is the text's own, never a label.
_HEADING = re.compile(r"\s*#{1,6}\s")


def label_like(line: Line, margin: int | None = None) -> bool:
    """Whether a line can be one label: a few words without sentence punctuation (at
    `margin`, when given)."""
    text = line.text
    return (
        line.kind is Kind.TEXT
        and len(text) <= _LONGEST
        and len(text.split()) <= _MOST_WORDS
        and any(ch.isalnum() for ch in text)
        and not _NOT_A_LABEL.search(text)
        and (margin is None or line.margin == margin)
        and not _HEADING.match(line.raw)
    )


#: What a page printed between labels set one a line: each link was its own line.
_SEPARATORS = frozenset({",", "·", "|", "•"})


def label_separator(line: Line) -> bool:
    """Whether a line is only the mark printed between two labels ("," alone)."""
    return line.kind is Kind.TEXT and line.text in _SEPARATORS


def closing_share_run(lines: list[Line], index: int) -> bool:
    """Whether the footer lines from `index` are a new theme's share run ("Get link" /
    "Facebook" / "X" / ...: two or more bare site names) with no "Labels:" key in it or
    right below it."""
    bare = 0
    for line in lines[index : index + 30]:
        if line.kind is Kind.BLANK:
            continue
        if line.kind is not Kind.FOOTER:
            break
        if line.facts.labels is not None:
            return False
        if evidence(line.facts):
            continue
        bare += len(line.text.lstrip("*- ").split()) == 1
    return bare >= 2


def label_block(content: list[Line], share: Line, spaced: bool) -> int | None:
    """Where the block of label lines at the end of a body starts (an index into
    `content`), or None: short lines without sentence punctuation, at the share run's
    margin, set apart from the text above by a blank line, with text still above them.
    One paragraph of lines; or, when the share run has blank lines between its buttons
    (`spaced`), one-line paragraphs."""
    margin = share.margin
    end = _paragraph_end(content, len(content))
    start = _paragraph_start(content, end)
    if start == end or not all(label_like(ln, margin) for ln in content[start:end]):
        return None
    if spaced and end - start == 1:
        while True:
            above_end = _paragraph_end(content, start)
            above = _paragraph_start(content, above_end)
            if above_end - above != 1 or not label_like(content[above], margin):
                break
            start = above
    if end - start > _MOST_LABELS or signed_off(content[start:end]):
        return None  # too many for labels, or "Cheers" over the writer's name
    if not any(ln.kind is Kind.TEXT for ln in content[:start]):
        return None  # the whole text: no labels under it
    return start


def _paragraph_end(content: list[Line], end: int) -> int:
    """The end of the last paragraph before `end`, blank lines aside."""
    while end and content[end - 1].kind is Kind.BLANK:
        end -= 1
    return end


def _paragraph_start(content: list[Line], end: int) -> int:
    start = end
    while start and content[start - 1].kind is not Kind.BLANK:
        start -= 1
    return start
