"""A WordPress theme's whole meta line (date, author, categories, count) read under a title."""

from __future__ import annotations

from tuiarchive.dumps.line_kinds import Kind, Line

#: How far below a meta line its post's text may start (lines, blanks included).
_REACH = 4


def text_follows(lines: list[Line], index: int) -> bool:
    """Whether prose follows the meta line at `index` within a few lines (blanks skipped):
    the line heads the post ("Posted: … | Filed under: a | No Comments »" / the text), where
    the same line closing a post has the next title, a footer or the page's end below it."""
    for line in lines[index + 1 : index + 1 + _REACH]:
        if line.kind is Kind.BLANK:
            continue
        return line.kind is Kind.TEXT and any(ch.isalpha() for ch in line.text)
    return False


def under_heading(lines: list[Line], index: int, headings: dict[int, int]) -> bool:
    """Whether the line above the meta line at `index` (blanks skipped) is a heading: the
    title, over a meta line that names no author ("## Title" / "2025-11-21 Boats 0")."""
    for above in range(index - 1, max(-1, index - 1 - _REACH), -1):
        if lines[above].kind is not Kind.BLANK:
            return above in headings
    return False
