"""A footer left as the body's last line (a part of it is a comment count): warned about."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import Kind, classify
from tuiarchive.model import Post

_LONGEST = 100  # a footer line: the time, a count, a few words
_PARTS = re.compile(r"\s*[,|·•]\s*")


def with_unread_footer_warning(post: Post) -> Post:
    """`post`, with a warning when the last line of its body is short and one of its parts
    (split at commas and bars) reads as a comment count ("At 7:26 AM , 0 comments"): a
    footer the page's form kept from being read, so the count is lost and the body ends
    on chrome. A line ending a sentence is the text's own."""
    body = post.body
    if not body or not any(ch.isdigit() for ch in body[-_LONGEST:]):
        return post
    last = body[body.rfind("\n") + 1 :].strip()
    if len(last) > _LONGEST or last.endswith((".", "!", "?", "…")):
        return post  # a sentence of the text that mentions comments
    parts = [part for part in _PARTS.split(last) if part]
    if len(parts) < 2 or not any(_count(part) for part in parts):
        return post
    said = (
        f"the body's last line {last!r} holds a comment count: a footer not read (the"
        " comment count, and where the body ends, may be wrong)"
    )
    return post.with_changes(warnings=(*post.warnings, said))


def _count(part: str) -> bool:
    if not any(ch.isdigit() for ch in part):
        return False
    line = classify(0, part)
    return line.kind is Kind.FOOTER and line.facts.comments is not None
