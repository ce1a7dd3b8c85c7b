"""Tags and notes in the browser: the keys a reader presses, and what the screen then shows."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import screen_text
from tests.ui.helpers import settle, type_filter, wait_for_screen
from tuiarchive.store import open_store
from tuiarchive.ui.app import make_app
from tuiarchive.ui.widgets.facet_panel import FacetPanel
from tuiarchive.ui.widgets.reader import Reader

SIZE = (120, 36)
NEWEST = "Field Report: The Word"


async def tag(pilot, words: str) -> None:  # type: ignore[no-untyped-def]
    """Press + on the highlighted post, type the tag words, enter; wait for the store."""
    await pilot.press("plus")
    await wait_for_screen(pilot, "+tag adds")
    await pilot.press(*words, "enter")
    await settle(pilot)


async def test_plus_tags_the_post_and_the_list_the_reader_and_the_filter_show_it(
    sample_archive: Path,
) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await tag(pilot, "+ferry todo")
        shown = await wait_for_screen(pilot, "Tagged 1 post +ferry +todo")
        row = next(line for line in shown.splitlines() if NEWEST in line)
        assert "#ferry #todo" in row
        assert any("tags: ferry, todo" in line for line in app.query_one(Reader).text_lines)
        await tag(pilot, "-todo")
        await wait_for_screen(pilot, "Untagged 1 post -todo")
        assert any(line.strip() == "tags: ferry" for line in app.query_one(Reader).text_lines)
        await pilot.press("escape")  # the notification may cover the bar: read the bar's count
        await type_filter(pilot, "tag:ferry")
        text = screen_text(app)
        assert "1 of 81 posts \u00b7 posts tagged \u201cferry\u201d" in text
        assert NEWEST in text
    with open_store(sample_archive) as store:  # kept in the archive's state file
        newest = store.catalogue().ids[0]
        assert store.tags_of(newest) == ("ferry",)


async def test_the_tag_input_completes_tags_already_in_use(sample_archive: Path) -> None:
    with open_store(sample_archive) as store:
        ids = store.catalogue().ids
        store.tag([ids[5]], add=("caspian-crossing",))
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("plus")
        await wait_for_screen(pilot, "+tag adds")
        await pilot.press(*"+cas")
        await wait_for_screen(pilot, "+caspian-crossing")  # suggested, dimmed, after the cursor
        await pilot.press("right", "enter")  # right takes the suggestion
        await settle(pilot)
        await wait_for_screen(pilot, "Tagged 1 post +caspian-crossing")
    with open_store(sample_archive) as store:
        assert store.tags_of(ids[0]) == ("caspian-crossing",)


async def test_tags_are_a_facet_that_narrows_the_filter(sample_archive: Path) -> None:
    with open_store(sample_archive) as store:
        ids = store.catalogue().ids
        store.tag([ids[0], ids[3]], add=("ferry",))
    app = make_app(sample_archive)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("F")
        await settle(pilot)
        panel = app.query_one(FacetPanel)
        assert "TAG" in screen_text(app)
        panel.highlighted = next(
            i for i in range(panel.option_count)
            if (panel.get_option_at_index(i).id or "") == "tag\x00ferry"
        )  # fmt: skip
        await pilot.press("enter")
        await settle(pilot)
        assert "2 of 81 posts \u00b7 posts tagged \u201cferry\u201d" in screen_text(app)


async def test_n_writes_a_note_the_reader_shows_and_note_finds(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("N")
        await wait_for_screen(pilot, "Note on")
        await pilot.press(*"ask the conservators [bold]", "enter")
        await settle(pilot)
        await wait_for_screen(pilot, "Saved the note")
        lines = app.query_one(Reader).text_lines
        assert any(line.strip() == "note: ask the conservators [bold]" for line in lines)
        await pilot.press("N")  # the note comes back to be changed
        shown = await wait_for_screen(pilot, "Note on")
        assert "ask the conservators [bold]" in shown
        await pilot.press("escape")
        await type_filter(pilot, "note:conservators")
        assert "1 of 81 posts \u00b7 posts with \u201cconservators\u201d in your note" in (
            screen_text(app)
        )
    with open_store(sample_archive) as store:
        assert store.note_of(store.catalogue().ids[0]) == "ask the conservators [bold]"


async def test_a_citation_carries_the_posts_note(sample_archive: Path) -> None:
    from tests.ui.test_export_cite import home, wait_for

    with open_store(sample_archive) as store:
        store.set_note(store.catalogue().ids[0], "check the folio numbers")
    clippings = home() / "tuiarchive-clippings.md"
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        assert any(
            line.strip() == "note: check the folio numbers"
            for line in app.query_one(Reader).text_lines
        )
        await pilot.press("C")
        await wait_for(pilot, clippings.exists)
        assert "\nNote: check the folio numbers" in clippings.read_text()
