"""Comments a migration moved into the post's body: `N views and M responses`, then `Name responded:` heads."""

from __future__ import annotations

import re

from tuiarchive.dumps.dates import match_date
from tuiarchive.model import Comment, Post

_COUNTS = re.compile(r"^[ \t]*[\d,]+ views? and (\d+) responses?[ \t]*$", re.MULTILINE)
_HEAD = re.compile(r"(\S.{0,80}?) responded:")
_STAMP = re.compile(r"(.+?),?[ \t]+(\d{1,2}):(\d{2})(?:[ \t]*([AaPp])[Mm])?")
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t].*")


def _when(line: str) -> str | None:
    """`Dec 23 2010, 8:45 AM` as an ISO date and time, or None when it is none."""
    m = _STAMP.fullmatch(line.strip())
    found = match_date(m[1]) if m else None
    if m is None or found is None or found.iso is None:
        return None
    hour = int(m[2]) % 12 + (12 if (m[4] or "").lower() == "p" else 0) if m[4] else int(m[2])
    return f"{found.iso}T{hour:02d}:{m[3]}"


def archived_comments(text: str) -> tuple[str, tuple[Comment, ...], int] | None:
    """The page above the archived comments (and a heading over them), the comments and
    the count the page states; None unless every block below reads as a stamp, a
    `Name responded:` head or a comment's text."""
    counts = _COUNTS.search(text)
    if counts is None:
        return None
    blocks = [block.strip() for block in text[counts.end() :].split("\n\n") if block.strip()]
    comments: list[Comment] = []
    at = 0
    while at + 1 < len(blocks) and (when := _when(blocks[at])) is not None:
        head = _HEAD.fullmatch(blocks[at + 1])
        if head is None:
            return None
        end = at + 2
        while end < len(blocks) and not (
            _when(blocks[end]) and end + 1 < len(blocks) and _HEAD.fullmatch(blocks[end + 1])
        ):
            end += 1
        said = "\n\n".join(" ".join(block.split()) for block in blocks[at + 2 : end])
        comments.append(Comment(author=head[1].strip(), date=when, text=said))
        at = end
    if at != len(blocks) or not comments:
        return None
    above = text[: counts.start()].rstrip().split("\n")
    if above and _HEADING.fullmatch(above[-1]):
        above.pop()  # "### Archived comments": the section's heading
    return "\n".join(above) + "\n", tuple(comments), int(counts[1])


def with_archived_comments(
    posts: list[Post], comments: tuple[Comment, ...], count: int
) -> list[Post]:
    """The page's last post with the comments read below it and the count it states."""
    if not posts or posts[-1].comment_list:
        return posts
    last = posts[-1].with_changes(comment_list=comments, comments=count)
    return [*posts[:-1], last]
