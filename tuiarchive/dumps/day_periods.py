"""The half of the day after a 12-hour clock in words ("после полудня", "пп", "ÖS"), read as AM/PM."""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from tuiarchive.calendar_words import FIRST_LANGUAGES, LANGUAGES
from tuiarchive.dumps.phrases import phrase_fields


@cache
def _words() -> dict[str, str]:
    """CLDR's am/pm words of the first languages (babel), and those the locale files add
    for what a platform printed from older CLDR data (`day_period_am`/`day_period_pm`)."""
    words: dict[str, str] = {}
    for code in LANGUAGES[:FIRST_LANGUAGES]:
        periods = Locale.parse(code).day_periods
        for context in ("format", "stand-alone"):
            for width in ("abbreviated", "wide"):
                for half in ("am", "pm"):
                    word = " ".join(periods.get(context, {}).get(width, {}).get(half, "").split())
                    if len(word) > 1 and word.casefold() not in ("am", "pm", "a.m.", "p.m."):
                        words.setdefault(word.casefold(), half.upper())
    fields = phrase_fields()
    for half in ("am", "pm"):
        for word in fields.get(f"day_period_{half}", ()):
            words.setdefault(" ".join(word.split()).casefold(), half.upper())
    return words


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len)[::-1])


@cache
def period_alternation() -> str:
    """The locale files' words, for the byline patterns' time slot (kept short: every byline
    pattern holds it; CLDR's words are read where a stamp is read, `latin_day_period`)."""
    fields = phrase_fields()
    return _alternation([w for half in ("am", "pm") for w in fields.get(f"day_period_{half}", ())])


@cache
def _periods() -> tuple[re.Pattern[str], dict[str, str]]:
    clock = r"(?P<clock>\d{1,2}[:.]\d{2}(?::\d{2})?)\s*"
    pattern = re.compile(rf"{clock}(?P<half>{_alternation(list(_words()))})\.?\s*$", re.I)
    return pattern, _words()


def latin_day_period(text: str) -> str:
    """`text` with a clock's half of the day in words at its end as AM or PM ("09:05:00
    после полудня" -> "09:05:00 PM"); as it is when none ends it."""
    if not text[-1:].isalpha() or text[-1] in "mM":
        return text
    pattern, words = _periods()
    match = pattern.search(text)
    if match is None:
        return text
    half = words[" ".join(match["half"].split()).casefold()]
    return f"{text[: match.start()]}{match['clock']} {half}"
