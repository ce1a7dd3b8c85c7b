"""Reading comfortably: list rows a reader can tell apart, finding in the post, a full-screen
reader, the reading position, and a timeline that filters to a month. Driven by the keys a
person presses; assertions on what the screen shows."""

from __future__ import annotations

import re
from pathlib import Path

from tests.ui.conftest import screen_text
from tests.ui.helpers import settle
from tuiarchive.ui.app import make_app
from tuiarchive.ui.widgets.filter_bar import FilterBar
from tuiarchive.ui.widgets.post_list import PostList
from tuiarchive.ui.widgets.reader import Reader
from tuiarchive.ui.widgets.timeline import Timeline

WIDE = (160, 40)
NARROW = (100, 40)


def row_of(app, date: str) -> str:  # type: ignore[no-untyped-def]
    """The list's row of that date as the screen shows it (up to the list's border)."""
    for line in screen_text(app).splitlines():
        if line[3:13] == date:
            return line.split("\u2502")[0]
    raise AssertionError(f"no row dated {date} on the screen:\n{screen_text(app)}")


async def test_a_row_at_160_columns_gives_the_title_the_room(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("s")  # star the newest post, which is unread
        await settle(pilot)
        row = row_of(app, "2016-11-17")
        # Unread and starred side by side, then the date, the series as a short tag, and
        # the title without its series prefix, then the author.
        assert row.startswith(
            "\u25cf\u2605 2016-11-17 FR  The Word \u0643\u062a\u0627\u0628 in a Bukhara"
        )
        assert "Field Report" not in row
        assert "Aino Rask" in row
        # A post of another series says so; a short title leaves room for the labels.
        row = row_of(app, "2016-10-29")
        assert row.startswith("\u25cf  2016-10-29 WD  Georgia Votes, Tashkent Loosens")
        assert "Mara Lindqvist" in row
        row = row_of(app, "2016-04-12")
        assert "LN  A Language Inspector Calls  lang" in row


async def test_a_row_at_100_columns(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        row = row_of(app, "2016-11-17")
        assert row.startswith("\u25cf  2016-11-17 FR  The Word \u0643\u062a\u0627\u0628 in a")
        assert "Field Report" not in row
        row = row_of(app, "2016-10-24")
        assert row.startswith("\u25cf  2016-10-24 FR  Night Shift at the")


async def test_v_hides_the_series_column_and_shows_titles_as_written(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        assert row_of(app, "2016-11-17").startswith("\u25cf  2016-11-17 Field Report: The Word")
        await pilot.press("v")
        await settle(pilot)
        assert row_of(app, "2016-11-17").startswith("\u25cf  2016-11-17 FR  The Word")


def reader_border(app) -> str:  # type: ignore[no-untyped-def]
    """The reader's bottom border as the screen shows it (the line holding its percent)."""
    reader = app.query_one(Reader)
    line = screen_text(app).splitlines()[reader.region.bottom - 1]
    return line[reader.region.x : reader.region.right]


async def test_z_gives_the_reader_the_whole_width_and_brings_the_list_back(
    sample_archive: Path,
) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("enter", "z")
        await settle(pilot)
        lines = screen_text(app).splitlines()
        assert not any("2016-10-29" in line for line in lines)  # no list
        assert lines[3].startswith(" Field Report: The Word")  # the reader from the left edge
        await pilot.press("n")  # n still reads the next post of the (hidden) list
        await settle(pilot)
        assert screen_text(app).splitlines()[3].startswith(" Weekly Digest: Georgia Votes")
        await pilot.press("z")
        await settle(pilot)
        assert row_of(app, "2016-10-29").startswith("   2016-10-29 WD")  # read now: no dot
        await pilot.press("z", "escape")  # escape goes back to the list, and shows it
        await settle(pilot)
        assert row_of(app, "2016-10-29")
        assert isinstance(app.focused, PostList)


async def test_the_reader_border_shows_how_far_in_the_post_the_view_is(
    sample_archive: Path,
) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        top = reader_border(app)
        assert "%" in top and "100%" not in top
        percent = int(re.findall(r"(\d+)%", top)[0])
        await pilot.press("space")
        await pilot.pause()
        further = int(re.findall(r"(\d+)%", reader_border(app))[0])
        assert percent < further
        await pilot.press("G")
        await pilot.pause()
        assert "100%" in reader_border(app)


def found_on_screen(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The text the reader shows in the find's match style, line by line of its view."""
    reader = app.query_one(Reader)
    found = reader.get_component_rich_style("reader--found").bgcolor
    current = reader.get_component_rich_style("reader--found-current").bgcolor
    return [
        segment.text
        for y in range(reader.scrollable_content_region.height)
        for segment in reader.render_line(y)
        if segment.style is not None and segment.style.bgcolor in (found, current)
    ]


async def test_f_finds_in_the_post_with_a_count_and_n_and_shift_n_move(
    sample_archive: Path,
) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("enter", "f", *"script")
        await settle(pilot)
        text = screen_text(app)
        assert "1 of 3" in text  # manuscripts, Arabic script, older scripts
        assert [t.lower() for t in found_on_screen(app)] == ["script"] * 3
        await pilot.press("enter")  # back to reading, the find stays open
        assert isinstance(app.focused, Reader)
        await pilot.press("n")
        await pilot.pause()
        assert "2 of 3" in screen_text(app)
        await pilot.press("n")
        await pilot.pause()
        text = screen_text(app)
        assert "3 of 3" in text and "older scripts" in text.replace("\n", " ")
        await pilot.press("N")
        await pilot.pause()
        assert "2 of 3" in screen_text(app)
        await pilot.press("escape")  # closes the find; n is the next post again
        await pilot.pause()
        assert "of 3" not in screen_text(app) and not found_on_screen(app)
        assert isinstance(app.focused, Reader)
        await pilot.press("n")
        await settle(pilot)
        assert app.query_one(Reader).text_lines[0].startswith(" Weekly Digest: Georgia Votes")


async def test_a_find_with_no_match_says_so(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"zzyzx")
        await settle(pilot)
        assert "no match" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert "no match" not in screen_text(app)


async def test_the_timeline_takes_focus_moves_along_months_and_filters_to_one(
    sample_archive: Path,
) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        timeline = app.query_one(Timeline)
        await pilot.press("tab", "tab")  # list → reader → timeline
        assert app.focused is timeline
        await pilot.pause()
        assert "November 2016: 1 post" in screen_text(app)  # the newest month to start
        await pilot.press("left")
        await pilot.pause()
        assert "October 2016: 4 posts" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert app.query_one(FilterBar).text == "date:2016-10"
        assert "4 of 81 posts" in screen_text(app)
        # Another month replaces the date term; the filter's other terms stay.
        await pilot.press("slash", "end", *" ferry", "enter")  # enter: back to the list
        await settle(pilot)
        assert app.query_one(FilterBar).text == "date:2016-10 ferry"
        app.set_focus(timeline)
        await pilot.press(*["left"] * 29)  # back to May 2014
        await pilot.pause()
        assert "May 2014:" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert app.query_one(FilterBar).text == "ferry date:2014-05"
        # enter on the month already chosen takes it out again.
        await pilot.press("enter")
        await settle(pilot)
        assert app.query_one(FilterBar).text == "ferry"


async def test_back_after_a_timeline_month_returns_to_the_filter_of_before(
    sample_archive: Path,
) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"ferry", "enter")
        await settle(pilot)
        timeline = app.query_one(Timeline)
        app.set_focus(timeline)
        await pilot.press("left", "enter")
        await settle(pilot)
        assert app.query_one(FilterBar).text.startswith("ferry date:")
        app.set_focus(app.query_one("#post-list"))
        await pilot.press("backspace")
        await settle(pilot)
        assert app.query_one(FilterBar).text == "ferry"
