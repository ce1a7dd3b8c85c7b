"""Comments as a Blogger export to Hugo writes them: an excerpt heading over a "Name - date" head."""

from __future__ import annotations

from tuiarchive.dumps.line_kinds import FooterFacts, Kind, Line, classify, comment_head
from tuiarchive.dumps.line_search import holds

_EXCERPT_ENDS = ("…", "...")


def may_hold_excerpt_comments(text: str) -> bool:
    """Whether the page may hold such comments: a head's stamp is a <time> element."""
    return holds(text, "- <time")


def excerpt_comments(lines: list[Line], headings: dict[int, int]) -> list[Line]:
    """Below a "Comments" heading, each "Name - date" line right under a heading that
    excerpts the comment (cut with "…") read as the comment's head; the excerpt is chrome."""
    start = next((i for i, line in enumerate(lines) if _comments_heading(i, line, headings)), None)
    if start is None:
        return lines
    out = list(lines)
    found = False
    for index in range(start + 1, len(lines)):
        line = lines[index]
        if line.kind is not Kind.TEXT or index in headings:
            continue
        head = comment_head(line.text)
        above = next((i for i in range(index - 1, start, -1) if lines[i].text), None)
        if head is None or above is None or above not in headings:
            continue
        if not lines[above].text.rstrip().endswith(_EXCERPT_ENDS):
            continue
        name, moment = head
        out[above] = Line(lines[above].number, lines[above].raw, Kind.COMMENT_CHROME, "")
        facts = FooterFacts(author=name, moment=moment)
        out[index] = Line(line.number, line.raw, Kind.SAID, "", said_by=name, facts=facts)
        found = True
    if not found:
        return lines
    heading = lines[start]
    if heading.kind is not Kind.COMMENTS_HEADING:
        out[start] = Line(heading.number, heading.raw, Kind.COMMENTS_HEADING, heading.text)
    return out


def _comments_heading(index: int, line: Line, headings: dict[int, int]) -> bool:
    if line.kind is Kind.COMMENTS_HEADING:
        return True
    if index not in headings or not line.text.endswith(":"):
        return False
    return classify(line.number, line.text.rstrip(":")).kind is Kind.COMMENTS_HEADING
