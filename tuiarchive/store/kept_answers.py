"""Answers worked out once, kept in memory and in the index, brought up to date with the posts indexed since.

An answer (a filter term's docs, a facet's docs per value) is kept under a key with the
doc number it went `upto`: asked again, it is read back (from memory, else from the
index's `answers` table) and only the docs numbered after `upto` are looked up. Every
kept answer belongs to the index's answers epoch: when a post keeps its number but not
its words, `forget_answers` starts a new epoch and every answer is worked out anew.
"""

from __future__ import annotations

import array
import json
import sqlite3
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from typing import Generic, TypeVar

from pyroaring import BitMap, FrozenBitMap

#: The answers' epoch and the newest doc: what a kept answer is checked against.
ANSWERS_STAMP = (
    "SELECT (SELECT value FROM meta WHERE key = 'answers_epoch'), (SELECT max(doc) FROM catalogue)"
)
#: How many answers each process keeps in memory besides (most recently made first).
ANSWERS_IN_MEMORY = 64
_SEPARATOR = "\x1f"  # between a kept answer's key and a value (never in a key)
_AFTER_SEPARATOR = "\x20"
_KEEP = "INSERT OR REPLACE INTO answers(key, upto, docs) VALUES (?, ?, ?)"

A = TypeVar("A")
Read = Callable[..., sqlite3.Cursor]
WriteIfFree = Callable[[Callable[[sqlite3.Connection], object]], None]
Row = tuple[str, int, bytes]
#: `extend(upto, kept)`: the answer brought up to date from the docs after `upto` (`kept`
#: is what was kept, None when nothing was), and the part of it to keep in the index (None
#: when it is not worth keeping).
Extend = Callable[[int, A | None], tuple[A, A | None]]


def docs_bitmap(joined: str | None) -> BitMap:
    """A bitmap of the doc numbers in SQLite's comma-joined list."""
    if not joined:
        return BitMap()
    # json reads a list of integers in C, several times quicker than int() on each piece.
    return BitMap(array.array("I", json.loads(f"[{joined}]")))


def forget_answers(db: sqlite3.Connection) -> None:
    """Drop every kept answer (inside the writer's transaction on `db`): a new epoch."""
    row = db.execute("SELECT value FROM meta WHERE key = 'answers_epoch'").fetchone()
    epoch = int((row[0] if row else None) or 0) + 1
    db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('answers_epoch', ?)", (str(epoch),))
    db.execute("DELETE FROM answers")


class KeptAnswers(ABC, Generic[A]):
    """One index's kept answers of one form (any thread may ask).

    In memory: (epoch, key) -> (the newest doc looked at, the answer). Each entry is made
    whole and then put in (never changed); the lock guards the mapping.
    """

    def __init__(
        self, read: Read, write_if_free: WriteIfFree, *, writable: bool,
        in_memory: int = ANSWERS_IN_MEMORY,
    ) -> None:  # fmt: skip
        self._read = read
        self._write_if_free = write_if_free
        self._writable = writable
        self._in_memory = in_memory
        self._kept: dict[tuple[str, str], tuple[int, A]] = {}
        self._lock = threading.Lock()

    def get(self, key: str, extend: Extend[A]) -> A:
        """The answer kept under `key`, from memory or the index, brought up to date with
        `extend` if posts were indexed since (and kept again); worked out otherwise."""
        epoch, newest = self._read(ANSWERS_STAMP).fetchone()
        tag = (str(epoch or 0), key)
        newest = newest or 0
        with self._lock:
            kept = self._kept.get(tag)
        stored = False
        if kept is None:
            kept = self._stored(" ".join(tag))
            stored = kept is not None
        if kept is not None and kept[0] >= newest:
            if stored:
                self._remember(tag, kept)
            return kept[1]
        answer, part = extend(*(kept if kept is not None else (0, None)))
        self._remember(tag, (newest, answer))
        if part is not None:
            self._store(tag, self._rows(" ".join(tag), newest, part))
        return answer

    def _remember(self, tag: tuple[str, str], answer: tuple[int, A]) -> None:
        """Keep `answer` in memory, the most recent last, dropping what an older epoch left
        and the least recent past `in_memory`."""
        with self._lock:
            kept = {k: v for k, v in self._kept.items() if k[0] == tag[0] and k != tag}
            kept[tag] = answer
            while len(kept) > self._in_memory:
                del kept[next(iter(kept))]
            self._kept = kept

    def _stored(self, key: str) -> tuple[int, A] | None:
        try:
            return self._load(key)
        except sqlite3.OperationalError:  # an index from before answers were kept
            return None

    def _store(self, tag: tuple[str, str], rows: Sequence[Row]) -> None:
        """Keep rows in the index, on a connection of its own that does not wait (another
        writer busy with the index means the answer is worked out again next time), unless
        the posts' words changed meanwhile (a new epoch)."""
        if not self._writable:
            return

        def keep(db: sqlite3.Connection) -> None:
            if str(db.execute(ANSWERS_STAMP).fetchone()[0] or 0) == tag[0]:
                db.executemany(_KEEP, rows)

        self._write_if_free(keep)

    @abstractmethod
    def _load(self, key: str) -> tuple[int, A] | None:
        """The answer the `answers` table keeps under `key` (with its epoch), and its upto."""

    @abstractmethod
    def _rows(self, key: str, upto: int, part: A) -> Sequence[Row]:
        """The `answers` rows that keep `part` of the answer under `key`, up to `upto`."""


class KeptDocs(KeptAnswers[FrozenBitMap]):
    """Answers that are one bitmap of docs: one row, the key's."""

    def _load(self, key: str) -> tuple[int, FrozenBitMap] | None:
        row = self._read("SELECT upto, docs FROM answers WHERE key = ?", (key,)).fetchone()
        return (row[0], FrozenBitMap.deserialize(row[1])) if row else None

    def _rows(self, key: str, upto: int, part: FrozenBitMap) -> Sequence[Row]:
        return [(key, upto, part.serialize())]


class KeptDocsByValue(KeptAnswers[Mapping[str, FrozenBitMap]]):
    """Answers that are a bitmap of docs per value: a row marking how far they go, under
    the key, and one a value (`key` + separator + value), rewritten only when it changed."""

    def _load(self, key: str) -> tuple[int, Mapping[str, FrozenBitMap]] | None:
        marker = self._read("SELECT upto FROM answers WHERE key = ?", (key,)).fetchone()
        if marker is None:
            return None
        rows = self._read(
            "SELECT key, docs FROM answers WHERE key >= ? AND key < ?",
            (key + _SEPARATOR, key + _AFTER_SEPARATOR),
        )
        return marker[0], {k[len(key) + 1 :]: FrozenBitMap.deserialize(docs) for k, docs in rows}

    def _rows(self, key: str, upto: int, part: Mapping[str, FrozenBitMap]) -> Sequence[Row]:
        return [
            (key, upto, b""),
            *((key + _SEPARATOR + name, upto, docs.serialize()) for name, docs in part.items()),
        ]
