"""Saved searches counted live: how many posts each matches, and how many arrived since."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from tuiarchive.errors import FilterError
from tuiarchive.query import PostIndex, parse_filter
from tuiarchive.store.state import SavedSearch

__all__ = ["SavedCount", "SavedSearch", "count_search", "new_matches", "newest_doc"]


class Catalogue(PostIndex, Protocol):
    """What counting needs of the archive: a query index and each position's doc number
    (doc numbers grow with each import), as `tuiarchive.store.Catalogue` offers."""

    @property
    def docs(self) -> Sequence[int]: ...


@dataclass(frozen=True)
class SavedCount:
    """A saved search's matches in a catalogue: all of them, and those newer than its `seen`
    (None when the file lost `seen`). `error` says why a filter could not run (then both
    counts are 0)."""

    search: SavedSearch
    total: int
    new: int | None
    error: str = ""


def newest_doc(catalogue: Catalogue) -> int:
    """The highest doc number in the catalogue (0 when empty): what a search has `seen`."""
    return max(catalogue.docs, default=0)


def new_matches(positions: Sequence[int], docs: Sequence[int], seen: int) -> int:
    """How many of `positions` hold a post whose doc number is above `seen`."""
    return sum(1 for position in positions if docs[position] > seen)


def count_search(catalogue: Catalogue, search: SavedSearch) -> SavedCount:
    """Run a saved search over the catalogue; a filter that no longer parses (a hand-edited
    file) or cannot run gives a message, never an exception."""
    try:
        positions = parse_filter(search.filter).run(catalogue)
    except FilterError as error:
        return SavedCount(search, 0, None, f"the filter no longer parses: {error}")
    except Exception as error:  # a broken index, say: the other searches still count
        return SavedCount(search, 0, None, f"the filter could not run: {error}")
    new = None if search.seen is None else new_matches(positions, catalogue.docs, search.seen)
    return SavedCount(search, len(positions), new)
