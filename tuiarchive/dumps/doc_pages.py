"""A clipped page of a documentation tree (an address under /docs/ or on a docs. host): no post."""

from __future__ import annotations

import re

from tuiarchive.model import Post

#: A documentation site's address: a "docs." host, a readthedocs host, or a /docs/ path.
_DOCS = re.compile(
    r"https?://(?:docs\.[^/\s]+|[^/\s]+\.readthedocs\.io)(?:[/?#]|$)|https?://[^/\s]+/(?:[^?#\s]*/)?docs/",
    re.IGNORECASE,
)


def is_doc_page(posts: list[Post], url: str | None) -> bool:
    """Whether the one post read from a page saved from a documentation tree has nothing a
    post has (no date, no author, no comments): the page is the docs', not a blog's."""
    if url is None or len(posts) != 1 or not _DOCS.match(url):
        return False
    post = posts[0]
    return post.date is None and post.author is None and not post.comments
