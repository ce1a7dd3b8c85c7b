"""One very long dump is imported a piece at a time: batches commit as it is read, none is lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from tuiarchive import loader
from tuiarchive.dumps import parser
from tuiarchive.loader import import_dumps
from tuiarchive.store import open_store


def _long_dump(posts: int) -> bytes:
    return "".join(
        f"Monday, March {n % 28 + 1}, 2013\n\nField note {n}\n\nThe river rose {n} cm today.\n\n"
        "Posted by Jo Smith at 5:43 AM\n\nNo comments:\n\n"
        for n in range(posts)
    ).encode()


def test_a_long_dump_commits_batch_by_batch_as_it_is_read(
    tmp_path: Path, archive_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Scaled down: a "long" dump of 40 KB read in pieces of 2,000 characters.
    monkeypatch.setattr(loader, "LONG_DUMP_BYTES", 10_000)
    pieces = parser.read_dump_pieces
    # the loader imports the parser when it first reads a dump (its own process starts light)
    monkeypatch.setattr(parser, "read_dump_pieces", lambda data, shown: pieces(data, shown, 2_000))
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    (dumps / "long.txt").write_bytes(_long_dump(400))
    (dumps / "short.txt").write_bytes(_long_dump(1).replace(b"Field note 0", b"Short one"))
    batches: list[int] = []
    with open_store(archive_path) as store:
        report = import_dumps(
            [dumps],
            store,
            batch_posts=50,
            workers=0,
            on_commit=lambda ids: batches.append(len(ids)),
        )
        assert (report.files, report.added, report.skipped) == (2, 401, [])
        assert len(store.catalogue()) == 401
        # committed while the long file was read: no batch much larger than asked for
        assert len(batches) >= 8 and max(batches) < 50 + 40
        again = import_dumps([dumps], store, workers=0)
        # the long dump is known whole
        assert (again.added, again.already_imported_posts) == (0, 401)


def test_a_long_file_of_no_post_is_skipped_with_its_reason(
    tmp_path: Path, archive_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loader, "LONG_DUMP_BYTES", 1_000)
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    (dumps / "noise.txt").write_bytes(b"just words, no post\n" * 200)
    with open_store(archive_path) as store:
        report = import_dumps([dumps], store, workers=0)
        assert report.added == 0
        assert [path for path, _ in report.skipped] == [str(dumps / "noise.txt")]
