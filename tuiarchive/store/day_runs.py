"""The archive's dates as runs of days: date filters, years and months counted without every date.

Posts are kept newest first with the undated last, so the posts of one day sit side by
side. Knowing each day and how many posts it has (a few thousand days, where a
million posts have a million dates) is enough to find the positions of any date range.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from itertools import groupby


class DayRuns:
    """Each day that has posts, oldest first, with how many posts come before it."""

    def __init__(self, days: Sequence[str], counts: Sequence[int], undated: int) -> None:
        self.days = list(days)  # ascending
        self.below = [0]  # below[i]: the dated posts before days[i]; below[-1]: all dated
        for count in counts:
            self.below.append(self.below[-1] + count)
        self.undated = undated

    @classmethod
    def of_dates(cls, dates: Sequence[str | None]) -> DayRuns:
        """From every post's date, newest first (undated last, as the archive's order is)."""
        runs = [(day, sum(1 for _ in run)) for day, run in groupby(dates)]
        undated = runs.pop()[1] if runs and runs[-1][0] is None else 0
        runs.reverse()
        return cls([d for d, _ in runs if d is not None], [n for _, n in runs], undated)

    @property
    def dated(self) -> int:
        """How many posts have a date (they come first in the archive's order)."""
        return self.below[-1]

    def __len__(self) -> int:
        return self.dated + self.undated

    @property
    def newest(self) -> str | None:
        return self.days[-1] if self.days else None

    @property
    def oldest(self) -> str | None:
        return self.days[0] if self.days else None

    def run(self, first: str | None, last: str | None) -> range:
        """The positions (newest first) of the posts dated from `first` to `last`."""
        low = bisect.bisect_left(self.days, first) if first is not None else 0
        high = bisect.bisect_right(self.days, last) if last is not None else len(self.days)
        if high <= low:
            return range(0)
        dated = self.dated
        return range(dated - self.below[high], dated - self.below[low])

    def counted(self) -> Iterator[tuple[str | None, int]]:
        """Each day with its number of posts, oldest first, then (None, undated)."""
        for i, day in enumerate(self.days):
            yield day, self.below[i + 1] - self.below[i]
        if self.undated:
            yield None, self.undated

    def to_bytes(self) -> bytes:
        lines = [f"{day} {count}" for day, count in self.counted() if day is not None]
        return "\n".join([str(self.undated), *lines]).encode("ascii")

    @classmethod
    def from_bytes(cls, raw: bytes) -> DayRuns:
        undated, *lines = raw.decode("ascii").split("\n")
        pairs = [line.rsplit(" ", 1) for line in lines]
        return cls([d for d, _ in pairs], [int(n) for _, n in pairs], int(undated))
