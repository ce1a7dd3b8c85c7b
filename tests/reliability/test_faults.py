"""Failing calls in the write path (EIO, ENOSPC, EACCES at the nth call): nothing changes."""

from __future__ import annotations

import errno
import hashlib
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import tuiarchive.store.atomic as atomic
from tests.archives import add_posts
from tests.dumps import item_page
from tuiarchive.dumps.parser import parse_text
from tuiarchive.errors import StoreError
from tuiarchive.loader import import_dumps
from tuiarchive.store import open_store
from tuiarchive.store.check import check_store

MESSAGES = {
    errno.ENOSPC: "not enough disk space",
    errno.EACCES: "no permission",
    errno.EIO: "could not finish",
}


def record_files(archive: Path) -> dict[str, str]:
    """Every file of the store of record, by name, with its content's hash."""
    return {
        str(p.relative_to(archive)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(archive.rglob("*"))
        if p.is_file() and "sqlite" not in p.name and not p.name.endswith(".lock")
    }


def later_posts() -> list:  # type: ignore[type-arg]
    return [
        parse_text(item_page(title=f"Ledger Notes: Later {n}", date="Monday, June 2, 2014"), "x")[0]
        for n in range(3)
    ]


class Failing:
    """Makes the nth call of one function in the write path raise an OSError."""

    def __init__(self, function, nth: int, code: int) -> None:  # type: ignore[no-untyped-def]
        self.function, self.nth, self.code, self.calls = function, nth, code, 0

    def __call__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.calls += 1
        if self.calls == self.nth:
            raise OSError(self.code, os.strerror(self.code))
        return self.function(*args, **kwargs)


class FailingWrites:
    """`open` whose files raise at their nth write."""

    def __init__(self, nth: int, code: int) -> None:
        self.nth, self.code, self.calls = nth, code, 0

    def __call__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        owner = self
        handle = open(*args, **kwargs)  # noqa: SIM115 (returned to the caller, who closes it)

        class Handle:
            def __enter__(self):  # type: ignore[no-untyped-def]
                return self

            def __exit__(self, *exc):  # type: ignore[no-untyped-def]
                return handle.__exit__(*exc)

            def write(self, data):  # type: ignore[no-untyped-def]
                owner.calls += 1
                if owner.calls == owner.nth:
                    raise OSError(owner.code, os.strerror(owner.code))
                return handle.write(data)

            def __getattr__(self, name):  # type: ignore[no-untyped-def]
                return getattr(handle, name)

        return Handle()


@pytest.mark.parametrize("code", [errno.EIO, errno.ENOSPC, errno.EACCES])
@pytest.mark.parametrize("call", ["open", "write", "fsync", "replace"])
@pytest.mark.parametrize("nth", [1, 2, 3, 4, 5])
def test_a_failing_call_leaves_the_archive_byte_for_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, call: str, nth: int, code: int
) -> None:
    archive = tmp_path / "archive"
    with open_store(archive) as store:
        add_posts(store, later_posts()[:1])
    before = record_files(archive)
    with open_store(archive) as store, monkeypatch.context() as patch:
        if call == "open":
            patch.setattr(atomic, "open", Failing(open, nth, code), raising=False)
        elif call == "write":
            patch.setattr(atomic, "open", FailingWrites(nth, code), raising=False)
        else:
            patch.setattr(atomic.os, call, Failing(getattr(os, call), nth, code))
        try:
            add_posts(store, later_posts()[1:])
        except StoreError as error:
            failed = True
            assert MESSAGES[code] in str(error)
            assert "Traceback" not in str(error)
        else:
            failed = False  # the batch needed fewer calls than nth: it went through
    after = record_files(archive)
    if failed:
        assert after == before  # same files, same bytes: no temp file, nothing half-written
    assert not [p for p in archive.rglob("*") if atomic.TEMP_MARK in p.name]
    assert check_store(archive).ok
    with open_store(archive) as store:
        assert len(store.catalogue()) == (1 if failed else 3)


@pytest.mark.parametrize("call", ["fsync", "replace"])
def test_a_failing_mark_keeps_the_marks_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, call: str
) -> None:
    archive = tmp_path / "archive"
    with open_store(archive) as store:
        add_posts(store, later_posts())
        ids = store.catalogue().ids
        store.mark("starred", [ids[0]], True)
        state = (archive / "state.json").read_bytes()
        with monkeypatch.context() as patch:
            patch.setattr(atomic.os, call, Failing(getattr(os, call), 1, errno.ENOSPC))
            with pytest.raises(StoreError, match="not enough disk space"):
                store.mark("starred", [ids[1]], True)
        assert (archive / "state.json").read_bytes() == state


def _mount_tmpfs(path: Path, size: str) -> bool:
    if shutil.which("mount") is None:
        return False
    path.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                          capture_output=True)  # fmt: skip
    return done.returncode == 0


def test_a_really_full_disk(tmp_path: Path, corpus: Path) -> None:
    disk = tmp_path / "small-disk"
    # The corpus needs about 10 MB in an archive; the store keeps 8 MB spare, so this
    # disk takes a few batches and then refuses one.
    if not _mount_tmpfs(disk, "12m"):
        pytest.skip("cannot mount a small tmpfs here (needs root and mount rights)")
    try:
        archive = disk / "archive"
        with open_store(archive) as store:
            report = import_dumps([corpus], store, batch_posts=50)
        assert report.failed and "disk space" in report.failed
        assert re.search(r"needs about \d+ MB free", report.failed)
        assert report.added > 0  # the batches before the disk filled up stay
        assert check_store(archive).ok
        with open_store(archive) as store:
            assert len(store.catalogue()) == report.added
    finally:
        subprocess.run(["umount", str(disk)], capture_output=True)
