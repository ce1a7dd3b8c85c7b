"""Answers kept in the index (bitmaps of posts) stay right as the archive changes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.archives import add_posts
from tests.dumps import item_page
from tuiarchive.dumps.parser import parse_text
from tuiarchive.query.language import parse_filter
from tuiarchive.store import index as index_module
from tuiarchive.store import open_store
from tuiarchive.store.index import SearchIndex
from tuiarchive.words import Pattern


@pytest.fixture(autouse=True)
def keep_every_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    # On a handful of posts no answer is costly: keep them all, as a large archive would.
    monkeypatch.setattr(index_module, "KEEP_FROM_DOCS", 0)


def ferry_post(day: str, title: str, words: str, footer: list[str] | None = None):  # type: ignore[no-untyped-def]
    text = item_page(day, title=title, paragraphs=[words], footer=footer or ["No comments:"])
    return parse_text(text, f"{title}.txt")[0]


def kept_rows(archive: Path) -> dict[str, int]:
    with sqlite3.connect(archive / "index.sqlite") as db:
        return dict(db.execute("SELECT key, upto FROM answers").fetchall())


def count(archive: Path, text: str) -> int:
    with open_store(archive) as store:
        return len(parse_filter(text).run(store.catalogue()))


def test_an_answer_kept_before_an_import_finds_the_posts_it_added(archive_path: Path) -> None:
    with open_store(archive_path) as store:
        add_posts(store, [ferry_post("Friday, May 30, 2014", "Quay Fees", "The ferry was late.")])
    assert count(archive_path, "ferry") == 1
    before = kept_rows(archive_path)
    assert any("ferry" in key for key in before), "the answer was not kept"

    with open_store(archive_path) as store:
        add_posts(store, [ferry_post("Monday, June 2, 2014", "Night Crossing", "A ferry again.")])
    assert count(archive_path, "ferry") == 2  # a new window: read back and brought up to date
    after = kept_rows(archive_path)
    assert [after[k] for k in before if "ferry" in k] != [before[k] for k in before if "ferry" in k]


def test_a_post_whose_reading_changed_is_answered_anew(archive_path: Path) -> None:
    plain = ferry_post("Friday, May 30, 2014", "Quay Fees", "Fees rose.")
    richer = ferry_post(
        "Friday, May 30, 2014", "Quay Fees", "Fees rose.", ["1 comment:", "Labels: ferries"]
    )
    assert plain.id == richer.id
    with open_store(archive_path) as store:
        add_posts(store, [plain])
        assert len(parse_filter("label:ferries").run(store.catalogue())) == 0
        assert len(parse_filter("label:ferries").run(store.catalogue())) == 0  # from memory
        add_posts(store, [richer])  # same post, same number, new labels
        assert len(parse_filter("label:ferries").run(store.catalogue())) == 1
    assert count(archive_path, "label:ferries") == 1


def test_an_index_without_kept_answers_is_still_read(archive_path: Path) -> None:
    with open_store(archive_path) as store:
        add_posts(store, [ferry_post("Friday, May 30, 2014", "Quay Fees", "The ferry was late.")])
    with sqlite3.connect(archive_path / "index.sqlite") as db:
        db.execute("DROP TABLE answers")  # as an index made before answers were kept
    # Read where nothing may be written (a read-only copy of the archive, say) ...
    index = SearchIndex(archive_path / "index.sqlite", readonly=True)
    try:
        assert len(index.docs_matching(("title", "body"), Pattern(("ferry",), True))) == 1
    finally:
        index.close()
    # ... and opened to write, the table is made again.
    with open_store(archive_path) as store:
        assert len(parse_filter("ferry").run(store.catalogue())) == 1
    assert kept_rows(archive_path)


#: A search that takes many seconds when the pattern is the single letter "t" (SQLite
#: counting to a billion), and the real search otherwise: a first letter over a huge archive.
SLOW_FOR_T = (
    "SELECT CASE WHEN ?1 LIKE '%\"t\"*' THEN (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL "
    "SELECT x + 1 FROM c WHERE x < 1000000000) SELECT group_concat(x) FROM c WHERE x < 0) "
    "ELSE (SELECT group_concat(rowid) FROM words WHERE words MATCH ?1 AND rowid > ?2) END"
)


def test_a_search_is_stopped_from_another_thread(
    archive_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading
    import time

    from tuiarchive.store.index import Interrupted

    with open_store(archive_path) as store:
        add_posts(store, [ferry_post("Friday, May 30, 2014", "Quay Fees", "The tide turned.")])
    monkeypatch.setattr(index_module, "_MATCHING_AFTER", SLOW_FOR_T)
    index = SearchIndex(archive_path / "index.sqlite", readonly=True)
    outcome: list[object] = []

    def search() -> None:
        try:
            outcome.append(index.docs_matching(("title", "body"), Pattern(("t",), True)))
        except Interrupted as stopped:
            outcome.append(stopped)

    try:
        worker = threading.Thread(target=search)
        began = time.perf_counter()
        worker.start()
        time.sleep(0.3)
        index.interrupt(worker)
        worker.join(timeout=30)
        assert isinstance(outcome[0], Interrupted)
        assert time.perf_counter() - began < 5
        # The stopped search left nothing behind: the next one answers.
        assert len(index.docs_matching(("title", "body"), Pattern(("tide",), True))) == 1
    finally:
        index.close()
