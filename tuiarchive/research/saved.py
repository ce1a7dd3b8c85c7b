"""Saved searches counted live: how many posts each matches, and how many arrived since."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from tuiarchive.errors import FilterError
from tuiarchive.query.language import PostIndex, parse_filter
from tuiarchive.store.post_sets import PostSet
from tuiarchive.store.state import SavedSearch

__all__ = ["SavedCount", "SavedSearch", "count_search", "new_matches", "newest_key", "seen_doc"]


class Catalogue(PostIndex, Protocol):
    """What counting needs of the archive: a query index, each position's doc number (which
    follows the order posts first came in, and keeps it through a rebuild) and post key, as
    `tuiarchive.store.Catalogue` offers."""

    @property
    def docs(self) -> Sequence[int]: ...

    @property
    def ids(self) -> Sequence[str]: ...

    def position_of(self, post_id: str | None) -> int | None: ...


@dataclass(frozen=True)
class SavedCount:
    """A saved search's matches in a catalogue: all of them, and those that came in after its
    `seen` post (None when the file lost `seen`, or the archive no longer holds that post). `error` says why a filter could not run (then both
    counts are 0)."""

    search: SavedSearch
    total: int
    new: int | None
    error: str = ""


def newest_key(catalogue: Catalogue) -> str:
    """The key of the post that came into the archive last ("" when it is empty): what a
    search opened now has `seen`."""
    return max(zip(catalogue.docs, catalogue.ids, strict=True), default=(0, ""))[1]


def seen_doc(catalogue: Catalogue, seen: str | None) -> int | None:
    """The doc number of the post `seen` names (0 for "": nothing seen); None when unknown."""
    if seen is None:
        return None
    if not seen:
        return 0
    position = catalogue.position_of(seen)
    return None if position is None else catalogue.docs[position]


def new_matches(positions: Sequence[int], docs: Sequence[int], seen: int) -> int:
    """How many of `positions` hold a post whose doc number is above `seen`."""
    if isinstance(positions, PostSet):  # counted on its bitmap of doc numbers
        return positions.docs_above(seen)
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
    seen = seen_doc(catalogue, search.seen)
    new = None if seen is None else new_matches(positions, catalogue.docs, seen)
    return SavedCount(search, len(positions), new)
