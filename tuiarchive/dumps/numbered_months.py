"""Dates as CLDR's own patterns print them where months are numbered (2019年3月4日, 2019. 3. 4.)."""

from __future__ import annotations

import re
from functools import cache

from babel.dates import get_date_format, get_day_names, get_month_names

#: The languages whose date patterns number the month, year first (Chinese, Japanese, Korean).
LANGUAGES = ("zh", "zh_Hant", "ja", "ko")
_FIELD = re.compile(r"'[^']*'|y+|M+|L+|d+|E+|c+|G+|[^'yMLdEcG]+")


def _regex(pattern: str, locale: str) -> str | None:
    """A CLDR date pattern as a regex with year, month and day groups (None for a two-digit
    year's pattern: a version number looks the same)."""
    out: list[str] = []
    for field in _FIELD.findall(pattern):
        letter = field[0]
        if letter == "y":
            if len(field) == 2:
                return None
            out.append(r"(?P<year>\d{4})")
        elif letter in "ML" and len(field) >= 3:
            names = get_month_names("wide" if len(field) == 4 else "abbreviated", locale=locale)
            words = {str(name): number for number, name in names.items()}
            numbered = {re.sub(r"\d+", "", word) for word in words}
            if len(numbered) != 1:
                return None  # months with names of their own: dates.py reads them
            out.append(r"(?P<month>\d{1,2})\s*" + re.escape(numbered.pop()))
        elif letter in "ML":
            out.append(r"(?P<month>\d{1,2})")
        elif letter == "d":
            out.append(r"(?P<day>\d{1,2})")
        elif letter in "Ec":
            continue  # a weekday: any pattern may end in one (below)
        elif letter == "G":
            return None
        elif field.startswith("'"):
            out.append(re.escape(field.strip("'")))
        else:
            out.append(r"\s*".join(re.escape(part) for part in field.split()) or r"\s*")
    return r"\s*".join(out) if out else None


def _weekday(locale: str) -> str:
    names = {
        str(name)
        for width in ("wide", "abbreviated")
        for name in get_day_names(width, locale=locale).values()
    }
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return rf"(?:\s*[(（]?(?:{alternation})[)）]?)"


@cache
def _patterns() -> re.Pattern[str]:
    found: dict[str, None] = {}
    for locale in LANGUAGES:
        for width in ("full", "long", "medium", "short"):
            regex = _regex(get_date_format(width, locale=locale).pattern, locale)
            if regex is not None:
                found.setdefault(regex + _weekday(locale) + r"?\.?", None)
    grouped = (f"(?:{r})" for r in found)
    numbered = (
        re.sub(r"\(\?P<(\w+)>", lambda m, i=i: f"(?P<{m[1]}{i}>", regex)  # type: ignore[misc]
        for i, regex in enumerate(grouped)
    )
    return re.compile("|".join(numbered))


def numbered_date(text: str) -> tuple[int, int, int] | None:
    """The (year, month, day) of a date the whole of `text` is, in a pattern CLDR gives a
    language that numbers its months; None for anything else."""
    if not text[:4].isdigit():
        return None
    match = _patterns().fullmatch(text)
    if match is None:
        return None
    parts = {name.rstrip("0123456789"): int(v) for name, v in match.groupdict().items() if v}
    return parts["year"], parts["month"], parts["day"]
