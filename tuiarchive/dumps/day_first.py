"""Numeric dates that read both ways, read as the page's other dates or its language write them."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import cache, cached_property

from babel import Locale
from babel.dates import get_date_format

from tuiarchive.dumps.dates import DumpDate, Moment
from tuiarchive.dumps.line_kinds import Kind, Line
from tuiarchive.dumps.page_language import page_language
from tuiarchive.dumps.prose_language import prose_language

_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})([/.-])(\d{1,2})\2\d{4}(?!\d)")


def _dates(line: Line) -> list[DumpDate]:
    moment = line.facts.moment
    return [d for d in (line.date, moment.date if moment else None) if d is not None]


#: A line of text this short may be a comment's stamp: its dates count as the page's.
_STAMP_LENGTH = 60


def _proven(lines: Sequence[Line], separator: str) -> tuple[bool, str] | None:
    """(day first?, the date that shows it) when the page's dates in the same layout put
    a number over 12 only first or only second; None when none does, or both do."""
    found: dict[bool, str] = {}
    for line in lines:
        if line.kind is Kind.TEXT and len(line.text) > _STAMP_LENGTH or separator not in line.text:
            continue
        for match in _NUMERIC.finditer(line.text):
            if match[2] != separator:
                continue
            first, second = int(match[1]), int(match[3])
            if (first > 12) != (second > 12):
                found.setdefault(first > 12, match[0])
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


class PageOrder:
    """What decides, on one page, the order of its numeric dates that read both ways
    (looked for the first time such a date is met)."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self.lines = lines
        self._proven: dict[str, tuple[bool, str] | None] = {}

    @cached_property
    def language(self) -> str | None:
        """The page's language, voted the first time a date needs it."""
        return page_language(self.lines)

    @cached_property
    def prose_language(self) -> str | None:
        """The language of the page's prose, asked only when its chrome tells none."""
        return prose_language(self.lines)

    def read(self, date: DumpDate) -> DumpDate:
        """The date read in the order the page's other dates prove, else day first when
        the page's language writes the day first; as it was when nothing decides."""
        match = _NUMERIC.search(date.text) if date.other is not None else None
        if match is None:
            return date
        if match[2] not in self._proven:
            self._proven[match[2]] = _proven(self.lines, match[2])
        proven = self._proven[match[2]]
        if proven is not None:
            return _reread(date, proven[0], f"as {proven[1]!r} on the same page is")
        language = self.language
        if language is not None and _writes_day_first(language):
            name = Locale.parse(language).get_display_name("en")
            return _reread(date, True, f"the page is in {name}")
        prose = self.prose_language if language is None else None
        if prose is not None and _writes_day_first(prose):
            name = Locale.parse(prose).get_display_name("en")
            return _reread(date, True, f"the page's prose is in {name}")
        return date


def read_numeric_orders(lines: list[Line]) -> list[Line]:
    """The lines, each date header's or byline's numeric date that reads both ways read as
    `PageOrder` decides; the same lines when there is none."""
    # only a date header or a line with a moment holds a date: most lines are passed over cheaply
    ambiguous = [
        i
        for i, line in enumerate(lines)
        if (line.date is not None or line.facts.moment is not None)  # cheap, before _dates
        and any(d.other for d in _dates(line))
    ]
    if not ambiguous:
        return lines
    order = PageOrder(lines)
    out = list(lines)
    for index in ambiguous:
        line = lines[index]
        moment = line.facts.moment
        facts = line.facts
        if moment is not None and moment.date is not None:
            facts = dataclasses.replace(facts, moment=Moment(order.read(moment.date), moment.time))
        date = order.read(line.date) if line.date is not None else None
        out[index] = dataclasses.replace(line, date=date, facts=facts)
    return out
