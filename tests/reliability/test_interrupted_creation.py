"""An import killed while it was creating the archive (before its manifest): nothing is lost,
`--check` says what happened, and the next open or import simply creates the archive."""

from __future__ import annotations

from pathlib import Path

from tests.dumps import item_page
from tuiarchive.loader import import_dumps
from tuiarchive.store import open_store
from tuiarchive.store.check import check_store


def _cut_short(path: Path) -> Path:
    (path / "posts").mkdir(parents=True)
    (path / "posts.lock").write_text("")
    return path


def test_check_calls_an_interrupted_creation_what_it_is_not_damage(tmp_path: Path) -> None:
    report = check_store(_cut_short(tmp_path / "archive"))
    assert report.ok, report.problems
    assert any("creation was cut short" in note for note in report.notes)


def test_the_next_import_creates_the_archive_where_the_creation_stopped(tmp_path: Path) -> None:
    archive = _cut_short(tmp_path / "archive")
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text(item_page(title="Ledger Notes: A"))
    with open_store(archive) as store:
        assert import_dumps([tmp_path / "d"], store, workers=0).added == 1
    assert check_store(archive).ok


def test_a_directory_of_other_files_is_still_no_archive(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "todo.txt").write_text("buy bread")
    report = check_store(folder)
    assert not report.ok
