"""A full disk (or a read-only or locked index) is not damage: the archive still opens for
reading, its good index is never set aside, and only a really corrupt index is rebuilt."""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.dumps import item_page
from tests.reliability.test_faults import _mount_tmpfs
from tuiarchive.cli.main import main
from tuiarchive.store import index as index_module
from tuiarchive.store import open_store

REAL_CONNECT = sqlite3.connect

FAILURES = {
    "full": ("database or disk is full", sqlite3.SQLITE_FULL),
    "read-only": ("attempt to write a readonly database", sqlite3.SQLITE_READONLY),
    "locked": ("database is locked", sqlite3.SQLITE_BUSY),
    "io": ("disk I/O error", sqlite3.SQLITE_IOERR_WRITE),
}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def failing_writes(message: str, code: int):  # type: ignore[no-untyped-def]
    """`sqlite3.connect` whose read-write connections fail as SQLite does on a full disk
    (read-only ones, opened by URI, work)."""

    def connect(database, *args, uri=False, **kwargs):  # type: ignore[no-untyped-def]
        if not uri:
            error = sqlite3.OperationalError(message)
            error.sqlite_errorcode = code  # type: ignore[attr-defined]
            raise error
        return REAL_CONNECT(database, *args, uri=uri, **kwargs)

    return connect


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_a_healthy_archive_opens_for_reading_when_its_index_cannot_be_written(
    sample_archive: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    failure: str,
) -> None:
    message, code = FAILURES[failure]
    index = sample_archive / "index.sqlite"
    before = digest(index)
    monkeypatch.setattr(index_module.sqlite3, "connect", failing_writes(message, code))
    for _attempt in range(3):  # every attempt, not only the first
        assert main(["--db", str(sample_archive), "--list", "--filter", "ferry"]) == 0
        captured = capsys.readouterr()
        assert "of 81 posts" in captured.out
        assert "cannot be written" in captured.err and message in captured.err
        assert "Traceback" not in captured.err
    assert digest(index) == before
    assert not list(sample_archive.glob("*.damaged*"))
    dump = tmp_path / "new.txt"
    dump.write_text(item_page(title="Ledger Notes: Not Now"), encoding="utf-8")
    assert main(["--db", str(sample_archive), "--import", str(dump), "--no-ui"]) == 2
    err = capsys.readouterr().err
    assert "nothing can be imported" in err and str(index) in err and "Traceback" not in err
    monkeypatch.undo()
    with open_store(sample_archive) as store:  # the disk has room again: all as before
        assert len(store.catalogue()) == 81 and not store.notes


def test_a_missing_index_that_cannot_be_made_is_one_line(
    sample_archive: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for path in sample_archive.glob("index.sqlite*"):
        path.unlink()
    monkeypatch.setattr(index_module.sqlite3, "connect", failing_writes(*FAILURES["full"]))
    assert main(["--db", str(sample_archive), "--list"]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "disk is full" in lines[0] and "index.sqlite" in lines[0]
    assert not list(sample_archive.glob("*.damaged*"))


def test_a_really_corrupt_index_is_still_set_aside_and_rebuilt(sample_archive: Path) -> None:
    index = sample_archive / "index.sqlite"
    for extra in sample_archive.glob("index.sqlite-*"):
        extra.unlink()
    index.write_bytes(b"this is not a database at all " * 200)
    with open_store(sample_archive) as store:
        assert len(store.catalogue()) == 81
        assert any("index.sqlite.damaged" in note for note in store.notes)
    assert (sample_archive / "index.sqlite.damaged").exists()


def _fill(disk: Path) -> None:
    """Write until the disk refuses another byte."""
    for n, block in enumerate((65536, 1024, 1)):
        with contextlib.suppress(OSError), open(disk / f"filler-{n}", "wb", buffering=0) as out:
            while True:
                out.write(b"\0" * block)


def test_a_really_full_disk(
    sample_archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    disk = tmp_path / "full-disk"
    if not _mount_tmpfs(disk, "4m"):
        pytest.skip("cannot mount a small tmpfs here (needs root and mount rights)")
    try:
        archive = disk / "archive"
        shutil.copytree(sample_archive, archive)
        _fill(disk)
        before = digest(archive / "index.sqlite")
        for _attempt in range(2):
            assert main(["--db", str(archive), "--list"]) == 0
            captured = capsys.readouterr()
            assert "81 of 81 posts" in captured.out and "Traceback" not in captured.err
        assert digest(archive / "index.sqlite") == before
        assert not list(archive.glob("*.damaged*"))
        assert main(["--db", str(archive), "--check"]) == 0
        capsys.readouterr()
        for path in disk.glob("filler-*"):
            path.unlink()
        with open_store(archive) as store:
            assert len(store.catalogue()) == 81
    finally:
        subprocess.run(["umount", str(disk)], capture_output=True)
