"""Import quality: posts per month over the archive's span, its gaps and thin months."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from tuiarchive.dumps.dates import PLAUSIBLE_YEARS

#: A month with posts but fewer than this share of the median month's count is "thin".
THIN_FRACTION = 0.25


@dataclass(frozen=True)
class Gap:
    """A run of consecutive months without a post, inside the archive's span."""

    first: str  # "YYYY-MM"
    last: str
    months: int

    def label(self) -> str:
        """ "2013-02 to 2013-05, 4 months" or "2013-02, 1 month"."""
        if self.months == 1:
            return f"{self.first}, 1 month"
        return f"{self.first} to {self.last}, {self.months} months"


@dataclass(frozen=True)
class MonthReport:
    """Posts per month from the first dated post's month to the last one's, and what is odd."""

    months: tuple[tuple[str, int], ...]  # ("YYYY-MM", posts), every month of the span in order
    gaps: tuple[Gap, ...]
    thin: tuple[str, ...]  # months with posts, but far fewer than the typical month
    thin_below: float  # a month with posts and fewer than this many is thin
    undated: int
    out_of_range: int = 0  # dated outside the plausible years: not in the span

    @property
    def first(self) -> str | None:
        return self.months[0][0] if self.months else None

    @property
    def last(self) -> str | None:
        return self.months[-1][0] if self.months else None

    @property
    def dated(self) -> int:
        return sum(count for _month, count in self.months)

    @property
    def longest_gap(self) -> Gap | None:
        """The longest gap (the earliest of equals)."""
        return max(self.gaps, key=lambda gap: gap.months, default=None)

    def count(self, month: str) -> int | None:
        """Posts in a month ("YYYY-MM"); None outside the span."""
        return dict(self.months).get(month)

    def summary(self) -> str:
        """ "2012-03 … 2016-11: 57 months, 3 gaps (longest: …), 2 thin months, 1 undated post"."""
        parts = []
        if self.months:
            head = f"{self.first} \u2026 {self.last}: {_count(len(self.months), 'month')}, "
            longest = self.longest_gap
            if longest is None:
                head += "no gaps"
            else:
                head += f"{_count(len(self.gaps), 'gap')} (longest: {longest.label()})"
            parts.append(head)
            parts.append(_count(len(self.thin), "thin month"))
        else:
            parts.append("no dated posts")
        parts.append(_count(self.undated, "undated post"))
        if self.out_of_range:
            parts.append(f"{_count(self.out_of_range, 'post')} dated outside the plausible years")
        return ", ".join(parts)


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def month_key(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def month_span(first: str, last: str) -> list[str]:
    """Every month from `first` to `last` ("YYYY-MM"), both included."""
    year, month = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    found = []
    while (year, month) <= end:
        found.append(month_key(year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def month_report(
    dates: Iterable[str | None],
    thin_fraction: float = THIN_FRACTION,
    years: range = PLAUSIBLE_YEARS,
) -> MonthReport:
    """Count posts per month from ISO dates (None: undated) and find the gaps and thin months."""
    return month_report_of_days(((date, 1) for date in dates), thin_fraction, years)


def month_report_of_days(
    days: Iterable[tuple[str | None, int]],
    thin_fraction: float = THIN_FRACTION,
    years: range = PLAUSIBLE_YEARS,
) -> MonthReport:
    """`month_report` from each day's post count (a few thousand days, not every post)."""
    per_month: Counter[str] = Counter()
    undated = out_of_range = 0
    for date, count in days:
        if not date:
            undated += count
        elif len(date) >= 7 and date[:4].isdigit() and int(date[:4]) in years:
            per_month[date[:7]] += count
        else:
            out_of_range += count
    if not per_month:
        return MonthReport((), (), (), 0.0, undated, out_of_range)
    span = month_span(min(per_month), max(per_month))
    months = tuple((month, per_month.get(month, 0)) for month in span)
    gaps: list[Gap] = []
    run: list[str] = []
    for month, count in (*months, ("", 1)):  # a sentinel month with posts closes the last run
        if count == 0:
            run.append(month)
        elif run:
            gaps.append(Gap(run[0], run[-1], len(run)))
            run = []
    thin_below = statistics.median(per_month.values()) * thin_fraction
    thin = tuple(month for month, count in months if 0 < count < thin_below)
    return MonthReport(months, tuple(gaps), thin, thin_below, undated, out_of_range)
