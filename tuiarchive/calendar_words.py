"""Month and weekday names, and the little words of dates, in many languages (from CLDR via babel)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from babel import Locale
from babel.dates import get_date_format, get_day_names, get_month_names

#: The languages whose names are read, in priority order: where two languages spell
#: different months the same ("listopad" is November in Polish and Czech, October in
#: Croatian), the one listed first wins. The first twelve are the languages whose blog
#: chrome tuiarchive knows (tuiarchive/dumps/locales/); the rest give date headers in any
#: other common blog language.
LANGUAGES = (
    "en", "ru", "uk", "es", "pt", "fr", "de", "it", "nl", "pl", "tr", "id",
    "be", "kk", "ky", "uz", "az", "ka", "hy", "ro", "cs", "sk", "hu", "sl", "hr", "sr",
    "sr_Latn", "bg", "mk", "lt", "lv", "et", "fi", "sv", "da", "nb", "is", "ca", "gl",
    "eu", "el", "sq", "ms", "vi", "tl", "sw", "af", "ga", "cy", "tk", "tg", "mn",
)  # fmt: skip

_QUOTED = re.compile(r"'([^']+)'")

#: Words that join the parts of a date in dumps, beside those CLDR's patterns quote.
_EXTRA_JOINERS = ("of", "the", "de", "del", "г", "р", "года", "року", "roku", "yılı")


@dataclass(frozen=True)
class CalendarWords:
    """Every month and weekday name known, casefolded, with and without a final dot."""

    months: dict[str, int]
    weekdays: frozenset[str]
    joiners: frozenset[str]  # the words a date pattern puts between its parts ("de", "г")


def _forms(name: str) -> set[str]:
    """A name as dumps may print it, with and without its dot; one letter is no name."""
    folded = name.casefold().strip()
    return {form for form in (folded, folded.rstrip(".")) if len(form) > 1}


#: How many of LANGUAGES are read first; the rest only when a line that has the shape
#: of a date holds a word the first ones do not know (reading all costs 0.2 s).
FIRST_LANGUAGES = 12


@cache
def language_calendar(code: str) -> tuple[tuple[tuple[int, str], ...], tuple[str, ...]]:
    """One language's month names (with their numbers) and weekday names, in every width and
    context, as CLDR writes them: the one place babel's calendar names are read."""
    locale = Locale.parse(code)
    months: list[tuple[int, str]] = []
    weekdays: list[str] = []
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            months += get_month_names(width, context, locale).items()
            weekdays += get_day_names(width, context, locale).values()
    return tuple(months), tuple(weekdays)


@cache
def calendar_words(every_language: bool = False) -> CalendarWords:
    """The month and weekday names of the first languages, or of all (read once per process)."""
    months: dict[str, int] = {}
    weekdays: set[str] = set()
    joiners: set[str] = set(_EXTRA_JOINERS)
    for code in LANGUAGES if every_language else LANGUAGES[:FIRST_LANGUAGES]:
        month_names, day_names = language_calendar(code)
        for number, name in month_names:
            for form in _forms(name):
                if not any(ch.isdigit() for ch in form):
                    months.setdefault(form, number)
        for name in day_names:
            weekdays.update(_forms(name))
        for length in ("full", "long", "medium"):
            pattern = get_date_format(length, Locale.parse(code)).pattern
            for literal in _QUOTED.findall(pattern):
                joiners.update(word.casefold().rstrip(".") for word in literal.split())
    weekdays -= months.keys()  # a word that names a month ("mar") is read as the month
    # Single Latin letters ("d", "m" in Lithuanian dates) would let "D15 August 2015" pass.
    joiners = {j for j in joiners if len(j) > 1 or not j.isascii()}
    return CalendarWords(months=months, weekdays=frozenset(weekdays), joiners=frozenset(joiners))
