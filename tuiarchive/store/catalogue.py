"""The archive as the browser sees it: every post by position, newest first, and its summary."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from pyroaring import FrozenBitMap

from tuiarchive.store.day_runs import DayRuns
from tuiarchive.store.index import Order, SearchIndex
from tuiarchive.store.post_sets import Blocks, PostSet
from tuiarchive.store.state import UserState
from tuiarchive.words import Pattern, tokens

#: How many rows around a requested one are read at once (a screenful and then some).
WINDOW = 200
#: Up to this many ids are looked up in the index rather than in every post's id.
LOOKUPS = 5_000
#: Relevance order's first screen on a large archive (`Catalogue.ranked_first`): the best
#: this many of the posts indexed last, shown while every match is ranked.
FIRST_RANKED = 200
FIRST_AMONG = 20_000


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
    id: str = ""
    date: str | None = None


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
        # The docs are read when first wanted (a count of words and labels never does).
        between = order.docs_between if order.docs_later else None  # a date's docs alone
        self.blocks = Blocks(
            lambda: order.docs, lambda: order.where, order.span, order.size, between
        )
        self._position_of_id: dict[str, int] | None = None
        self._summaries: Mapping[int, Summary] = {}  # replaced, never changed
        self._fields: PostFields | None = None

    def __len__(self) -> int:
        return len(self.blocks)

    @property
    def docs(self) -> Sequence[int]:
        """Every post's doc number, by position."""
        return self._order.docs

    @property
    def ids(self) -> Sequence[str]:
        return self._order.ids

    @property
    def dates(self) -> Sequence[str | None]:
        return self._order.dates

    @property
    def _position_of_doc(self) -> Sequence[int]:
        return self.blocks.position_of_doc

    @property
    def days(self) -> DayRuns:
        """The posts' dates as runs of days (what date ranges, years and months need)."""
        return self._order.days

    @property
    def position_of_id(self) -> dict[str, int]:
        """Every post's position by id (made at the first call: most of a second at a
        million posts; `position_of` and `positions_of` need not make it)."""
        if self._position_of_id is None:
            self._position_of_id = {pid: n for n, pid in enumerate(self.ids)}
        return self._position_of_id

    def positions_of(self, ids: Iterable[str]) -> dict[str, int]:
        """The position of each of `ids` that this catalogue holds: a few are looked up in
        the index, many (or all, once every id was read) from `position_of_id`."""
        wanted = ids if isinstance(ids, Sequence) else list(ids)
        if self._position_of_id is not None or len(wanted) > LOOKUPS:
            where = self.position_of_id
            return {pid: where[pid] for pid in wanted if pid in where}
        lookup = self._position_of_doc
        found = {}
        for pid, doc in self.index.docs_of_ids(wanted).items():
            position = lookup[doc] if doc < len(lookup) else -1
            if position >= 0:  # the index may be ahead of this snapshot
                found[pid] = position
        return found

    def position_of(self, post_id: str | None) -> int | None:
        """The position of the post `post_id` (None: not in this catalogue)."""
        return None if post_id is None else self.positions_of((post_id,)).get(post_id)

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
        return self.days.oldest

    @property
    def newest_date(self) -> str | None:
        """The date of the newest dated post."""
        return self.days.newest

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

    def facet_docs(self, field: str) -> Mapping[str, FrozenBitMap]:
        """Each value of a facet (label, place, series, blog) with the docs that have it
        (kept in the index: read in milliseconds once worked out)."""
        return self.index.facet_docs(field)

    def year_runs(self) -> list[tuple[str, range]]:
        """Each year that has posts, newest first, with the positions of its posts."""
        runs: dict[str, range] = {}
        for day, _ in self.days.counted():
            if day is not None and day[:4] not in runs:
                runs[day[:4]] = self.days.run(day[:4], day[:4] + "\uffff")
        return sorted(runs.items(), reverse=True)

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

    def ranked_first(
        self, patterns: Sequence[Pattern], count: int = FIRST_RANKED, among: int | None = None
    ) -> tuple[list[int], bool]:
        """Relevance order's first screen, quickly: (positions, whether that is the whole
        ranking).

        An archive of at most `among` posts, or words in at most `among` posts, are ranked
        whole. Else: the `count` most relevant of the `among` posts indexed last, scored as
        the whole ranking scores them (so in the same order as there), which is what a
        common word's ranking of a million posts can give in a fifth of a second; the
        whole ranking (`ranked`) is to replace it.
        """
        among = FIRST_AMONG if among is None else among
        newest = self.index.newest_doc()
        if newest <= among or self.index.ranked_count(patterns, among) <= among:
            return self.ranked(patterns), True
        lookup = self._position_of_doc
        docs = self.index.ranked(patterns, count, from_doc=newest - among + 1)
        found = (lookup[d] for d in docs if d < len(lookup))
        return [p for p in found if p >= 0], False

    def labelled(self, name: str) -> FrozenBitMap:
        return self.index.labelled_docs(name)

    def date_run(self, first: str | None, last: str | None) -> range:
        """The positions of the posts dated from `first` to `last` (a run: posts are in
        date order)."""
        return self.days.run(first, last)

    def dated(self, first: str | None, last: str | None) -> FrozenBitMap:
        run = self.date_run(first, last)
        return self.blocks.span(run.start, run.stop)

    def _of_ids(self, ids: Iterable[str]) -> FrozenBitMap:
        return self.blocks.of_positions(self.positions_of(ids).values())

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

    def id_at(self, position: int) -> str:
        """The id of the post at `position`: from memory once every id was read, else
        from its list row (drawing the first screen need not read a million ids)."""
        if self._order.ids_read:
            return self.ids[position]
        return self.summary(position).id

    def date_at(self, position: int) -> str | None:
        """The date of the post at `position` (as `id_at`)."""
        if self._order.dates_read:
            return self.dates[position]
        return self.summary(position).date

    def is_read(self, position: int) -> bool:
        return self.id_at(position) in self.state.marks["read"]

    def is_starred(self, position: int) -> bool:
        return self.id_at(position) in self.state.marks["starred"]

    def tags(self, position: int) -> tuple[str, ...]:
        """The reader's tags on the post at `position`."""
        return self.state.tags.get(self.id_at(position), ())

    def tags_by_position(self) -> dict[int, tuple[str, ...]]:
        """The tags of every tagged post, by position (facets count them)."""
        tags = self.state.tags
        return {n: tags[p] for p, n in self.positions_of(tags).items()}
