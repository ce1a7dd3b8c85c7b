"""Dates as runs of days: a date range finds the same posts as looking at every date."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.archives import add_posts
from tests.dumps import item_page
from tuiarchive.dumps.parser import parse_text
from tuiarchive.query.language import parse_filter
from tuiarchive.store import open_store
from tuiarchive.store.day_runs import DayRuns

DAYS = [f"2014-0{m}-{d:02d}" for m in (3, 4, 5) for d in (1, 9, 30)]


def newest_first(dates: list[str | None]) -> list[str | None]:
    dated = sorted((d for d in dates if d is not None), reverse=True)
    return [*dated, *(None for d in dates if d is None)]


@given(
    st.lists(st.one_of(st.none(), st.sampled_from(DAYS)), max_size=40),
    st.one_of(st.none(), st.sampled_from([*DAYS, "2014-04-05", "2013-12-31", "2015-01-01"])),
    st.one_of(st.none(), st.sampled_from([*DAYS, "2014-04-05", "2013-12-31", "2015-01-01"])),
)
def test_a_date_range_finds_the_posts_looking_at_every_date_finds(
    dates: list[str | None], first: str | None, last: str | None
) -> None:
    dates = newest_first(dates)
    days = DayRuns.of_dates(dates)
    wanted = [
        n for n, d in enumerate(dates)
        if d is not None and (first is None or d >= first) and (last is None or d <= last)
    ]  # fmt: skip
    assert list(days.run(first, last)) == wanted
    kept = DayRuns.from_bytes(days.to_bytes())
    assert list(kept.run(first, last)) == wanted
    assert len(kept) == len(dates)
    assert kept.oldest == min((d for d in dates if d), default=None)
    assert sum(n for _, n in kept.counted()) == len(dates)


def pages(count: int) -> list[str]:
    return [
        item_page(f"Friday, May {1 + n % 28}, {2012 + n % 3}", title=f"Quay Note {n}")
        for n in range(count)
    ]


def test_a_date_filter_on_a_reopened_archive_does_not_read_every_date(archive_path: Path) -> None:
    with open_store(archive_path) as store:
        for n, page in enumerate(pages(9)):
            add_posts(store, parse_text(page, f"p{n}.txt"))
        before = [p for p in parse_filter("date:2013").run(store.catalogue())]
    with open_store(archive_path) as store:
        catalogue = store.catalogue()
        found = parse_filter("date:2013").run(catalogue)
        assert list(found) == before and len(found) == 3
        assert (catalogue.oldest_date, catalogue.newest_date) == ("2012-05-01", "2014-05-09")
        assert "dates" not in vars(catalogue._order)  # the snapshot's days answered


def test_a_snapshot_from_before_days_were_kept_is_made_again_with_them(archive_path: Path) -> None:
    with open_store(archive_path) as store:
        for n, page in enumerate(pages(6)):
            add_posts(store, parse_text(page, f"p{n}.txt"))
        store.catalogue()
        store.index.db.execute("DELETE FROM snapshot WHERE key = 'days'")
    with open_store(archive_path) as store:
        found = parse_filter("date:2014").run(store.catalogue())
        assert len(found) == 2
        kept = store.index.db.execute("SELECT count(*) FROM snapshot WHERE key = 'days'")
        assert kept.fetchone()[0] == 1
