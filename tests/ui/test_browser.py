"""The browser, driven by the keys a person presses; assertions on what the screen shows."""

from __future__ import annotations

from pathlib import Path

from tests.archives import add_posts
from tests.ui.conftest import screen_text
from tests.ui.helpers import settle, type_filter
from tuiarchive.model import Post, post_identity
from tuiarchive.store import open_store
from tuiarchive.ui.app import make_app
from tuiarchive.ui.screens.help import HelpScreen
from tuiarchive.ui.widgets.filter_bar import FilterBar
from tuiarchive.ui.widgets.post_list import PostList
from tuiarchive.ui.widgets.reader import Reader

NEWEST = "Field Report: The Word \u0643\u062a\u0627\u0628 in a Bukhara Reading Room"
SIZE = (120, 36)


async def test_opens_on_the_newest_post_with_focus_in_the_list(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "81 of 81 posts \u00b7 all posts \u00b7 newest first" in text
        assert isinstance(app.focused, PostList)
        assert app.query_one(Reader).text_lines[0].strip() == NEWEST
        assert "Quit" in text and "Help" in text  # the footer names the keys


async def test_filter_as_you_type_with_highlights(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_filter(pilot, "ferry date:2014-05")
        text = screen_text(app)
        assert "4 of 81 posts \u00b7 posts mentioning \u201cferry\u201d in May 2014" in text
        post_list = app.query_one(PostList)
        catalogue = post_list.results.catalogue  # type: ignore[union-attr]
        titles = [catalogue.summary(p).title for p in post_list.rows]
        assert titles[0] == "Weekly Digest: Ferries, Census Quarrels and a Dry Spring"
        assert all(
            post_list.results.catalogue.dates[p].startswith("2014-05") for p in post_list.rows
        )  # type: ignore[union-attr]
        hit_style = app.query_one(Reader).get_component_rich_style("reader--hit")
        hits = {
            seg.text
            for strip in app.query_one(Reader)._lines
            for seg in strip
            if seg.style and seg.style.bgcolor == hit_style.bgcolor and seg.text.strip()
        }
        assert "ferry" in hits and "Ferries" not in hits  # a prefix: "ferry" is not in "ferries"


async def test_a_bad_term_is_shown_and_the_last_good_result_kept(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_filter(pilot, "pipeline date")
        good = list(app.query_one(PostList).rows)
        assert good
        await pilot.press(*":Febtober")
        await settle(pilot)
        text = screen_text(app)
        assert "date:Febtober" in text and "not a date" in text
        assert list(app.query_one(PostList).rows) == good
        assert app.query_one(FilterBar).has_class("-invalid")


async def test_escape_clears_then_leaves_and_enter_goes_to_the_list(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_filter(pilot, "drought")
        assert len(app.query_one(PostList).rows) < 81
        await pilot.press("escape")
        await settle(pilot)
        assert app.query_one(FilterBar).text == ""
        assert len(app.query_one(PostList).rows) == 81
        assert app.focused is app.query_one(FilterBar).input
        await pilot.press("escape")
        assert isinstance(app.focused, PostList)
        await type_filter(pilot, "drought")
        await pilot.press("enter")
        assert isinstance(app.focused, PostList)
        await pilot.press("slash", "down")
        assert isinstance(app.focused, PostList)


async def test_list_navigation_keys_and_the_reader_follows(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        post_list, reader = app.query_one(PostList), app.query_one(Reader)
        await pilot.press("j", "j", "down")
        assert post_list.cursor == 3
        await pilot.press("k", "up")
        assert post_list.cursor == 1
        title = post_list.results.catalogue.summary(post_list.highlighted).title  # type: ignore[union-attr,arg-type]
        assert reader.text_lines[0].strip() == title
        await pilot.press("G")
        assert post_list.cursor == 80
        assert "Narva\u2019s Power Plants" in reader.text_lines[0]
        await pilot.press("g")
        assert post_list.cursor == 0
        await pilot.press("pagedown")
        assert post_list.cursor > 10
        await pilot.press("pageup")
        assert post_list.cursor == 0


async def test_enter_opens_the_post_in_the_reader_and_marks_it_read(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert screen_text(app).splitlines()[3].startswith("\u25cf")  # unread
        await pilot.press("enter")
        await settle(pilot)  # the dot goes once the store has saved the read mark
        assert isinstance(app.focused, Reader)
        assert not screen_text(app).splitlines()[3].startswith("\u25cf")
        reader = app.query_one(Reader)
        await pilot.press("space")
        assert reader.scroll_offset.y > 0
        await pilot.press("pageup")
        assert reader.scroll_offset.y == 0
        await pilot.press("n")
        await pilot.pause()
        assert app.query_one(PostList).cursor == 1
        assert "Weekly Digest: Georgia Votes" in reader.text_lines[0]
        await pilot.press("p")
        await pilot.pause()
        assert reader.text_lines[0].strip() == NEWEST
        await pilot.press("escape")
        assert isinstance(app.focused, PostList)


async def test_tab_switches_panes(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        assert isinstance(app.focused, Reader)
        await pilot.press("shift+tab")
        assert isinstance(app.focused, PostList)


async def test_star_survives_a_restart_and_is_found_with_is_starred(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "s")
        await pilot.pause(0.3)
        assert screen_text(app).splitlines()[4].startswith("\u25cf\u2605")  # unread, starred
        await pilot.press("q")
    assert app.return_code == 0
    again = make_app(sample_archive)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_filter(pilot, "is:starred")
        text = screen_text(again)
        assert "1 of 81 posts \u00b7 starred posts" in text
        assert "Weekly Digest: Georgia Votes" in text
        await pilot.press("enter", "s")
        await pilot.pause(0.3)
    with open_store(sample_archive) as store:
        assert store.state.marks["starred"] == set()


async def test_u_toggles_read(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("u")
        await pilot.pause(0.3)
        assert not screen_text(app).splitlines()[3].startswith("\u25cf")
        await pilot.press("u")
        await pilot.pause(0.3)
        assert screen_text(app).splitlines()[3].startswith("\u25cf")
        await type_filter(pilot, "is:unread")
        assert "81 of 81 posts" in screen_text(app)


async def test_o_cycles_the_order(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await pilot.pause()
        text = screen_text(app)
        assert "oldest first" in text
        assert "2012-01-17" in text.splitlines()[3]
        await pilot.press("o")
        await pilot.pause()
        assert "newest first" in screen_text(app)


async def test_t_toggles_the_timeline(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.pause(0.2)
        assert "busiest: May 2014 (10)" in screen_text(app)
        await pilot.press("t")
        await pilot.pause()
        assert "busiest" not in screen_text(app)
        await type_filter(pilot, "drought")
        await pilot.press("escape", "escape", "t")
        await pilot.pause(0.3)
        assert "posts per month, 2012\u20132016" in screen_text(app)


async def test_help_lists_keys_and_the_filter_language(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause(0.5)
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        assert "tuiarchive — keys" in text and "type a filter" in text
        await pilot.press("G")
        await pilot.pause(0.2)
        text = screen_text(app)
        assert "date:2013..2014-06" in text and "is:starred" in text
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_q_quits(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0 and not app.is_running


async def test_the_command_palette_offers_the_actions(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause(0.2)
        await pilot.press(*"Starred posts")
        await pilot.pause(0.5)
        assert "Filter: is:starred" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert app.query_one(FilterBar).text == "is:starred"
        assert "0 of 81 posts" in screen_text(app)


async def test_an_empty_archive_says_how_to_import(tmp_path: Path) -> None:
    app = make_app(tmp_path / "new")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "The archive is empty. Import a folder of dumps with:" in screen_text(app)
        assert "tuiarchive --import PATH" in "\n".join(app.query_one(Reader).text_lines)


async def test_no_matches_says_so_with_the_filter(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_filter(pilot, "zeppelin")
        assert "No posts match: posts mentioning \u201czeppelin\u201d" in screen_text(app)


HOSTILE_TITLE = (
    "[bold]Not bold[/] [@click=app.quit]x[/] [link=http://e.x]y \x1b]0;pwned\x07 \x1b[31mred"
)
HOSTILE_BODY = (
    "[/] and [/bold] \u202eevil\u202c \x9b31m e\u0301\u0301 \u4e00\u5e26\u4e00\u8def \ud800 end"
)


async def test_hostile_text_is_shown_literally_and_never_obeyed(tmp_path: Path) -> None:
    post = Post(id=post_identity("2020-01-01", HOSTILE_TITLE, HOSTILE_BODY), title=HOSTILE_TITLE,
                body=HOSTILE_BODY, date="2020-01-01", author="[i]Mallory[/i]",
                labels=("[red]x",))  # fmt: skip
    with open_store(tmp_path / "a") as store:
        add_posts(store, [post])
    app = make_app(tmp_path / "a")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("enter", "s", "u")
        await pilot.pause(0.3)
        text = screen_text(app)
        assert "[bold]Not bold[/] [@click=app.quit]x[/]" in text
        assert "\u241b]0;pwned\u2407" in text and "\u241b[31mred" in text  # ␛ and ␇ shown, not sent
        reader = "\n".join(app.query_one(Reader).text_lines)
        assert "[/] and [/bold] \u27e8RLO\u27e9evil\u27e8PDF\u27e9 \u27e89B\u27e931m" in reader
        assert "[i]Mallory[/i]" in reader and "[red]x" in reader
        assert "\x1b" not in text and "\u202e" not in text
        assert app.is_running


async def test_resizing_to_60x20_and_back_keeps_everything_usable(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.resize_terminal(60, 20)
        await pilot.pause(0.2)
        text = screen_text(app)
        assert app.archive.has_class("-narrow")
        assert "81 of 81 posts" in text
        assert "\u25cf  2016-11-17 FR  The Word" in text
        assert (
            app.query_one(Reader).region.height >= 5 and app.query_one(PostList).region.height >= 4
        )
        await pilot.press("j", "enter")
        await pilot.pause()
        assert "Weekly Digest: Georgia Votes" in screen_text(app)
        await pilot.resize_terminal(*SIZE)
        await pilot.pause(0.2)
        assert not app.archive.has_class("-narrow")
        assert app.query_one(Reader).text_lines[0].startswith(" Weekly Digest: Georgia Votes")


async def test_the_first_screen_is_drawn_without_reading_every_posts_id_or_date(
    sample_archive: Path,
) -> None:
    """At a million posts, reading every id and date costs a quarter of a second of the
    start: the rows on screen carry their own."""
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        order = app.archive.results.catalogue._order  # type: ignore[union-attr]
        text = screen_text(app)
        assert NEWEST[:40] in text and "2016-" in text  # rows with their dates
        assert "ids" not in vars(order) and "dates" not in vars(order)
        await pilot.press("s")  # a star on the highlighted post shows on its row
        await settle(pilot)
        assert "\u2605" in screen_text(app)
