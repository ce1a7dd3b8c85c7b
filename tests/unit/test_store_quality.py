"""Import-quality questions: which posts carry warnings (the store), and their dump's lines
(`research.raw_dump`, which asks the store)."""

from __future__ import annotations

from pathlib import Path

from tests.dumps import archive_page, item_page, post
from tuiarchive.loader import import_dumps
from tuiarchive.model import Post
from tuiarchive.research.raw_dump import raw_lines
from tuiarchive.store import open_store

FIRST = post(title="Ledger Notes: One", footer=["Posted by Mara Lindqvist at 9:10 AM"])
SECOND = post(title="Ledger Notes: Two", footer=["Posted by Tomas Ebner at 7:00 AM"])
THIRD = post(title="Field Report: Three", footer=["Posted by Aino Rask at 5:43 AM"])
PAGE = archive_page([("Friday, May 30, 2014", [FIRST, SECOND]),
                     ("Thursday, May 29, 2014", [THIRD])])  # fmt: skip


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def imported(archive: Path, *dumps: Path) -> dict[str, Post]:
    """Import the dumps (by absolute path); the stored posts by title."""
    with open_store(archive) as store:
        report = import_dumps([str(d) for d in dumps], store, workers=0)
        assert report.ok
        ids = store.catalogue().ids
        return {p.title: p for p in store.posts(list(ids))}


def test_posts_with_warnings_lists_exactly_the_warned_ones_newest_first(tmp_path: Path) -> None:
    dumps = tmp_path / "dumps"
    write(dumps / "a.txt", item_page(date="Sunday, February 30, 2014", title="Bad Date"))
    write(dumps / "b.txt", PAGE)
    truncated = "Friday, June 6, 2014\n\n" + post(title="Cut Short", footer=[])
    write(dumps / "c.txt", truncated[: truncated.rindex("another")])
    write(dumps / "d.txt", item_page(date="Monday, June 2, 2014", title="Calm"))
    posts = imported(tmp_path / "archive", dumps)
    warned = {p.id for p in posts.values() if p.warnings}
    assert len(warned) == 2  # the impossible date and the truncated post
    with open_store(tmp_path / "archive") as store:
        found = store.posts_with_warnings()
        assert set(found) == warned
        # Newest first, undated last: the catalogue's own order.
        order = list(store.catalogue().ids)
        assert found == sorted(found, key=order.index)
        assert found == [posts["Cut Short"].id, posts["Bad Date"].id]


def test_raw_lines_run_from_the_post_to_the_next_post_of_the_dump(tmp_path: Path) -> None:
    dump = write(tmp_path / "dumps" / "page.txt", PAGE)
    posts = imported(tmp_path / "archive", dump)
    lines = PAGE.split("\n")
    # Where each post starts, found in the text written: the first of a day at its header.
    starts = {
        "Ledger Notes: One": lines.index("Friday, May 30, 2014") + 1,
        "Ledger Notes: Two": lines.index("Ledger Notes: Two") + 1,
        "Field Report: Three": lines.index("Thursday, May 29, 2014") + 1,
    }
    ends = {"Ledger Notes: One": starts["Ledger Notes: Two"] - 1,
            "Ledger Notes: Two": starts["Field Report: Three"] - 1,
            "Field Report: Three": len(lines)}  # fmt: skip
    with open_store(tmp_path / "archive") as store:
        for title, start in starts.items():
            post_ = posts[title]
            assert post_.source == str(dump) and post_.line == start
            raw = raw_lines(store, post_)
            expected = lines[start - 1 : ends[title]]
            while not expected[-1].strip():
                expected.pop()
            assert raw == expected
            assert title in raw
        assert (
            raw_lines(store, posts["Ledger Notes: Two"], limit=3)
            == lines[starts["Ledger Notes: Two"] - 1 : starts["Ledger Notes: Two"] + 2]
        )


def test_raw_lines_of_a_cp1252_dump_are_decoded_as_at_import(tmp_path: Path) -> None:
    text = item_page(title="Caf\u00e9 Notes: the \u201cquay\u201d")
    dump = tmp_path / "dumps" / "old.txt"
    dump.parent.mkdir()
    dump.write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    (only,) = imported(tmp_path / "archive", dump).values()
    with open_store(tmp_path / "archive") as store:
        raw = raw_lines(store, only)
    assert raw is not None and "Caf\u00e9 Notes: the \u201cquay\u201d" in raw
    assert not any("\r" in line for line in raw)


def test_raw_lines_is_none_once_the_dump_is_changed_deleted_or_never_recorded(
    tmp_path: Path,
) -> None:
    dump = write(tmp_path / "dumps" / "page.txt", PAGE)
    posts = imported(tmp_path / "archive", dump)
    one = posts["Ledger Notes: One"]
    with open_store(tmp_path / "archive") as store:
        assert raw_lines(store, one) is not None
        dump.write_text(PAGE.replace("grain berth", "grain shed"), encoding="utf-8")
        assert raw_lines(store, one) is None  # not the content that was imported
        dump.unlink()
        assert raw_lines(store, one) is None
        dump.mkdir()
        assert raw_lines(store, one) is None  # a directory where the dump was
        # A post stored without a dump record (given to the store directly):
        loose = one.with_changes(id="0" * 16, source=str(tmp_path / "nowhere.txt"))
        assert raw_lines(store, loose) is None
