"""A process that dies at any step of a write leaves the old archive or the new one, never a mix."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.dumps import item_page
from tests.reliability.dying import DIE_AT_STEP, ROOT
from tuiarchive.loader import import_dumps
from tuiarchive.store import open_store
from tuiarchive.store.check import check_store

# Commits a second batch with one write step replaced by an exit at its nth use.
CRASHER = (
    DIE_AT_STEP
    + """
from tuiarchive.loader import import_dumps
from tuiarchive.store import open_store

die_at(sys.argv[3], int(sys.argv[4]))
with open_store(Path(sys.argv[1])) as store:
    import_dumps([sys.argv[2]], store, workers=0)
print("finished without reaching the step", flush=True)
"""
)


@pytest.fixture
def archive_with_one_batch(tmp_path: Path) -> tuple[Path, Path, set[str]]:
    archive = tmp_path / "archive"
    first = tmp_path / "first"
    first.mkdir()
    for n in range(3):
        (first / f"{n}.txt").write_text(item_page(title=f"Ledger Notes: First {n}"))
    with open_store(archive) as store:
        import_dumps([first], store)
        old = set(store.catalogue().ids)
    second = tmp_path / "second"
    second.mkdir()
    for n in range(4):
        (second / f"{n}.txt").write_text(item_page(title=f"Ledger Notes: Second {n}"))
    return archive, second, old


@pytest.mark.parametrize("nth", [1, 2, 3, 4])
@pytest.mark.parametrize("step", ["write", "fsync", "replace", "dir-fsync"])
def test_dying_at_a_write_step(archive_with_one_batch, step: str, nth: int) -> None:  # type: ignore[no-untyped-def]
    archive, second, old = archive_with_one_batch
    done = subprocess.run(
        [sys.executable, "-c", CRASHER, str(archive), str(second), step, str(nth)],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode in (0, 17), done.stderr
    report = check_store(archive)
    assert report.ok, report.problems
    with open_store(archive) as store:
        now = set(store.catalogue().ids)
        for post_id in now:
            assert store.post(post_id).id == post_id  # every listed post reads back
    assert now == old or (old < now and len(now) == len(old) + 4), "a half-committed batch"
