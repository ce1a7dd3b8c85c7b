"""Front matter that lost its opening `---`: a page that starts with `title:` lines closed by a `---`."""

from __future__ import annotations

import re

#: Keys a site generator's front matter opens with and holds; a text's "Note: …" is none.
FRONT_KEYS = frozenset(
    ("title", "date", "layout", "author", "authors", "tags", "categories", "slug", "draft",
     "description", "published", "permalink", "url", "updated", "comments", "lang")
)  # fmt: skip
_REACH = 60  # lines such a block may span
_KEY = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(?:[ \t].*)?")
_INSIDE = re.compile(r"[ \t]+\S.*|[ \t]*-[ \t].*|[ \t]*")  # an indented value, a list item, blank


def unfenced_end(lines: list[str], start: int) -> int | None:
    """The index of the `---` closing a front-matter block that opens at lines[start] with
    no fence above it: every line between is a generator's `key:` line, an indented value
    or a list item, the first and one more key are front-matter keys. None otherwise."""
    first = _KEY.fullmatch(lines[start])
    if first is None or first[1].casefold() not in FRONT_KEYS:
        return None
    keys = {first[1].casefold()}
    for i in range(start + 1, min(len(lines), start + _REACH)):
        line = lines[i]
        if line.strip() == "---":
            return i if len(keys & FRONT_KEYS) >= 2 else None
        if key := _KEY.fullmatch(line):
            keys.add(key[1].casefold())
        elif not _INSIDE.fullmatch(line):
            return None
    return None


def may_be_unfenced(text: str) -> bool:
    """Cheaply: the page opens with a front-matter key's line and a `---` line comes soon."""
    first = _KEY.fullmatch(text[: text.find("\n")])
    return first is not None and first[1].casefold() in FRONT_KEYS and "\n---" in text[:4096]
