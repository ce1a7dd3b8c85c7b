"""The reader's own marks on posts (read, starred), kept apart from the posts themselves."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tinydb import TinyDB
from tinydb.table import Document

from tuiarchive.errors import StoreError
from tuiarchive.store.atomic import AtomicJSONStorage
from tuiarchive.store.lock import hold

MARKS = ("read", "starred")


def _doc_id(post_id: str) -> int:
    return int(post_id, 16)  # post ids are 16 hex digits: a stable TinyDB document id


class UserState:
    """`state.json`: one TinyDB table per mark, one small document per marked post.

    Changing a mark rewrites only this file, never the posts. Each change
    re-reads the file under `state.lock`, so two windows on the same archive do
    not undo each other's marks.
    """

    def __init__(self, path: Path, lock_path: Path, readonly: bool = False) -> None:
        self.path = path
        self.lock_path = lock_path
        self.readonly = readonly
        self.marks: dict[str, set[str]] = {mark: set() for mark in MARKS}
        self.reload()

    def _db(self) -> TinyDB:
        return TinyDB(self.path, storage=AtomicJSONStorage, create=not self.readonly)

    def reload(self) -> None:
        """Read the marks from disk (another process may have changed them)."""
        if not self.path.exists():
            return
        try:
            db = self._db()
            for mark in MARKS:
                self.marks[mark] = {str(doc.get("post")) for doc in db.table(mark).all()}
        except (ValueError, TypeError, AttributeError) as error:
            raise StoreError(
                f"{self.path} (read and starred marks) is damaged: {error}; it was left "
                "untouched. Move it aside to start with no marks."
            ) from None

    def has(self, mark: str, post_id: str) -> bool:
        return post_id in self.marks[mark]

    def set(self, mark: str, post_ids: list[str], value: bool) -> None:
        """Mark or unmark posts, in one write."""
        if self.readonly:
            raise StoreError("the archive is open read-only; marks cannot be saved")
        with hold(self.lock_path, wait=10.0, what="reading-state file"):
            db = self._db()
            table = db.table(mark)
            present = {doc.doc_id for doc in table.all()}
            if value:
                stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
                fresh = [
                    Document({"post": p, "at": stamp}, doc_id=_doc_id(p))
                    for p in dict.fromkeys(post_ids)
                    if _doc_id(p) not in present
                ]
                if fresh:
                    table.insert_multiple(fresh)
            else:
                gone = [_doc_id(p) for p in post_ids if _doc_id(p) in present]
                if gone:
                    table.remove(doc_ids=gone)
            self.marks[mark] = {str(doc.get("post")) for doc in table.all()}
