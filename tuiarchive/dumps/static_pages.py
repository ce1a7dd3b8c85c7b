"""A WordPress site's static page (About, Developers): one text with no date, byline or category, so no post."""

from __future__ import annotations

import re

from tuiarchive.model import Post

#: What a page WordPress printed carries: its uploads' folder, its images' classes, its
#: comment list's reply links, the theme's credit line.
_WORDPRESS = re.compile(
    r"/wp-content/|\bwp-image-\d|comment-reply-link|powered by WordPress", re.IGNORECASE
)

#: A post's meta anywhere on the page, read or not: its theme's classes ("posted-on",
#: "entry-date", pandoc's `{.byline}`), its words ("Posted on", "Posted in", "Posted by").
_POST_META = re.compile(
    r"posted-on|entry-date|entry-meta|byline|by-author|\bpublished-on\b|\bposted (?:on|in|by)\b",
    re.IGNORECASE,
)


def is_static_page(posts: list[Post], text: str) -> bool:
    """Whether what was read is one text a WordPress page prints with no date, author or
    category anywhere around it, and no post meta on the page that went unread: WordPress
    prints a post's date and categories on every theme, a static page's none (its
    comments, if open, are the page's)."""
    if len(posts) != 1:
        return False
    post = posts[0]
    if post.date is not None or post.author is not None or post.labels:
        return False
    return _WORDPRESS.search(text) is not None and _POST_META.search(text) is None
