"""What the browser is showing: a filter's matching posts, in the chosen order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from tuiarchive.model import Post
from tuiarchive.query import Query
from tuiarchive.store import Catalogue

ORDERS = ("newest", "oldest")


@dataclass(frozen=True, eq=False)
class Results:
    """The posts a filter matched (catalogue positions), as the list shows them."""

    catalogue: Catalogue
    query: Query = field(default_factory=lambda: Query(""))
    positions: Sequence[int] = ()  # newest first
    order: str = "newest"

    @cached_property
    def rows(self) -> Sequence[int]:
        """Positions in display order."""
        if self.order == "oldest":
            return self.positions[::-1]
        return self.positions

    @property
    def total(self) -> int:
        return len(self.catalogue)

    def ordered(self, order: str) -> Results:
        return Results(self.catalogue, self.query, self.positions, order)

    def count_line(self) -> str:
        """ "12 of 81 posts"."""
        return f"{len(self.positions):,} of {self.total:,} posts"


@dataclass(frozen=True)
class Reading:
    """What the reader shows: a post, with the words of a filter to highlight in it."""

    post: Post | None
    query: Query
