"""A post's label list printed far below its text, past the page's chrome: no new post's footer."""

from __future__ import annotations

from tuiarchive.dumps.page_lines import Kind, Line, evidence


def labels_only_ahead(lines: list[Line]) -> list[bool]:
    """For each line, whether the next post footer below it (before any date) is a list of
    labels alone: no byline, date or comment count. Text between a post's footer and such a
    list (a theme's comment-box notes, its related posts) opens no post of its own."""
    table = [False] * len(lines)
    ahead = False
    for index in range(len(lines) - 1, -1, -1):
        table[index] = ahead
        line = lines[index]
        kind, facts = line.kind, line.facts
        if kind is Kind.FOOTER and evidence(facts) or kind is Kind.POST_END:
            ahead = (
                kind is Kind.FOOTER
                and bool(facts.labels)
                and facts.author is None
                and facts.moment is None
                and facts.comments is None
            )
        elif kind is Kind.DATE:
            ahead = False
    return table
