"""The store: batches, identity, atomic writes, damage handling and the derived index."""

from __future__ import annotations

import dataclasses
import errno
import gzip
import hashlib
import json
import os
import sqlite3
from pathlib import Path

import pytest
from tinydb import TinyDB
from tinydb.storages import JSONStorage

from tests.archives import add_posts
from tests.dumps import archive_page, headed, item_page, post
from tuiarchive.dumps.parser import parse_text
from tuiarchive.errors import StoreError
from tuiarchive.model import Post
from tuiarchive.query.language import parse_filter
from tuiarchive.store import MarkChange, Store, open_store
from tuiarchive.store import atomic as atomic_module
from tuiarchive.store.atomic import GzipJSONStorage
from tuiarchive.store.index import INDEX_SCHEMA
from tuiarchive.store.segments import write_segment


def sample_posts() -> list[Post]:
    first = post(title="Ledger Notes: One", author=None,
                 footer=["Posted by Mara Lindqvist at 9:10 AM", "Labels: energy"])  # fmt: skip
    second = post(title="Ledger Notes: Two", author=None, paragraphs=["Riga, May 30 – Trams."],
                  footer=["Posted by Tomas Ebner at 7:00 AM", "1 comment:"])  # fmt: skip
    third = post(title="Field Report: Three", paragraphs=["Baku, May 29 – A ferry sails."])
    text = archive_page([("Friday, May 30, 2014", [first, second]),
                         ("Thursday, May 29, 2014", [third])])  # fmt: skip
    return parse_text(text, "page.txt")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_is_created_empty(archive_path: Path) -> None:
    with open_store(archive_path) as store:
        assert len(store.catalogue()) == 0
    assert (archive_path / "archive.json").exists()


def test_posts_survive_reopening_in_newest_first_order(archive_path: Path) -> None:
    posts = sample_posts()
    with open_store(archive_path) as store:
        result = add_posts(store, posts)
    assert (result.added, result.duplicates) == (3, 0)
    with open_store(archive_path) as store:
        catalogue = store.catalogue()
        titles = [catalogue.summary(n).title for n in range(len(catalogue))]
        assert titles == ["Ledger Notes: One", "Ledger Notes: Two", "Field Report: Three"]
        assert store.post(posts[1].id) == posts[1]
        assert list(store.posts([p.id for p in posts])) == posts


def test_importing_the_same_posts_again_adds_nothing_and_writes_nothing(archive_path: Path) -> None:
    with open_store(archive_path) as store:
        add_posts(store, sample_posts())
        before = digest(archive_path / "archive.json")
        result = add_posts(store, sample_posts())
        assert (result.added, result.updated, result.duplicates) == (0, 0, 3)
        assert digest(archive_path / "archive.json") == before
        assert len(store.catalogue()) == 3


def test_duplicates_within_one_batch_become_one_record(archive_path: Path) -> None:
    with open_store(archive_path) as store:
        result = add_posts(store, sample_posts() + sample_posts())
        assert (result.added, result.duplicates) == (3, 3)


def test_a_richer_reading_of_a_known_post_updates_it(archive_path: Path) -> None:
    plain = parse_text(item_page(footer=["No comments:"]), "item.txt")[0]
    richer = parse_text(item_page(footer=["3 comments:", "Labels: energy, ferries"]), "other.txt")[
        0
    ]
    assert plain.id == richer.id
    with open_store(archive_path) as store:
        add_posts(store, [plain])
        result = add_posts(store, [richer])
        assert (result.added, result.updated) == (0, 1)
        stored = store.post(plain.id)
        assert (stored.comments, stored.labels, stored.source) == (
            3,
            ("energy", "ferries"),
            "item.txt",
        )
        catalogue = store.catalogue()
        assert len(catalogue) == 1
        assert parse_filter("label:ferries").run(catalogue) == [0]
    with open_store(archive_path) as store:  # and the index rebuilt from segments agrees
        store.rebuild_index()
        assert store.catalogue().summary(0).labels == ("energy", "ferries")


def two_blogs() -> list[Post]:
    """Posts of two blogs, each page headed by its blog's name, and one page with none."""
    ledger = archive_page([("Friday, May 30, 2014", [
        post(title="Quay Fees Rise", paragraphs=["The quay fees went up again."]),
        post(title="Night Ferry Returns", paragraphs=["The night ferry is back."]),
    ])])  # fmt: skip
    marsh = item_page("Thursday, May 29, 2014", title="Ledger Balances",
                      paragraphs=["Columns of figures, all in order."])  # fmt: skip
    bare = item_page("Wednesday, May 28, 2014", title="A Page Without a Header",
                     paragraphs=["Nothing names the blog."])  # fmt: skip
    posts = parse_text(headed(ledger, "Harbour Ledger"), "ledger.txt")
    posts += parse_text(headed(marsh, "https://saltmarsh.example/2014/05/ledger.html",
                               "Saltmarsh Notebook"), "marsh.txt")  # fmt: skip
    posts += parse_text(bare, "bare.txt")
    assert [p.blog for p in posts] == ["Harbour Ledger"] * 2 + ["Saltmarsh Notebook", None]
    assert posts[2].url == "https://saltmarsh.example/2014/05/ledger.html"
    return posts


def found(store: Store, text: str) -> list[str]:
    catalogue = store.catalogue()
    return [catalogue.summary(n).title for n in parse_filter(text).run(catalogue)]


def test_the_blogs_name_is_searchable_after_import_and_after_a_rebuild(archive_path: Path) -> None:
    with open_store(archive_path) as store:
        add_posts(store, two_blogs())
        assert found(store, "blog:ledger") == ["Quay Fees Rise", "Night Ferry Returns"]
        assert found(store, 'blog:"saltmarsh note"') == ["Ledger Balances"]
        assert found(store, "-blog:ledger") == ["Ledger Balances", "A Page Without a Header"]
        assert found(store, "ledger") == ["Ledger Balances"]  # bare words: title and body only
        store.rebuild_index()
        assert found(store, "blog:ledger") == ["Quay Fees Rise", "Night Ferry Returns"]
    with open_store(archive_path) as store:
        assert found(store, "blog:salt") == ["Ledger Balances"]
        stored = store.post(two_blogs()[2].id)
        assert (stored.blog, stored.url) == (
            "Saltmarsh Notebook", "https://saltmarsh.example/2014/05/ledger.html",
        )  # fmt: skip


def test_an_index_of_an_older_format_is_rebuilt_with_the_blogs(archive_path: Path) -> None:
    with open_store(archive_path) as store:
        add_posts(store, two_blogs())
    with sqlite3.connect(archive_path / "index.sqlite") as db:  # as an older version left it
        db.execute("UPDATE meta SET value = '3' WHERE key = 'schema'")
        db.execute("ALTER TABLE catalogue DROP COLUMN blog")
    db.close()
    with open_store(archive_path) as store:
        assert any("rebuilt" in note for note in store.notes)
        assert found(store, "blog:ledger") == ["Quay Fees Rise", "Night Ferry Returns"]
    with sqlite3.connect(archive_path / "index.sqlite") as db:
        assert db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() == (
            INDEX_SCHEMA,
        )
        assert db.execute("SELECT count(*) FROM catalogue WHERE blog IS NOT NULL").fetchone() == (
            3,
        )
    db.close()


def test_segments_are_gzipped_tinydb_files(archive_path: Path) -> None:
    posts = sample_posts()
    with open_store(archive_path) as store:
        add_posts(store, posts)
    (segment,) = sorted((archive_path / "posts").glob("*.json"))
    # Decompressed whole (what `zcat` prints), it is a TinyDB JSON file, read by TinyDB's
    # own storage; and TinyDB reads the file itself with the store's gzip storage.
    with gzip.open(segment) as whole:
        text = whole.read()
    plain = segment.with_name("plain.json")
    plain.write_bytes(text)
    records = TinyDB(plain, storage=JSONStorage, access_mode="r").table("posts").all()
    assert sorted(r["id"] for r in records) == sorted(p.id for p in posts)
    records = TinyDB(segment, storage=GzipJSONStorage, create=False).table("posts").all()
    assert sorted(r["id"] for r in records) == sorted(p.id for p in posts)


def test_marks_persist_and_never_rewrite_the_posts(archive_path: Path) -> None:
    posts = sample_posts()
    with open_store(archive_path) as store:
        add_posts(store, posts)
    segment = next((archive_path / "posts").glob("*.json"))
    before = (digest(segment), segment.stat().st_mtime_ns)
    with open_store(archive_path) as store:
        store.mark("starred", [posts[2].id], True)
        store.mark("read", [posts[0].id, posts[2].id], True)
        store.mark("read", [posts[0].id], False)
    assert (digest(segment), segment.stat().st_mtime_ns) == before
    with open_store(archive_path) as store:
        catalogue = store.catalogue()
        assert parse_filter("is:starred").run(catalogue) == [2]
        assert parse_filter("is:read").run(catalogue) == [2]
        assert parse_filter("is:unread").run(catalogue) == [0, 1]


def test_a_mark_change_says_what_it_changed(archive_path: Path) -> None:
    posts = sample_posts()
    a, b = posts[0].id, posts[1].id
    with open_store(archive_path) as store:
        add_posts(store, posts)
        assert store.mark("starred", [a], True) == MarkChange("starred", (a,), True)
        # Already starred: only the other post changes; clearing a clear mark changes nothing.
        assert store.mark("starred", [a, b], True) == MarkChange("starred", (b,), True)
        assert store.mark("read", [a], False) == MarkChange("read", (), False)
        assert store.toggle_mark("starred", a) == MarkChange("starred", (a,), False)
        assert store.toggle_mark("starred", a) == MarkChange("starred", (a,), True)
        assert store.has_mark("starred", a) and store.has_mark("starred", b)
        with pytest.raises(ValueError, match="no mark"):
            store.mark("liked", [a], True)


def _fail_on(monkeypatch: pytest.MonkeyPatch, name: str, code: int) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(atomic_module.os, name, broken)


@pytest.mark.parametrize(("call", "code"), [("fsync", errno.ENOSPC), ("replace", errno.EIO),
                                             ("fsync", errno.EACCES)])  # fmt: skip
def test_a_failed_write_leaves_the_store_as_it_was(
    archive_path: Path, monkeypatch: pytest.MonkeyPatch, call: str, code: int
) -> None:
    with open_store(archive_path) as store:
        add_posts(store, sample_posts()[:1])
    files = {
        p: digest(p) for p in archive_path.rglob("*") if p.is_file() and "sqlite" not in p.name
    }
    more = parse_text(item_page(title="Ledger Notes: Later", date="Monday, June 2, 2014"), "x")
    with open_store(archive_path) as store, monkeypatch.context() as patch:
        _fail_on(patch, call, code)
        with pytest.raises(StoreError) as raised:
            add_posts(store, more)
    assert "disk space" in str(raised.value) if code == errno.ENOSPC else str(raised.value)
    after = {
        p: digest(p) for p in archive_path.rglob("*") if p.is_file() and "sqlite" not in p.name
    }
    assert after == files  # same files, same bytes: no temp file left, nothing half-written
    with open_store(archive_path) as store:
        assert [s.title for s in store.catalogue().summaries([0])] == [sample_posts()[0].title]


def test_a_batch_killed_before_its_commit_is_recovered_at_the_next_open(
    archive_path: Path,
) -> None:
    with open_store(archive_path) as store:
        add_posts(store, sample_posts()[:1])
    # What a process killed between writing a segment and listing it leaves behind, and a
    # temporary file from a write killed half way:
    write_segment(archive_path / "posts" / "000002.json", [sample_posts()[1].to_record()], [])
    (archive_path / "posts" / ".000003.json.tmp-999999999-abcd").write_text("partial")
    with open_store(archive_path) as store:
        assert len(store.catalogue()) == 2
        assert any("recovered 1 posts" in note for note in store.notes)
        add_posts(store, sample_posts()[2:3])
        assert len(store.catalogue()) == 3
    assert not any(".tmp-" in p.name for p in (archive_path / "posts").iterdir())


def test_a_damaged_leftover_of_a_killed_batch_is_set_aside(archive_path: Path) -> None:
    with open_store(archive_path) as store:
        add_posts(store, sample_posts()[:1])
    (archive_path / "posts" / "000002.json").write_text('{"posts":{"1":{"id":')
    with open_store(archive_path) as store:
        assert len(store.catalogue()) == 1
        assert any("moved it to 000002.json.uncommitted" in note for note in store.notes)
        add_posts(store, sample_posts()[1:2])  # never written over the set-aside file
    names = sorted(p.name for p in (archive_path / "posts").iterdir())
    assert "000002.json.uncommitted" in names and "000003.json" in names


def test_a_temporary_file_of_a_running_writer_is_left_alone(archive_path: Path) -> None:
    open_store(archive_path).close()
    running = archive_path / f".state.json.tmp-{os.getppid()}-abcd"
    running.write_text("being written")
    open_store(archive_path).close()
    assert running.exists()


def test_a_missing_or_damaged_index_is_rebuilt(archive_path: Path) -> None:
    with open_store(archive_path) as store:
        add_posts(store, sample_posts())
    for suffix in ("", "-wal", "-shm"):
        Path(str(archive_path / "index.sqlite") + suffix).unlink(missing_ok=True)
    with open_store(archive_path) as store:
        assert len(store.catalogue()) == 3
    (archive_path / "index.sqlite").write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        Path(str(archive_path / "index.sqlite") + suffix).unlink(missing_ok=True)
    with open_store(archive_path) as store:
        assert len(store.catalogue()) == 3
        assert any("rebuilt" in note for note in store.notes)


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],
        lambda raw: raw + b"garbage",
        lambda raw: b"",
        lambda raw: b"[]",
        lambda raw: raw.replace(b'"schema":1', b'"schema":99'),
        lambda raw: raw.replace(b'"size":', b'"size":"x", "old":'),
    ],
)
def test_a_damaged_manifest_is_reported_and_never_overwritten(archive_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    with open_store(archive_path) as store:
        add_posts(store, sample_posts())
    manifest = archive_path / "archive.json"
    manifest.write_bytes(damage(manifest.read_bytes()))
    before = digest(manifest)
    with pytest.raises(StoreError) as raised:
        open_store(archive_path)
    assert "archive.json" in str(raised.value) or "store" in str(raised.value)
    assert digest(manifest) == before


def test_a_changed_segment_is_reported(archive_path: Path) -> None:
    with open_store(archive_path) as store:
        add_posts(store, sample_posts())
    segment = next((archive_path / "posts").glob("*.json"))
    segment.write_bytes(segment.read_bytes()[:-10])
    with pytest.raises(StoreError, match="changed or damaged"):
        open_store(archive_path)


def test_a_file_given_as_the_store_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("mine")
    with pytest.raises(StoreError, match="is a file"):
        Store(target)
    assert target.read_text() == "mine"


def test_a_directory_of_other_files_is_not_taken_over(tmp_path: Path) -> None:
    (tmp_path / "mine.txt").write_text("mine")
    with pytest.raises(StoreError, match="not a tuiarchive archive"):
        Store(tmp_path)


def test_writes_are_one_per_batch(archive_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    writes: list[str] = []
    real = atomic_module.atomic_write

    def counting(path: Path, chunks: object) -> int:
        writes.append(Path(path).name)
        return real(path, chunks)  # type: ignore[arg-type]

    with open_store(archive_path) as store:
        monkeypatch.setattr(atomic_module, "atomic_write", counting)
        add_posts(store, sample_posts() * 10)
    assert writes == ["000001.json", "archive.json"]


def test_segment_records_are_json_objects_one_per_line(archive_path: Path) -> None:
    with open_store(archive_path) as store:
        add_posts(store, sample_posts())
    segment = next((archive_path / "posts").glob("*.json"))
    lines = gzip.decompress(segment.read_bytes()).decode("utf-8").splitlines()
    records = [line for line in lines if line.startswith('"') and '"id":' in line]
    assert len(records) == 3
    assert all(json.loads(r.split(":", 1)[1].rstrip(","))["title"] for r in records)


def test_records_carry_every_field_of_a_post() -> None:
    post = sample_posts()[1]
    assert set(post.to_record()) == {f.name for f in dataclasses.fields(Post)}
    assert Post.from_record(json.loads(json.dumps(post.to_record()))) == post


def test_ids_and_dates_read_late_belong_to_the_catalogue_they_came_with(
    archive_path: Path,
) -> None:
    first = parse_text(item_page("Friday, May 30, 2014", title="Quay Fees"), "a.txt")
    later = parse_text(item_page("Monday, June 2, 2014", title="Night Ferry"), "b.txt")
    with open_store(archive_path) as store:
        add_posts(store, first)
    with open_store(archive_path) as reader:
        catalogue = reader.catalogue()  # ids and dates not read yet
        with open_store(archive_path) as writer:  # another window imports meanwhile
            add_posts(writer, later)
            writer.catalogue()  # and its snapshot replaces the one `catalogue` came from
        assert list(catalogue.ids) == [first[0].id]
        assert list(catalogue.dates) == ["2014-05-30"]
        assert len(reader.catalogue().ids) == 2


def test_counting_a_filter_reads_no_ids_dates_or_positions_and_late_reads_stay_true(
    archive_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tuiarchive.store import post_sets

    monkeypatch.setattr(post_sets, "SMALL", 0)  # as a common word's answer at a million posts
    first = parse_text(item_page("Friday, May 30, 2014", title="Quay Fees"), "a.txt")
    later = parse_text(item_page("Monday, June 2, 2014", title="Night Ferry"), "b.txt")
    with open_store(archive_path) as store:
        add_posts(store, first)
    with open_store(archive_path) as reader:
        statements: list[str] = []
        reader.index._reader().set_trace_callback(statements.append)
        catalogue = reader.catalogue()
        assert len(parse_filter("quay").run(catalogue)) == 1  # what --count does
        read = " ".join(statements)
        assert "'docs'" in read  # the snapshot was read, but not its larger parts
        assert not any(f"'{part}'" in read for part in ("ids", "dates", "where"))
        with open_store(archive_path) as writer:  # another window imports meanwhile
            add_posts(writer, later)
            writer.catalogue()  # and its snapshot replaces the one `catalogue` came from
        doc = catalogue.docs[0]
        assert catalogue.blocks.position_of_doc[doc] == 0  # positions of its own posts


def test_an_import_gives_back_the_space_its_index_merges_freed(archive_path: Path) -> None:
    # Each batch is a segment of the full-text index; once 16 pile up they are merged into
    # one and the pages they held are freed: the import leaves none of them in the file.
    words = ["ferry", "tram", "harbour", "ledger", "window", "basin", "quay", "ridge"]
    with open_store(archive_path) as store, store.writing() as writer:
        for batch in range(40):
            writer.add([
                Post(id=f"b{batch}p{n}", title=f"Note {batch} {n}", date="2014-05-30",
                     body=" ".join(f"{w}{batch}x{n}{k}" for k in range(60) for w in words))
                for n in range(8)
            ])  # fmt: skip
    with sqlite3.connect(archive_path / "index.sqlite") as db:
        assert db.execute("PRAGMA freelist_count").fetchone()[0] == 0
    with open_store(archive_path) as store:
        catalogue = store.catalogue()
        assert [catalogue.id_at(n) for n in parse_filter("ferry39x7").run(catalogue)] == ["b39p7"]


def test_a_label_given_twice_in_two_spellings_finds_its_post_once(archive_path: Path) -> None:
    posts = [
        Post(id="p1", title="Ferries", date="2014-05-30", labels=("Energy", "energy ", "Ports")),
        Post(id="p2", title="Trams", date="2014-05-29", labels=("ports",)),
    ]
    with open_store(archive_path) as store:
        add_posts(store, posts)
        add_posts(store, [dataclasses.replace(posts[0], body="Now with a body.")])
        catalogue = store.catalogue()
        assert [catalogue.id_at(n) for n in parse_filter("label:energy").run(catalogue)] == ["p1"]
        found = parse_filter("label:ports").run(catalogue)
        assert sorted(catalogue.id_at(n) for n in found) == ["p1", "p2"]


def test_a_count_is_the_number_of_posts_the_filter_lists(archive_path: Path) -> None:
    with open_store(archive_path) as store:
        add_posts(store, sample_posts())
        store.mark("read", [sample_posts()[1].id], True)
    with open_store(archive_path) as store:
        for text in ("", "ferry", "ledger", "date:2014-05-30", "until:2014-05-29 OR trams",
                     "is:read", "-is:read ledger", "label:energy", "nothing-like-it"):  # fmt: skip
            query = parse_filter(text)
            assert store.count(query.count) == len(query.run(store.catalogue())), text


def test_a_count_is_right_when_another_import_replaces_the_order_meanwhile(
    archive_path: Path,
) -> None:
    posts = sample_posts()
    with open_store(archive_path) as store:
        add_posts(store, posts[:2])
    with open_store(archive_path) as store, open_store(archive_path) as other:
        order = store.index.order(docs_later=True)
        assert list(order.docs_between(0, 2)) == list(store.catalogue().docs)
        assert list(order.docs_between(1, 2)) == list(store.catalogue().docs)[1:]
        add_posts(other, posts[2:])
        other.catalogue()  # the new order is kept in place of the one `order` came from
        with pytest.raises(StoreError):
            order.docs  # noqa: B018
        with pytest.raises(StoreError):
            order.docs_between(0, 1)
        assert store.count(parse_filter("date:2014-05-29 OR ferry").count) == 2
        assert store.count(parse_filter("date:2014").count) == 3
