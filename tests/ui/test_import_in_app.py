"""Importing dumps from inside the browser: `i` (or the palette's "Import dumps…") asks for a
path, imports it in a worker with its progress on screen, reloads keeping the post under the
cursor, and says what was imported."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.dumps import item_page
from tests.ui.helpers import message_of, settle, wait_for_screen
from tuiarchive import loader
from tuiarchive.store import archive as archive_module
from tuiarchive.store import open_store
from tuiarchive.ui.app import make_app
from tuiarchive.ui.screens.importing import ImportPrompt

SIZE = (120, 36)
NEW_TITLE = "Ledger Notes: Winter Ferry Timetable Published"


def new_dump(directory: Path, name: str = "winter.txt", title: str = NEW_TITLE) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(item_page("Tuesday, January 5, 2010", title=title), encoding="utf-8")
    return path


async def wait_for_notice(pilot, text: str, timeout: float = 10.0) -> str:  # type: ignore[no-untyped-def]
    """Wait until a notification says `text` (a long one wraps on screen: read its words)."""
    said: list[str] = []
    for _ in range(int(timeout / 0.05)):
        said = [n.message for n in pilot.app._notifications]
        for message in said:
            if text in message:
                return message
        await pilot.pause(0.05)
    raise AssertionError(f"no notification said {text!r}; they say {said}")


async def ask_import(pilot, path: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("i")
    await wait_for_screen(pilot, "Import dumps from")
    await pilot.press(*path, "enter")


async def test_i_imports_a_folder_reloads_keeping_the_post_and_shows_the_summary(
    sample_archive: Path, tmp_path: Path
) -> None:
    new_dump(tmp_path / "home" / "dumps")  # typed as ~/dumps: the home directory expanded
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "j")
        await settle(pilot)
        before = app.archive.current_post
        assert before is not None
        await ask_import(pilot, "~/dumps")
        await wait_for_notice(pilot, "1 file(s) read: 1 post(s) added")
        await settle(pilot)
        assert len(app.archive.results.catalogue) == 82  # type: ignore[union-attr]
        assert app.archive.current_post is not None
        assert app.archive.current_post.id == before.id  # the reload kept the place
        await pilot.press("G")  # the new post (2010) is the oldest
        await wait_for_screen(pilot, "Winter Ferry Timetable")
    with open_store(sample_archive) as store:
        assert len(store.catalogue()) == 82


async def test_the_palette_imports_and_a_second_run_says_already_imported(
    sample_archive: Path, tmp_path: Path
) -> None:
    dump = new_dump(tmp_path / "in")
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"Import dumps")
        await wait_for_screen(pilot, "Import dumps")
        await pilot.press("enter")
        await wait_for_screen(pilot, "Import dumps from")
        await pilot.press(*str(dump), "enter")
        await wait_for_notice(pilot, "1 post(s) added")
        await settle(pilot)
        await ask_import(pilot, str(dump))
        await wait_for_notice(pilot, "1 dump(s) already imported")


async def test_a_path_that_does_not_exist_is_named_and_nothing_is_imported(
    sample_archive: Path, tmp_path: Path
) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await ask_import(pilot, "~/no-such-dumps")
        await wait_for_screen(pilot, "no file or directory")
        assert isinstance(app.screen, ImportPrompt)
        said = message_of(app.screen.query_one("#import-prompt-problem"))  # type: ignore[arg-type]
        assert (
            said == f"\u2717 there is no file or directory at {tmp_path / 'home' / 'no-such-dumps'}"
        )
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, ImportPrompt)
        assert not any(w.group == "import" for w in app.workers)
    with open_store(sample_archive) as store:
        assert len(store.catalogue()) == 81


async def test_progress_is_shown_and_a_second_import_is_refused_while_one_runs(
    sample_archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dump = new_dump(tmp_path / "in")
    go_on = threading.Event()
    real_import = loader.import_dumps

    def slow_import(paths, store, progress=None, **kwargs):  # type: ignore[no-untyped-def]
        assert progress is not None
        progress(120, 431, "/somewhere/a-dump.txt")
        assert go_on.wait(10)
        return real_import(paths, store, progress, **kwargs)

    monkeypatch.setattr(loader, "import_dumps", slow_import)
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await ask_import(pilot, str(dump))
        await wait_for_screen(pilot, "Importing\u2026 120 of 431 files")
        await pilot.press("i")
        await wait_for_screen(pilot, "An import is already running")
        assert not isinstance(app.screen, ImportPrompt)
        go_on.set()
        await wait_for_notice(pilot, "1 post(s) added")
        await settle(pilot)
        assert "Importing\u2026" not in "\n".join(
            s.text for s in app.screen._compositor.render_strips()
        )


async def test_skipped_files_are_named_in_the_summary(sample_archive: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    new_dump(folder)
    (folder / "empty.txt").write_text("")
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await ask_import(pilot, str(folder))
        await wait_for_notice(pilot, "1 file(s) skipped")
        await wait_for_notice(pilot, "empty.txt:")


async def test_a_read_only_archive_refuses_to_import(
    sample_archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_module, "can_write", lambda directory: False)
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await wait_for_notice(pilot, "is read-only: nothing can be imported into it")
        assert not isinstance(app.screen, ImportPrompt)


async def test_quitting_during_an_import_stops_it_between_two_files(
    sample_archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dump = new_dump(tmp_path / "in")
    started, go_on, ended = threading.Event(), threading.Event(), threading.Event()
    real_import = loader.import_dumps

    def held_import(paths, store, progress=None, **kwargs):  # type: ignore[no-untyped-def]
        started.set()
        assert go_on.wait(10)
        try:
            return real_import(paths, store, progress, **kwargs)
        finally:
            ended.set()

    monkeypatch.setattr(loader, "import_dumps", held_import)
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await ask_import(pilot, str(dump))
        assert started.wait(10)
        # The import goes on once the browser has started closing (it waits for the worker).
        threading.Timer(0.5, go_on.set).start()
        await pilot.press("ctrl+q")
    assert ended.wait(20)
    with open_store(sample_archive) as store:  # the file read was not committed
        assert len(store.catalogue()) == 81
