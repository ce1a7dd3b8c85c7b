"""The archive as the browser sees it: every post's summary in memory, newest first."""

from __future__ import annotations

import bisect
from collections.abc import Collection, Iterable
from typing import Any

from tuiarchive.store.index import LABEL_SEPARATOR, SearchIndex
from tuiarchive.store.state import UserState
from tuiarchive.words import Pattern


class Catalogue:
    """Summaries of all posts by position (0 = newest), and the `PostIndex` the filters run on.

    Columns are plain lists so that showing row N of a 100,000-post list is a
    few list lookups; words are looked up in the full-text index.
    """

    def __init__(self, rows: Iterable[tuple[Any, ...]], index: SearchIndex, state: UserState):
        self.index = index
        self.state = state
        docs, ids, dates, times, titles, authors, places, series, labels = ([] for _ in range(9))
        comments: list[int | None] = []
        warnings: list[int] = []
        for doc, pid, date, time, _line, title, author, place, ser, label, count, warn in rows:
            docs.append(doc)
            ids.append(pid)
            dates.append(date)
            times.append(time)
            titles.append(title)
            authors.append(author)
            places.append(place)
            series.append(ser)
            labels.append(tuple(label.split(LABEL_SEPARATOR)) if label else ())
            comments.append(count)
            warnings.append(warn)
        self.docs: list[int] = docs
        self.ids: list[str] = ids
        self.dates: list[str | None] = dates
        self.times: list[str | None] = times
        self.titles: list[str] = titles
        self.authors: list[str | None] = authors
        self.places: list[str | None] = places
        self.series: list[str | None] = series
        self.labels: list[tuple[str, ...]] = labels
        self.comments = comments
        self.warnings = warnings
        self.position_of_id = {pid: n for n, pid in enumerate(ids)}
        size = max(docs, default=0) + 1
        self._position_of_doc = [-1] * size
        for n, doc in enumerate(docs):
            self._position_of_doc[doc] = n
        self._dated = sum(1 for d in dates if d is not None)
        self._ascending_dates = dates[: self._dated][::-1]

    def __len__(self) -> int:
        return len(self.ids)

    # -- the PostIndex protocol -----------------------------------------------------------

    def count(self) -> int:
        return len(self.ids)

    def _positions(self, docs: Iterable[int]) -> set[int]:
        lookup = self._position_of_doc
        limit = len(lookup)
        found = {lookup[d] for d in docs if d < limit}
        found.discard(-1)
        return found

    def text_matches(self, fields: tuple[str, ...], pattern: Pattern) -> set[int]:
        return self._positions(self.index.match(fields, pattern))

    def labelled(self, name: str) -> set[int]:
        return self._positions(self.index.labelled(name))

    def dated(self, first: str | None, last: str | None) -> Collection[int]:
        dates = self._ascending_dates
        low = bisect.bisect_left(dates, first) if first is not None else 0  # type: ignore[arg-type]
        high = bisect.bisect_right(dates, last) if last is not None else len(dates)  # type: ignore[arg-type]
        return range(self._dated - high, self._dated - low) if high > low else range(0)

    def status(self, what: str) -> set[int]:
        mark = "starred" if what in ("starred", "unstarred") else "read"
        marked = {
            self.position_of_id[p] for p in self.state.marks[mark] if p in self.position_of_id
        }
        if what in ("starred", "read"):
            return marked
        return set(range(len(self.ids))) - marked

    # -- marks ----------------------------------------------------------------------------

    def is_read(self, position: int) -> bool:
        return self.ids[position] in self.state.marks["read"]

    def is_starred(self, position: int) -> bool:
        return self.ids[position] in self.state.marks["starred"]

    @property
    def oldest_date(self) -> str | None:
        """The date of the oldest dated post."""
        return self._ascending_dates[0] if self._ascending_dates else None
