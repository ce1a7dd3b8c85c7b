"""Reading the dates written in filters ("2014", "May 2014", "2014-05-23") at their precision."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from tuiarchive.errors import FilterError

_YEAR_ONLY = re.compile(r"\d{4}")
_ISO_MONTH = re.compile(r"(\d{4})[-/](\d{1,2})")
_ISO_DAY = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})")
_HAS_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")

# Two different defaults: a part of the date that changes between them was not written.
_DEFAULT_A = dt.datetime(2000, 1, 1)
_DEFAULT_B = dt.datetime(2000, 2, 28)


@dataclass(frozen=True)
class Period:
    """A stretch of days named at some precision: a year, a month or a day."""

    first: dt.date
    last: dt.date
    precision: str  # "year", "month" or "day"

    @property
    def label(self) -> str:
        """How a person says it: "2014", "May 2014", "23 May 2014"."""
        if self.precision == "year":
            return str(self.first.year)
        from tuiarchive import datetext  # CLDR's names: a CLI count need not load them

        if self.precision == "month":
            return datetext.year_month_text(self.first.year, self.first.month)
        return datetext.day_text(self.first)


def _month(year: int, month: int) -> Period:
    last_day = calendar.monthrange(year, month)[1]
    return Period(dt.date(year, month, 1), dt.date(year, month, last_day), "month")


def read_period(text: str, term: str) -> Period:
    """Read a filter date; `term` names the whole filter term for error messages."""
    value = text.strip()
    if not value:
        raise FilterError(f"{term}: a date is missing", term)
    try:
        if _YEAR_ONLY.fullmatch(value):
            year = int(value)
            return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
        if match := _ISO_DAY.fullmatch(value):
            day = dt.date(int(match[1]), int(match[2]), int(match[3]))
            return Period(day, day, "day")
        if match := _ISO_MONTH.fullmatch(value):
            return _month(int(match[1]), int(match[2]))
    except ValueError:
        raise FilterError(f"{term}: {value!r} is not a real date", term) from None
    from dateutil import parser as dateparser  # only for free-form dates: a CLI count starts sooner

    try:
        a = dateparser.parse(value, default=_DEFAULT_A)
        b = dateparser.parse(value, default=_DEFAULT_B)
    except (ValueError, OverflowError) as error:
        if "out of range" in str(error):
            raise FilterError(f"{term}: {value!r} is not a real date", term) from None
        raise FilterError(
            f"{term}: {value!r} is not a date I can read; "
            "try 2014, 2014-05, May 2014 or 2014-05-23",
            term,
        ) from None
    if not _HAS_YEAR.search(value):
        raise FilterError(f"{term}: {value!r} needs a four-digit year (for example May 2014)", term)
    if a.month != b.month:
        if a.day != b.day:
            year = a.year
            return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
        raise FilterError(f"{term}: {value!r} gives a day but no month", term)
    if a.day != b.day:
        return _month(a.year, a.month)
    return Period(a.date(), a.date(), "day")
