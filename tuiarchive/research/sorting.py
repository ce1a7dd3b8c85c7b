"""Sorting a filter's posts by title, author or comment count (the list's other orders)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from typing import Protocol

from tuiarchive.store.catalogue import Summary

#: The orders that sort by a field of the post, as the list names them.
SORTS = ("title", "author", "comments")


class Summaries(Protocol):
    """What sorting needs of a catalogue: the list rows of many posts, in order."""

    def summaries(self, positions: Iterable[int]) -> Iterable[Summary]: ...


def sort_key(text: str) -> str:
    """Text as it sorts: case and accents aside ("Árbol" beside "arbol")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


def sorted_positions(catalogue: Summaries, positions: Sequence[int], by: str) -> list[int]:
    """`positions` (newest first) sorted by `by`: titles or authors A to Z, posts without
    one last; or the most comments first, posts whose count is unknown last. Ties keep
    the newest first."""
    if by not in SORTS:
        raise ValueError(f"cannot sort by {by!r}: one of {', '.join(SORTS)}")
    keyed: list[tuple[tuple[bool, str | int], int]] = []
    for position, summary in zip(positions, catalogue.summaries(positions), strict=True):
        if by == "comments":
            count = summary.comments
            key: tuple[bool, str | int] = (count is None, -(count or 0))
        else:
            value = sort_key((summary.title if by == "title" else summary.author) or "")
            key = (not value, value)
        keyed.append((key, position))
    keyed.sort()  # stable on position, which is newest first
    return [position for _, position in keyed]
