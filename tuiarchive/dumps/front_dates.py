"""A front matter's timestamp and the date the page prints: the same post's when a day apart."""

from __future__ import annotations

from datetime import date


def near_front_date(printed: str | None, front: str) -> bool:
    """Whether a printed date is the front matter's, or a day either side of it: a timestamp
    written in UTC near midnight ("2017-05-09T22:00Z") names the day the page prints as the
    10th. The page's printed date is then the post's."""
    if printed is None:
        return False
    if printed == front:
        return True
    try:
        apart = date.fromisoformat(printed[:10]) - date.fromisoformat(front[:10])
    except ValueError:
        return False
    return abs(apart.days) <= 1
