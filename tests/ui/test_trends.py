"""The trends screen: filters side by side per month or year, peaks named, CSV exported."""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input

from tests.ui.conftest import screen_text
from tests.ui.helpers import settle, type_filter, wait_for_screen
from tests.ui.test_hostile_text import assert_nothing_obeyed, hostile_archive
from tuiarchive.datetext import month_name
from tuiarchive.model import Post
from tuiarchive.research.trends import MIN_POSTS
from tuiarchive.store import open_store
from tuiarchive.ui.app import make_app
from tuiarchive.ui.screens.archive import ArchiveScreen
from tuiarchive.ui.screens.trends import TrendsScreen
from tuiarchive.ui.widgets.trends_chart import TrendsChart

SIZE = (120, 36)


def all_posts(path: Path) -> list[Post]:
    with open_store(path) as store:
        return list(store.posts(list(store.catalogue().ids)))


def expected_peak(posts: list[Post], word: str, width: int) -> str:
    """The peak worked out from the posts' own dates: largest share, then most posts, earliest."""
    pattern = re.compile(rf"\b{word}", re.I)
    totals = Counter(p.date[:width] for p in posts if p.date)
    hits = Counter(
        p.date[:width] for p in posts if p.date and pattern.search(f"{p.title} {p.body}")
    )
    full = [k for k in hits if totals[k] >= MIN_POSTS]  # periods with posts enough for a share
    if not full:
        period = min(hits, key=lambda k: (-hits[k], k))
        label = period if width == 4 else f"{month_name(int(period[5:]))} {period[:4]}"
        return f"most posts: {label} ({hits[period]} post{'s' if hits[period] != 1 else ''})"
    period = min(full, key=lambda k: (-hits[k] / totals[k], -hits[k], k))
    share, count = hits[period] / totals[period] * 100, hits[period]
    label = period if width == 4 else f"{month_name(int(period[5:]))} {period[:4]}"
    return f"peak: {label}, {share:.1f} per 100 posts ({count} post{'s' if count != 1 else ''})"


async def wait_for_trends(pilot: Pilot) -> TrendsScreen:
    for _ in range(200):
        screen = pilot.app.screen
        busy = any(w.is_running and w.group == "trends" for w in pilot.app.workers)
        if isinstance(screen, TrendsScreen) and not busy:
            break
        await pilot.pause(0.02)
    await pilot.pause()
    assert isinstance(pilot.app.screen, TrendsScreen)
    return pilot.app.screen


async def add(pilot: Pilot, text: str) -> None:
    """Type a filter into the trends' input (reached with 'a' from elsewhere) and press enter."""
    if not isinstance(pilot.app.focused, Input):
        await pilot.press("a")
    await pilot.press(*text, "enter")
    await wait_for_trends(pilot)


async def test_three_filters_peaks_years_and_the_csv(sample_archive: Path, tmp_path: Path) -> None:
    posts = all_posts(sample_archive)
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await type_filter(pilot, "ferry")
        await pilot.press("enter", "T")  # from the list, with the filter typed
        screen = await wait_for_trends(pilot)
        await add(pilot, "grain")
        await add(pilot, "pipeline")
        await pilot.press("escape")  # leave the input: focus on the chart
        await pilot.pause()
        assert screen.texts == ["ferry", "grain", "pipeline"]
        text = screen_text(app)
        for word in ("ferry", "grain", "pipeline"):
            assert expected_peak(posts, word, 7) in text, word
        dated_ferry = sum(
            1 for p in posts if p.date and re.search(r"\bferry", p.title + " " + p.body, re.I)
        )
        assert f"1 ferry  {dated_ferry} dated posts" in text
        # Every month is a row, empty ones too: the first screenful starts in January 2012.
        assert "2012-01" in text and "2012-04      \u00b7 \u2502" in text
        chart = app.screen.query_one(TrendsChart)
        assert chart.table is not None and len(chart.table.periods) == 60

        await pilot.press("z")
        await pilot.pause()
        text = screen_text(app)
        years = Counter(p.date[:4] for p in posts if p.date)
        for year in range(2012, 2017):
            assert re.search(rf"^ {year}\s+{years[str(year)]} \u2502", text, re.M), year
        assert "2012-01" not in text
        for word in ("ferry", "grain", "pipeline"):
            assert expected_peak(posts, word, 4) in text, word

        (tmp_path / "home").mkdir()
        await pilot.press("e")
        await wait_for_screen(pilot, "Saved the trends as")
        saved = list((tmp_path / "home").glob("tuiarchive-trends-*.csv"))
        assert len(saved) == 1
        assert f"Saved the trends as {saved[0]}" in [n.message for n in app._notifications]
        rows = list(csv.reader(saved[0].open(encoding="utf-8")))
        assert rows[0] == ["period", "total_posts", "ferry", "ferry per 100", "grain",
                           "grain per 100", "pipeline", "pipeline per 100"]  # fmt: skip
        assert [r[0] for r in rows[1:]] == ["2012", "2013", "2014", "2015", "2016"]
        assert [int(r[1]) for r in rows[1:]] == [years[r[0]] for r in rows[1:]]
        assert sum(int(r[2]) for r in rows[1:]) == dated_ferry

        await pilot.press("x")  # nothing selected in the legend: the last filter goes
        await wait_for_trends(pilot)
        assert screen.texts == ["ferry", "grain"] and "3 pipeline" not in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ArchiveScreen)


async def test_a_bad_filter_is_named_and_nothing_is_added(sample_archive: Path) -> None:
    app = make_app(sample_archive, "grain")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("T")
        screen = await wait_for_trends(pilot)
        await add(pilot, "date:someday")
        text = screen_text(app)
        assert "\u2717 date:someday: 'someday' is not a date" in text
        assert screen.texts == ["grain"]
        await pilot.press(*"x", "ctrl+u")  # typed into the input, not a removal
        assert screen.texts == ["grain"]
        for word in ("ferry", "pipeline", "harbour", "kazakh"):
            await pilot.press(*word, "enter")
            await wait_for_trends(pilot)
        assert len(screen.texts) == 5 and "5 of 5 filters" in screen_text(app)
        await pilot.press(*"census", "enter")
        await pilot.pause()
        assert "At most 5 filters" in screen_text(app) and len(screen.texts) == 5


async def test_an_empty_filter_opens_empty_and_the_palette_opens_trends(
    sample_archive: Path,
) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"trends")
        await wait_for_screen(pilot, "Posts per month for up to five filters")
        await pilot.pause(0.3)
        await pilot.press("enter")
        screen = await wait_for_trends(pilot)
        assert screen.texts == [] and "Type a filter above" in screen_text(app)
        assert isinstance(app.focused, Input)
        await pilot.press(*"harbour", "enter")
        await wait_for_trends(pilot)
        assert "1 harbour" in screen_text(app)


async def test_filter_text_is_shown_literally(tmp_path: Path) -> None:
    first = 'title:"[bold]Bold?[/]"'
    app = make_app(hostile_archive(tmp_path / "a"), first)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("T")
        screen = await wait_for_trends(pilot)
        hostile = "[red]z[/] \x1b]0;t\x07 OR nothing OR [@click=app.quit]x[/]"
        field = app.screen.query_one(Input)
        field.value = hostile
        field.focus()
        await pilot.press("enter")
        await wait_for_trends(pilot)
        assert screen.texts == [first, hostile]
        text = screen_text(app)
        assert f"1 {first}  1 dated post \u00b7 most posts: January 2020 (1 post)" in text
        assert "2 [red]z[/] \u241b]0;t\u2407 OR nothing OR [@click=app.quit]x[/]" in text
        assert_nothing_obeyed(text)
        assert app.is_running


async def test_a_failed_export_says_why_and_a_small_terminal_still_works(
    sample_archive: Path,
) -> None:
    app = make_app(sample_archive, "ferry")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("T")
        await wait_for_trends(pilot)
        await pilot.press("e")  # $HOME (a temporary directory) does not exist in the tests
        await wait_for_screen(pilot, "export failed")
        (message,) = [n.message for n in app._notifications if n.title == "export failed"]
        assert message.startswith(f"could not write {Path.home()}/tuiarchive-trends-")
        assert message.endswith(".csv: No such file or directory")
        assert not list(Path.home().parent.glob("**/tuiarchive-trends-*"))
        for size in ((60, 20), (30, 8), (120, 36)):
            await pilot.resize_terminal(*size)
            await pilot.pause(0.1)
            assert len(screen_text(app).splitlines()) == size[1] and app.is_running
        await pilot.press("z", "end", "z", "pagedown")
        await pilot.pause()
        assert "ferry" in screen_text(app)
