"""A crash or a failing call in the middle of writing tags (or notes) loses nothing already
stored in state.json: the marks, tags and notes saved before are all there afterwards, and
the change under way is there whole or not at all."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

import tuiarchive.store.atomic as atomic
from tests.archives import add_posts
from tests.reliability.dying import DIE_AT_STEP, ROOT
from tests.reliability.test_faults import Failing, later_posts
from tuiarchive.errors import StoreError
from tuiarchive.store import open_store

# Tags two posts with one write step replaced by an exit at its nth use.
CRASHER = (
    DIE_AT_STEP
    + """
from tuiarchive.store import open_store

with open_store(Path(sys.argv[1])) as store:
    ids = store.catalogue().ids
    die_at(sys.argv[2], int(sys.argv[3]))
    if sys.argv[4] == "note":
        store.set_note(ids[1], "a later note")
    else:
        store.tag([ids[1], ids[2]], add=("later",), remove=("first",))
print("finished without reaching the step", flush=True)
"""
)


def _die_while_writing(change: str, archive: Path, step: str, nth: int) -> None:
    """Run CRASHER on `archive`: it dies at the nth use of `step`, or finishes."""
    done = subprocess.run(
        [sys.executable, "-c", CRASHER, str(archive), step, str(nth), change],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode in (0, 17), done.stderr


@pytest.fixture
def tagged_archive(tmp_path: Path) -> tuple[Path, list[str]]:
    archive = tmp_path / "archive"
    with open_store(archive) as store:
        add_posts(store, later_posts())
        ids = list(store.catalogue().ids)
        store.mark("starred", [ids[0]], True)
        store.tag([ids[0], ids[1]], add=("first", "ferry"))
        store.set_note(ids[0], "the first note")
    return archive, ids


@pytest.mark.parametrize("nth", [1, 2, 3])
@pytest.mark.parametrize("step", ["write", "fsync", "replace", "dir-fsync"])
def test_dying_while_writing_tags_keeps_what_was_stored(
    tagged_archive: tuple[Path, list[str]], step: str, nth: int
) -> None:
    archive, ids = tagged_archive
    _die_while_writing("tags", archive, step, nth)
    with open_store(archive) as store:
        assert store.has_mark("starred", ids[0])
        assert store.tags_of(ids[0]) == ("ferry", "first")
        old = (store.tags_of(ids[1]), store.tags_of(ids[2]))
        new = (("ferry", "later"), ("later",))
        assert old in ((("ferry", "first"), ()), new), "a half-written tag change"
        assert store.note_of(ids[0]) == "the first note"


@pytest.mark.parametrize("nth", [1, 2, 3])
@pytest.mark.parametrize("step", ["write", "fsync", "replace"])
def test_dying_while_writing_a_note_keeps_what_was_stored(
    tagged_archive: tuple[Path, list[str]], step: str, nth: int
) -> None:
    archive, ids = tagged_archive
    _die_while_writing("note", archive, step, nth)
    with open_store(archive) as store:
        assert store.has_mark("starred", ids[0])
        assert store.tags_of(ids[1]) == ("ferry", "first")
        assert store.note_of(ids[0]) == "the first note"
        assert store.note_of(ids[1]) in ("", "a later note")


@pytest.mark.parametrize("call", ["fsync", "replace"])
def test_a_failing_tag_write_keeps_the_state_file(
    tagged_archive: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch, call: str
) -> None:
    archive, ids = tagged_archive
    state = (archive / "state.json").read_bytes()
    with open_store(archive) as store, monkeypatch.context() as patch:
        patch.setattr(atomic.os, call, Failing(getattr(os, call), 1, errno.ENOSPC))
        with pytest.raises(StoreError, match="not enough disk space"):
            store.tag([ids[2]], add=("later",))
    assert (archive / "state.json").read_bytes() == state
    with open_store(archive) as store:
        assert store.tags_of(ids[0]) == ("ferry", "first") and store.tags_of(ids[2]) == ()
