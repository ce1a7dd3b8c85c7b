"""The filter bar tells the truth: operators mistyped as words are named, filters typed
before come back with up and down, and the list can be sorted by title, author or comments."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import screen_text
from tests.ui.helpers import settle, type_filter, wait_for_message, wait_for_screen
from tuiarchive.ui.app import make_app
from tuiarchive.ui.widgets.filter_bar import FilterBar
from tuiarchive.ui.widgets.post_list import PostList

SIZE = (120, 36)


async def test_a_lowercase_or_is_named_and_corrected(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_filter(pilot, "ferry or harbour")
        said = await wait_for_message(
            pilot, "#filter-status", '"or" is searched as a word; did you mean ferry OR harbour?'
        )
        assert "mentioning \u201cor\u201d" in said  # and it is searched as written
        await pilot.press("ctrl+a", "ctrl+k")  # the line cleared
        await type_filter(pilot, "ferry OR harbour")
        said = await wait_for_message(pilot, "#filter-status", "ferry")
        assert "searched as" not in said


async def test_up_and_down_bring_back_the_filters_typed_before(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_filter(pilot, "ferry")
        await pilot.press("enter")  # to the list: the filter is kept in the history
        await type_filter(pilot, " date:2014")  # '/' goes back to the end of the filter
        await pilot.press("enter")
        await pilot.press("slash", "ctrl+a", "ctrl+k", *"grain", "enter")
        await settle(pilot)
        bar = app.query_one(FilterBar)
        await pilot.press("slash", "ctrl+a", "ctrl+k", *"harb")  # typed, not yet done
        await settle(pilot)
        await pilot.press("up")
        await settle(pilot)
        assert bar.text == "grain"
        await pilot.press("up")
        await settle(pilot)
        assert bar.text == "ferry date:2014"
        assert "posts mentioning \u201cferry\u201d in 2014" in screen_text(app)  # and it ran
        await pilot.press("up", "up")  # no further back than the first
        await settle(pilot)
        assert bar.text == "ferry"
        await pilot.press("down", "down")
        await settle(pilot)
        assert bar.text == "grain"
        await pilot.press("down")  # past the newest: back to what was being typed
        await settle(pilot)
        assert bar.text == "harb"
        assert app.focused is bar.input
        await pilot.press("down")  # and down again goes to the list, as before
        assert isinstance(app.focused, PostList)


async def test_o_sorts_by_title_author_and_comments_and_the_palette_names_them(
    sample_archive: Path,
) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_filter(pilot, "ferry")
        await pilot.press("enter")
        post_list = app.query_one(PostList)

        def shown() -> list[tuple[str, str | None, int | None]]:
            assert post_list.results is not None
            catalogue = post_list.results.catalogue
            rows = [catalogue.summary(p) for p in post_list.rows]
            return [(r.title, r.author, r.comments) for r in rows]

        await pilot.press("o", "o", "o")  # newest → oldest → relevance → title
        await settle(pilot)
        await wait_for_message(pilot, "#filter-status", "by title (A\u2013Z)")
        titles = [title.casefold() for title, _, _ in shown()]
        assert titles == sorted(titles) and len(set(titles)) > 3
        assert shown()[0][0] in screen_text(app)
        await pilot.press("o")
        await wait_for_message(pilot, "#filter-status", "by author (A\u2013Z)")
        authors = [(author or "\uffff").casefold() for _, author, _ in shown()]
        assert authors == sorted(authors)
        await pilot.press("o")
        await wait_for_message(pilot, "#filter-status", "most comments first")
        counts = [-1 if c is None else c for _, _, c in shown()]
        assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]
        await pilot.press("o")
        await wait_for_message(pilot, "#filter-status", "newest first")

        await pilot.press("ctrl+p", *"sort by author")
        await wait_for_screen(pilot, "Sort by author")
        await pilot.press("enter")
        await wait_for_message(pilot, "#filter-status", "by author (A\u2013Z)")
        await type_filter(pilot, " date:2014")  # the order stays as the filter changes
        said = await wait_for_message(pilot, "#filter-status", "in 2014")
        assert "by author" in said
        authors = [(author or "\uffff").casefold() for _, author, _ in shown()]
        assert authors == sorted(authors)
