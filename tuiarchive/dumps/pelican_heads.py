"""Pelican / MultiMarkdown metadata at a page's top: `Title:` / `Date:` / `Tags:` lines, no fences."""

from __future__ import annotations

import re

_KEY = re.compile(r"([A-Z][A-Za-z_]*)[ \t]*:(?:[ \t]+(.*?))?[ \t\r]*")
#: Keys Pelican and MultiMarkdown read from a post's first lines.
_KEYS = frozenset(
    ("title", "date", "modified", "tags", "category", "slug", "author", "authors", "summary",
     "status", "lang", "keywords", "subtitle")
)  # fmt: skip
_BESIDE_TITLE = frozenset(("date", "tags", "category", "slug", "author", "authors"))


def starts_with_title(text: str) -> bool:
    """Cheaply: the page's first line is a `Title:` line."""
    return text.startswith("Title:")


def metadata_head(lines: list[str], start: int) -> tuple[int, dict[str, str]] | None:
    """The last line of a run of capitalised `Key: value` lines opening with `Title:` at
    lines[start] and naming one more of a post's facts (date, tags, author...), and what
    the lines say (keys lower-cased, first one found wins). None otherwise."""
    data: dict[str, str] = {}
    i = start
    while i < len(lines) and (m := _KEY.fullmatch(lines[i])) and m[1].lower() in _KEYS:
        if i == start and m[1].lower() != "title":
            return None
        data.setdefault(m[1].lower(), (m[2] or "").strip())
        i += 1
    if not data.get("title") or not _BESIDE_TITLE & data.keys():
        return None
    return i - 1, {key: value for key, value in data.items() if value}
