"""A raw HTML embed or a WordPress embed shortcode alone on a body line (`<iframe …>`, `[youtube]id[/youtube]`): a video, never text."""

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
#: A WordPress shortcode wrapping one id or address, alone on a line: an embed a converter
#: left unexpanded (`[youtube]5EOZ_q[/youtube]`, `[embed]https://…[/embed]`).
_SHORTCODE_LINE = re.compile(r"[ \t]*\[([a-z]{2,20})\][^\s\[\]]{3,300}\[/\1\][ \t]*")


def without_embeds(post: Post) -> Post:
    """The post with its body's raw embed lines dropped, as an image's are."""
    html, shortcode = _HINT.search(post.body) is not None, "[/" in post.body
    if not html and not shortcode:
        return post
    lines = post.body.split("\n")
    kept = [
        line
        for line in lines
        if not (html and _EMBED_LINE.fullmatch(line))
        and not (shortcode and _SHORTCODE_LINE.fullmatch(line))
    ]
    if len(kept) == len(lines):
        return post
    while kept and not kept[0].strip():
        kept.pop(0)
    while kept and not kept[-1].strip():
        kept.pop()
    return post.with_changes(body="\n".join(kept))
