"""A comment section kept aside unread (its heading among the lines set apart): warned."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import Kind, classify
from tuiarchive.model import Post

_MARKS = re.compile(r"^(?:#{1,6}\s+|[*+-]\s+|\d{1,3}[.)]\s+)?\**\s*|\**\s*$")
_FUSED = re.compile(r"^(\d+)(?=[^\W\d_])")
_LONGEST = 120  # a comment section's heading: a count, a few words, maybe the title quoted
_QUIET = (Kind.BLANK, Kind.POST_END, Kind.COMMENT_CHROME, Kind.SUBSCRIBE, Kind.CHROME)


def with_unread_comments_warning(post: Post) -> Post:
    """`post`, with a warning when none of its comments was read but the lines kept aside
    hold a comment section's heading ("### Comments", "6 thoughts on “Title”") with a count
    above nought or lines under it that are no form's chrome: the readers' comments are on
    the page, and the post's comment count and commenters are missing."""
    if post.comment_list or not post.extra_text or post.comments == 0:
        return post
    kept = post.extra_text
    for at, raw in enumerate(kept):
        shown = _MARKS.sub("", raw.strip())
        text = _FUSED.sub(r"\1 ", shown)  # "2Comments": the count, its space lost
        if not text or len(text) > _LONGEST:
            continue
        count = _count(text, kept[at + 1] if at + 1 < len(kept) else "")
        if count == 0 or count is None and not _said_below(kept[at + 1 :]):
            continue
        said = (
            f"a comment section kept aside unread ({shown[:60]!r}): the post's comments"
            " (their count and authors) were not read"
        )
        return post.with_changes(warnings=(*post.warnings, said))
    return post


def _count(text: str, below: str) -> int | None:
    """The heading's count (None: a heading with none); 0 when `text` heads no comments."""
    line = classify(0, text)
    if line.kind is Kind.COMMENTS_HEADING:
        return None
    if line.kind is not Kind.FOOTER and text.count("\u201c") > text.count("\u201d") and below:
        line = classify(0, f"{text} {_MARKS.sub('', below.strip())}")  # a title quoted, wrapped
    if line.kind is Kind.FOOTER and line.facts.comments and _alone(line.facts):
        return line.facts.comments
    return 0


def _alone(facts: object) -> bool:
    """A count heading alone: no labels, byline or date with it (a footer's own line)."""
    return not any(getattr(facts, name, None) for name in ("labels", "author", "moment"))


def _said_below(lines: tuple[str, ...]) -> bool:
    """A line of text within the few under a heading: a comment, not only the form."""
    for raw in lines[:4]:
        text = _MARKS.sub("", raw.strip())
        if text and classify(0, text).kind not in _QUIET:
            return True
    return False
