"""Finding and importing dump files: recursion, skips with reasons, re-imports."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.dumps import item_page
from tuiarchive.loader import import_dumps
from tuiarchive.store import open_store


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    return path


def test_directories_are_searched_recursively_for_txt(tmp_path: Path, archive_path: Path) -> None:
    write(tmp_path / "dumps" / "a.txt", item_page(title="Ledger Notes: A"))
    write(tmp_path / "dumps" / "2014" / "05" / "b.TXT", item_page(title="Ledger Notes: B"))
    write(tmp_path / "dumps" / "notes.md", item_page(title="Ledger Notes: Not a txt"))
    single = write(tmp_path / "elsewhere" / "c.dump", item_page(title="Ledger Notes: C"))
    with open_store(archive_path) as store:
        report = import_dumps([tmp_path / "dumps", single], store)
        assert (report.files, report.added, report.skipped) == (3, 3, [])
        catalogue = store.catalogue()
        assert sorted(s.title for s in catalogue.summaries(range(len(catalogue)))) == [
            "Ledger Notes: A",
            "Ledger Notes: B",
            "Ledger Notes: C",
        ]


def test_reimporting_the_same_dumps_adds_nothing(tmp_path: Path, archive_path: Path) -> None:
    write(tmp_path / "d" / "a.txt", item_page(title="Ledger Notes: A"))
    write(tmp_path / "d" / "copy-of-a.txt", item_page(title="Ledger Notes: A"))
    with open_store(archive_path) as store:
        first = import_dumps([tmp_path / "d"], store)
        second = import_dumps([tmp_path / "d"], store)
        # the copy has the same content: not read again, within one import too
        assert (first.added, first.duplicates, first.already_imported) == (1, 0, 1)
        assert (second.added, second.duplicates, second.already_imported) == (0, 0, 2)
        assert second.already_imported_posts == 2
        assert len(store.catalogue()) == 1


def test_bad_files_are_skipped_with_reasons_and_the_rest_imported(
    tmp_path: Path, archive_path: Path
) -> None:
    d = tmp_path / "d"
    write(d / "good.txt", item_page())
    write(d / "empty.txt", b"")
    write(d / "blank.txt", b"\n \n\t\n")
    write(d / "binary.txt", bytes(range(256)) * 50)
    write(d / "prose.txt", "A shopping list\n\neggs, milk, bread")
    os.mkfifo(d / "pipe.txt")
    os.symlink(d / "loop2.txt", d / "loop1.txt")
    os.symlink(d / "loop1.txt", d / "loop2.txt")
    undecodable = os.fsencode(str(d)) + b"/caf\xe9-\xff.txt"
    with open(undecodable, "wb") as handle:
        handle.write(item_page(title="Ledger Notes: Odd Name").encode())
    with open_store(archive_path) as store:
        report = import_dumps([d, tmp_path / "missing-folder"], store)
    reasons = {Path(path).name: reason for path, reason in report.skipped}
    assert reasons["empty.txt"] == "the file is empty"
    assert reasons["blank.txt"] == "the file holds only blank lines"
    assert "binary" in reasons["binary.txt"]
    assert "no recognisable post" in reasons["prose.txt"]
    assert "named pipe" in reasons["pipe.txt"]
    assert "symbolic link loop" in reasons["loop1.txt"]
    assert "no such file" in reasons["missing-folder"]
    assert report.added == 2  # good.txt and the file with an undecodable name
    assert not report.ok


def test_a_file_that_vanishes_between_listing_and_reading(tmp_path: Path, archive_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    write(tmp_path / "d" / "a.txt", item_page(title="Ledger Notes: A"))
    gone = write(tmp_path / "d" / "b.txt", item_page(title="Ledger Notes: B"))
    seen: list[str] = []

    def progress(done: int, total: int, path: str) -> None:
        seen.append(path)
        if path.endswith("a.txt"):
            gone.unlink()

    with open_store(archive_path) as store:
        report = import_dumps([tmp_path / "d"], store, progress)
    assert report.added == 1
    assert [(Path(p).name, r) for p, r in report.skipped] == [
        ("b.txt", "no such file (it may have been moved or deleted)")
    ]


def test_batches_commit_as_they_go(tmp_path: Path, archive_path: Path) -> None:
    for n in range(7):
        write(tmp_path / "d" / f"{n}.txt", item_page(title=f"Ledger Notes: Post {n}"))
    with open_store(archive_path) as store:
        report = import_dumps([tmp_path / "d"], store, batch_posts=3)
        assert report.added == 7
    assert len(list((archive_path / "posts").glob("*.json"))) == 3


def test_posts_keep_the_dump_they_came_from(tmp_path: Path, archive_path: Path) -> None:
    path = write(tmp_path / "d" / "a.txt", item_page())
    with open_store(archive_path) as store:
        import_dumps([path], store)
        (post_id,) = store.catalogue().ids
        assert store.post(post_id).source == str(path)
