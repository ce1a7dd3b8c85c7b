"""Each facet value's posts as a bitmap, kept in the index: facets count without reading every post.

Counting how a million posts divide by label, place, series and blog one post at a
time takes seconds; with a bitmap of docs per value it is one intersection count per
value, in C. The bitmaps are worked out once (a scan of the catalogue), kept in the
`answers` table beside the filters' answers, and brought up to date with only the posts
indexed since. They share the answers' epoch, so a post that keeps its number but
changes its labels drops them all.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from pyroaring import BitMap, FrozenBitMap

#: The facets kept, with the SQL giving each value's docs after a doc number. A post's
#: labels are one column (joined by LABEL_SEPARATOR): each distinct set of labels is
#: read once and its docs go to every label in it.
FACET_SQL = {
    "label": "SELECT labels, group_concat(doc) FROM catalogue "
    "WHERE labels != '' AND doc > ? GROUP BY labels",
    **{
        field: f"SELECT {field}, group_concat(doc) FROM catalogue "
        f"WHERE {field} != '' AND doc > ? GROUP BY {field}"
        for field in ("place", "series", "blog")
    },
}
_SEPARATOR = "\x1f"  # between a kept facet's key and a value (never in a key)
_AFTER_SEPARATOR = "\x20"

Sets = Mapping[str, FrozenBitMap]


class FacetSets:
    """The kept value bitmaps of each facet, for one index (any thread may ask)."""

    def __init__(
        self,
        read: Callable[..., sqlite3.Cursor],
        write_if_free: Callable[[Callable[[sqlite3.Connection], object]], None],
        stamp_sql: str,
        bitmap: Callable[[str | None], BitMap],
        writable: bool,
    ) -> None:
        self._read = read
        self._write_if_free = write_if_free
        self._stamp_sql = stamp_sql
        self._bitmap = bitmap
        self._writable = writable
        self._kept: dict[tuple[str, str], tuple[int, Sets]] = {}  # entries never change
        self._lock = threading.Lock()

    def of(self, field: str, separator: str) -> Sets:
        """Each value of `field` with the docs that have it."""
        epoch, newest = self._read(self._stamp_sql).fetchone()
        tag = (str(epoch or 0), "facet " + field)
        newest = newest or 0
        with self._lock:
            kept = self._kept.get(tag)
        if kept is not None and kept[0] >= newest:
            return kept[1]
        if kept is None:
            kept = self._stored(tag)
        if kept is not None and kept[0] >= newest:
            self._remember(tag, kept)
            return kept[1]
        upto, sets = kept if kept is not None else (0, {})
        found: dict[str, list[BitMap]] = {}
        for value, joined in self._read(FACET_SQL[field], (upto,)):
            docs = self._bitmap(joined)
            for name in value.split(separator) if field == "label" else (value,):
                found.setdefault(name, []).append(docs)
        changed = {
            name: FrozenBitMap(BitMap.union(*parts, *([sets[name]] if name in sets else [])))
            for name, parts in found.items()
        }
        answer = (newest, {**sets, **changed})
        self._remember(tag, answer)
        self._store(tag, newest, changed)
        return answer[1]

    def _remember(self, tag: tuple[str, str], answer: tuple[int, Sets]) -> None:
        """Keep `answer` in memory, dropping what an older epoch left."""
        with self._lock:
            self._kept = {**{k: v for k, v in self._kept.items() if k[0] == tag[0]}, tag: answer}

    def _stored(self, tag: tuple[str, str]) -> tuple[int, Sets] | None:
        key = " ".join(tag)
        try:
            marker = self._read("SELECT upto FROM answers WHERE key = ?", (key,)).fetchone()
            if marker is None:
                return None
            rows = self._read(
                "SELECT key, docs FROM answers WHERE key >= ? AND key < ?",
                (key + _SEPARATOR, key + _AFTER_SEPARATOR),
            )
            sets = {k[len(key) + 1 :]: FrozenBitMap.deserialize(docs) for k, docs in rows}
        except sqlite3.OperationalError:  # an index from before answers were kept
            return None
        return marker[0], sets

    def _store(self, tag: tuple[str, str], upto: int, changed: Sets) -> None:
        """Keep the changed values and how far they go, unless another writer is busy or
        the posts' words changed meanwhile (then they are worked out again next time)."""
        if not self._writable:
            return
        key = " ".join(tag)
        rows: Sequence[tuple[str, int, Any]] = [
            (key, upto, b""),
            *((key + _SEPARATOR + name, upto, docs.serialize()) for name, docs in changed.items()),
        ]

        def keep(db: sqlite3.Connection) -> None:
            if str(db.execute(self._stamp_sql).fetchone()[0] or 0) == tag[0]:
                db.executemany(
                    "INSERT OR REPLACE INTO answers(key, upto, docs) VALUES (?, ?, ?)", rows
                )

        self._write_if_free(keep)
