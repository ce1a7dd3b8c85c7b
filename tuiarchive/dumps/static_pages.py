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

#: The links to the previous and next posts a theme prints under a post, never under a page.
_POST_NAVIGATION = re.compile(r"\bprevious post\b.{0,80}\bnext post\b", re.IGNORECASE | re.DOTALL)


def is_static_page(posts: list[Post], text: str) -> bool:
    """Whether what was read is one text a WordPress page prints with no date, author or
    category anywhere around it, no post meta on the page that went unread and no links to
    the previous and next posts: WordPress
    prints a post's date and categories on every theme, a static page's none (its
    comments, if open, are the page's)."""
    if len(posts) != 1:
        return False
    post = posts[0]
    if post.date is not None or post.author is not None or post.labels:
        return False
    if _WORDPRESS.search(text) is None or _POST_META.search(text) is not None:
        return False
    return _POST_NAVIGATION.search(text) is None
