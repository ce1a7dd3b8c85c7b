"""Numeric dates that read both ways, read as the page's other dates or its language write them."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import cache

from babel import Locale
from babel.dates import get_date_format

from tuiarchive.dumps.dates import DumpDate, Moment
from tuiarchive.dumps.line_kinds import Line
from tuiarchive.dumps.page_language import page_language

_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})([/.-])(\d{1,2})\2\d{4}(?!\d)")


def _dates(line: Line) -> list[DumpDate]:
    moment = line.facts.moment
    return [d for d in (line.date, moment.date if moment else None) if d is not None]


def _proven(lines: Sequence[Line], separator: str) -> tuple[bool, str] | None:
    """(day first?, the date that shows it) when the page's dates in the same layout put
    a number over 12 only first or only second; None when none does, or both do."""
    found: dict[bool, str] = {}
    for line in lines:
        for date in _dates(line):
            match = _NUMERIC.search(date.text)
            if match is None or match[2] != separator:
                continue
            first, second = int(match[1]), int(match[3])
            if (first > 12) != (second > 12):
                found.setdefault(first > 12, date.text)
    return next(iter(found.items())) if len(found) == 1 else None


@cache
def _writes_day_first(language: str) -> bool:
    """Whether CLDR's short date pattern of the language puts the day first."""
    return get_date_format("short", locale=language).pattern.startswith("d")


def _reread(date: DumpDate, day_first: bool, why: str) -> DumpDate:
    """An ambiguous date read day first or month first, its note saying so and why."""
    match = _NUMERIC.search(date.text)
    assert match is not None and date.iso is not None and date.other is not None
    read_month_first = date.iso[5:7] == f"{int(match[1]):02d}"
    iso, other = (date.iso, date.other) if read_month_first != day_first else (date.other, date.iso)
    order, swapped = ("day", "month") if day_first else ("month", "day")
    note = f"ambiguous: read {order} first ({why}); {swapped} first would be {other}"
    return dataclasses.replace(date, iso=iso, other=other, note=note)


def read_numeric_orders(lines: list[Line]) -> list[Line]:
    """The lines, each numeric date that reads both ways read day first or month first as
    the page's other dates in the same layout prove, else day first on a page whose
    language writes the day first; unchanged where nothing decides."""
    ambiguous = [i for i, line in enumerate(lines) if any(d.other for d in _dates(line))]
    if not ambiguous:
        return lines
    language = page_language(lines)
    out = list(lines)
    for index in ambiguous:
        line = lines[index]
        dates = {}
        for date in _dates(line):
            match = _NUMERIC.search(date.text)
            if date.other is None or match is None:
                continue
            proven = _proven(lines, match[2])
            if proven is not None:
                why = f"as {proven[1]!r} on the same page is"
                dates[id(date)] = _reread(date, proven[0], why)
            elif language is not None and _writes_day_first(language):
                name = Locale.parse(language).get_display_name("en")
                dates[id(date)] = _reread(date, True, f"the page is in {name}")
        if not dates:
            continue
        new_date = dates.get(id(line.date), line.date)
        moment = line.facts.moment
        facts = line.facts
        if moment is not None and moment.date is not None and id(moment.date) in dates:
            facts = dataclasses.replace(facts, moment=Moment(dates[id(moment.date)], moment.time))
        out[index] = dataclasses.replace(line, date=new_date, facts=facts)
    return out
