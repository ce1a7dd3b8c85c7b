"""The contract of `store/kept_answers.py`, on a bare index: an answer is kept, read back
after reopening, extended with the posts indexed since, and dropped when forgotten."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest
from pyroaring import FrozenBitMap

from tuiarchive.store.kept_answers import KeptDocs, KeptDocsByValue, forget_answers

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE catalogue(doc INTEGER PRIMARY KEY, place TEXT);
CREATE TABLE answers(key TEXT PRIMARY KEY, upto INTEGER NOT NULL, docs BLOB NOT NULL);
"""


class BareIndex:
    """The tables kept answers need, a reading connection and a writer's."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.reader = sqlite3.connect(path, isolation_level=None)
        self.asked: list[tuple[int, object]] = []  # each (upto, kept) an answer was extended from

    def read(self, sql: str, parameters: tuple[object, ...] = ()) -> sqlite3.Cursor:
        return self.reader.execute(sql, parameters)

    def write_if_free(self, write: Callable[[sqlite3.Connection], object]) -> None:
        db = sqlite3.connect(self.path, isolation_level=None)
        try:
            db.execute("BEGIN IMMEDIATE")
            write(db)
            db.execute("COMMIT")
        finally:
            db.close()

    def add(self, *places: str) -> None:
        with sqlite3.connect(self.path) as db:
            db.executemany("INSERT INTO catalogue(place) VALUES (?)", [(p,) for p in places])

    def rows(self) -> dict[str, int]:
        return dict(self.read("SELECT key, upto FROM answers ORDER BY key").fetchall())

    def docs(self, kept: KeptDocs) -> set[int]:
        def extend(upto: int, old: FrozenBitMap | None) -> tuple[FrozenBitMap, FrozenBitMap]:
            self.asked.append((upto, None if old is None else set(old)))
            found = self.read("SELECT doc FROM catalogue WHERE place = 'Riga' AND doc > ?", (upto,))
            docs = FrozenBitMap([d for (d,) in found] + list(old or ()))
            return docs, docs

        return set(kept.get("place riga", extend))

    def by_place(self, kept: KeptDocsByValue) -> dict[str, set[int]]:
        def extend(
            upto: int, old: Mapping[str, FrozenBitMap] | None
        ) -> tuple[Mapping[str, FrozenBitMap], Mapping[str, FrozenBitMap]]:
            self.asked.append((upto, None if old is None else sorted(old)))
            found: dict[str, list[int]] = {}
            for doc, place in self.read("SELECT doc, place FROM catalogue WHERE doc > ?", (upto,)):
                found.setdefault(place, []).append(doc)
            old = old or {}
            changed = {p: FrozenBitMap([*docs, *old.get(p, ())]) for p, docs in found.items()}
            return {**old, **changed}, changed

        return {place: set(docs) for place, docs in kept.get("facet place", extend).items()}


@pytest.fixture
def index(tmp_path: Path) -> Iterator[BareIndex]:
    path = tmp_path / "index.sqlite"
    with sqlite3.connect(path) as db:
        db.executescript(SCHEMA)
    index = BareIndex(path)
    yield index
    index.reader.close()


def test_an_answer_is_kept_read_back_extended_and_forgotten(index: BareIndex) -> None:
    index.add("Riga", "Baku", "Riga")
    assert index.docs(KeptDocs(index.read, index.write_if_free, writable=True)) == {1, 3}
    assert index.asked == [(0, None)]
    assert index.rows() == {"0 place riga": 3}

    reopened = KeptDocs(index.read, index.write_if_free, writable=True)  # another process
    assert index.docs(reopened) == {1, 3}
    assert index.docs(reopened) == {1, 3}  # then from memory
    assert index.asked == [(0, None)]  # read back, not worked out again

    index.add("Riga", "Aktau")
    assert index.docs(reopened) == {1, 3, 4}
    assert index.asked[-1] == (3, {1, 3})  # only the posts indexed since were looked up
    assert index.rows() == {"0 place riga": 5}

    with sqlite3.connect(index.path, isolation_level=None) as db:
        db.execute("BEGIN")
        forget_answers(db)  # a post kept its number but not its words
        db.execute("COMMIT")
    assert index.rows() == {}
    assert index.docs(reopened) == {1, 3, 4}
    assert index.asked[-1] == (0, None)  # worked out anew, memory notwithstanding
    assert index.rows() == {"1 place riga": 5}  # under the new epoch


def test_answers_by_value_keep_a_row_a_value_and_rewrite_only_the_changed(
    index: BareIndex,
) -> None:
    index.add("Riga", "Baku", "Riga")
    kept = KeptDocsByValue(index.read, index.write_if_free, writable=True)
    assert index.by_place(kept) == {"Riga": {1, 3}, "Baku": {2}}
    assert index.rows() == {
        "0 facet place": 3,
        "0 facet place\x1fBaku": 3,
        "0 facet place\x1fRiga": 3,
    }

    index.add("Aktau", "Riga")
    reopened = KeptDocsByValue(index.read, index.write_if_free, writable=True)
    assert index.by_place(reopened) == {"Riga": {1, 3, 5}, "Baku": {2}, "Aktau": {4}}
    assert index.asked[-1] == (3, ["Baku", "Riga"])  # read back, then extended
    assert index.rows() == {
        "0 facet place": 5,
        "0 facet place\x1fAktau": 5,
        "0 facet place\x1fBaku": 3,  # unchanged: not written again
        "0 facet place\x1fRiga": 5,
    }


def test_a_read_only_index_keeps_answers_in_memory_only(index: BareIndex) -> None:
    index.add("Riga")
    kept = KeptDocs(index.read, index.write_if_free, writable=False)
    assert index.docs(kept) == {1}
    assert index.docs(kept) == {1}
    assert index.asked == [(0, None)]
    assert index.rows() == {}


def test_an_index_without_the_answers_table_is_still_answered(index: BareIndex) -> None:
    index.add("Riga")
    with sqlite3.connect(index.path) as db:
        db.execute("DROP TABLE answers")  # as an index made before answers were kept
    assert index.docs(KeptDocs(index.read, index.write_if_free, writable=False)) == {1}
    assert index.by_place(KeptDocsByValue(index.read, index.write_if_free, writable=False)) == {
        "Riga": {1}
    }


def test_memory_holds_at_most_the_answers_it_is_given(index: BareIndex) -> None:
    index.add("Riga")
    kept = KeptDocs(index.read, index.write_if_free, writable=False, in_memory=1)
    empty = (FrozenBitMap(), None)
    kept.get("a", lambda upto, old: empty)
    kept.get("b", lambda upto, old: empty)
    assert kept.get("a", lambda upto, old: (FrozenBitMap([7]), None)) == FrozenBitMap([7])
