"""A WordPress footer's category that is also among its tags: listed once, and said."""

from __future__ import annotations


def twice_listed_note(parts: list[str]) -> str | None:
    """What a footer's warning says of the labels its categories and tags both list
    ("posted in Travel and tagged ferries, travel"), or None when none is."""
    seen: dict[str, str] = {}
    twice: list[str] = []
    for part in parts:
        label = " ".join(part.split())
        key = label.casefold()
        if key in seen and seen[key] not in twice:
            twice.append(seen[key])
        seen.setdefault(key, label)
    if not twice:
        return None
    names = ", ".join(repr(name) for name in twice[:5])
    return (
        f"{len(twice)} label(s) both a category and a tag ({names}): listed once, "
        "where the tags list them"
    )
