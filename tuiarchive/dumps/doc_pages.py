"""A page saved from a documentation site (a docs. host, a /docs/ path...), undated and unsigned: no post."""

from __future__ import annotations

import re

from tuiarchive.model import Post

#: A documentation site's address: its host says so ("docs.", "developer.", a readthedocs
#: host) or a folder of its path does ("/docs/", "/api/", "/reference/", "/manual/").
_DOCS_HOST = re.compile(
    r"https?://(?:(?:docs|developers?|learn|api)\.[^/\s]+|[^/\s]+\.readthedocs\.io)(?:[/?#]|$)",
    re.IGNORECASE,
)
_DOCS_PATH = re.compile(r"https?://[^/\s]+/(?:[^?#\s]*/)?(?:docs?|api|reference|apidocs|manual)/",
                        re.IGNORECASE)  # fmt: skip


def is_doc_page(posts: list[Post], url: str | None, dated: bool = False) -> bool:
    """Whether what was read from a page saved from a documentation site has nothing a post
    has (no date, no author, no comments, and no date in a reader's header: `dated`)."""
    if not posts or dated or url is None or not (_DOCS_HOST.match(url) or _DOCS_PATH.match(url)):
        return False
    return all(p.date is None and p.author is None and not p.comments for p in posts)


def doc_address(url: str) -> bool:
    """Whether the address is a documentation site's (its host or a folder of its path says so)."""
    return bool(_DOCS_HOST.match(url) or _DOCS_PATH.match(url))
