"""A "By Ana, Team" line under a team blog's title whose footer byline names the team: the text's."""

from __future__ import annotations

from tuiarchive.dumps.line_kinds import Kind, Line


def credit_into_body(content: list[Line], credit: Line, author: str) -> str | None:
    """The credit line put back atop the post's text when the footer's byline names
    someone else (a team blog: the team posts, the text credits its writer); what was
    said of it. None when the footer names the same author (a byline read twice)."""
    said = credit.facts.author
    if said is None or " ".join(said.split()).casefold() == " ".join(author.split()).casefold():
        return None
    at = next((i for i, line in enumerate(content) if line.kind is not Kind.BLANK), 0)
    content.insert(at, Line(credit.number, credit.raw, Kind.TEXT, credit.text))
    content.insert(at + 1, Line(credit.number, "", Kind.BLANK, ""))
    return (
        f"line {credit.number}: {credit.text!r} under the title kept as the text's first line:"
        f" the footer's byline names {author!r}, who posted it"
    )
