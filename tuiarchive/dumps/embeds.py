"""A raw HTML embed alone on a body line (`<iframe …></iframe>`): a video, never text."""

from __future__ import annotations

import re

from tuiarchive.model import Post

#: One embedding element on a line of its own, opened and (maybe) closed there: a player
#: or a frame a page kept as raw HTML (a post moved to Jekyll keeps its YouTube iframe).
_EMBED_LINE = re.compile(
    r"[ \t]*<(iframe|embed|object|video|audio)\b[^<>\n]*>[ \t]*(?:</\1>[ \t]*)?",
    re.IGNORECASE,
)
_HINT = re.compile(r"<(?:iframe|embed|object|video|audio)\b", re.IGNORECASE)


def without_embeds(post: Post) -> Post:
    """The post with its body's raw embed lines dropped, as an image's are."""
    if not _HINT.search(post.body):
        return post
    lines = post.body.split("\n")
    kept = [line for line in lines if not _EMBED_LINE.fullmatch(line)]
    if len(kept) == len(lines):
        return post
    while kept and not kept[0].strip():
        kept.pop(0)
    return post.with_changes(body="\n".join(kept))
