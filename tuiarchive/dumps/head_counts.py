"""A comment count alone under a post's title and date, with the text below: the head's."""

from __future__ import annotations

from tuiarchive.dumps.line_kinds import FooterFacts, Kind, Line

_PROSE = 60  # a paragraph's line, not the next post's title


def count_over_text(lines: list[Line], index: int, facts: FooterFacts) -> bool:
    """Whether the footer line at `index` is only a comment count ("34 Comments") with a
    paragraph of prose right below it: the post's head (title, date, count), not its end."""
    if facts.comments is None or facts.labels is not None or facts.author or facts.moment:
        return False
    for line in lines[index + 1 : index + 6]:
        if line.kind is Kind.BLANK:
            continue
        return line.kind is Kind.TEXT and len(line.text) >= _PROSE and " " in line.text
    return False
