"""Acting on many posts: x selects a row, X the whole filter; +, u, C and export act on the
selection at once, say how many, and U undoes the last such change."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import listed_count, screen_text
from tests.ui.helpers import settle, type_filter, wait_for_screen
from tests.ui.test_export_cite import home, messages, wait_for
from tuiarchive.store import open_store
from tuiarchive.ui.app import make_app

SIZE = (120, 36)
SELECTED = "\u2713"


def rows_selected(app) -> int:  # type: ignore[no-untyped-def]
    """How many list rows on screen carry the selection mark (just after the unread dot and
    the star)."""
    return sum(1 for line in screen_text(app).splitlines() if line[2:3] == SELECTED)


async def test_x_selects_rows_plus_tags_them_all_and_u_undoes(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("x", "x", "x")  # each x selects and moves down
        await pilot.press("k", "x")  # the third again: unselected
        await settle(pilot)
        assert rows_selected(app) == 2
        await pilot.press("plus")
        await wait_for_screen(pilot, "+tag adds")
        assert "Tags of 2 selected posts" in screen_text(app)
        await pilot.press(*"+ferry", "enter")
        await settle(pilot)
        await wait_for(pilot, lambda: "Tagged 2 posts +ferry" in messages(app))
        await type_filter(pilot, "tag:ferry")
        assert "2 of 81 posts" in screen_text(app)
        await pilot.press("enter", "U")  # to the list, undo
        await settle(pilot)
        await wait_for(pilot, lambda: "Undone: Tagged 2 posts +ferry" in messages(app))
    with open_store(sample_archive) as store:
        assert store.tag_counts() == {}


async def test_X_takes_the_filtered_set_and_u_marks_them_read_at_once(
    sample_archive: Path,
) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await type_filter(pilot, "label:energy")
        count = listed_count(app, 81)
        await pilot.press("enter", "X")
        await settle(pilot)
        await wait_for(
            pilot, lambda: any(m.startswith(f"Selected {count} posts") for m in messages(app))
        )
        await pilot.press("u")
        await settle(pilot)
        await wait_for(pilot, lambda: f"Marked {count} posts read" in messages(app))
        await type_filter(pilot, "label:energy is:unread")
        assert "0 of 81 posts" in screen_text(app)
        await pilot.press("enter", "U")
        await settle(pilot)
        await wait_for(pilot, lambda: f"Undone: Marked {count} posts read" in messages(app))
    with open_store(sample_archive) as store:
        assert not store.state.marks["read"]


async def test_the_selection_is_exported_and_cited_whole(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("x", "x", "x")
        clippings = home() / "tuiarchive-clippings.md"
        await pilot.press("C")
        await wait_for(pilot, clippings.exists)
        assert clippings.read_text().count("\u2014 ") >= 3  # three citation lines
        assert any("3 posts with their citations" in m for m in messages(app)), messages(app)
        await pilot.press("ctrl+p")
        await pilot.pause(0.2)
        await pilot.press(*"Export the filtered posts as JSON")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await wait_for(pilot, lambda: any(m.startswith("Exported") for m in messages(app)))
        [directory] = list(home().glob("tuiarchive-export-*"))
        assert len((directory / "posts.jsonl").read_text().splitlines()) == 3
