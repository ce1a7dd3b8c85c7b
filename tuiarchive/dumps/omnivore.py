"""A read-later export's frame (Omnivore's): its tag line and its "Read on" / "Read Original" links."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from tuiarchive.model import Post

#: The export's tag line under the title: "#Omnivore", "[[Omnivore]]".
_TAG_LINE = re.compile(r"[ \t]*(?:#Omnivore|\[\[Omnivore\]\])[ \t]*")
#: The link to the saved copy: "[Read on Omnivore](https://omnivore.app/me/…)".
_READ_ON = re.compile(r"[ \t]*\[Read on Omnivore\]\([^()\s]*\)[ \t]*")
#: The link to the page saved: "[Read Original](https://…)".
_ORIGINAL = re.compile(r"[ \t]*\[Read Original\]\((?P<url>https?://[^()\s]+)\)[ \t]*")
#: The front matter's record of the saved copy: `id: 6facf2ee-…`.
_ID = re.compile(r"id:[ \t]*[\w-]+[ \t]*")
#: The export's title heading, and a front matter's title key.
_HEADING = re.compile(r"#[ \t]+(?P<title>\S.*?)[ \t]*")
_TITLED = re.compile(r"title[ \t]*:")
_HEAD = 40  # lines of the file's top the frame stands in


@dataclass(frozen=True)
class Export:
    """The page below the export's frame, and what the frame told."""

    text: str  # the frame's lines blanked, the original's address put into the front matter
    url: str | None


def may_be_omnivore(text: str) -> bool:
    """Whether the file's top holds the export's "Read on" link (a quick look)."""
    return "[Read on Omnivore](" in text[:8192]


def omnivore_page(text: str) -> Export | None:
    """The page under an export's frame: its tag line and its two links under the title
    blanked; the "Read Original" address written in place of the front matter's `id:` line
    (so the block records where the page was saved from, and its tags are the saver's), and
    the title heading into a front matter that has none (the blank line under it taken)."""
    lines = text.split("\n")
    top = range(min(_HEAD, len(lines)))
    frame = [i for i in top if _TAG_LINE.fullmatch(lines[i]) or _READ_ON.fullmatch(lines[i])]
    original = next((m for i in top if (m := _ORIGINAL.fullmatch(lines[i]))), None)
    if not any(_READ_ON.fullmatch(lines[i]) for i in frame):
        return None
    for i in top:
        if _ORIGINAL.fullmatch(lines[i]):
            frame.append(i)
    url = original["url"] if original is not None else None
    close = _front_close(lines)
    ids = [i for i in range(1, close or 0) if _ID.fullmatch(lines[i])]
    if url is not None and ids:
        lines[ids[0]] = f"url: {url}"
    heading = next((m for i in top if (m := _HEADING.fullmatch(lines[i]))), None)
    titled = any(_TITLED.match(lines[i]) for i in range(1, close or 0))
    if close is not None and heading is not None and not titled and not lines[close + 1].strip():
        lines[close], lines[close + 1] = f"title: {json.dumps(heading['title'])}", "---"
    for i in frame:
        lines[i] = ""
    return Export("\n".join(lines), url)


def _front_close(lines: list[str]) -> int | None:
    if not lines or lines[0].strip() != "---":
        return None
    return next((i for i in range(1, min(_HEAD, len(lines))) if lines[i].strip() == "---"), None)


def with_omnivore_facts(posts: list[Post], export: Export) -> list[Post]:
    """The posts read below the export's frame: the one post's address the "Read Original" link."""
    said = (
        "the page is a read-later export (Omnivore): its tag line and 'Read on' / 'Read Original'"
        " links were read as the saver's, the front matter's tags as the saver's, not labels"
    )
    one = len(posts) == 1
    return [
        post.with_changes(
            url=post.url or (export.url if one else None), warnings=(*post.warnings, said)
        )
        for post in posts
    ]
