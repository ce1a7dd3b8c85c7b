"""A saved page's title "Blog Name: Post Title" (Blogger's page title), the blog's name read
by its address ("vixandmore.blogspot.com" names "VIX and More")."""

from __future__ import annotations

from urllib.parse import urlsplit

from tuiarchive.model import Post

#: The address's parts that name no blog: "www." before it, the hosting platform after it.
_HOSTS = ("blogspot.", "wordpress.com", "livejournal.com", "tumblr.com", "medium.com")
_GENERIC = frozenset({"blog", "blogs", "news", "home", "notes", "journal", "diary"})
_SHORTEST = 4


def without_host_prefix(post: Post) -> Post:
    """The post with a title "Name: Title" split when Name, its letters and digits alone,
    is the blog's host name: Name is the blog's, Title the post's (a series read from the
    colon is then no series)."""
    title = post.title
    if not post.url or ": " not in title:
        return post
    name, _, rest = title.partition(": ")
    if not rest.strip() or _letters(name) != _host_name(post.url):
        return post
    changes: dict[str, object] = {"title": rest.strip()}
    if post.blog is None:
        changes["blog"] = name.strip()
    if post.series is not None and _letters(post.series) == _letters(name):
        changes["series"] = None
    return post.with_changes(**changes)


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _host_name(url: str) -> str | None:
    """The blog's own part of the address's host: "vixandmore" of
    "vixandmore.blogspot.com", "example" of "www.example.org"."""
    try:
        host = (urlsplit(url).hostname or "").removeprefix("www.")
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    first = host.split(".")[0]
    rest = host[len(first) + 1 :]
    name = _letters(first)
    if len(name) < _SHORTEST or name in _GENERIC:
        return None  # "blog.example.org": a word any title may start with
    if any(rest.startswith(h) for h in _HOSTS) or rest.count(".") <= 1:
        return name
    return None
