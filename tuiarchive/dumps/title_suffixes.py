"""An old WordPress theme's page title, "Post title « Blog name": the post's title is its head."""

from __future__ import annotations

import re

from tuiarchive.dumps.names import folded
from tuiarchive.model import Post, post_identity

#: " « Blog name" closing a title, no "»" after it (French quotes close with one).
_SUFFIX = re.compile(r"\s+«\s+(?P<site>[^«»]{2,60})$")
_MAX_WORDS = 6


def without_title_suffix(post: Post) -> Post:
    """The post with its title's " « Blog name" tail cut off (said), when it has one."""
    if "«" not in post.title:
        return post
    found = _SUFFIX.search(post.title)
    if found is None or "«" in post.title[: found.start()]:
        return post
    site = found["site"].strip()
    head = post.title[: found.start()].rstrip()
    if len(site.split()) > _MAX_WORDS or len(head) < 2:
        return post
    said = f"the title's tail ' « {site}' is the blog's name (an old theme's page title): cut"
    body, extra = post.body, post.extra_text
    first, _, rest = body.partition("\n\n")
    if rest and folded(first) == folded(head):
        body, extra = rest, (first, *extra)  # the title printed again atop the text
    return post.with_changes(
        id=post_identity(post.date, head, body),
        title=head,
        body=body,
        extra_text=extra,
        warnings=(*post.warnings, said),
    )
