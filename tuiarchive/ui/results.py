"""What the browser is showing: a filter's matching posts, in the chosen order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from tuiarchive.model import Post
from tuiarchive.query.language import Query
from tuiarchive.store import Catalogue
from tuiarchive.store.post_sets import Reversed

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

    @cached_property
    def rows(self) -> Sequence[int]:
        """Positions in display order (by relevance: ranked matches first, then the
        matches the filter's words do not rank, such as a label-only match, newest first)."""
        if self.order == "oldest":
            return Reversed(self.positions)
        if self.order in RANKED_ORDERS:
            matched = set(self.positions)
            ranked = [p for p in self.ranking if p in matched]
            seen = set(ranked)
            return ranked + [p for p in self.positions if p not in seen]
        return self.positions

    @property
    def total(self) -> int:
        return len(self.catalogue)

    def ordered(self, order: str, ranking: Sequence[int] = ()) -> Results:
        """The same posts in another order (`ranking` is needed for RANKED_ORDERS)."""
        return Results(self.catalogue, self.query, self.positions, order, ranking)

    @property
    def can_rank(self) -> bool:
        """Whether the filter has words to judge relevance by."""
        return bool(self.query.highlights)

    def count_line(self) -> str:
        """ "12 of 81 posts"."""
        return f"{len(self.positions):,} of {self.total:,} posts"


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
