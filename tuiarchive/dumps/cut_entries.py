"""A cnblogs listing's posts: each body its summary (said), the blog named, the cut last entry."""

from __future__ import annotations

import re

from tuiarchive.model import Post

_SUMMARY = re.compile(r"[ \t]*摘要[:：][ \t]*(?P<text>\S.*?)[ \t]*(?:阅读全文)?[ \t]*")
#: The reader's warning over the lines it kept aside after the last post.
_KEPT = re.compile(r"line (?P<line>\d+): kept \d+ unrecognised line\(s\)")
_TITLE = 120  # an entry's title line, at most
#: A listing page's title: "Hive - 随笔分类 - 扎心了，老铁 - 博客园" (category, kind, blog, site).
_PAGE_TITLE = re.compile(
    r"^[#\s]*(?P<whole>[^\n]{1,80}? - (?:随笔分类|随笔档案|文章分类|标签) - (?P<blog>[^\n]{1,60}?)"
    r" - 博客园)[ \t]*$",
    re.MULTILINE,
)


#: A link on the page: "[influxDB概念](https://www.cnblogs.com/…/p/7259121.html)".
_LINK = re.compile(r"\[(?P<text>[^\[\]\n]{2,120})\]\((?P<url>https?://[^\s()]+)\)")


def with_listing_facts(posts: list[Post], text: str) -> list[Post]:
    """Each post read from a listing's entry ("摘要：" then its summary on the page) said to
    hold the summary only, named the blog the listing page's title names, and given the
    address that one link on the page (a saver's list of the entries) gives its title."""
    title = _PAGE_TITLE.search(text)
    addresses = _addresses(text) if "](http" in text else {}
    out = []
    for post in posts:
        changes: dict[str, object] = {}
        address = addresses.get(_folded(post.title)) if post.url is None else None
        if address:
            changes["url"] = address
        opening = post.body[:20]
        if opening and re.search(r"摘要[:：][ \t]*" + re.escape(opening), text):
            said = "the body is the listing's summary of the post (its 摘要), not its whole text"
            changes["warnings"] = (*post.warnings, said)
        if title is not None and post.blog in (None, title["whole"]):
            changes["blog"] = title["blog"].strip()
        out.append(post.with_changes(**changes) if changes else post)
    return out


def with_cut_entry(posts: list[Post]) -> list[Post]:
    """The posts with the lines kept aside after the last one, when they open with an
    entry's title and its summary, read as one more post: undated, unsigned, and said so;
    what follows them (a saver's own notes) kept aside on it."""
    if len(posts) < 2 or len(posts[-1].extra_text) < 2:
        return posts
    last = posts[-1]
    title, summary, *rest = last.extra_text
    found = _SUMMARY.fullmatch(summary)
    kept = next((m for w in last.warnings if (m := _KEPT.match(w))), None)
    if found is None or kept is None or not title.strip() or len(title) > _TITLE:
        return posts
    if _SUMMARY.match(title) or not all(p.date for p in posts):
        return posts
    warnings = [
        "the listing's last entry is cut off in the save (its title and summary, no"
        " 'posted @' line under them): no date, author or counts"
    ]
    if rest:
        warnings.append(f"{len(rest)} line(s) after the cut entry kept aside (not the post's)")
    entry = last.with_changes(
        title=title.strip(),
        body=found["text"],
        date=None,
        time=None,
        series=None,
        author=None,
        place=None,
        labels=(),
        comments=None,
        comment_list=(),
        line=int(kept["line"]),
        warnings=tuple(warnings),
        extra_text=tuple(rest),
        url=None,
    )
    before = last.with_changes(
        warnings=tuple(w for w in last.warnings if not _KEPT.match(w)), extra_text=()
    )
    return [*posts[:-1], before, entry]


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _addresses(text: str) -> dict[str, str | None]:
    """Each link text on the page and its address; None where one text has two addresses."""
    found: dict[str, str | None] = {}
    for link in _LINK.finditer(text):
        key, url = _folded(link["text"]), link["url"]
        found[key] = url if found.get(key, url) == url else None
    return found
