"""Killing an import at any moment: the archive opens, checks clean, and keeps every committed batch."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tuiarchive.errors import StoreError
from tuiarchive.loader import import_dumps
from tuiarchive.store import open_store
from tuiarchive.store.check import check_store

ROOT = Path(__file__).parents[2]
KILLS = int(os.environ.get("TUIARCHIVE_KILLS", "30"))

# Imports in small batches and prints the ids of each batch as soon as it is committed.
IMPORTER = """
import sys
from tuiarchive.errors import StoreError
from tuiarchive.loader import import_dumps
from tuiarchive.store import open_store

def committed(ids):
    sys.stdout.write("committed " + " ".join(ids) + "\\n")
    sys.stdout.flush()

with open_store(sys.argv[1]) as store:
    import_dumps([sys.argv[2]], store, batch_posts=40, workers=0, on_commit=committed)
print("done", flush=True)
"""


def post_ids(archive: Path) -> set[str]:
    with open_store(archive) as store:
        return set(store.catalogue().ids)


def run_importer(archive: Path, corpus: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(archive), str(corpus)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip


def test_sigkill_at_random_moments_never_loses_a_committed_batch(
    corpus: Path, tmp_path: Path
) -> None:
    # A clean run, timed, so that the kills land anywhere in a run.
    started = time.monotonic()
    clean = run_importer(tmp_path / "clean", corpus)
    assert clean.wait() == 0, clean.stderr.read() if clean.stderr else ""
    duration = time.monotonic() - started

    rng = random.Random(1)
    generation = 0
    archive = tmp_path / f"archive-{generation}"
    reported: set[str] = set()
    interrupted = 0
    for _ in range(KILLS):
        process = run_importer(archive, corpus)
        time.sleep(rng.uniform(0.0, duration))
        process.send_signal(signal.SIGKILL)
        out, err = process.communicate()
        for line in out.splitlines():
            if line.startswith("committed "):
                reported.update(line.split()[1:])
        assert "Traceback" not in err, err
        if not archive.exists() and not reported:
            interrupted += 1  # killed before it made the archive: nothing to check
            continue
        report = check_store(archive)
        assert report.ok, report.problems
        assert reported <= post_ids(archive), "a batch reported committed is missing"
        if "done" in out.splitlines():
            # That import finished before the kill: the next kills go to a fresh archive.
            assert post_ids(archive) == post_ids(tmp_path / "clean")
            generation += 1
            archive = tmp_path / f"archive-{generation}"
            reported = set()
        else:
            interrupted += 1
    assert interrupted >= KILLS // 2, f"only {interrupted} of {KILLS} kills interrupted an import"

    # A clean import afterwards gives exactly the posts of a clean run.
    with open_store(archive) as store:
        import_dumps([corpus], store)
    assert post_ids(archive) == post_ids(tmp_path / "clean")
    assert check_store(archive).ok


def test_an_archive_whose_creation_was_interrupted_can_be_created_again(tmp_path: Path) -> None:
    # What creating an archive leaves before its manifest is written: the lock and posts/.
    archive = tmp_path / "archive"
    (archive / "posts").mkdir(parents=True)
    (archive / "posts.lock").write_text("  123\n")
    with open_store(archive) as store:
        assert len(store.catalogue()) == 0
    assert check_store(archive).ok


def test_a_directory_with_other_files_is_not_taken_for_an_archive(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    (archive / "posts").mkdir(parents=True)
    (archive / "posts" / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="holds files but no archive.json"):
        open_store(archive)
    assert (archive / "posts" / "notes.txt").read_text() == "mine"
