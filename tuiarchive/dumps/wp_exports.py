"""A WordPress export's front matter (jekyll-import, the Jekyll exporter): author block, labels, comments."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

from tuiarchive.model import Comment

_POST_ID = re.compile(r"[?&]p=\d+")
_STAMP = re.compile(r"\s*(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})")


def _text(value: Any) -> str:
    return str(value).strip() if isinstance(value, (str, int, float)) else ""


def is_export(data: Mapping[str, Any]) -> bool:
    """The block is a WordPress post's own record: its WordPress id or address is kept."""
    return (
        "wordpress_id" in data
        or "wordpress_url" in data
        or bool(_POST_ID.search(_text(data.get("guid"))))
    )


def block_author(value: Any) -> str | None:
    """`author:` as a block of `display_name:` / `login:`: the name the blog printed."""
    if not isinstance(value, Mapping):
        return None
    return _text(value.get("display_name")) or _text(value.get("login")) or None


def export_labels(data: Mapping[str, Any], tags: list[str]) -> list[str]:
    """WordPress prints categories and tags both: categories first, a repeated one once."""
    found = data.get("categories")
    categories = [found] if isinstance(found, str) else found if isinstance(found, list) else []
    labels = [t for item in categories if (t := _text(item))] + tags
    seen: dict[str, str] = {}
    for label in labels:
        seen.setdefault(label.casefold(), label)
    return list(seen.values())


def export_comments(value: Any) -> tuple[Comment, ...]:
    """A `comments:` list of `author:` / `date:` / `content:` records (not `comments: true`)."""
    if not isinstance(value, list):
        return ()
    out = []
    for item in value:
        if not isinstance(item, Mapping) or not (author := _text(item.get("author"))):
            continue
        m = _STAMP.match(_text(item.get("date")))
        text = html.unescape(" ".join(_text(item.get("content")).split()))
        out.append(Comment(author=html.unescape(author), date=m and f"{m[1]}T{m[2]}", text=text))
    return tuple(out)
