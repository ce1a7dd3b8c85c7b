"""Trends: how often one to five filters match, month by month or year by year, per 100 posts."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Literal, Protocol

from tuiarchive.datetext import period_text
from tuiarchive.dumps.dates import PLAUSIBLE_YEARS
from tuiarchive.query.language import PostIndex, parse_filter

#: How many filters can be compared side by side.
MAX_SERIES = 5
#: A period's share (per 100 posts) is shown only when it has at least this many posts:
#: below it, one post more or less swings the share by ten points or more.
MIN_POSTS = 10

By = Literal["month", "year"]


@dataclass(frozen=True)
class Peak:
    """The period where a filter matched the largest share of the posts, among the periods
    with at least MIN_POSTS posts; else (`per_100` None) the one where it matched most."""

    label: str  # "May 2014" or "2014"
    per_100: float | None
    count: int

    @property
    def text(self) -> str:
        """ "peak: May 2014, 12.5 per 100 posts (3 posts)", or "most posts: May 2014 (3 posts)"."""
        posts = "post" if self.count == 1 else "posts"
        if self.per_100 is None:
            return f"most posts: {self.label} ({self.count:,} {posts})"
        return f"peak: {self.label}, {per_100_text(self.per_100)} per 100 posts ({self.count:,} {posts})"


@dataclass(frozen=True)
class Column:
    """One filter's matches in each period, and the same per 100 of the period's posts."""

    text: str  # the filter as typed
    counts: tuple[int, ...]
    per_100: tuple[float, ...]
    peak: Peak | None  # None when it matches no dated post


@dataclass(frozen=True)
class Table:
    """Every month (or year) of the archive's dated span, its posts and each filter's share."""

    by: By
    periods: tuple[str, ...]  # "2014-05" or "2014", oldest first, empty ones included
    totals: tuple[int, ...]  # all posts of the archive in each period
    columns: tuple[Column, ...]

    def label(self, row: int) -> str:
        """How a person names a period: "May 2014", "2014"."""
        return period_label(self.periods[row])

    def reliable(self, row: int) -> bool:
        """Whether the period has posts enough (MIN_POSTS) for a share to mean something."""
        return self.totals[row] >= MIN_POSTS

    @cached_property
    def scale(self) -> float:
        """The largest share of any filter in any period with posts enough: every filter's
        bars are drawn against it, so equal shares draw equally long."""
        return max(
            (c.per_100[row] for c in self.columns for row in range(len(self.periods))
             if self.reliable(row)),
            default=0.0,
        )  # fmt: skip


@dataclass(frozen=True)
class Series:
    """What one filter matched overall."""

    text: str
    description: str  # the filter in words
    matches: int  # every matching post
    dated: int  # matching posts inside the dated span (the ones counted by period)


@dataclass(frozen=True)
class Trends:
    """The filters' counts by month and by year over the archive's first to last dated year."""

    first_year: int | None  # None: the archive has no dated post
    last_year: int | None
    series: tuple[Series, ...]
    months: Table
    years: Table

    def table(self, by: By) -> Table:
        return self.months if by == "month" else self.years


def per_100_text(value: float) -> str:
    """A normalised value as shown: one decimal."""
    return f"{value:.1f}"


def period_label(period: str) -> str:
    """ "2014-05" → "May 2014"; "2014" stays."""
    return period_text(period)


def dated_span(oldest: str | None, newest: str | None) -> tuple[int, int] | None:
    """First and last year of the dated posts, kept plausible."""
    if oldest is None or newest is None:
        return None
    first = max(int(oldest[:4]), PLAUSIBLE_YEARS.start)
    last = min(int(newest[:4]), PLAUSIBLE_YEARS.stop - 1)
    return (first, last) if first <= last else None


def _shares(counts: Sequence[int], totals: Sequence[int]) -> tuple[float, ...]:
    return tuple(c / t * 100 if t else 0.0 for c, t in zip(counts, totals, strict=True))


def find_peak(
    labels: Sequence[str],
    counts: Sequence[int],
    per_100: Sequence[float],
    totals: Sequence[int] | None = None,
) -> Peak | None:
    """The period with the largest share among those with at least MIN_POSTS posts
    (`totals`; None: every period counts); a tie goes to more posts, then to the earlier
    period. With no such period matched, the one with the most matches (per_100 None)."""
    best: int | None = None
    for row, count in enumerate(counts):
        if not count or (totals is not None and totals[row] < MIN_POSTS):
            continue
        if best is None or (per_100[row], count) > (per_100[best], counts[best]):
            best = row
    if best is not None:
        return Peak(period_label(labels[best]), per_100[best], counts[best])
    for row, count in enumerate(counts):
        if count and (best is None or count > counts[best]):
            best = row
    return None if best is None else Peak(period_label(labels[best]), None, counts[best])


def _table(
    by: By,
    periods: tuple[str, ...],
    totals: tuple[int, ...],
    counts: Sequence[tuple[int, ...]],
    texts: Sequence[str],
) -> Table:
    columns = []
    for text, column in zip(texts, counts, strict=True):
        shares = _shares(column, totals)
        peak = find_peak(periods, column, shares, totals)
        columns.append(Column(text, column, shares, peak))
    return Table(by, periods, totals, tuple(columns))


def _by_year(monthly: Sequence[int]) -> tuple[int, ...]:
    return tuple(sum(monthly[i : i + 12]) for i in range(0, len(monthly), 12))


class MonthCounter(PostIndex, Protocol):
    """What trends need of a catalogue: the filters' index, its oldest and newest dates,
    counts by month."""

    @property
    def oldest_date(self) -> str | None: ...

    @property
    def newest_date(self) -> str | None: ...

    def __len__(self) -> int: ...

    def month_counts(
        self, positions: Sequence[int], first_year: int, last_year: int
    ) -> list[int]: ...


def compute_trends(catalogue: MonthCounter, texts: Sequence[str]) -> Trends:
    """Run each filter (1–5) on the catalogue and count its posts by month and by year.

    Raises FilterError (naming the term) for a filter that cannot be read, and
    ValueError for no filter or more than MAX_SERIES.
    """
    if not 1 <= len(texts) <= MAX_SERIES:
        raise ValueError(f"between 1 and {MAX_SERIES} filters can be compared, not {len(texts)}")
    queries = [parse_filter(text) for text in texts]  # every filter is read before any runs
    span = dated_span(catalogue.oldest_date, catalogue.newest_date)
    matched = [query.run(catalogue) for query in queries]  # positions, ascending
    if span is None:
        series = tuple(
            Series(text, query.description, len(found), 0)
            for text, query, found in zip(texts, queries, matched, strict=True)
        )
        empty = tuple(Column(text, (), (), None) for text in texts)
        return Trends(
            None, None, series, Table("month", (), (), empty), Table("year", (), (), empty)
        )
    first, last = span
    month_totals = tuple(catalogue.month_counts(range(len(catalogue)), first, last))
    monthly = [tuple(catalogue.month_counts(found, first, last)) for found in matched]
    months = tuple(f"{y:04d}-{m:02d}" for y in range(first, last + 1) for m in range(1, 13))
    years = tuple(f"{y:04d}" for y in range(first, last + 1))
    series = tuple(
        Series(text, query.description, len(found), sum(counts))
        for text, query, found, counts in zip(texts, queries, matched, monthly, strict=True)
    )
    return Trends(
        first,
        last,
        series,
        _table("month", months, month_totals, monthly, texts),
        _table("year", years, _by_year(month_totals), [_by_year(c) for c in monthly], texts),
    )


def trends_csv(table: Table) -> str:
    """The table as CSV: period, total_posts, then each filter's count and its per-100 share."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    header = ["period", "total_posts"]
    for column in table.columns:
        header += [column.text, f"{column.text} per 100"]
    writer.writerow(header)
    for row, period in enumerate(table.periods):
        cells: list[str | int] = [period, table.totals[row]]
        for column in table.columns:
            cells += [column.counts[row], f"{column.per_100[row]:.2f}"]
        writer.writerow(cells)
    return out.getvalue()


def default_export_name(stamp: str) -> str:
    """ "tuiarchive-trends-20240102-030405.csv" for the stamp "20240102-030405"."""
    return f"tuiarchive-trends-{stamp}.csv"
