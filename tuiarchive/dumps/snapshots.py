"""A page kept as a tool's Markdown snapshot: an HTML comment header, `# Title`, a quote
block of capture facts and a rule, then the page as printed (blog name, tagline, title)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tuiarchive.model import Post

_RULE = re.compile(r"[ \t]*(?:-[ \t]*){3,}")
_HEADING = re.compile(r"# (\S.*)")


@dataclass(frozen=True)
class Snapshot:
    """The page below the snapshot's header, and what the header told."""

    text: str  # the file with the quote block, the rule and the printed head blanked
    blog: str | None  # the first line the printed page shows above its title


def snapshot_page(text: str) -> Snapshot | None:
    """The page under a snapshot header whose `# Title` the printed page repeats below
    its rule (after at most three lines: the blog's name and tagline); None otherwise."""
    if not text.startswith("<!--"):
        return None
    lines = text.split("\n", 80)[:80]
    close = next((i for i, line in enumerate(lines[:45]) if line.strip() == "-->"), None)
    if close is None:
        return None
    at = _next_filled(lines, close + 1)
    heading = _HEADING.fullmatch(lines[at].strip()) if at is not None else None
    if at is None or heading is None:
        return None
    title = heading[1].strip().casefold()
    rule = at + 1
    while rule < len(lines) and (not lines[rule].strip() or lines[rule].lstrip().startswith(">")):
        rule += 1
    if rule >= len(lines) or not _RULE.fullmatch(lines[rule]):
        return None
    head = [i for i in range(rule + 1, min(rule + 6, len(lines))) if lines[i].strip()]
    repeat = next((i for i in head if lines[i].strip().casefold() == title), None)
    if repeat is None:
        return None
    above = [i for i in head if i < repeat]
    blog = lines[above[0]].strip() if above else None
    rest = text.split("\n")
    for i in range(at + 1, repeat + 1):
        rest[i] = ""
    return Snapshot("\n".join(rest), blog)


def _next_filled(lines: list[str], start: int) -> int | None:
    return next((i for i in range(start, len(lines)) if lines[i].strip()), None)


def with_snapshot_facts(posts: list[Post], snapshot: Snapshot) -> list[Post]:
    """The posts read below a snapshot's header, the blog's name it printed given."""
    said = (
        "the page was read below a snapshot's header (comment, title, quote block, rule);"
        " the blog's name is the first line the printed page shows above its title"
    )
    return [
        post.with_changes(
            blog=post.blog or (snapshot.blog if len(posts) == 1 else None),
            warnings=(*post.warnings, said),
        )
        for post in posts
    ]
