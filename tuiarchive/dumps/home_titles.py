"""A title read from a heading that links to the site's home or an author's page: a guess, said so."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit


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
