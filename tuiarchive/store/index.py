"""The derived search index (SQLite): a catalogue of post summaries and a full-text index.

Everything here can be thrown away and rebuilt from the TinyDB segments, which
stay the store of record. SQLite is in the standard library and answers word
and prefix lookups in C, which is what makes filtering 100,000 posts instant.
"""

from __future__ import annotations

import array
import contextlib
import json
import os
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from pyroaring import FrozenBitMap

from tuiarchive.errors import StoreError
from tuiarchive.store.atomic import link_refused
from tuiarchive.store.day_runs import DayRuns
from tuiarchive.store.facet_sets import FacetSets
from tuiarchive.store.kept_answers import KeptDocs, docs_bitmap, forget_answers
from tuiarchive.store.post_sets import doc_positions
from tuiarchive.words import Pattern, label_key

#: The index's format: an index of another format is set aside and rebuilt from the
#: segments (4: the blog's name is searchable, and the blog and URL are catalogued; 5: words
#: are found by their first letter as quickly as by their first two).
INDEX_SCHEMA = "5"
#: How long a write to the index waits for another process's write to finish.
BUSY_TIMEOUT_MS = 30_000
# The body comes first: FTS5 marks every position list that is not in the first
# column, and the body holds nearly all of them (this ordering saved a third of the
# index at 100,000 posts).
TEXT_COLUMNS = ("body", "title", "author", "place", "series", "blog")
#: The columns a post "holds" a word in when related posts weigh how rare it is: the blog's
#: name is on every post of that blog and says nothing about what one post is about.
COUNTED_COLUMNS = ("body", "title", "author", "place", "series")
# Prefix indexes for a word's first letter and first two (prefix='1 2'): the first keys of
# any filter then read one list each instead of merging every word that starts so (a first
# letter took 3 s at 1,000,000 posts without one). Measured on 10,000 posts: +7 % indexing
# time, +24 % index size, a first letter 9x quicker; three letters as well cost +28 % time
# and +75 % size, and were left out.
LABEL_SEPARATOR = "\x1f"
#: The columns relevance is judged on, and how much a hit in each weighs.
RANKED_COLUMNS = ("body", "title")
RANK_WEIGHTS = {"body": 1.0, "title": 4.0}

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS snapshot(key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS catalogue(
    doc INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    date TEXT, time TEXT, line INTEGER NOT NULL,
    title TEXT NOT NULL, author TEXT, place TEXT, series TEXT, blog TEXT, url TEXT,
    labels TEXT NOT NULL, comments INTEGER, warnings INTEGER NOT NULL,
    segment TEXT NOT NULL, offset INTEGER NOT NULL, length INTEGER NOT NULL
);
-- Keyed by label, without a rowid and an index beside it: half the space (4 of 8 MB at
-- 100,000 posts). An index made before keeps its table and index; both answer alike.
CREATE TABLE IF NOT EXISTS labels(
    label TEXT NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY(label, doc)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS answers(key TEXT PRIMARY KEY, upto INTEGER NOT NULL, docs BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS dumps(
    digest TEXT PRIMARY KEY, path TEXT NOT NULL, posts INTEGER NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS words USING fts5(
    {", ".join(TEXT_COLUMNS)},
    content='',
    prefix='1 2',
    tokenize="unicode61 remove_diacritics 0 categories 'L* N*'"
);
"""

#: A catalogue row's columns, in the order `prepare_batch` gives them.
CATALOGUE_COLUMNS = (
    "doc", "id", "date", "time", "line", "title", "author", "place", "series", "blog", "url",
    "labels", "comments", "warnings", "segment", "offset", "length",
)  # fmt: skip
_INSERT_CATALOGUE = (
    f"INSERT INTO catalogue({', '.join(CATALOGUE_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(CATALOGUE_COLUMNS))})"
)
_INSERT_WORDS = (
    f"INSERT INTO words(rowid, {', '.join(TEXT_COLUMNS)}) "
    f"VALUES (?, {', '.join('?' * len(TEXT_COLUMNS))})"
)
_DELETE_WORDS = (
    f"INSERT INTO words(words, rowid, {', '.join(TEXT_COLUMNS)}) "
    f"VALUES ('delete', ?, {', '.join('?' * len(TEXT_COLUMNS))})"
)

#: A term's answer is kept (the `answers` table, a compressed bitmap of its docs) when
#: working it out took this long or found this many posts: the next time it is read back
#: in microseconds, and only posts indexed since are looked up.
KEEP_AFTER_SECONDS = 0.005
KEEP_FROM_DOCS = 5_000

# The same order as `model.newest_first` (reversed): dated posts first, newest day,
# latest time, then page order.
NEWEST_FIRST = "date IS NULL, date DESC, coalesce(time, '') DESC, line ASC, id DESC"


class Order:
    """Every post's doc number, id and date, newest first: what opening the browser needs.

    Ids and dates stay as the snapshot stored them until first asked for (splitting them
    takes a tenth of a second at a million posts, which counting a filter's posts from the
    command line never needs); nothing changes once made.
    """

    def __init__(
        self,
        docs: Sequence[int] | Callable[[], array.array[int]],
        ids: list[str] | Callable[[], list[str]],
        dates: list[str | None] | Callable[[], list[str | None]],
        where: Callable[[], array.array[int] | None] | None = None,
        days: DayRuns | Callable[[], DayRuns] | None = None,
        span: range | None = None,
        size: int | None = None,
        between: Callable[[int, int], array.array[int]] | None = None,
    ) -> None:
        # Docs given as a function are read when first wanted: `size` says how many, and
        # `between(start, stop)` reads those at positions [start, stop) alone.
        self._between = between
        self._docs = (
            docs if callable(docs) or isinstance(docs, array.array) else array.array("I", docs)
        )
        if callable(docs):
            assert size is not None
            self.size = size
        else:
            self.size = len(docs)
        #: When the docs are known to be exactly the numbers of a range (no gaps), that
        #: range: the set of every post is then made in microseconds, not from each doc.
        self.span = span
        self._ids = ids
        self._dates = dates
        self._where = where
        self._days = days

    @cached_property
    def docs(self) -> array.array[int]:
        return self._docs() if callable(self._docs) else self._docs

    @property
    def docs_later(self) -> bool:
        """Whether the docs are read a part at a time until they are read whole."""
        return self._between is not None

    def docs_between(self, start: int, stop: int) -> Sequence[int]:
        """The docs at positions [start, stop): a date's posts need not read them all."""
        if "docs" in self.__dict__ or self._between is None:
            return self.docs[start:stop]
        return self._between(start, stop)

    @cached_property
    def ids(self) -> list[str]:
        return self._ids() if callable(self._ids) else self._ids

    @cached_property
    def dates(self) -> list[str | None]:
        return self._dates() if callable(self._dates) else self._dates

    @cached_property
    def days(self) -> DayRuns:
        """The dates as runs of days: the snapshot's (a date filter then reads a few
        thousand days, not a million dates), or made from the dates."""
        if callable(self._days):
            return self._days()
        return self._days if self._days is not None else DayRuns.of_dates(self.dates)

    @cached_property
    def where(self) -> array.array[int]:
        """Each doc number's position (-1 for a number no post has)."""
        found = self._where() if self._where is not None else None
        return found if found is not None else doc_positions(self.docs)

    @property
    def ids_read(self) -> bool:
        """Whether the ids were asked for already (they are in memory)."""
        return "ids" in self.__dict__

    @property
    def dates_read(self) -> bool:
        """Whether the dates were asked for already (they are in memory)."""
        return "dates" in self.__dict__


@dataclass(frozen=True)
class Located:
    """Where a post's record lies in the store: its segment file and byte range."""

    doc: int
    segment: str
    offset: int
    length: int


def _valid_utf8(value: Any) -> Any:
    """Rows with any lone surrogate replaced by U+FFFD (SQLite stores valid UTF-8 only)."""
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, list):
        return [_valid_utf8(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_valid_utf8(v) for v in value)
    return value


def _fts_text(value: Any) -> str:
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else ""


def fts_expression(fields: Sequence[str], pattern: Pattern) -> str:
    """An FTS5 query for consecutive words (each a prefix, or whole) in some columns."""
    star = "*" if pattern.prefix else ""
    phrase = " + ".join(f'"{word}"{star}' for word in pattern.words)
    return "{" + " ".join(fields) + "} : " + phrase


@dataclass
class IndexBatch:
    """One segment's rows for the index, prepared away from the thread that writes them."""

    segment: str
    size: int
    catalogue: list[tuple[Any, ...]]
    words: list[tuple[Any, ...]]
    labels: list[tuple[str, int]]
    dumps: list[tuple[str, str, int]]
    replaced: list[tuple[str, ...]]  # (id, *TEXT_COLUMNS) to unindex

    def valid_utf8(self) -> IndexBatch:
        """The same rows with any lone surrogate replaced by U+FFFD."""
        return IndexBatch(
            self.segment, self.size, _valid_utf8(self.catalogue), _valid_utf8(self.words),
            _valid_utf8(self.labels), _valid_utf8(self.dumps), _valid_utf8(self.replaced),
        )  # fmt: skip


def prepare_batch(
    segment: str,
    size: int,
    entries: Iterable[tuple[dict[str, Any], int, int]],
    dumps: Iterable[tuple[str, str, int]],
    replaced: dict[str, dict[str, Any]],
    first_doc: int,
) -> IndexBatch:
    """The catalogue rows, words and labels of a segment's records, numbered from first_doc."""
    catalogue: list[tuple[Any, ...]] = []
    words: list[tuple[Any, ...]] = []
    labels: list[tuple[str, int]] = []
    for doc, (record, offset, length) in enumerate(entries, start=first_doc):
        catalogue.append((
            doc, record["id"], record.get("date"), record.get("time"),
            int(record.get("line") or 0), record.get("title") or "",
            record.get("author"), record.get("place"), record.get("series"),
            record.get("blog"), record.get("url"),
            LABEL_SEPARATOR.join(record.get("labels") or ()),
            record.get("comments"), len(record.get("warnings") or ()),
            segment, offset, length,
        ))  # fmt: skip
        words.append((doc, *(_fts_text(record.get(c)) for c in TEXT_COLUMNS)))
        labels.extend((label_key(label), doc) for label in record.get("labels") or ())
    old = [(r["id"], *(_fts_text(r.get(c)) for c in TEXT_COLUMNS)) for r in replaced.values()]
    return IndexBatch(segment, size, catalogue, words, labels, list(dumps), old)


def _keeping_docs(
    batch: IndexBatch, kept: dict[str, int]
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[str, int]]]:
    """The batch's rows with each replaced post given back the doc number it had.

    So doc numbers follow the order in which posts first came into the archive, an
    update never makes an old post look newly imported, and a rebuild (which writes
    the posts in that same order) keeps their order: what saved searches' "new since"
    counts by.
    """
    if not kept:
        return batch.catalogue, batch.words, batch.labels
    docs = {row[0]: kept[row[1]] for row in batch.catalogue if row[1] in kept}
    catalogue = [(docs.get(row[0], row[0]), *row[1:]) for row in batch.catalogue]
    words = [(docs.get(row[0], row[0]), *row[1:]) for row in batch.words]
    labels = [(label, docs.get(doc, doc)) for label, doc in batch.labels]
    return catalogue, words, labels


def _read_only_uri(path: Path) -> str:
    """How to open the index without writing anything beside it (a read-only directory or
    mount), as an SQLite URI.

    A WAL database needs its shared-memory file; where that cannot be made, the file is
    read as immutable (nobody can be writing to a directory no one may write to).
    """
    if not path.exists():
        raise sqlite3.OperationalError("the index file is missing")
    uri = path.resolve().as_uri()
    db = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None)
    try:
        db.execute("SELECT count(*) FROM meta").fetchone()
        return f"{uri}?mode=ro"
    except sqlite3.Error:
        return f"{uri}?immutable=1"
    finally:
        db.close()


class IndexLinked(StoreError):
    """The index (or a file SQLite keeps beside it) is a symbolic link: not damage to set
    aside, but something planted to refuse."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(link_refused(path, "the search index")))


class Interrupted(StoreError):
    """A read of the index was stopped from another thread: its answer is no longer wanted
    (a filter that a newer keystroke replaced)."""


class OrderReplaced(StoreError):
    """The order read in part was replaced (by an import) before the rest was read."""

    def __init__(self) -> None:
        super().__init__("the archive changed while it was read; try again")


class IndexUnwritable(StoreError):
    """The index could not be opened for writing for a reason that is not damage (a full
    disk, a read-only file, another process's lock): it must not be set aside as damaged."""


class _WrongSchema(sqlite3.DatabaseError):
    """An index of another format (older, or not ours): rebuilt like a damaged one."""


#: SQLite's primary result codes that say the database could not be written or opened at
#: this moment, not that its content is wrong (a full disk, permissions, a lock, I/O).
_NOT_DAMAGE = {
    sqlite3.SQLITE_PERM, sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_NOMEM,
    sqlite3.SQLITE_READONLY, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_FULL,
    sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PROTOCOL, sqlite3.SQLITE_AUTH,
}  # fmt: skip
_NOT_DAMAGE_WORDS = (
    "disk is full",
    "readonly",
    "read-only",
    "locked",
    "disk i/o",
    "unable to open",
)


def is_damage(error: sqlite3.Error) -> bool:
    """Whether an error opening the index means its file is damaged (or not an index of
    ours), so that it is to be set aside and rebuilt, rather than a passing condition."""
    if isinstance(error, _WrongSchema):
        return True
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF not in _NOT_DAMAGE
    return not any(words in str(error).lower() for words in _NOT_DAMAGE_WORDS)


class SearchIndex:
    """The SQLite file beside the segments; opened by the store only.

    Every thread that reads gets a connection of its own, opened at its first read
    (`_reader`): the list's rows on the event loop and each worker's queries never share
    a connection, its statements or its settings. Writes (an import's batches, a
    rebuild's clearing) go through `db`, the writer's connection, which one thread at a
    time uses (the archive's lock keeps other processes out).
    """

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = path
        self.readonly = readonly
        self._word_counts: dict[str, int] = {}  # see posts_with_words
        self._answers = KeptDocs(self._read, self._write_if_free, writable=not readonly)
        self._facets = FacetSets(self._read, self._write_if_free, writable=not readonly)
        self._counted_at = (-1, -1)
        self._local = threading.local()
        self._readers: dict[threading.Thread, sqlite3.Connection] = {}
        self._readers_lock = threading.Lock()
        self._read_uri = ""
        for companion in ("", "-wal", "-shm", "-journal"):
            # SQLite follows links: a planted one would make it write a database elsewhere.
            if os.path.islink(f"{path}{companion}"):
                raise IndexLinked(Path(f"{path}{companion}"))
        try:
            if readonly:
                self._read_uri = _read_only_uri(path)
                self.db = self._reader()
                self._check_schema()
                return
            self.db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            # A new file can give back the pages merges free (see give_back_space): set
            # before the journal mode, which writes the file's header; a file made before
            # keeps the mode it was made with.
            self.db.execute("PRAGMA auto_vacuum = INCREMENTAL")
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            # Derived data: a crash may cost a rebuild, never the posts; speed matters more.
            self.db.execute("PRAGMA synchronous=OFF")
            self.db.executescript(_SCHEMA)
            schema = self._meta("schema", self.db)
            if schema is None:
                self._set_meta("schema", INDEX_SCHEMA)
                # Merge the index's segments only when they pile up (crisis merges), not
                # after every batch: a 100,000-post import indexes a third faster, and
                # lookups were measured no slower (benchmarks/README.md).
                self.db.execute("INSERT INTO words(words, rank) VALUES ('automerge', 0)")
            else:
                self._check_schema()
        except sqlite3.Error as error:
            with contextlib.suppress(Exception):
                self.db.close()
            if not is_damage(error):
                raise IndexUnwritable(
                    f"the search index {path} cannot be written: {error}"
                ) from error
            raise StoreError(f"the search index {path} is unusable: {error}") from error

    def _check_schema(self) -> None:
        schema = self._meta("schema", self.db)
        if schema != INDEX_SCHEMA:
            raise _WrongSchema(f"index schema {schema}, expected {INDEX_SCHEMA}")

    def close(self) -> None:
        with self._readers_lock:
            readers = list(self._readers.values())
            self._readers.clear()
        for db in [self.db, *readers]:
            with contextlib.suppress(sqlite3.Error):
                db.close()

    def _reader(self) -> sqlite3.Connection:
        """This thread's read connection, opened at its first read.

        A WAL reader sees the last committed state and never waits for the writer. The
        connections of threads that have ended are closed when another one is opened.
        """
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is not None:
            return db
        if self._read_uri:
            db = sqlite3.connect(self._read_uri, uri=True, isolation_level=None,
                                 check_same_thread=False)  # fmt: skip
        else:
            db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA query_only = ON")
        # check_same_thread is off only so that `close` may close it from another thread:
        # it is used by the thread that opened it, and by no other.
        self._local.db = db
        with self._readers_lock:
            ended = [t for t in self._readers if not t.is_alive()]
            gone = [self._readers.pop(t) for t in ended]
            self._readers[threading.current_thread()] = db
        for old in gone:
            with contextlib.suppress(sqlite3.Error):
                old.close()
        return db

    def interrupt(self, thread: threading.Thread) -> None:
        """Stop the reads `thread` is making now: they raise `Interrupted` (SQLite checks for
        this between steps of its work, so a long prefix search stops within milliseconds)."""
        with self._readers_lock:
            db = self._readers.get(thread)
        if db is not None:
            db.interrupt()

    def _read(self, sql: str, parameters: Sequence[Any] = ()) -> sqlite3.Cursor:
        """Run a query on this thread's read connection."""
        try:
            return self._reader().execute(sql, parameters)
        except sqlite3.OperationalError as error:
            if "interrupt" in str(error):
                raise Interrupted("the search was stopped") from error
            raise

    # -- bookkeeping ----------------------------------------------------------------------

    def _meta(self, key: str, db: sqlite3.Connection | None = None) -> str | None:
        db = db or self._reader()
        row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def indexed_segments(self) -> list[list[Any]]:
        """The segments whose posts are in the index, as [file, size] pairs, in order."""
        return json.loads(self._meta("segments") or "[]")

    # -- writing --------------------------------------------------------------------------

    def next_doc(self) -> int:
        """The doc number the next indexed post gets."""
        return self.db.execute("SELECT coalesce(max(doc), 0) + 1 FROM catalogue").fetchone()[0]

    def add_segment(
        self,
        segment: str,
        size: int,
        entries: Iterable[tuple[dict[str, Any], int, int]],
        dumps: Iterable[tuple[str, str, int]],
        replaced: dict[str, dict[str, Any]],
    ) -> None:
        """Index one segment's posts (record, offset, length) in one transaction."""
        self.add_batch(prepare_batch(segment, size, entries, dumps, replaced, self.next_doc()))

    def add_batch(self, batch: IndexBatch) -> None:
        """Write a prepared batch in one transaction (SQL only: it can run on its own thread)."""
        try:
            self._write_batch(batch)
        except UnicodeEncodeError:  # lone surrogates: SQLite text must be valid UTF-8
            self._write_batch(batch.valid_utf8())

    def _write_batch(self, batch: IndexBatch) -> None:
        db = self.db
        segments = self.indexed_segments() + [[batch.segment, batch.size]]
        db.execute("BEGIN")
        try:
            kept: dict[str, int] = {}  # a replaced post's id → the doc number it keeps
            for old_id, *old_text in batch.replaced:
                row = db.execute("SELECT doc FROM catalogue WHERE id = ?", (old_id,)).fetchone()
                if row is None:
                    continue
                if not kept:
                    forget_answers(self.db)  # a post kept its number but not its words
                kept[old_id] = row[0]
                db.execute(_DELETE_WORDS, (row[0], *old_text))
                db.execute("DELETE FROM catalogue WHERE doc = ?", (row[0],))
                db.execute("DELETE FROM labels WHERE doc = ?", (row[0],))
            catalogue, words, labels = _keeping_docs(batch, kept)
            db.executemany(_INSERT_CATALOGUE, catalogue)
            db.executemany(_INSERT_WORDS, words)
            db.executemany("INSERT OR IGNORE INTO labels(label, doc) VALUES (?, ?)", labels)
            db.executemany(
                "INSERT OR REPLACE INTO dumps(digest, path, posts) VALUES (?, ?, ?)", batch.dumps
            )
            self._set_meta("segments", json.dumps(segments))
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:  # a failed COMMIT (a full disk) may have ended it already
                db.execute("ROLLBACK")
            raise

    def give_back_space(self) -> None:
        """Return the pages freed while indexing to the file system (after an import).

        Merging the full-text index's segments frees the pages of the segments merged; an
        import of 100,000 posts left a tenth of the file free (55 MB). Only the free pages
        are moved, not the whole file rewritten as VACUUM would. An index made before this
        (no incremental auto-vacuum) is left as it is.
        """
        with contextlib.suppress(sqlite3.Error):  # the space is a saving, never needed
            if self.db.execute("PRAGMA freelist_count").fetchone()[0]:
                # A script runs the pragma to its end; `execute` frees one page per call.
                self.db.executescript("PRAGMA incremental_vacuum;")

    def clear(self) -> None:
        """Forget everything indexed (before a rebuild)."""
        self.db.execute("BEGIN")
        try:
            for table in ("catalogue", "labels", "dumps"):
                self.db.execute(f"DELETE FROM {table}")
            forget_answers(self.db)
            self.db.execute("INSERT INTO words(words) VALUES ('delete-all')")
            self._set_meta("segments", "[]")
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise

    # -- reading --------------------------------------------------------------------------

    def order(self, *, docs_later: bool = False) -> Order:
        """Posts newest first, from the saved snapshot when it is current (a few ms at 100k).

        `docs_later`: the docs (4 MB at a million posts) are read when first asked for,
        which counting words and labels never does; if another import replaced the
        snapshot by then, reading them raises `OrderReplaced` (not a different order).
        """
        # One statement, so one consistent read: the snapshot, what the index holds, and
        # the lowest and highest doc it holds.
        docs_key = "'size', length(value)" if docs_later else "key, value"
        rows = dict(
            self._read(
                "SELECT key, value FROM snapshot WHERE key IN ('of', 'days') "
                f"UNION ALL SELECT {docs_key} FROM snapshot WHERE key = 'docs' "
                "UNION ALL SELECT 'segments', value FROM meta WHERE key = 'segments' "
                "UNION ALL SELECT 'span', "  # each its own SELECT: then each reads one row
                "(SELECT min(doc) FROM catalogue) || ' ' || (SELECT max(doc) FROM catalogue)"
            )
        )
        stamp = rows.get("of")
        # A snapshot from before the days were kept is sorted again, once, to keep them.
        if stamp is not None and stamp == rows.get("segments") and "days" in rows:
            docs: array.array[int] | Callable[[], array.array[int]]
            between = None
            if docs_later:
                size = (rows.get("size") or 0) // 4
                docs = lambda: self._snapshot_docs(stamp, size)  # noqa: E731
                between = lambda start, stop: self._snapshot_docs_between(  # noqa: E731
                    stamp, size, start, stop
                )
            else:
                docs = array.array("I")
                docs.frombytes(rows["docs"])
                size = len(docs)
            days = rows["days"]
            # The snapshot holds the index's docs (it is current), each once: as many as
            # lowest to highest means every number between.
            low, high = map(int, (rows.get("span") or "1 0").split())
            span = range(low, high + 1) if size == high - low + 1 else None
            # Ids, dates and each doc's position are the larger part: read when first
            # wanted, from the same snapshot (or, if another import replaced it meanwhile,
            # for these same posts). Counting a filter's posts needs none of them.
            order = Order(
                docs,
                lambda: self._snapshot_lines("ids", stamp, order, 1) or [],
                lambda: [d or None for d in self._snapshot_lines("dates", stamp, order, 2)],
                lambda: self._snapshot_where(stamp),
                lambda: DayRuns.from_bytes(days),  # a count without dates never reads them
                span,
                size,
                between,
            )
            return order
        return self.save_order()

    def _snapshot_docs(self, stamp: str, size: int) -> array.array[int]:
        """The snapshot's docs, if it is still the one of `stamp` (else `OrderReplaced`)."""
        rows = dict(self._read("SELECT key, value FROM snapshot WHERE key IN ('of', 'docs')"))
        docs = array.array("I")
        if rows.get("of") == stamp and rows.get("docs") is not None:
            docs.frombytes(rows["docs"])
        if rows.get("of") != stamp or len(docs) != size:
            raise OrderReplaced
        return docs

    def _snapshot_docs_between(
        self, stamp: str, size: int, start: int, stop: int
    ) -> array.array[int]:
        """The snapshot's docs at positions [start, stop), if it is still the one of `stamp`
        (else `OrderReplaced`): only those bytes of the blob are read."""
        db = self._reader()
        start, stop = max(0, start), min(size, stop)
        docs = array.array("I")
        try:
            row = db.execute("SELECT rowid FROM snapshot WHERE key = 'docs'").fetchone()
            if row is None:
                raise OrderReplaced
            # While the blob is open its read lasts: the stamp read now is the blob's own.
            with db.blobopen("snapshot", "value", row[0], readonly=True) as blob:
                found = dict(
                    db.execute(
                        "SELECT key, CASE key WHEN 'of' THEN value ELSE rowid END "
                        "FROM snapshot WHERE key IN ('of', 'docs')"
                    )
                )
                if found.get("of") != stamp or found.get("docs") != row[0] or len(blob) != 4 * size:
                    raise OrderReplaced
                if start < stop:
                    blob.seek(4 * start)
                    docs.frombytes(blob.read(4 * (stop - start)))
        except sqlite3.Error:
            raise OrderReplaced from None
        return docs

    def _snapshot_where(self, stamp: str) -> array.array[int] | None:
        """The snapshot's position of each doc, if it is still the one of `stamp`."""
        rows = dict(self._read("SELECT key, value FROM snapshot WHERE key IN ('of', 'where')"))
        if rows.get("of") != stamp or not rows.get("where"):
            return None
        where = array.array("i")
        where.frombytes(rows["where"])
        return where

    def _snapshot_lines(self, key: str, stamp: str, order: Order, column: int) -> list[str]:
        """The snapshot's ids or dates for `order`'s docs, if it is still the one they came
        from; else read from the catalogue for those same posts."""
        rows = dict(self._read("SELECT key, value FROM snapshot WHERE key IN ('of', ?)", (key,)))
        raw = rows.get(key)
        if rows.get("of") == stamp and raw is not None:
            lines = raw.decode("utf-8").split("\n") if raw else []
            if len(lines) == order.size:
                return lines
        found = {
            row[0]: row[column] or "" for row in self._read("SELECT doc, id, date FROM catalogue")
        }
        return [found.get(doc, "") for doc in order.docs]

    def save_order(self) -> Order:
        """Sort the catalogue newest first and keep the result for the next opening."""
        db = self._reader()
        rows = db.execute(f"SELECT doc, id, date FROM catalogue ORDER BY {NEWEST_FIRST}").fetchall()
        order = Order([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows])
        snapshot = {
            "of": self._meta("segments", db),
            "docs": order.docs.tobytes(),
            "where": order.where.tobytes(),
            "ids": "\n".join(order.ids).encode("utf-8"),
            "dates": "\n".join(d or "" for d in order.dates).encode("ascii"),
            "days": order.days.to_bytes(),
        }
        if not self.readonly:
            self._keep_snapshot(snapshot)
        return order

    def _keep_snapshot(self, snapshot: dict[str, Any]) -> None:
        """Write the sorted order on a connection of its own that does not wait: another
        writer busy with the index means it is sorted again next time (no connection's
        busy timeout changes under the threads using it)."""
        self._write_if_free(
            lambda db: db.executemany(
                "INSERT OR REPLACE INTO snapshot(key, value) VALUES (?, ?)", snapshot.items()
            )
        )

    def _write_if_free(self, write: Callable[[sqlite3.Connection], object]) -> None:
        """Run `write` in a transaction on a connection of its own that does not wait: if
        another writer is busy with the index, or anything fails, nothing is written."""
        with contextlib.suppress(sqlite3.Error):
            db = sqlite3.connect(self.path, timeout=0, isolation_level=None)
            try:
                db.execute("BEGIN IMMEDIATE")
                write(db)
                db.execute("COMMIT")
            finally:
                db.close()  # a transaction left open is rolled back

    def facet_rows(
        self,
    ) -> Iterable[tuple[int, tuple[str, ...], str | None, str | None, str | None]]:
        """(doc, labels, place, series, blog) for every post, in no particular order."""
        for doc, labels, place, series, blog in self._read(
            "SELECT doc, labels, place, series, blog FROM catalogue"
        ):
            yield doc, tuple(labels.split(LABEL_SEPARATOR)) if labels else (), place, series, blog

    def summaries(self, docs: Sequence[int]) -> list[tuple[Any, ...]]:
        """(doc, title, author, place, series, labels, time, comments, warnings, id, date)
        per doc."""
        found: list[tuple[Any, ...]] = []
        for row in self._rows_in(
            "SELECT doc, title, author, place, series, labels, time, comments, warnings, "
            "id, date FROM catalogue WHERE doc IN ({})",
            docs,
        ):
            labels = tuple(row[5].split(LABEL_SEPARATOR)) if row[5] else ()
            found.append((*row[:5], labels, *row[6:]))
        return found

    def _rows_in(self, sql: str, values: Sequence[Any]) -> Iterator[tuple[Any, ...]]:
        """The rows of `sql` whose `IN ({})` holds `values`, asked 500 at a time (SQLite
        takes a bounded number of parameters in one statement)."""
        for start in range(0, len(values), 500):
            chunk = values[start : start + 500]
            yield from self._read(sql.format(",".join("?" * len(chunk))), chunk)

    def locate(self, post_id: str) -> Located | None:
        row = self._read(
            "SELECT doc, segment, offset, length FROM catalogue WHERE id = ?", (post_id,)
        ).fetchone()
        return Located(*row) if row else None

    def known_ids(self) -> set[str]:
        return {row[0] for row in self._read("SELECT id FROM catalogue")}

    def warned_ids(self) -> list[str]:
        """The ids of the posts whose reading carries warnings, newest first."""
        rows = self._read(f"SELECT id FROM catalogue WHERE warnings > 0 ORDER BY {NEWEST_FIRST}")
        return [row[0] for row in rows]

    def dump_known(self, digest: str) -> bool:
        """Whether a dump with this content digest was imported."""
        row = self._read("SELECT 1 FROM dumps WHERE digest = ?", (digest,)).fetchone()
        return row is not None

    def known_dumps(self) -> dict[str, int]:
        """Every imported dump file's content digest, with its post count."""
        return dict(self._read("SELECT digest, posts FROM dumps").fetchall())

    def ranked(
        self, patterns: Sequence[Pattern], limit: int | None = None, *, from_doc: int = 0
    ) -> list[int]:
        """The docs holding any of `patterns` in their title or body, most relevant first
        (equal scores: the doc numbered last first).

        Relevance is SQLite's BM25 over the body and title (a title hit weighs as much as
        four in the body); rare words count for more than common ones. With `from_doc`,
        only the docs numbered from it are ranked, each scored as in the whole ranking
        (FTS5 weighs a word's rarity and the posts' mean length over the whole index).
        """
        if not patterns:
            return []
        expression = " OR ".join(f"({fts_expression(RANKED_COLUMNS, p)})" for p in patterns)
        weights = ", ".join(str(RANK_WEIGHTS.get(c, 0.0)) for c in TEXT_COLUMNS)
        sliced = " AND rowid >= ?" if from_doc > 0 else ""
        sql = (
            f"SELECT rowid FROM words WHERE words MATCH ?{sliced} "
            f"ORDER BY bm25(words, {weights}), rowid DESC"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        values = (expression, from_doc) if sliced else (expression,)
        return [row[0] for row in self._read(sql, values)]

    def ranked_count(self, patterns: Sequence[Pattern], at_most: int) -> int:
        """How many docs `ranked` would rank, counting no further than `at_most` + 1 (a
        common word's count would cost a read of its whole list of posts)."""
        if not patterns:
            return 0
        expression = " OR ".join(f"({fts_expression(RANKED_COLUMNS, p)})" for p in patterns)
        return self._read(
            "SELECT count(*) FROM (SELECT rowid FROM words WHERE words MATCH ? LIMIT ?)",
            (expression, at_most + 1),
        ).fetchone()[0]

    def newest_doc(self) -> int:
        """The highest doc number (0 for an empty index): the post indexed last."""
        return self._read("SELECT coalesce(max(doc), 0) FROM catalogue").fetchone()[0]

    def posts_with_words(self, words: Iterable[str], at_most: int, total: int) -> dict[str, int]:
        """How many posts hold each of `words` (whole words, in COUNTED_COLUMNS), counting no
        further than `at_most` + 1: a common word's count would cost a read of its whole
        list of posts. Counts are kept while the index holds `total` posts."""
        with self._readers_lock:  # replaced, never cleared: another thread may be reading it
            if self._counted_at != (total, at_most):
                self._word_counts = {}
                self._counted_at = (total, at_most)
            counts = self._word_counts
        for word in words:
            if word not in counts:
                counts[word] = self._read(
                    "SELECT count(*) FROM (SELECT rowid FROM words WHERE words MATCH ? LIMIT ?)",
                    (f'{{{" ".join(COUNTED_COLUMNS)}}} : "{_fts_text(word)}"', at_most + 1),
                ).fetchone()[0]
        return {word: counts[word] for word in words}

    def similar(self, words: Sequence[str], leave_out: int, limit: int) -> list[int]:
        """The docs sharing most of `words` in their body or title (BM25), but `leave_out`."""
        if not words:
            return []
        expression = "{body title} : (" + " OR ".join(f'"{w}"' for w in words) + ")"
        weights = ", ".join(str(RANK_WEIGHTS.get(c, 0.0)) for c in TEXT_COLUMNS)
        rows = self._read(
            f"SELECT rowid FROM words WHERE words MATCH ? AND rowid != ? "
            f"ORDER BY bm25(words, {weights}) LIMIT ?",
            (expression, leave_out, limit),
        )
        return [row[0] for row in rows]

    def holding(self, word: str, docs: Sequence[int]) -> list[int]:
        """Which of `docs` hold `word` in their body or title."""
        marks = ",".join("?" * len(docs))
        rows = self._read(
            f"SELECT rowid FROM words WHERE words MATCH ? AND rowid IN ({marks})",
            ("{body title} : " + f'"{word}"', *docs),
        )
        return [row[0] for row in rows]

    def doc_of(self, post_id: str) -> int | None:
        row = self._read("SELECT doc FROM catalogue WHERE id = ?", (post_id,)).fetchone()
        return row[0] if row else None

    def ids_and_dates_of(self, docs: Sequence[int]) -> dict[int, tuple[str, str | None]]:
        """Each doc's post id and date."""
        marks = ",".join("?" * len(docs))
        rows = self._read(f"SELECT doc, id, date FROM catalogue WHERE doc IN ({marks})", docs)
        return {doc: (post_id, date) for doc, post_id, date in rows}

    def docs_of_ids(self, ids: Sequence[str]) -> dict[str, int]:
        """The doc number of each of `ids` the index holds."""
        return dict(self._rows_in("SELECT id, doc FROM catalogue WHERE id IN ({})", ids))

    def ids_of(self, docs: Sequence[int]) -> dict[int, str]:
        return {doc: post_id for doc, (post_id, _) in self.ids_and_dates_of(docs).items()}

    def post_count(self) -> int:
        return self._read("SELECT count(*) FROM catalogue").fetchone()[0]

    # -- answers as bitmaps, kept -----------------------------------------------------------

    def docs_matching(self, fields: Sequence[str], pattern: Pattern) -> FrozenBitMap:
        """The docs whose `fields` contain the pattern, as a bitmap."""
        expression = fts_expression(fields, pattern)
        return self._kept_answer("words " + expression, _MATCHING_AFTER, expression)

    def labelled_docs(self, key: str) -> FrozenBitMap:
        """The docs carrying a label (given as `label_key`), as a bitmap."""
        return self._kept_answer("label " + key, _LABELLED_AFTER, key)

    def facet_docs(self, field: str) -> Mapping[str, FrozenBitMap]:
        """Each value of a facet (label, place, series, blog) with the docs that have it."""
        return self._facets.of(field, LABEL_SEPARATOR)

    def _kept_answer(self, key: str, sql: str, value: str) -> FrozenBitMap:
        """An answer from memory or the `answers` table, brought up to date with the posts
        indexed since; worked out (and kept, when it was costly) otherwise."""

        def extend(
            upto: int, kept: FrozenBitMap | None
        ) -> tuple[FrozenBitMap, FrozenBitMap | None]:
            began = time.perf_counter()
            row = self._read(sql, (value, upto)).fetchone()
            found = docs_bitmap(row[0] if row else None)
            docs = FrozenBitMap(kept | found) if kept is not None else FrozenBitMap(found)
            costly = time.perf_counter() - began >= KEEP_AFTER_SECONDS
            keep = kept is not None or costly or len(docs) >= KEEP_FROM_DOCS
            return docs, docs if keep else None

        return self._answers.get(key, extend)


_MATCHING_AFTER = "SELECT group_concat(rowid) FROM words WHERE words MATCH ? AND rowid > ?"
_LABELLED_AFTER = "SELECT group_concat(doc) FROM labels WHERE label = ? AND doc > ?"
