"""Each facet value's posts as a bitmap, kept in the index: facets count without reading every post.

Counting how a million posts divide by label, place, series and blog one post at a
time takes seconds; with a bitmap of docs per value it is one intersection count per
value, in C. The bitmaps are worked out once (a scan of the catalogue) and kept as the
filters' answers are (`kept_answers`: in memory and in the index's `answers` table, a row
a value), brought up to date with only the posts indexed since. They share the answers'
epoch, so a post that keeps its number but changes its labels drops them all.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping

from pyroaring import BitMap, FrozenBitMap

from tuiarchive.store.kept_answers import KeptDocsByValue, WriteIfFree, docs_bitmap

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

Sets = Mapping[str, FrozenBitMap]


class FacetSets:
    """The kept value bitmaps of each facet, for one index (any thread may ask)."""

    def __init__(
        self, read: Callable[..., sqlite3.Cursor], write_if_free: WriteIfFree, writable: bool
    ) -> None:
        self._read = read
        self._kept = KeptDocsByValue(read, write_if_free, writable=writable)

    def of(self, field: str, separator: str) -> Sets:
        """Each value of `field` with the docs that have it."""

        def extend(upto: int, sets: Sets | None) -> tuple[Sets, Sets]:
            sets = sets or {}
            found: dict[str, list[BitMap]] = {}
            for value, joined in self._read(FACET_SQL[field], (upto,)):
                docs = docs_bitmap(joined)
                for name in value.split(separator) if field == "label" else (value,):
                    found.setdefault(name, []).append(docs)
            changed = {
                name: FrozenBitMap(BitMap.union(*parts, *([sets[name]] if name in sets else [])))
                for name, parts in found.items()
            }
            return {**sets, **changed}, changed  # only the changed values are written again

        return self._kept.get("facet " + field, extend)
