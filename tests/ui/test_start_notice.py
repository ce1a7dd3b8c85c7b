"""The import's summary stays in view: the browser opened after an import says it again."""

from __future__ import annotations

from pathlib import Path

from tests.ui.helpers import settle, wait_for_screen
from tuiarchive.ui.app import make_app


async def test_the_import_summary_is_shown_as_the_browser_opens(sample_archive: Path) -> None:
    app = make_app(sample_archive, notice="44 file(s) read: 2 added")
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await settle(pilot)
        shown = await wait_for_screen(pilot, "44 file(s) read: 2 added")
        assert "Imported" in shown


async def test_no_notice_without_an_import(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await settle(pilot)
        assert "Imported" not in await wait_for_screen(pilot, "81 of 81 posts")
