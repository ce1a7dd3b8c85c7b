"""A read-only archive opens for browsing with a notice; imports and marks are refused clearly.

Once on a real read-only mount (where mounting is allowed), and once with the store told it
cannot write (CI runs as root, where permissions alone do not stop a write).
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.dumps import item_page
from tests.ui.conftest import screen_text
from tests.ui.helpers import settle
from tuiarchive.cli.main import main
from tuiarchive.errors import StoreError
from tuiarchive.store import archive as archive_module
from tuiarchive.store import open_store
from tuiarchive.store.state import UserState
from tuiarchive.ui.app import make_app
from tuiarchive.ui.widgets.post_list import PostList

SIZE = (120, 36)


def digest(directory: Path) -> dict[str, str]:
    """Every file under `directory` with a hash of its bytes, but SQLite's shared-memory
    and log files, which a reader makes beside the index wherever it is allowed to."""
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file() and not p.name.endswith(("-shm", "-wal"))
    }


@pytest.fixture
def cannot_write(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive_module, "can_write", lambda directory: False)


@pytest.fixture
def mounted_readonly(sample_archive: Path, tmp_path: Path) -> Iterator[Path]:
    """The sample archive seen through a read-only bind mount."""
    view = tmp_path / "read-only-view"
    view.mkdir()
    if shutil.which("mount") is None:
        pytest.skip("no mount command here")
    bound = subprocess.run(["mount", "--bind", str(sample_archive), str(view)],
                           capture_output=True)  # fmt: skip
    if bound.returncode != 0:
        pytest.skip("cannot bind-mount here (needs root and mount rights)")
    try:
        remounted = subprocess.run(["mount", "-o", "remount,ro,bind", str(view)],
                                   capture_output=True)  # fmt: skip
        if remounted.returncode != 0:
            pytest.skip("cannot make a read-only mount here")
        yield view
    finally:
        subprocess.run(["umount", str(view)], capture_output=True)


def test_store_opens_for_reading_with_a_note(sample_archive: Path, cannot_write: None) -> None:
    before = digest(sample_archive)
    with open_store(sample_archive) as store:
        assert store.readonly
        assert any("read-only" in note for note in store.notes)
        assert len(store.catalogue()) == 81
        with pytest.raises(StoreError, match="read-only: nothing can be imported"), store.writing():
            pass
        with pytest.raises(StoreError, match="read-only"):
            store.mark("starred", [store.catalogue().ids[0]], True)
    assert digest(sample_archive) == before


def test_import_refuses_with_a_clear_message(
    sample_archive: Path, tmp_path: Path, cannot_write: None, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "new.txt"
    dump.write_text(item_page(title="A post that cannot be stored"), encoding="utf-8")
    before = digest(sample_archive)
    status = main(["--db", str(sample_archive), "--import", str(dump), "--no-ui"])
    err = capsys.readouterr().err
    assert status == 2
    assert "read-only: nothing can be imported" in err
    assert "Traceback" not in err
    assert digest(sample_archive) == before


async def test_browser_shows_the_notice_and_keeps_marks_unchanged(
    sample_archive: Path, cannot_write: None
) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        assert "read-only" in screen_text(app)
        assert "81 of 81 posts" in screen_text(app)
        catalogue = app.query_one(PostList).results.catalogue  # type: ignore[union-attr]
        await pilot.press("s")
        await settle(pilot)
        assert "marks cannot be saved" in screen_text(app)
        assert not catalogue.is_starred(0)
    with open_store(sample_archive) as store:
        assert not store.state.marks["starred"]


def test_a_real_read_only_mount(mounted_readonly: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    before = digest(mounted_readonly)
    with open_store(mounted_readonly) as store:
        assert store.readonly
        assert len(store.catalogue()) == 81
    dump = tmp_path / "new.txt"
    dump.write_text(item_page(title="Another post that cannot be stored"), encoding="utf-8")
    status = main(["--db", str(mounted_readonly), "--import", str(dump), "--no-ui"])
    err = capsys.readouterr().err
    assert status == 2 and "read-only" in err and "Traceback" not in err
    assert main(["--db", str(mounted_readonly), "--rebuild", "--no-ui"]) == 2
    err = capsys.readouterr().err
    assert "cannot rebuild" in err and "is read-only" in err and "Traceback" not in err
    assert main(["--db", str(mounted_readonly), "--check"]) == 0
    assert main(["--db", str(mounted_readonly), "--list", "--filter", "date:2014"]) == 0
    assert "2014-" in capsys.readouterr().out
    assert digest(mounted_readonly) == before
    assert not list(mounted_readonly.glob("*-shm"))  # nothing could be made beside it


async def test_a_failed_save_is_a_notification_and_no_mark_is_shown(
    sample_archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise StoreError("no space left on device")

    monkeypatch.setattr(UserState, "set", refuse)
    monkeypatch.setattr(UserState, "toggle", refuse)
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        catalogue = app.query_one(PostList).results.catalogue  # type: ignore[union-attr]
        await pilot.press("s")
        await app.workers.wait_for_complete()
        await settle(pilot)
        # The notification's message, not the screen: there it all but fills its toast, and
        # a word more (or a narrower toast) would wrap it.
        said = [n.message for n in app._notifications]
        assert "the starred mark was not saved: no space left on device" in said
        # The store never changed the mark, so the list never showed it.
        assert not catalogue.is_starred(0)
        assert not screen_text(app).splitlines()[3].startswith("\u2605")
        await pilot.press("j", "s")  # still running, still answering keys
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert app.is_running
    monkeypatch.undo()
    with open_store(sample_archive) as store:
        assert not store.state.marks["starred"]
