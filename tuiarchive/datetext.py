"""Writing dates and times for people and files: every date tuiarchive shows or writes.

The one place dates are formatted: the dump format's headers and bylines (`serialize`),
citations, filter periods, trends, the reader, the import-quality grid and the stamps in
export file names. Month and weekday names are CLDR's English ones, from babel (as
`calendar_words` reads them in every language), not a table typed here. Reading dates
is `dumps.dates` (dumps) and `query.periods` (filters).
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Literal

from babel.dates import get_day_names, get_month_names

#: The language dates are written in (the browser's, the dump format's, citations').
LANGUAGE = "en"


@cache
def _months(width: Literal["abbreviated", "wide"]) -> tuple[str, ...]:
    names = get_month_names(width, "format", LANGUAGE)
    return tuple(str(names[number]) for number in range(1, 13))


@cache
def _weekdays() -> tuple[str, ...]:
    names = get_day_names("wide", "format", LANGUAGE)
    return tuple(str(names[number]) for number in range(7))  # Monday first, as date.weekday()


def month_name(month: int) -> str:
    """The month's name: 7 → "July"."""
    return _months("wide")[month - 1]


def month_abbreviation(month: int) -> str:
    """The month's short name: 7 → "Jul"."""
    return _months("abbreviated")[month - 1]


def month_names() -> tuple[str, ...]:
    """The twelve months' names, January first."""
    return _months("wide")


def month_abbreviations() -> tuple[str, ...]:
    """The twelve months' short names, "Jan" first."""
    return _months("abbreviated")


def weekday_name(day: dt.date) -> str:
    """The day's weekday: "Friday"."""
    return _weekdays()[day.weekday()]


def _parts(iso: str) -> tuple[int, int, int]:
    year, month, day = (int(part) for part in iso.split("-"))
    return year, month, day


# -- how people say a date ------------------------------------------------------------------


def year_month_text(year: int, month: int) -> str:
    """A month of a year: "May 2014"."""
    return f"{month_name(month)} {year}"


def day_text(day: dt.date) -> str:
    """A day, as citations and filter periods say it: "23 May 2014"."""
    return f"{day.day} {month_name(day.month)} {day.year}"


def cited_text(iso: str) -> str:
    """An ISO date as a citation prints it: "23 May 2014" (the year with four digits)."""
    year, month, day = _parts(iso)
    return f"{day} {month_name(month)} {year:04d}"


def period_text(period: str) -> str:
    """A trends period: "2014-05" → "May 2014"; a year ("2014") stays."""
    if len(period) == 7:
        return year_month_text(int(period[:4]), int(period[5:]))
    return period


def long_text(iso: str | None) -> str:
    """A post's date in the reader: "Friday, 23 May 2014" ("no date" without one)."""
    if not iso:
        return "no date"
    day = dt.date.fromisoformat(iso)
    return f"{weekday_name(day)}, {day_text(day)}"


# -- the dump format (Blogger's English) ----------------------------------------------------


def header_text(iso: str) -> str:
    """The date header a dump prints for an ISO date: "Friday, May 23, 2014"."""
    day = dt.date.fromisoformat(iso)
    return f"{weekday_name(day)}, {month_name(day.month)} {day.day}, {day.year:04d}"


def byline_text(iso: str) -> str:
    """An ISO date as bylines print it: "July 31, 2015"."""
    year, month, day = _parts(iso)
    return f"{month_name(month)} {day}, {year:04d}"


def clock_text(hhmm: str) -> str:
    """A 24-hour HH:MM time as Blogger prints it: "5:43 AM"."""
    hour, minute = (int(part) for part in hhmm.split(":"))
    suffix = "AM" if hour < 12 else "PM"
    return f"{hour % 12 or 12}:{minute:02d} {suffix}"


# -- files ----------------------------------------------------------------------------------


def file_stamp(when: dt.datetime | None = None) -> str:
    """A moment (now by default) as file names carry it: "20140523-174301"."""
    return (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
