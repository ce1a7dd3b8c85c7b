"""A byline's 12-hour time with the half of the day in words ("после полудня", "ÖS"), not "PM"."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.dates import match_moment
from tuiarchive.dumps.parser import parse_text


def _page(byline: str) -> str:
    return (
        "Как я чинил старый велосипед\n\n"
        "Весной я достал из сарая велосипед деда и решил его починить.\n"
        "Цепь заржавела, но тормоза ещё держат.\n\n"
        f"{byline}\n\n"
        "Ярлыки: велосипеды\n"
    )


@pytest.mark.parametrize(
    ("stamp", "time"),
    [
        ("3/14/2011 07:40:00 после полудня", "19:40"),
        ("3/14/2011 07:40:00 до полудня", "07:40"),
        ("3/14/2011 12:10:00 до полудня", "00:10"),
    ],
)
def test_a_russian_12_hour_byline(stamp: str, time: str) -> None:
    (post,) = parse_text(_page(f"Автор: Ника на {stamp}"), "page.txt")
    assert post.title == "Как я чинил старый велосипед"
    assert post.author == "Ника"
    assert post.date == "2011-03-14"
    assert post.time == time


def test_a_cldr_day_period_word_in_a_stamp() -> None:
    moment = match_moment("3/14/2011 07:40 пп")
    assert moment is not None and moment.time == "19:40"
    assert moment.date is not None and moment.date.iso == "2011-03-14"
