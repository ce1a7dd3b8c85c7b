"""A title read from the site's own heading (linking home or to an author, or marked .site-title): said so."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from tuiarchive.dumps.line_search import holds
from tuiarchive.dumps.links import link_texts
from tuiarchive.dumps.names import plain_title
from tuiarchive.model import Post


def home_link(url: str) -> str | None:
    """What `url` is when it is no post's own address: "the site's home" or "an author's page"."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if not parts.netloc:
        return None
    if "author" in parse_qs(parts.query) or "/author/" in parts.path:
        return "an author's page"
    if parts.path in ("", "/") and not parts.query:
        return "the site's home"
    return None


def home_title_warning(line: int, title: str, url: str) -> str | None:
    """The warning for a title whose heading links to the site's home or an author's page."""
    where = home_link(url)
    if where is None:
        return None
    return (
        f"line {line}: the title {title!r} is a heading linking to {where} ({url}):"
        " likely the blog's name, not the post's title"
    )


#: A line a pandoc page marks as the site's title or name: `Blog {#blog .site-title}`.
SITE_TITLE = re.compile(
    r"^[ \t]*(?:#+[ \t]*)?(?P<name>[^{}\n]+?)[ \t]*\{[^{}\n]*\.site-(?:title|name)\b[^{}\n]*\}[ \t]*$",
    re.MULTILINE,
)


def with_site_title_warning(posts: list[Post], text: str) -> list[Post]:
    """Posts whose title is the line the page marks as the site's title, with a warning."""
    if not holds(text, ".site-") or not posts:
        return posts
    names = {
        plain_title(link_texts(m["name"])): text.count("\n", 0, m.start()) + 1
        for m in SITE_TITLE.finditer(text)
    }
    changed = []
    for post in posts:
        line = names.get(plain_title(post.title)) if post.title else None
        if line is not None:
            said = (
                f"line {line}: the title {post.title!r} is the line the page marks as the"
                " site's title (.site-title): likely the blog's name, not the post's title"
            )
            post = post.with_changes(warnings=(*post.warnings, said))
        changed.append(post)
    return changed
