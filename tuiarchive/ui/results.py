"""What the browser is showing: a filter's matching posts, in the chosen order."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from tuiarchive.model import Post
from tuiarchive.query.language import Query
from tuiarchive.store import Catalogue
from tuiarchive.store.post_sets import Positions, Reversed

ORDERS = ("newest", "oldest", "relevance", "title", "author", "comments")
ORDER_WORDS = {
    "newest": "newest first",
    "oldest": "oldest first",
    "relevance": "most relevant first",
    "title": "by title (A\u2013Z)",
    "author": "by author (A\u2013Z)",
    "comments": "most comments first",
}
#: Orders that need every match looked at (in a worker): `Results.ranking` holds them.
RANKED_ORDERS = ("relevance", "title", "author", "comments")


@dataclass(frozen=True, eq=False)
class Results:
    """The posts a filter matched (catalogue positions), as the list shows them."""

    catalogue: Catalogue
    query: Query = field(default_factory=lambda: Query(""))
    positions: Sequence[int] = ()  # newest first
    order: str = "newest"
    ranking: Sequence[int] = ()  # for a RANKED_ORDERS order: positions, first to last
    # True: `ranking` is relevance order's first screen only (`Catalogue.ranked_first`), the
    # rest newest first until the whole ranking replaces it
    partial: bool = False

    @cached_property
    def rows(self) -> Sequence[int]:
        """Positions in display order (by relevance: ranked matches first, then the
        matches the filter's words do not rank, such as a label-only match, newest first)."""
        if self.order == "oldest":
            return Reversed(self.positions)
        if self.partial:
            return FirstScreen(self.ranking, self.positions)
        if self.order in RANKED_ORDERS:
            matched = set(self.positions)
            ranked = [p for p in self.ranking if p in matched]
            seen = set(ranked)
            return ranked + [p for p in self.positions if p not in seen]
        return self.positions

    @property
    def total(self) -> int:
        return len(self.catalogue)

    def ordered(self, order: str, ranking: Sequence[int] = (), partial: bool = False) -> Results:
        """The same posts in another order (`ranking` is needed for RANKED_ORDERS)."""
        return Results(self.catalogue, self.query, self.positions, order, ranking, partial)

    @property
    def can_rank(self) -> bool:
        """Whether the filter has words to judge relevance by."""
        return bool(self.query.highlights)

    def count_line(self) -> str:
        """ "12 of 81 posts"."""
        return f"{len(self.positions):,} of {self.total:,} posts"


class FirstScreen(Positions):
    """Relevance's first screen, then the other matches newest first: the rows of a partial
    ranking, read as they are looked at (half a million matches are not copied on the
    event loop to show two hundred ranked ones)."""

    def __init__(self, ranked: Sequence[int], positions: Sequence[int]) -> None:
        self.positions = positions  # newest first: ascending positions
        places = {p: self._found(p) for p in ranked}
        self.ranked = [p for p in ranked if places[p] is not None]
        self._rank = {p: n for n, p in enumerate(self.ranked)}
        self._skipped = sorted(i for i in places.values() if i is not None)  # in positions

    def _found(self, position: int) -> int | None:
        """Where `position` is in `positions` (None: not there)."""
        i = bisect_left(self.positions, position)
        return i if i < len(self.positions) and self.positions[i] == position else None

    def __len__(self) -> int:
        return len(self.positions)

    def _at(self, i: int) -> int:
        if i < len(self.ranked):
            return self.ranked[i]
        n = i - len(self.ranked)  # the n-th of the others: step over the ranked ones
        for skipped in self._skipped:
            if skipped > n:
                break
            n += 1
        return self.positions[n]

    def _place(self, position: int) -> int:
        if position in self._rank:
            return self._rank[position]
        i = self._found(position)
        if i is None:
            raise ValueError(f"{position} is not in the sequence")
        return len(self.ranked) + i - bisect_left(self._skipped, i)

    def __iter__(self) -> Iterator[int]:
        yield from self.ranked
        yield from (p for p in self.positions if p not in self._rank)

    def __contains__(self, position: object) -> bool:
        return isinstance(position, int) and (
            position in self._rank or self._found(position) is not None
        )


@dataclass(frozen=True)
class Neighbour:
    """A related post as the reader lists it, with the telling words it shares."""

    post_id: str
    title: str
    date: str | None
    shared: tuple[str, ...]


@dataclass(frozen=True)
class Reading:
    """What the reader shows: a post, with the words of a filter to highlight in it, and
    (once found, a moment later) the posts most like it."""

    post: Post | None
    query: Query
    related: tuple[Neighbour, ...] | None = None  # None: not looked for yet
    tags: tuple[str, ...] = ()  # the reader's tags on the post
    note: str = ""  # the reader's note on the post


@dataclass(frozen=True)
class Warned:
    """A post whose reading carries warnings, as the list shows it (the full post is read
    when it is highlighted, so a badly parsed archive does not fill the memory)."""

    id: str
    date: str | None
    title: str
    warnings: tuple[str, ...]

    @classmethod
    def of(cls, post: Post) -> Warned:
        return cls(post.id, post.date, post.title, post.warnings)

    @property
    def warning(self) -> str:
        first = self.warnings[0] if self.warnings else ""
        more = len(self.warnings) - 1
        return first + (f" (+{more} more)" if more > 0 else "")
