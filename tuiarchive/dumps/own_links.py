"""The post's own address printed under its text ("本文链接： <url>", "Permalink: <url>"): the platform's tail begins."""

from __future__ import annotations

import re

from tuiarchive.model import Post

#: A short label, a colon, then an address alone: "本文链接： https://…", "Permalink: https://…".
_LABELLED = re.compile(r"(?P<label>[^\W\d_][^:：]{0,24}?)\s*[:：]\s*(?P<url>https?://\S+)")
_REACH = 40  # lines of the body's end (not blank) looked at


def without_own_link_tail(post: Post) -> Post:
    """The post without the lines from a labelled line of its own address to the body's end
    (related posts, the site's notices, links to the next post): kept aside, and said so."""
    if post.url is None:
        return post
    own = _bare(post.url)
    if own not in post.body:
        return post
    lines = post.body.split("\n")
    seen = 0
    for index in range(len(lines) - 1, 0, -1):
        text = lines[index].strip()
        if not text:
            continue
        seen += 1
        if seen > _REACH:
            return post
        found = _LABELLED.fullmatch(text)
        if found is None or _bare(found["url"]) != own or len(found["label"].split()) > 3:
            continue
        kept = tuple(line.strip() for line in lines[index:] if line.strip())
        said = (
            f"{len(kept)} line(s) at the body's end kept aside from the post's own address"
            f" printed under its text ({found['label']!r}): the platform's lines, not the text"
        )
        return post.with_changes(
            body="\n".join(lines[:index]).rstrip(),
            extra_text=(*post.extra_text, *kept),
            warnings=(*post.warnings, said),
        )
    return post


def _bare(url: str) -> str:
    """An address without its scheme and closing slash."""
    return url.split("://", 1)[-1].rstrip("/")
