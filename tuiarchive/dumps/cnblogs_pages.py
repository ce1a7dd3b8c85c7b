"""A cnblogs post saved whole: its browser title's " - NAME - 博客园" tail and its "posted @ NAME 阅读(n)" footer."""

from __future__ import annotations

import re

from tuiarchive.model import Post

_SITE = "博客园"
#: The browser title: "Post title - blog name - 博客园".
_TITLE = re.compile(r"(?P<title>.+?)\s+-\s+(?P<name>[^-\n]{1,40}?)\s+-\s+博客园")
#: The footer cnblogs prints under a post, saved with no date: "posted @ NAME阅读(8951) 评论() 编辑收藏 举报".
_FOOTER = re.compile(
    r"posted\s+@\s+(?P<name>[^\s(（]{1,40}?)\s*阅读[(（]\d*[)）]\s*评论[(（]\d*[)）].{0,20}"
)


def may_be_cnblogs(text: str) -> bool:
    """Whether the page names cnblogs (a quick look)."""
    return _SITE in text[:4000] or "posted @" in text[-3000:]


def without_cnblogs_frame(post: Post) -> Post:
    """`post` with its title's " - NAME - 博客园" tail cut and a dateless footer closing its
    text set aside; the blog's name (cnblogs names a blog by its owner) its author where it
    has none, said."""
    changes: dict[str, object] = {}
    said: list[str] = []
    name = None
    title = _TITLE.fullmatch(post.title.strip())
    if title is not None:
        changes["title"] = title["title"].strip()
        name = title["name"].strip()
        said.append(f"the title's tail ' - {name} - 博客园' is the browser title's: cut")
    body = post.body.rstrip()
    cut = body.rfind("\n") + 1
    footer = _FOOTER.fullmatch(body[cut:].strip())
    if footer is not None:
        changes["body"] = body[:cut].rstrip()
        changes["extra_text"] = (*post.extra_text, body[cut:].strip())
        name = footer["name"]
        said.append(f"the footer {body[cut:].strip()!r} (no date) closing the text: kept aside")
    if name and post.author is None:
        changes["author"] = name
        said.append(f"the author {name!r} is the blog's name cnblogs printed")
    if not said:
        return post
    return post.with_changes(**changes, warnings=(*post.warnings, *said))
