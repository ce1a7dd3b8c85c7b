"""The saved-searches screen (S): save the filter by name, see live counts and +N new, apply."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.ui.conftest import screen_text
from tests.ui.helpers import settle, type_filter, wait_for_message, wait_for_screen
from tuiarchive.loader import import_dumps
from tuiarchive.research.saved import newest_key
from tuiarchive.store import archive as archive_module
from tuiarchive.store import open_store
from tuiarchive.ui.app import make_app
from tuiarchive.ui.screens.archive import ArchiveScreen
from tuiarchive.ui.screens.saved import SavedSearchesScreen
from tuiarchive.ui.widgets.filter_bar import FilterBar

SIZE = (120, 36)
DATA = Path(__file__).parents[2] / "data"
HOSTILE = "[bold]x[/] \x1b]0;t\x07"


def mentions_ferry(archive: Path) -> set[str]:
    """The ids of the posts with a word starting "ferry" in the title or body, read post by
    post (not through the index the filter uses)."""
    word = re.compile(r"(?<!\w)ferry", re.IGNORECASE)
    with open_store(archive) as store:
        ids = list(store.catalogue().ids)
        return {p.id for p in store.posts(ids) if word.search(p.title + "\n" + p.body)}


async def open_saved(pilot: Pilot) -> str:
    await pilot.press("S")
    return await wait_for_screen(pilot, "Saved searches")


async def wait_counted(pilot: Pilot) -> str:
    """Wait until every row is counted; the screen."""
    for _ in range(100):
        if "counting\u2026" not in screen_text(pilot.app) and "reading the saved" not in (
            screen_text(pilot.app)
        ):
            break
        await pilot.pause(0.05)
    await pilot.pause()
    return screen_text(pilot.app)


async def save_as(pilot: Pilot, name: str) -> None:
    await pilot.press("a")
    await wait_for_screen(pilot, "Save the filter as:")
    await pilot.press(*name, "enter")
    await wait_for_screen(pilot, f"{name} \u00b7 ")


async def test_save_the_filter_and_find_it_after_a_relaunch(sample_archive: Path) -> None:
    ferry = len(mentions_ferry(sample_archive))
    assert ferry > 1
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await type_filter(pilot, "ferry")
        await pilot.press("enter")
        await open_saved(pilot)
        await save_as(pilot, "boats")
        text = await wait_counted(pilot)
        assert f"boats \u00b7 ferry \u00b7 {ferry} posts" in text
        assert "new" not in text.split("boats")[1].splitlines()[0]  # nothing new yet
        assert "+N: imported since you last opened it" in text
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await open_saved(pilot)
        text = await wait_counted(pilot)
        assert f"boats \u00b7 ferry \u00b7 {ferry} posts" in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ArchiveScreen)


@pytest.fixture
def two_batches(tmp_path: Path) -> tuple[Path, Path]:
    """An archive holding the 2012–2013 dumps, and a folder with the later ones."""
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for dump in sorted(DATA.iterdir()):
        target = first if dump.name.startswith("a-") else second
        (target / dump.name).write_bytes(dump.read_bytes())
    archive = tmp_path / "growing"
    with open_store(archive) as store:
        import_dumps([first], store, workers=1)
    return archive, second


async def test_posts_imported_since_show_as_new_until_the_search_is_applied(
    two_batches: tuple[Path, Path],
) -> None:
    archive, later = two_batches
    before = mentions_ferry(archive)
    app = make_app(archive, "ferry")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await open_saved(pilot)
        await save_as(pilot, "boats")
        text = await wait_counted(pilot)
        assert f"boats \u00b7 ferry \u00b7 {len(before)} posts" in text
    with open_store(archive) as store:
        import_dumps([later], store, workers=1)
        total = len(store.catalogue())
    after = mentions_ferry(archive)
    new = len(after - before)
    assert new > 0
    app = make_app(archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await open_saved(pilot)
        text = await wait_counted(pilot)
        assert f"boats \u00b7 ferry \u00b7 {len(after)} posts \u00b7 +{new} new" in text
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ArchiveScreen)
        assert app.screen.query_one(FilterBar).text == "ferry"
        assert f"{len(after)} of {total} posts" in screen_text(app)
        await app.workers.wait_for_complete()
        await open_saved(pilot)
        text = await wait_counted(pilot)
        assert f"boats \u00b7 ferry \u00b7 {len(after)} posts" in text
        assert "new" not in text.split("boats")[1].splitlines()[0]
    with open_store(archive) as store:  # remembered: seen is now the newest post
        assert store.saved_searches()[0].seen == newest_key(store.catalogue())


async def test_a_hostile_name_is_shown_literally(sample_archive: Path) -> None:
    with open_store(sample_archive) as store:
        store.save_search(HOSTILE, "[red]ferry[/]", newest_key(store.catalogue()))
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await open_saved(pilot)
        text = await wait_counted(pilot)
        assert "[bold]x[/] \u241b]0;t\u2407 \u00b7 [red]ferry[/] \u00b7 " in text
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query_one(FilterBar).text == "[red]ferry[/]"


async def test_replace_rename_and_delete(sample_archive: Path) -> None:
    app = make_app(sample_archive, "ferry")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await open_saved(pilot)
        await save_as(pilot, "boats")
        await pilot.press("escape")
        await type_filter(pilot, " OR harbour")
        await pilot.press("enter")
        await open_saved(pilot)
        await pilot.press("a")
        await wait_for_screen(pilot, "Save the filter as:")
        await pilot.press(*"Boats", "enter")
        await wait_for_screen(pilot, "Replace the saved search")
        await pilot.press("y")
        await wait_for_screen(pilot, "Boats \u00b7 ferry OR harbour \u00b7 ")
        await pilot.press("r")
        await wait_for_screen(pilot, "Rename")
        await pilot.press(*"ships", "enter")  # the old name, selected, is replaced
        text = await wait_for_screen(pilot, "ships \u00b7 ferry OR harbour \u00b7 ")
        assert "Boats \u00b7" not in text
        await pilot.press("x")
        await wait_for_screen(pilot, "Delete the saved search")
        await pilot.press("n")
        await pilot.pause(0.2)
        assert "ships \u00b7" in screen_text(app)
        await pilot.press("delete")
        await wait_for_screen(pilot, "Delete the saved search")
        await pilot.press("y")
        await wait_for_screen(pilot, "No saved searches yet")
    with open_store(sample_archive) as store:
        assert store.saved_searches() == ()


async def test_empty_filters_and_names_are_refused(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await open_saved(pilot)
        await pilot.press("a")
        await wait_for_screen(pilot, "The filter is empty")
        await pilot.press("escape")
        await type_filter(pilot, "ferry")
        await pilot.press("enter")
        await open_saved(pilot)
        await pilot.press("a")
        await wait_for_screen(pilot, "Save the filter as:")
        await pilot.press("backspace", "space", "enter")
        await wait_for_screen(pilot, "a saved search needs a name")
        await pilot.press("escape")
        await wait_for_screen(pilot, "No saved searches yet")
    with open_store(sample_archive) as store:
        assert store.saved_searches() == ()


async def test_read_only_lists_and_refuses_saving(
    sample_archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(sample_archive) as store:
        store.save_search("boats", "ferry", newest_key(store.catalogue()))
    monkeypatch.setattr(archive_module, "can_write", lambda directory: False)
    app = make_app(sample_archive, "harbour")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await open_saved(pilot)
        text = await wait_counted(pilot)
        assert "boats \u00b7 ferry \u00b7 " in text
        await pilot.press("a")
        await wait_for_screen(pilot, "read-only")
        assert isinstance(app.screen, SavedSearchesScreen)


async def test_the_palette_saves_this_search(sample_archive: Path) -> None:
    app = make_app(sample_archive, "ferry")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"Save this search")
        await wait_for_screen(pilot, "Save this search")
        await pilot.press("enter")
        await wait_for_screen(pilot, "Save the filter as:")
        await pilot.press("enter")  # the name offered: the filter's text
        await wait_for_screen(pilot, "ferry \u00b7 ferry \u00b7 ")


async def test_a_damaged_searches_table_is_named_and_the_marks_still_work(
    sample_archive: Path,
) -> None:
    state = sample_archive / "state.json"
    with open_store(sample_archive) as store:
        store.mark("starred", [store.catalogue().ids[0]], True)
    state.write_text(state.read_text().rstrip().rstrip("}") + ',"searches":"garbage"}')
    app = make_app(sample_archive, "ferry")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await open_saved(pilot)
        await wait_for_message(
            pilot,
            "#saved-problem",
            f"\u26a0 the saved searches in {state} are damaged; they were left untouched",
        )
        await pilot.press("a")
        await wait_for_screen(pilot, "Save the filter as:")
        await pilot.press(*"boats", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause(0.1)
        notes = [n.message for n in app._notifications]
        assert any("are damaged" in note for note in notes)  # the refusal
        assert not any(note.startswith("Saved") for note in notes)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("s")  # star the highlighted post: marks are still saved
        await app.workers.wait_for_complete()
    with open_store(sample_archive) as store:
        assert len(store.state.marks["starred"]) == 2
    assert '"searches":"garbage"' in state.read_text()
