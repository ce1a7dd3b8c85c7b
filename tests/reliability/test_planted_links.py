"""Symbolic links planted where the archive (or HOME) keeps its own files are never followed:
the command is refused with one line naming the link, and the file it points at is untouched."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import pytest

from tests.dumps import item_page
from tests.ui.helpers import settle
from tuiarchive.cli.main import main
from tuiarchive.errors import StoreError
from tuiarchive.store import open_store
from tuiarchive.store.exports import append_clipping, clippings_path
from tuiarchive.ui.app import make_app

PRECIOUS = b"the only copy of my thesis\n" * 40


def one_error(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert "Traceback" not in captured.err
    return lines[0]


@pytest.fixture
def precious(tmp_path: Path) -> Path:
    """A user's file that a planted link points at."""
    path = tmp_path / "thesis.txt"
    path.write_bytes(PRECIOUS)
    return path


def plant(link: Path, target: Path) -> None:
    if link.exists() or link.is_symlink():
        link.unlink()
    link.symlink_to(target)


def stale(archive: Path) -> None:
    """Remove the index, so that even --list takes the archive's lock to rebuild it."""
    for path in archive.glob("index.sqlite*"):
        path.unlink()


@pytest.mark.parametrize("lock", ["posts.lock", "state.lock"])
def test_a_lock_file_linked_to_a_user_file_is_refused_and_the_file_kept(
    sample_archive: Path,
    tmp_path: Path,
    precious: Path,
    capsys: pytest.CaptureFixture[str],
    lock: str,
) -> None:
    plant(sample_archive / lock, precious)
    dump = tmp_path / "new.txt"
    dump.write_text(item_page(title="Ledger Notes: A New Post"), encoding="utf-8")
    if lock == "posts.lock":
        stale(sample_archive)
        commands = [["--list"], ["--import", str(dump), "--no-ui"], ["--rebuild", "--no-ui"]]
    else:
        commands = []
    for command in commands:
        assert main(["--db", str(sample_archive), *command]) == 2, command
        line = one_error(capsys)
        assert str(sample_archive / lock) in line and "symbolic link" in line
        assert precious.read_bytes() == PRECIOUS
    if lock == "state.lock":
        with open_store(sample_archive) as store:  # a mark takes state.lock
            with pytest.raises(StoreError, match="symbolic link") as refused:
                store.mark("starred", [store.catalogue().ids[0]], True)
            assert str(sample_archive / lock) in str(refused.value)
    assert precious.read_bytes() == PRECIOUS
    assert (sample_archive / lock).is_symlink()  # left for the user to look at


async def test_the_browser_says_a_mark_was_not_saved_through_a_linked_lock(
    sample_archive: Path, precious: Path
) -> None:
    plant(sample_archive / "state.lock", precious)
    app = make_app(sample_archive)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await app.workers.wait_for_complete()
        await settle(pilot)
        said = " ".join(str(n.message) for n in app._notifications)
        assert "not saved" in said and "symbolic link" in said
    assert precious.read_bytes() == PRECIOUS


@pytest.mark.parametrize("target_exists", [True, False], ids=["to-a-file", "to-nowhere"])
@pytest.mark.parametrize("companion", ["", "-wal", "-journal"])
def test_an_index_linked_elsewhere_is_refused_and_nothing_made_there(
    sample_archive: Path,
    tmp_path: Path,
    precious: Path,
    capsys: pytest.CaptureFixture[str],
    target_exists: bool,
    companion: str,
) -> None:
    target = precious if target_exists else tmp_path / "elsewhere" / "made.db"
    target.parent.mkdir(exist_ok=True)
    link = sample_archive / f"index.sqlite{companion}"
    plant(link, target)
    for command in (["--list"], ["--no-ui"]):
        assert main(["--db", str(sample_archive), *command]) == 2
        line = one_error(capsys)
        assert str(link) in line and "symbolic link" in line
    if target_exists:
        assert precious.read_bytes() == PRECIOUS
    else:
        assert not list(target.parent.iterdir())  # no database created elsewhere
    assert link.is_symlink()
    assert not list(sample_archive.glob("index.sqlite*.damaged"))


def test_a_clippings_file_linked_to_a_user_file_is_refused(precious: Path) -> None:
    home = clippings_path().parent
    home.mkdir(parents=True, exist_ok=True)
    plant(clippings_path(), precious)
    with pytest.raises(StoreError) as refused:
        append_clipping('Mara Lind, "Ferry Talk", 23 May 2014.\n\nA paragraph.')
    message = str(refused.value)
    assert str(clippings_path()) in message and "symbolic link" in message
    assert "\n" not in message
    assert precious.read_bytes() == PRECIOUS


def test_a_clippings_file_that_is_a_named_pipe_is_refused_without_waiting(
    tmp_path: Path,
) -> None:
    home = clippings_path().parent
    home.mkdir(parents=True, exist_ok=True)
    os.mkfifo(clippings_path())
    outcome: list[BaseException | None] = []

    def cite() -> None:
        try:
            append_clipping("A paragraph.")
            outcome.append(None)
        except BaseException as error:
            outcome.append(error)

    worker = threading.Thread(target=cite, daemon=True)
    worker.start()
    worker.join(timeout=10)
    if worker.is_alive():  # waiting for a reader: give it one, so the thread can end
        with open(clippings_path(), "rb"):
            worker.join(timeout=10)
        pytest.fail("citing into a named pipe waited for a reader")
    assert isinstance(outcome[0], StoreError)
    assert str(clippings_path()) in str(outcome[0])


async def test_the_browser_says_a_citation_was_not_saved_to_a_linked_clippings_file(
    sample_archive: Path, precious: Path
) -> None:
    home = clippings_path().parent
    home.mkdir(parents=True, exist_ok=True)
    plant(clippings_path(), precious)
    before = hashlib.sha256(precious.read_bytes()).hexdigest()
    app = make_app(sample_archive)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("C")
        await app.workers.wait_for_complete()
        await settle(pilot)
        said = " ".join(str(n.message) for n in app._notifications)
        assert "symbolic link" in said and "tuiarchive-clippings.md" in said
        assert app.is_running
    assert hashlib.sha256(precious.read_bytes()).hexdigest() == before
