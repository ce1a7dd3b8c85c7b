"""An import in progress: batches committed in turn, the search index following on a thread."""

from __future__ import annotations

import contextlib
import queue
import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from tuiarchive.model import Post, merge_posts
from tuiarchive.store.index import IndexBatch, SearchIndex, prepare_batch

#: Where each record of a committed segment lies: (record, offset, length).
Entries = list[tuple[dict[str, Any], int, int]]


@dataclass(frozen=True)
class BatchTarget:
    """What a writer may do to the store that holds its lock: all it is given of it.

    `commit(posts, dumps)` writes a segment and lists it in the manifest, returning the
    segment's name, its size and where each record lies; `read_post` reads a stored post;
    `known` are the ids already in the archive (the writer adds the ones it commits).
    """

    index: SearchIndex
    known: set[str]
    read_post: Callable[[str], Post]
    commit: Callable[[list[Post], list[dict[str, Any]]], tuple[str, int, Entries]]


@dataclass(frozen=True)
class DumpRecord:
    """A dump file an import read: its content digest, path and how many posts it held."""

    digest: str
    path: str
    posts: int


@dataclass
class BatchResult:
    """What committing one batch did."""

    added: int = 0
    updated: int = 0
    duplicates: int = 0
    notes: list[str] = field(default_factory=list)
    committed: list[str] = field(default_factory=list)  # ids of the posts now in the archive


class _Indexer(threading.Thread):
    """Adds committed segments to the search index, in commit order, off the importing thread.

    SQLite does its work without holding the interpreter lock, so indexing one batch
    overlaps with writing the next. At most two batches wait, to bound memory.
    """

    def __init__(self, index: SearchIndex) -> None:
        super().__init__(name="tuiarchive-indexer", daemon=True)
        self.index = index
        self.jobs: queue.Queue[IndexBatch | None] = queue.Queue(maxsize=2)
        self.error: BaseException | None = None
        self.batches = 0

    def run(self) -> None:
        while (job := self.jobs.get()) is not None:
            if self.error is not None:
                continue  # an earlier batch failed: the next open re-indexes from the segments
            try:
                self.index.add_batch(job)
                self.batches += 1
            except (sqlite3.Error, OSError) as error:
                self.error = error


class Writer:
    """Commits batches of posts to a store whose writer lock is held (see `Store.writing`)."""

    def __init__(self, target: BatchTarget) -> None:
        self.target = target
        self.known = target.known
        self.notes: list[str] = []
        self._next_doc = target.index.next_doc()
        self._indexer = _Indexer(target.index)
        self._indexer.start()

    def add(self, posts: Iterable[Post], dumps: Iterable[DumpRecord] = ()) -> BatchResult:
        """Commit a batch: new posts are added, known ones merged or counted as duplicates.

        One atomic write of a new segment, then one of the manifest (the commit).
        On failure nothing committed before is touched.
        """
        result = BatchResult()
        batch: dict[str, Post] = {}
        replaced: dict[str, dict[str, Any]] = {}
        for post in posts:
            if post.id in batch:
                batch[post.id] = merge_posts(batch[post.id], post)
                result.duplicates += 1
            elif post.id in self.known:
                old = self.target.read_post(post.id)
                merged = merge_posts(old, post)
                if merged == old:
                    result.duplicates += 1
                else:
                    batch[post.id] = merged
                    replaced[post.id] = old.to_record()
                    result.updated += 1
            else:
                batch[post.id] = post
                result.added += 1
        dumps = list(dumps)
        dump_rows = [{"digest": d.digest, "path": d.path, "posts": d.posts} for d in dumps]
        if not batch and not dump_rows:
            return result
        name, size, entries = self.target.commit(list(batch.values()), dump_rows)
        result.committed = list(batch)
        self.known.update(batch)
        index_dumps = [(d.digest, d.path, d.posts) for d in dumps]
        # The rows are made here, while the indexer thread writes the previous batch.
        rows = prepare_batch(name, size, entries, index_dumps, replaced, self._next_doc)
        self._next_doc += len(entries)
        self._indexer.jobs.put(rows)
        return result

    def close(self, *, abandon: bool = False) -> None:
        """Wait for the index to catch up with every committed batch; or, to `abandon`
        (the import is stopping), only with the one being indexed: the next open indexes
        the others."""
        if abandon:
            with contextlib.suppress(queue.Empty):
                while True:
                    self._indexer.jobs.get_nowait()
        self._indexer.jobs.put(None)
        self._indexer.join()
        if abandon:
            return
        if self._indexer.error is None and self._indexer.batches:
            self.target.index.save_order()  # so the next opening need not sort
            self.target.index.give_back_space()
        if self._indexer.error is not None:
            self.notes.append(
                f"the posts were saved, but the search index could not be updated "
                f"({self._indexer.error}); it will be rebuilt when the archive is next opened"
            )
