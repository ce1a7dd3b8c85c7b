"""Reading the dates and times that blog dumps print (headers, bylines, comment stamps)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tuiarchive.calendar_words import CalendarWords, calendar_words
from tuiarchive.dumps.date_languages import one_language
from tuiarchive.dumps.day_periods import latin_day_period
from tuiarchive.dumps.numbered_months import numbered_date

_WEEKDAY = r"(?:[^\W\d_]{2,12}\.?,?\s+)?"  # checked against the weekday names afterwards
_US_NUMERIC = re.compile(_WEEKDAY + r"(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})", re.I)

# Each pattern matches a whole date as dumps print it; the named groups give its parts.
_DATE_PATTERNS = [
    re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"),  # 2014-05-23
    re.compile(r"(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})"),  # 2014/05/23
    _US_NUMERIC,  # 5/23/2014 (or 23/5/2014 when the first number cannot be a month)
    re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})"),  # 23.05.2014
    re.compile(r"(?P<day>\d{1,2})-(?P<month>\d{1,2})-(?P<year>\d{4})"),  # 23-5-2014 (nl)
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
    note: str | None = None  # read, but with an assumption the post's warnings should say
    other: str | None = None  # a numeric date that reads both ways: the ISO form read the other way


def _to_dump_date(text: str, match: re.Match[str]) -> DumpDate | None:
    year, month, day = int(match["year"]), int(match["month"]), int(match["day"])
    if match.re is _US_NUMERIC:
        weekday = text[: match.start("month")].strip(" ,.").casefold()
        if weekday and weekday not in calendar_words().weekdays:
            return None  # "Item 5/23/2014" is no date header
    if match.re in _ORDERED:
        return _numeric_order(text, year, month, day, match.re is _US_NUMERIC)
    return _checked_date(text, year, month, day)


#: Numeric dates whose day and month could be read either way (the year is last).
_ORDERED = (_US_NUMERIC, _DATE_PATTERNS[3], _DATE_PATTERNS[4])


def _numeric_order(text: str, year: int, month: int, day: int, month_first: bool) -> DumpDate:
    """A numeric date read in its pattern's order, else (impossible so) the other way round;
    either way read with a note when the order is assumed, not certain."""
    first = _checked_date(text, year, month, day)
    other = _checked_date(text, year, day, month) if month != day else first
    order = "month, day" if month_first else "day, month"
    swapped = "day, month" if month_first else "month, day"
    if first.iso is None and other.iso is not None:
        note = f"read as {swapped}, year: as {order} it is no calendar date"
        return DumpDate(text, other.iso, other.problem, note)
    if first.iso is not None and other.iso is not None and other is not first:
        note = f"ambiguous: read as {order}, year ({first.iso}); {swapped} would be {other.iso}"
        return DumpDate(text, first.iso, first.problem, note, other.iso)
    return first


_NUMERIC_HINT = re.compile(r"\d[-/.]\d")
_FOUR_DIGITS = re.compile(r"\d{4}")
_SHORT_YEAR = re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{2})")
#: Blogger's short comment stamp "2/17/10, 11:59 AM": month first, as in US English.
_SHORT_US_YEAR = re.compile(r"(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{2})")


def _short_year_date(text: str) -> DumpDate | None:
    """A byline's "21.10.22" (day, month, two-digit year): only where a byline puts a date,
    never as a date header (version numbers look the same)."""
    match = _SHORT_YEAR.fullmatch(text.strip()) or _SHORT_US_YEAR.fullmatch(text.strip())
    if match is None:
        return None
    year, month, day = int(match["year"]), int(match["month"]), int(match["day"])
    if match.re is _SHORT_US_YEAR and month > 12 >= day:
        month, day = day, month  # 17/2/10: the day first
    return _checked_date(text, year + (2000 if year < 70 else 1900), month, day)


_TOKEN = re.compile(r"\d+(?:st|nd|rd|th|er|e|º|ª)?\.?|[^\W\d_]+(?:-[^\W\d_]+)*\.?|[^\w\s]", re.I)
_DATE_PUNCT = frozenset(",.-–—/()")


def _word_date(text: str) -> DumpDate | None:
    """A date written with a month name in any language CLDR knows ("пятница, 6 июня 2014 г.")."""
    if not _FOUR_DIGITS.search(text):
        return None  # no year: no date a header or a byline prints
    tokens = _TOKEN.findall(text)
    found = _read_tokens(text, tokens, calendar_words())
    if found is _UNKNOWN_WORD and len(tokens) <= 9:
        every = calendar_words(every_language=True)
        found = _read_tokens(text, tokens, every)
        words = [t.casefold().rstrip(".") for t in tokens if t[0].isalpha()]
        named = [word for word in words if word not in every.joiners]
        if isinstance(found, DumpDate) and not one_language(named):
            return None  # "Anna 11 juillet 2016": a name that is some other language's weekday
    return found if isinstance(found, DumpDate) else None


_UNKNOWN_WORD = object()  # a date-shaped line with a word the first languages do not know


def _read_tokens(text: str, tokens: list[str], words: CalendarWords) -> DumpDate | object | None:
    year = month = day = None
    weekday = joiners = unknown = 0
    for token in tokens:
        if token[0].isdigit():
            digits = token.rstrip(".").rstrip("stndrhºª")
            if not digits.isdigit():
                return None
            if len(digits) == 4 and year is None:
                year = digits
            elif len(digits) <= 2 and day is None:
                day = digits
            else:
                return None
            continue
        if token in _DATE_PUNCT:
            continue
        folded = token.casefold()
        bare = folded.rstrip(".")
        number = words.months.get(folded) or words.months.get(bare)
        if number is not None and month is None:
            month = number
        elif folded in words.weekdays or bare in words.weekdays:
            weekday += 1
        elif bare in words.joiners:
            joiners += 1
        elif unknown == 2:
            return None  # three words no language here knows (a month and a weekday at most)
        else:
            unknown += 1
    if year is None or day is None or weekday > 1 or joiners > 3:
        return None
    if unknown:
        return _UNKNOWN_WORD
    if month is None:
        return None
    return _checked_date(text, int(year), month, int(day))


def _checked_date(text: str, year: int, month: int, day: int) -> DumpDate:
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return DumpDate(text, None, f"{text!r} is not a real calendar date")
    if year not in PLAUSIBLE_YEARS:
        return DumpDate(text, value.isoformat(), f"the year {year} is implausible for a blog post")
    return DumpDate(text, value.isoformat())


def match_date(text: str) -> DumpDate | None:
    """Read `text` as a date if the whole of it is one (a date header line), in any language."""
    text = text.strip()
    if not text or len(text) > 64 or not _DIGIT.search(text):
        return None
    for pattern in _DATE_PATTERNS if _NUMERIC_HINT.search(text) else ():
        match = pattern.fullmatch(text)
        if match:
            return _to_dump_date(text, match)
    if text[:1].isdigit() and text[-1:].isdigit() and not any(c.isalpha() for c in text):
        return None
    numbered = numbered_date(text)  # "2019年3月4日", "2019. 3. 4.", "2023년 7월 10일"
    if numbered is not None:
        return _checked_date(text, *numbered)
    return _word_date(text)


#: A word date whose year runs on into more digits: "30 novembre 202135" (a magazine
#: theme prints the view count right after the date, with no space between).
_YEAR_RUN_ON = re.compile(r"(?P<head>.*\D)(?P<year>(?:19|20)\d\d)(?P<count>\d{1,6})")


def date_and_count(text: str) -> tuple[DumpDate, str] | None:
    """A date with a month name whose year runs into a number ("3 avril 20191207": the
    date, then 1207 views), as (the date, said to be unsure, the number); else None."""
    text = text.strip()
    if len(text) > 48 or not text[-1:].isdigit():
        return None
    run_on = _YEAR_RUN_ON.fullmatch(text)
    if run_on is None or not any(c.isalpha() for c in run_on["head"]):
        return None
    shown = run_on["head"] + run_on["year"]
    date = _word_date(shown)
    if date is None or date.iso is None or date.problem:
        return None
    count = run_on["count"]
    why = f"the year runs into the number {count} (a view count?): read as {date.iso}"
    return DumpDate(text, date.iso, why), count


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
    if ampm == "p" and 13 <= hour <= 23:
        pass  # "13:15pm": a 24-hour clock that also prints the half of the day; they agree
    elif ampm:
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


_CLOCK_AT_END = re.compile(
    r"(?P<time>\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?"
    r"(?:\s+[A-Z]{2,5}|\s*[+-]\d{2}:?\d{2}|\s*UTC|\s*GMT)?)$",
    re.I,
)
#: What may stand between a date and its time: "at", "à", "um", "alle ore", "в", "@", ",".
_JOIN = re.compile(r"(?:\s*[,@·|–-]\s*|\s+)(?:[^\W\d_]{1,5}\.?\s+){0,2}$")


def match_moment(text: str) -> Moment | None:
    """Read a timestamp such as "June 5, 2014 at 9:14 AM", "5:43 AM", "July 31, 2024" or
    "9 de marzo de 2010 03:43", in any language whose month names CLDR knows."""
    text = latin_day_period(text.strip())  # "09:05 после полудня": 09:05 PM
    if len(text) > 80:
        return None
    time = match_time(text)
    if time:
        return Moment(None, time)
    date = match_date(text) or _short_year_date(text)
    if date:
        return Moment(date, None)
    clock = _CLOCK_AT_END.search(text)
    if clock is None or clock.start() == 0:
        return _time_then_date(text) or _published_and_updated(text)
    time = match_time(clock["time"].replace("h", ":"))
    if time is None:
        return None
    head = text[: clock.start()]
    join = _JOIN.search(head)
    date = match_date(head[: join.start()] if join else head)
    if date is None and join is not None:
        date = match_date(head) or _short_year_date(head[: join.start()])
    return Moment(date, time) if date else None


#: A clock time at the start of a stamp, and what parts it from the date after it
#: ("15:44 . Sunday, 2009 February 08", "7:05 PM, Tuesday, July 3, 2012", "19:05 · ...").
_CLOCK_FIRST = re.compile(
    r"(?P<time>\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?)"
    r"(?:\s*[,.@·|–-]\s*|\s+)(?:[,.@·|–-]\s*)?(?P<date>\S.*)",
    re.I,
)


def _time_then_date(text: str) -> Moment | None:
    """A stamp that prints the time before the date, the date in any order CLDR's patterns
    give it ("09:12 . Sabtu, 2011 Maret 19", "19:05, martes, 3 de julio de 2012")."""
    first = _CLOCK_FIRST.fullmatch(text)
    if first is None:
        return None
    time = match_time(first["time"].replace("h", ":"))
    date = match_date(first["date"]) if time else None
    return Moment(date, time) if date else None


#: Where a theme prints its published and updated dates run together ("December 24,
#: 2019December 26, 2019"): a year's last digit, then a letter; or a year, then the next
#: date's day ("22 février 201714 octobre 2017").
_RUN_TOGETHER = re.compile(r"(?<=\d)(?=[^\W\d_])|(?<=(?:19|20)\d\d)(?=\d{1,2}\D)")


def _published_and_updated(text: str) -> Moment | None:
    """Two dates run together (a theme hides one with CSS): the first is the post's."""
    for split in _RUN_TOGETHER.finditer(text):
        first, second = text[: split.start()], text[split.start() :]
        date = match_date(first)
        if date is not None and match_date(second) is not None:
            return Moment(date, None)
    return None
