"""A `--rebuild` killed at any point of its end (around its two renames): the next open finishes
or undoes it, says which in one line, and no post goes missing; `--check` tells of it too."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.dumps import item_page
from tuiarchive.cli.main import main
from tuiarchive.loader import import_dumps
from tuiarchive.store import open_store

ROOT = Path(__file__).parents[2]

# Rebuilds the archive, dying (as kill -9 would) just before the rename that moves the
# directory named by the point: the old archive aside, or the rebuilt one into its place.
KILLER = """
import os, sys
from pathlib import Path
import tuiarchive.store.rebuild as rebuild
from tuiarchive.cli.main import main

archive, point = Path(sys.argv[1]), sys.argv[2]
real_replace = os.replace

def replace(source, target):
    name = Path(source).name
    if point == "before-setting-aside" and name == archive.name:
        os._exit(9)
    if point == "between-the-renames" and ".rebuilding-" in name:
        os._exit(9)
    return real_replace(source, target)

rebuild.os.replace = replace
sys.exit(main(["--db", str(archive), "--rebuild", "--no-ui"]))
"""


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    for n in range(5):
        (dumps / f"{n}.txt").write_text(item_page(title=f"Ledger Notes: Post {n}"))
    path = tmp_path / "archive"
    with open_store(path) as store:
        import_dumps([dumps], store)
        assert len(store.catalogue()) == 5
    return path


def kill_rebuild_at(archive: Path, point: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", KILLER, str(archive), point],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 9, done.stderr


def leftovers(archive: Path) -> list[str]:
    return sorted(p.name for p in archive.parent.iterdir() if ".rebuilding-" in p.name)


@pytest.mark.parametrize("point", ["before-setting-aside", "between-the-renames"])
def test_an_interrupted_rebuild_is_finished_or_undone_at_the_next_open(
    archive: Path, point: str, capsys: pytest.CaptureFixture[str]
) -> None:
    kill_rebuild_at(archive, point)

    # --check changes nothing, but says what happened and where the posts are.
    assert main(["--db", str(archive), "--check"]) == 0
    captured = capsys.readouterr()
    assert "rebuild" in captured.err and "interrupted" in captured.err, captured.err
    assert "5 posts" in captured.out, captured.out
    assert "Traceback" not in captured.err

    # Opening finishes it (the rebuilt archive was complete) or undoes it, in one line.
    assert main(["--db", str(archive), "--list"]) == 0
    captured = capsys.readouterr()
    assert "5 of 5 posts" in captured.out, captured.out
    lines = [line for line in captured.err.splitlines() if "rebuild" in line]
    assert len(lines) == 1, captured.err
    assert ("finished" if point == "between-the-renames" else "undid") in lines[0]
    assert leftovers(archive) == []

    # Told once: the next open has nothing to say about it.
    assert main(["--db", str(archive), "--list"]) == 0
    assert "rebuild" not in capsys.readouterr().err
    assert main(["--db", str(archive), "--check"]) == 0
    assert "rebuild" not in capsys.readouterr().err


def test_a_rebuild_killed_after_its_renames_needs_nothing(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(archive), "--rebuild", "--no-ui"]) == 0
    capsys.readouterr()
    assert main(["--db", str(archive), "--list"]) == 0
    captured = capsys.readouterr()
    assert "5 of 5 posts" in captured.out
    assert "rebuild" not in captured.err


def test_an_archive_made_between_the_renames_is_left_with_both_copies_named(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kill_rebuild_at(archive, "between-the-renames")
    # What an older tuiarchive did next: --list made an empty archive in the gap.
    with open_store(tmp_path / "empty"):
        pass
    (tmp_path / "empty").rename(archive)
    assert main(["--db", str(archive), "--list"]) == 0
    captured = capsys.readouterr()
    lines = [line for line in captured.err.splitlines() if "rebuild" in line]
    assert len(lines) == 1 and "nothing was changed" in lines[0], captured.err
    assert len(leftovers(archive)) == 1  # the rebuilt copy, kept, and named
    assert main(["--db", str(archive), "--check"]) == 0
    assert "nothing was changed" in capsys.readouterr().err
