"""A WordPress footer one item a line: "Posted in Boats, Harbour" over "4 Comments"."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import FooterFacts, Kind, Line, split_labels

#: The categories' line: the words, then names with commas between, no sentence's end.
_POSTED_IN = re.compile(r"Posted in\s+(?P<names>[^.!?:;]{1,80}?)")
_NAME_WORDS = 4  # a category's name, at most


def may_hold_split_footer(text: str) -> bool:
    """Whether the page has a categories' line: the pass's cheap gate (one search)."""
    return "Posted in " in text


def split_footers(lines: list[Line]) -> list[Line]:
    """Each text line "Posted in <names>" right over a footer line that counts the post's
    comments (a blank line between at most) read as the footer's labels: the one-line
    footer "Posted in Boats | 4 Comments" printed one item a line."""
    out = lines
    for index, line in enumerate(lines):
        if line.kind is not Kind.TEXT or not line.text.startswith("Posted in "):
            continue
        found = _POSTED_IN.fullmatch(line.text.strip())
        if found is None or not _counted_below(lines, index):
            continue
        labels = split_labels(found["names"])
        if not labels or any(len(name.split()) > _NAME_WORDS for name in labels):
            continue
        if out is lines:
            out = list(lines)
        facts = FooterFacts(labels=labels)
        out[index] = Line(line.number, line.raw, Kind.FOOTER, line.text, facts=facts)
    return out


def _counted_below(lines: list[Line], index: int) -> bool:
    """Whether the next line, or the one after a blank, is a footer counting comments."""
    for below in lines[index + 1 : index + 3]:
        if below.kind is Kind.FOOTER:
            return below.facts.comments is not None
        if below.kind is not Kind.BLANK:
            return False
    return False
