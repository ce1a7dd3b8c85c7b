"""A post with no footer: the next post's title and dated byline right under its body start a new post."""

from __future__ import annotations

from tuiarchive.dumps.dates import Moment
from tuiarchive.dumps.line_kinds import Kind, Line
from tuiarchive.dumps.names import title_like


def next_post_title(
    content: list[Line], line: Line, own: Moment | None, ended: bool
) -> Line | None:
    """The title line above `line` (a byline naming its author and a date) when the draft,
    `content` so far, had its own byline's date (`own`) and no footer yet (`ended` False):
    a blank line, a title, a byline is the next post's head, no second byline of this
    post ("Progress report" / "Posted on May 2, 2012 by ana")."""
    facts = line.facts
    if own is None or own.date is None or ended or facts.author is None:
        return None
    if facts.moment is None or facts.moment.date is None:
        return None
    if facts.labels is not None or facts.comments is not None or len(content) < 3:
        return None
    title, above = content[-1], content[-2]
    if title.kind is not Kind.TEXT or title.number != line.number - 1 or title.indented:
        return None
    if above.kind is not Kind.BLANK or not title_like(title.text):
        return None
    if not any(ln.kind is not Kind.BLANK for ln in content[:-1]):
        return None  # no body above: the line is this post's own title
    return title
