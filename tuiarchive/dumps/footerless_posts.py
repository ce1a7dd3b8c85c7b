"""A post with no footer: the next post's title and dated byline right under its body start a new post."""

from __future__ import annotations

from tuiarchive.dumps.dates import Moment
from tuiarchive.dumps.line_kinds import Kind, Line
from tuiarchive.dumps.names import title_like


def next_post_title(
    content: list[Line],
    line: Line,
    own: Moment | None,
    ended: bool,
    headings: dict[int, int] | None = None,
) -> Line | None:
    """The title line above `line` (a byline naming its author and a date) when the draft,
    `content` so far, had its own byline's date (`own`) and no footer yet (`ended` False):
    a blank line, a title, a byline is the next post's head, no second byline of this
    post ("Progress report" / "Posted on May 2, 2012 by ana"). A title that is a heading
    (`headings`: index -> level) may stand a few blank lines above the byline (a setext
    underline, a blank line: "[Title](…)" / "=====" / "" / "Posted on …")."""
    facts = line.facts
    if own is None or own.date is None or ended or facts.author is None:
        return None
    if facts.moment is None or facts.moment.date is None:
        return None
    if facts.labels is not None or facts.comments is not None or len(content) < 3:
        return None
    end = len(content)
    while headings and end > 3 and content[end - 1].kind is Kind.BLANK:
        end -= 1  # blanks between a heading and its byline
    title, above = content[end - 1], content[end - 2]
    if title.kind is not Kind.TEXT or title.indented:
        return None
    if title.number != line.number - 1 and (
        not headings or title.number - 1 not in headings or line.number - title.number > 4
    ):
        return None
    if above.kind is not Kind.BLANK or not title_like(title.text):
        return None
    if not any(ln.kind is not Kind.BLANK for ln in content[: end - 1]):
        return None  # no body above: the line is this post's own title
    return title
