"""Reading the dates and times that blog dumps print (headers, bylines, comment stamps)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = (
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+)?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"

_US_NUMERIC = re.compile(_WEEKDAY + r"(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})", re.I)

# Each pattern matches a whole date as dumps print it; the named groups give its parts.
_DATE_PATTERNS = [
    re.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR, re.I),  # May 23, 2014
    re.compile(_WEEKDAY + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR, re.I),  # 23 May 2014
    re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"),  # 2014-05-23
    re.compile(r"(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})"),  # 2014/05/23
    _US_NUMERIC,  # 5/23/2014 (or 23/5/2014 when the first number cannot be a month)
    re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})"),  # 23.05.2014
]

_TIME = re.compile(
    r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::\d{2})?"
    r"(?:\s*(?P<ampm>[ap])\.?\s*m\.?)?(?:\s+[A-Z]{2,5}|\s*[+-]\d{2}:?\d{2}|\s*UTC|\s*GMT)?",
    re.I,
)

_DIGIT = re.compile(r"\d")

#: Years outside this range are kept but flagged: no blog post is that old or that new.
PLAUSIBLE_YEARS = range(1990, 2101)


@dataclass(frozen=True)
class DumpDate:
    """A date as printed in a dump: its ISO form, or why it is not a real date."""

    text: str
    iso: str | None
    problem: str | None = None


def _month_number(value: str) -> int:
    return int(value) if value.isdigit() else MONTHS[value.lower().rstrip(".")]


def _to_dump_date(text: str, match: re.Match[str]) -> DumpDate:
    year, month, day = int(match["year"]), _month_number(match["month"]), int(match["day"])
    if match.re is _US_NUMERIC and month > 12 >= day:
        month, day = day, month  # a day-first numeric date such as 25/12/2008
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return DumpDate(text, None, f"{text!r} is not a real calendar date")
    if year not in PLAUSIBLE_YEARS:
        return DumpDate(text, value.isoformat(), f"the year {year} is implausible for a blog post")
    return DumpDate(text, value.isoformat())


def match_date(text: str) -> DumpDate | None:
    """Read `text` as a date if the whole of it is one (a date header line)."""
    text = text.strip()
    if not text or len(text) > 48 or not _DIGIT.search(text):
        return None
    for pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            return _to_dump_date(text, match)
    return None


def match_time(text: str) -> str | None:
    """Read `text` as a clock time ("5:43 AM", "17:05") and give it as HH:MM."""
    text = text.strip()
    if len(text) > 24:
        return None
    match = _TIME.fullmatch(text)
    if not match:
        return None
    hour, minute = int(match["hour"]), int(match["minute"])
    ampm = (match["ampm"] or "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


@dataclass(frozen=True)
class Moment:
    """A byline or comment timestamp: a date, a time, or both."""

    date: DumpDate | None
    time: str | None


_AT = re.compile(r",?\s+at\s+|,\s+|\s+(?=\d{1,2}[:.]\d{2})", re.I)


def match_moment(text: str) -> Moment | None:
    """Read a timestamp such as "June 5, 2014 at 9:14 AM", "5:43 AM" or "July 31, 2024"."""
    text = text.strip()
    if len(text) > 80:
        return None
    time = match_time(text)
    if time:
        return Moment(None, time)
    date = match_date(text)
    if date:
        return Moment(date, None)
    # A date followed by a time: try each plausible split point, rightmost first.
    for split in reversed(list(_AT.finditer(text))):
        date = match_date(text[: split.start()])
        time = match_time(text[split.end() :])
        if date and time:
            return Moment(date, time)
    return None


def header_text(iso: str) -> str:
    """The date header a dump prints for an ISO date: "Friday, May 23, 2014"."""
    day = dt.date.fromisoformat(iso)
    return f"{day:%A}, {MONTH_NAMES[day.month - 1]} {day.day}, {day.year:04d}"


def clock_text(hhmm: str) -> str:
    """A 24-hour HH:MM time as Blogger prints it: "5:43 AM"."""
    hour, minute = (int(part) for part in hhmm.split(":"))
    suffix = "AM" if hour < 12 else "PM"
    return f"{hour % 12 or 12}:{minute:02d} {suffix}"
