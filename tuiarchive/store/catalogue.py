"""The archive as the browser sees it: every post by position, newest first, and its summary."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property
from typing import Any, NamedTuple

from pyroaring import FrozenBitMap

from tuiarchive.store.index import Order, SearchIndex
from tuiarchive.store.post_sets import Blocks, PostSet
from tuiarchive.store.state import UserState
from tuiarchive.words import Pattern, tokens

#: How many rows around a requested one are read at once (a screenful and then some).
WINDOW = 200


class Summary(NamedTuple):
    """What the post list shows of a post."""

    title: str
    author: str | None
    place: str | None
    series: str | None
    labels: tuple[str, ...]
    time: str | None
    comments: int | None
    warnings: int


class PostFields(NamedTuple):
    """Labels, place, series and blog of every post, by catalogue position."""

    labels: Sequence[tuple[str, ...]]
    places: Sequence[str | None]
    series: Sequence[str | None]
    blogs: Sequence[str | None]


class Catalogue:
    """All posts by position (0 = newest), and the `PostIndex` the filters run on.

    Only ids, dates and doc numbers live in memory (they are what filters and the
    timeline need, and they load in a few milliseconds for 100,000 posts; ids and dates
    only once something asks for them); titles, authors and labels are read from the
    index a window at a time, as rows are shown.

    A snapshot, shared by the event loop and the workers: nothing it holds changes once
    made. The rows read for the list are kept in a mapping that is replaced, never
    changed, so a thread that has it keeps every row it found there.
    """

    def __init__(self, order: Order, index: SearchIndex, state: UserState) -> None:
        self.index = index
        self.state = state
        self._order = order
        self.docs: Sequence[int] = order.docs
        self.blocks = Blocks(self.docs, lambda: order.where)
        self._position_of_id: dict[str, int] | None = None
        self._summaries: Mapping[int, Summary] = {}  # replaced, never changed
        self._fields: PostFields | None = None

    def __len__(self) -> int:
        return len(self.docs)

    @property
    def ids(self) -> Sequence[str]:
        return self._order.ids

    @property
    def dates(self) -> Sequence[str | None]:
        return self._order.dates

    @property
    def _position_of_doc(self) -> Sequence[int]:
        return self.blocks.position_of_doc

    @cached_property
    def _dated(self) -> int:
        """How many posts have a date (they come first)."""
        return len(self.dates) - self.dates.count(None)

    @cached_property
    def _ascending_dates(self) -> list[str]:
        # Undated posts sort last, so the first `_dated` dates are all strings.
        return list(reversed(self.dates[: self._dated]))  # type: ignore[arg-type]

    @property
    def position_of_id(self) -> dict[str, int]:
        if self._position_of_id is None:
            self._position_of_id = {pid: n for n, pid in enumerate(self.ids)}
        return self._position_of_id

    def month_counts(self, positions: Sequence[int], first_year: int, last_year: int) -> list[int]:
        """How many of `positions` (sorted) fall in each month, January first_year onward.

        Positions are in date order, so each month is a run of positions: two
        binary searches per month count it, whatever the number of posts.
        """
        counts = []
        for year in range(first_year, last_year + 1):
            for month in range(1, 13):
                run = self.date_run(f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-31")
                if isinstance(positions, PostSet):
                    counts.append(positions.count_between(run.start, run.stop))
                else:
                    counts.append(
                        bisect.bisect_left(positions, run.stop)
                        - bisect.bisect_left(positions, run.start)
                    )
        return counts

    @property
    def oldest_date(self) -> str | None:
        """The date of the oldest dated post."""
        return self._ascending_dates[0] if self._ascending_dates else None

    def fields(self) -> PostFields:
        """Labels, place, series and blog of every post, by position (facets count them).

        Read from the index the first time they are asked for (a quarter of a second at
        100,000 posts), then kept: repeated values are stored once.
        """
        if self._fields is None:
            size = len(self.docs)
            labels: list[tuple[str, ...]] = [()] * size
            places: list[str | None] = [None] * size
            series: list[str | None] = [None] * size
            blogs: list[str | None] = [None] * size
            seen: dict[Any, Any] = {}
            lookup = self._position_of_doc
            for doc, post_labels, place, name, blog in self.index.facet_rows():
                n = lookup[doc] if doc < len(lookup) else -1
                if n >= 0:
                    labels[n] = seen.setdefault(post_labels, post_labels)
                    places[n] = seen.setdefault(place, place)
                    series[n] = seen.setdefault(name, name)
                    blogs[n] = seen.setdefault(blog, blog)
            self._fields = PostFields(labels, places, series, blogs)
        return self._fields

    def ids_and_dates(self, positions: Sequence[int]) -> list[tuple[str, str | None]]:
        """The id and date of the post at each position: from memory when the archive's ids
        were read already, else from the index (a few posts need not read them all)."""
        if self._order.ids_read or len(positions) > WINDOW:
            return [(self.ids[n], self.dates[n]) for n in positions]
        found = self.index.ids_and_dates_of([self.docs[n] for n in positions]) if positions else {}
        return [found[self.docs[n]] for n in positions]

    # -- summaries ------------------------------------------------------------------------

    def summary(self, position: int) -> Summary:
        """The list row of the post at `position` (read with its neighbours on a miss)."""
        kept = self._summaries
        found = kept.get(position)
        if found is None:
            start = max(0, position - WINDOW // 4)
            window = range(start, min(len(self.docs), start + WINDOW))
            read = self._read(p for p in window if p not in kept)
            found = read[position]
            if len(kept) + len(read) > 20 * WINDOW:  # keep memory small while scrolling far
                kept = {}
            self._summaries = {**kept, **read}  # a new mapping: whoever has the old keeps it
        return found

    def summaries(self, positions: Iterable[int]) -> Iterable[Summary]:
        """Rows for many positions, in order, read in windows (not kept)."""
        pending: list[int] = []
        for position in positions:
            pending.append(position)
            if len(pending) == WINDOW:
                read = self._read(pending)
                yield from (read[p] for p in pending)
                pending = []
        read = self._read(pending)
        yield from (read[p] for p in pending)

    def _read(self, positions: Iterable[int]) -> dict[int, Summary]:
        """The rows at `positions`, read from the index."""
        wanted = {self.docs[p]: p for p in positions}
        return {
            wanted[doc]: Summary(*fields) for doc, *fields in self.index.summaries(list(wanted))
        }

    # -- the PostIndex protocol: sets of posts are bitmaps of doc numbers ------------------

    def everything(self) -> FrozenBitMap:
        return self.blocks.everything

    def in_order(self, found: FrozenBitMap) -> PostSet:
        """The positions of `found`, newest first, read as they are looked at."""
        # The index may be ahead of this snapshot: posts it does not hold are left out.
        return PostSet(found & self.blocks.everything, self.blocks)

    def text_matches(self, fields: tuple[str, ...], pattern: Pattern) -> FrozenBitMap:
        return self.index.docs_matching(fields, pattern)

    def ranked(self, patterns: Sequence[Pattern]) -> list[int]:
        """Positions of the posts holding any of `patterns`, most relevant first (BM25)."""
        lookup = self._position_of_doc
        found = (lookup[d] for d in self.index.ranked(patterns) if d < len(lookup))
        return [p for p in found if p >= 0]

    def labelled(self, name: str) -> FrozenBitMap:
        return self.index.labelled_docs(name)

    def date_run(self, first: str | None, last: str | None) -> range:
        """The positions of the posts dated from `first` to `last` (a run: posts are in
        date order)."""
        dates = self._ascending_dates
        low = bisect.bisect_left(dates, first) if first is not None else 0
        high = bisect.bisect_right(dates, last) if last is not None else len(dates)
        return range(self._dated - high, self._dated - low) if high > low else range(0)

    def dated(self, first: str | None, last: str | None) -> FrozenBitMap:
        run = self.date_run(first, last)
        return self.blocks.span(run.start, run.stop)

    def _of_ids(self, ids: Iterable[str]) -> FrozenBitMap:
        where = self.position_of_id
        return self.blocks.of_positions(where[p] for p in ids if p in where)

    def status(self, what: str) -> FrozenBitMap:
        mark = "starred" if what in ("starred", "unstarred") else "read"
        marked = self._of_ids(self.state.marks[mark])
        if what in ("starred", "read"):
            return marked
        return self.blocks.everything - marked

    def tagged(self, name: str) -> FrozenBitMap:
        """The posts with the tag `name` (case ignored)."""
        name = name.lower()
        return self._of_ids(p for p, tags in self.state.tags.items() if name in tags)

    def noted(self, pattern: Pattern) -> FrozenBitMap:
        """The posts whose note holds `pattern`'s words."""
        return self._of_ids(
            p for p, note in self.state.notes.items() if pattern.found_in(tokens(note))
        )

    # -- marks ----------------------------------------------------------------------------

    def is_read(self, position: int) -> bool:
        return self.ids[position] in self.state.marks["read"]

    def is_starred(self, position: int) -> bool:
        return self.ids[position] in self.state.marks["starred"]

    def tags(self, position: int) -> tuple[str, ...]:
        """The reader's tags on the post at `position`."""
        return self.state.tags.get(self.ids[position], ())

    def tags_by_position(self) -> dict[int, tuple[str, ...]]:
        """The tags of every tagged post, by position (facets count them)."""
        where = self.position_of_id
        return {where[p]: tags for p, tags in self.state.tags.items() if p in where}
