"""A post's address from its byline's date, when that date links to the post ("Posted on [May 2, 2021](permalink)")."""

from __future__ import annotations

import re

from tuiarchive.dumps.dates import match_date
from tuiarchive.dumps.links import INLINE_LINK
from tuiarchive.model import Post

#: A date archive's address ("/2021/10/22/"): where a date links on other themes, no post's.
_DATE_ARCHIVE = re.compile(r"https?://[^/]+(?:/[^/]+)*?/\d{4}/(?:\d{1,2}/){0,2}$")
_REACH = 8  # saved lines looked at below the title


def with_date_permalink(post: Post, saved: list[str]) -> Post:
    """The post with the address its byline's date links to, when it has none: a linked
    date the same as the post's, under its title, to an address that is no date archive
    (WordPress themes link the date to the post: "Posted on [date](permalink) by …")."""
    if post.url is not None or post.date is None:
        return post
    for text in saved[post.line : post.line + _REACH]:
        if "](" not in text:
            continue
        for match in INLINE_LINK.finditer(text):
            url = match["url"]
            if not 6 <= len(match["text"]) <= 40 or not url.startswith(("http://", "https://")):
                continue  # a text too short or long to be a date, or a relative address
            found = match_date(match["text"])
            if found is None or found.iso != post.date:
                continue
            if _DATE_ARCHIVE.match(url):
                return post
            return post.with_changes(url=url)
    return post


def with_byline_permalink(post: Post, saved: list[str]) -> Post:
    """The page's one post with the address its date links to in a byline of links after
    its text ("Autor[Ana](…/author/ana/)Publicado em[3 de agosto de 2021](permalink)…"),
    when it has none: the linked date the same as the post's, on a line with an author's link."""
    if post.url is not None or post.date is None:
        return post
    for text in saved[post.line :]:
        if "/author/" not in text or "](" not in text:
            continue
        for match in INLINE_LINK.finditer(text):
            url = match["url"]
            if not 6 <= len(match["text"]) <= 40 or not url.startswith(("http://", "https://")):
                continue
            found = match_date(match["text"])
            if found is not None and found.iso == post.date and not _DATE_ARCHIVE.match(url):
                return post.with_changes(url=url)
    return post
