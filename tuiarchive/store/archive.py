"""The store: the only code that opens the archive's files (segments, manifest, index, marks)."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace as with_fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tuiarchive.errors import StoreError
from tuiarchive.interrupt import protected
from tuiarchive.model import Post
from tuiarchive.store.atomic import TEMP_MARK, remove_stale_temp_files
from tuiarchive.store.catalogue import Catalogue
from tuiarchive.store.index import (
    IndexLinked,
    IndexUnwritable,
    Located,
    OrderReplaced,
    SearchIndex,
)
from tuiarchive.store.interrupted import creation_interrupted, settle_left_rebuild
from tuiarchive.store.lock import StoreLocked, hold
from tuiarchive.store.segments import (
    SEGMENT_DIR,
    Manifest,
    Segment,
    SegmentReader,
    iter_segment_records,
    read_dumps,
    read_record,
    write_segment,
)
from tuiarchive.store.state import (
    MarkChange,
    NoteChange,
    SavedSearch,
    Session,
    TagChange,
    UserState,
)

if TYPE_CHECKING:  # the writer is imported by an import only: reading starts quicker
    from tuiarchive.store.writer import Entries, Writer

MANIFEST = "archive.json"
STATE = "state.json"
INDEX = "index.sqlite"
POSTS_LOCK = "posts.lock"
STATE_LOCK = "state.lock"
_SEGMENT_NAME = re.compile(r"(\d{6,})\.json")  # a segment; set-aside ones add a suffix

Progress = Callable[[int, int], None]


def can_write(directory: Path) -> bool:
    """Whether files can be created in `directory` (tried, as permissions alone can mislead)."""
    probe = directory / f".{TEMP_MARK}probe-{os.getpid()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return True
    except OSError:
        return False
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(probe)
    return True


#: A batch's segment, its index rows and the manifest need about this much room per byte
#: of post text; below that, a batch is refused before anything is written.
SPACE_PER_TEXT_BYTE = 2.5
SPACE_MARGIN = 8 * 1024 * 1024


class Store:
    """An archive directory: TinyDB segments (the record), marks, and a derived search index."""

    def __init__(self, path: Path, *, create: bool = True) -> None:
        self.path = Path(path)
        self.notes: list[str] = []  # things worth telling the user (repairs done at open)
        try:
            self._open(create)
        except OSError as error:  # a part of the archive this user may not read, say
            where = self.path if error.filename is None else error.filename
            raise StoreError(
                f"{where} cannot be read ({error.strerror or error}); nothing was changed"
            ) from None

    def _open(self, create: bool) -> None:
        settled = settle_left_rebuild(self.path)  # before an empty archive could be made
        if settled is not None:
            self.notes.append(settled)
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(
                f"{self.path} is a file; the archive is a directory (give --db a directory path)"
            )
        self.manifest = Manifest(self.path / MANIFEST)
        if not self.manifest.exists():
            self._create(create)
        self.segments: list[Segment] = self.manifest.segments()
        self._check_segment_files()
        self.readonly = not can_write(self.path)
        if self.readonly:
            self.notes.append(f"{self.path} is read-only: browsing only, marks are not saved")
        self.state = UserState(self.path / STATE, self.path / STATE_LOCK, readonly=self.readonly)
        #: Why the index is open for reading only though the directory is writable (a full
        #: disk, say); "" when it is not.
        self.index_problem = ""
        self.index = self._open_index()
        self._known_ids: set[str] | None = None
        self._unindexed: dict[str, Located] = {}  # committed, not yet in the index
        if not self.readonly:
            self._remove_temp_files()
        self._catch_up_at_open()

    def _catch_up_at_open(self) -> None:
        """Recover what an interrupted import left and bring the index up to date, if we may."""
        unlisted = self._unlisted_segments()
        stale = self.index.indexed_segments() != self._committed()
        if self.readonly or self.index_problem:
            why = "the directory is read-only" if self.readonly else self.index_problem
            if unlisted:
                self.notes.append(
                    f"{len(unlisted)} segment file(s) an interrupted import left are not "
                    f"shown: {why}, so they cannot be recovered now"
                )
            if stale:
                raise StoreError(
                    f"the search index of {self.path} is out of date and cannot be "
                    f"rebuilt now: {why}"
                )
            return
        if not (stale or unlisted):
            return
        try:
            with hold(self.path / POSTS_LOCK, wait=0.0, what="archive"):
                self._recover_unlisted()
                self._sync_index()
        except StoreLocked:
            # Another process is importing and keeps the index up to date itself.
            self.notes.append("an import is running: showing the posts it has indexed so far")

    # -- opening --------------------------------------------------------------------------

    def _create(self, create: bool) -> None:
        if not create:
            raise StoreError(f"there is no archive at {self.path}")
        if self.path.exists() and not creation_interrupted(self.path, empty_too=True):
            raise StoreError(
                f"{self.path} holds files but no {MANIFEST}: it is not a tuiarchive archive "
                "(or its manifest was lost); it was left untouched"
            )
        try:
            (self.path / SEGMENT_DIR).mkdir(parents=True, exist_ok=True)
            with hold(self.path / POSTS_LOCK, wait=10.0, what="archive"):
                if not self.manifest.exists():
                    self.manifest.create()
        except OSError as error:
            raise StoreError(f"cannot create an archive at {self.path}: {error.strerror}") from None

    def _segment_path(self, name: str) -> Path:
        return self.path / SEGMENT_DIR / name

    def _committed(self) -> list[list[Any]]:
        return [[s.file, s.size] for s in self.segments]

    def _check_segment_files(self) -> None:
        for segment in self.segments:
            path = self._segment_path(segment.file)
            try:
                fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # readable, not only there
                try:
                    size = os.fstat(fd).st_size
                finally:
                    os.close(fd)
            except FileNotFoundError:
                raise StoreError(
                    f"{path} is missing, but the manifest lists it with {segment.posts} posts; "
                    "restore it from a backup, or re-import with --rebuild"
                ) from None
            except OSError as error:
                raise StoreError(
                    f"{path} cannot be read ({error.strerror}); nothing was changed"
                ) from None
            if size != segment.size:
                raise StoreError(
                    f"{path} has {size} bytes but was committed with {segment.size}: it was "
                    "changed or damaged after it was written; run --check, or --rebuild"
                )

    def _open_index(self) -> SearchIndex:
        path = self.path / INDEX
        try:
            return SearchIndex(path, readonly=self.readonly)
        except IndexLinked:
            raise  # planted, not damaged: moving it aside would be acting on it
        except IndexUnwritable as error:
            # A full disk, a read-only file, a lock: not damage. Browse what it holds.
            try:
                index = SearchIndex(path, readonly=True)
            except StoreError:
                raise error from None
            self.index_problem = str(error)
            self.notes.append(f"{error}; browsing only until that is fixed (nothing was changed)")
            return index
        except StoreError as error:
            if self.readonly:
                raise
            # The index is derived data: a damaged one is set aside and rebuilt.
            aside = path.with_name(path.name + ".damaged")
            for suffix in ("", "-wal", "-shm"):
                with contextlib.suppress(OSError):
                    os.replace(str(path) + suffix, str(aside) + suffix)
            self.notes.append(f"{error}; moved it to {aside.name} and rebuilt it")
            return SearchIndex(path, readonly=self.readonly)

    def close(self) -> None:
        self.index.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- keeping the index in step --------------------------------------------------------

    def manifest_stamp(self) -> tuple[int, int]:
        """When and how the manifest last changed: another process's import changes it."""
        try:
            info = (self.path / MANIFEST).stat()
        except OSError:
            return (0, 0)
        return (info.st_mtime_ns, info.st_size)

    def refresh(self) -> bool:
        """Catch up with batches another process committed; True if there were any."""
        segments = self.manifest.segments()
        if [[s.file, s.size] for s in segments] == self._committed():
            return False
        if self.index_problem:
            raise StoreError(f"new posts cannot be shown: {self.index_problem}")
        self.segments = segments
        self._check_segment_files()
        self._known_ids = None
        with hold(self.path / POSTS_LOCK, wait=30.0, what="archive"):
            self._sync_index()
        return True

    def _sync_index(self, progress: Progress | None = None) -> None:
        """Index the committed segments the index lacks (all of them if it disagrees)."""
        try:
            self._sync_index_unguarded(progress)
        except sqlite3.Error as error:  # a full disk, say: the index is derived, no damage
            raise StoreError(
                f"the search index {self.index.path} could not be brought up to date "
                f"({error}); the posts are safe in the segments, try again"
            ) from None

    def _sync_index_unguarded(self, progress: Progress | None) -> None:
        indexed = self.index.indexed_segments()
        committed = self._committed()
        if committed[: len(indexed)] != indexed:
            self.index.clear()
            indexed = []
        missing = self.segments[len(indexed) :]
        known = self.index.known_ids()
        for done, segment in enumerate(missing, start=1):
            path = self._segment_path(segment.file)
            try:
                entries = list(iter_segment_records(path))
                dumps = read_dumps(path)
            except (OSError, ValueError) as error:
                raise StoreError(f"{path} cannot be read ({error}); run --check") from None
            replaced = {}
            for record, _offset, _length in entries:
                if record["id"] in known:
                    old = self._stored_record(record["id"])
                    if old is not None:
                        replaced[record["id"]] = old
                known.add(record["id"])
            self.index.add_segment(segment.file, segment.size, entries, dumps, replaced)
            if progress:
                progress(done, len(missing))
        if missing:
            self.index.save_order()
            self.index.give_back_space()
            self.notes.append(f"indexed {len(missing)} segment(s) of {self.path}")

    def rebuild_index(self, progress: Progress | None = None) -> None:
        """Throw the search index away and build it again from the segments."""
        with hold(self.path / POSTS_LOCK, wait=30.0, what="archive"):
            self.index.clear()
            self._sync_index(progress)

    # -- writing --------------------------------------------------------------------------

    def known_dumps(self) -> dict[str, int]:
        """Dump files (by content digest) imported before, with their post counts."""
        return self.index.known_dumps()

    @contextlib.contextmanager
    def writing(self) -> Iterator[Writer]:
        """Hold the archive for an import: batches commit one by one, the index follows.

        Fails at once if another process is writing. The search index is brought up
        to date on a thread of its own while the next batch is read; leaving the block
        waits for it.
        """
        if self.readonly:
            raise StoreError(f"{self.path} is read-only: nothing can be imported into it")
        if self.index_problem:
            raise StoreError(f"nothing can be imported into {self.path}: {self.index_problem}")
        with hold(self.path / POSTS_LOCK, wait=0.0, what="archive"):
            self._catch_up_locked()
            from tuiarchive.store.writer import BatchTarget, Writer

            writer = Writer(BatchTarget(self.index, self._ids(), self.post, self._commit))
            try:
                yield writer
            except KeyboardInterrupt:
                # Stopping: the batches still waiting for the index are left to the next
                # open, but the one being indexed is finished before the archive is closed.
                with protected():
                    writer.close(abandon=True)
                raise
            else:
                with protected():
                    writer.close()
            finally:
                self._unindexed.clear()

    def _catch_up_locked(self) -> None:
        segments = self.manifest.segments()
        if [[s.file, s.size] for s in segments] != self._committed():
            self.segments = segments
            self._check_segment_files()
            self._known_ids = None
            self._sync_index()
        self._remove_temp_files()
        if self._unlisted_segments():
            self._recover_unlisted()
            self._sync_index()

    def _ids(self) -> set[str]:
        if self._known_ids is None:
            self._known_ids = self.index.known_ids()
        return self._known_ids

    def _next_segment_name(self) -> str:
        numbers = [0]
        for name in [s.file for s in self.segments] + os.listdir(self.path / SEGMENT_DIR):
            match = _SEGMENT_NAME.match(name)  # set-aside names count too: never reuse one
            if match:
                numbers.append(int(match[1]))
        return f"{max(numbers) + 1:06d}.json"

    def _remove_temp_files(self) -> None:
        """Delete temporary files that writers killed mid-write left behind."""
        removed = remove_stale_temp_files(self.path) + remove_stale_temp_files(
            self.path / SEGMENT_DIR
        )
        if removed:
            self.notes.append(
                f"removed {len(removed)} temporary file(s) an interrupted write left in {self.path}"
            )

    def _unlisted_segments(self) -> list[Path]:
        listed = {s.file for s in self.segments}
        directory = self.path / SEGMENT_DIR
        try:
            names = sorted(os.listdir(directory))
        except FileNotFoundError:
            return []
        except OSError as error:
            raise StoreError(
                f"{directory} cannot be read ({error.strerror}); nothing was changed"
            ) from None
        return [
            directory / name
            for name in names
            if _SEGMENT_NAME.fullmatch(name) and name not in listed
        ]

    def _recover_unlisted(self) -> None:
        """Commit the segments an import wrote but was killed before listing; set aside
        (as `.uncommitted`) any that are damaged. Called holding the archive lock."""
        # Only a recovery checks a segment: opening to read or count never imports this.
        from tuiarchive.store.check import unlisted_segment

        for path in self._unlisted_segments():
            segment, problems = unlisted_segment(path)
            if problems:
                aside = path.with_name(path.name + ".uncommitted")
                with contextlib.suppress(OSError):
                    os.replace(path, aside)
                self.notes.append(
                    f"{path} was left by an interrupted import and is damaged "
                    f"({problems[0]}); moved it to {aside.name}"
                )
                continue
            try:
                self.manifest.append(segment)
            except StoreError as error:
                self.notes.append(f"could not recover the posts in {path}: {error}")
                return
            self.segments.append(segment)
            self._known_ids = None
            self.notes.append(
                f"recovered {segment.posts} posts from {path}, which an interrupted import "
                "had written but not yet listed"
            )

    def _commit(self, posts: list[Post], dumps: list[dict[str, Any]]) -> tuple[str, int, Entries]:
        """Write a segment and list it in the manifest; returns it and where each record lies.

        A signal (Ctrl-C, SIGTERM) waits until the batch is committed or dropped: cut
        between the two writes, it would remove a segment the manifest had just listed.
        """
        with protected():
            return self._commit_now(posts, dumps)

    def _commit_now(
        self, posts: list[Post], dumps: list[dict[str, Any]]
    ) -> tuple[str, int, Entries]:
        name = self._next_segment_name()
        path = self._segment_path(name)
        records = [post.to_record() for post in posts]
        self._check_space(records)
        places, digest = write_segment(path, records, dumps)
        try:
            size = path.stat().st_size
            segment = Segment(name, len(records), size, digest)
            self.manifest.append(segment)
        except BaseException:
            with contextlib.suppress(OSError):
                path.unlink()
            raise
        self.segments.append(segment)
        entries = []
        for record in records:
            offset, length = places[record["id"]]
            self._unindexed[record["id"]] = Located(0, name, offset, length)
            entries.append((record, offset, length))
        return name, size, entries

    def _check_space(self, records: list[dict[str, Any]]) -> None:
        """Refuse a batch, before writing anything, when the disk cannot take it safely."""
        text = sum(len(r.get("body") or "") + len(r.get("title") or "") + 400 for r in records)
        needed = int(text * SPACE_PER_TEXT_BYTE) + SPACE_MARGIN
        import shutil  # only an import needs it: reading commands start quicker without

        try:
            free = shutil.disk_usage(self.path).free
        except OSError:
            return
        if free < needed:
            raise StoreError(
                f"not enough disk space for the next batch of {len(records)} posts in "
                f"{self.path}: a safe write needs about {needed / 1e6:.0f} MB free, there "
                f"are {free / 1e6:.0f} MB; the batches before it are saved"
            )

    # -- reading --------------------------------------------------------------------------

    def catalogue(self) -> Catalogue:
        """Every post's summary, newest first, ready to list and filter."""
        return Catalogue(self.index.order(), self.index, self.state)

    def count(self, count: Callable[[Catalogue], int]) -> int:
        """`count(catalogue)`, on a catalogue whose order is read only if the count needs
        positions (a date does; words and labels never read a million posts' order)."""
        try:
            return count(Catalogue(self.index.order(docs_later=True), self.index, self.state))
        except OrderReplaced:  # an import kept a new order meanwhile: count on that one
            return count(self.catalogue())

    def _stored_record(self, post_id: str) -> dict[str, Any] | None:
        place = self._unindexed.get(post_id) or self.index.locate(post_id)
        if place is None:
            return None
        return self._read_located(place.segment, place.offset, place.length, post_id)

    def _read_located(self, segment: str, offset: int, length: int, post_id: str) -> dict[str, Any]:
        path = self._segment_path(segment)
        try:
            record = read_record(path, offset, length)
        except (OSError, ValueError) as error:
            raise StoreError(f"{path}: the post {post_id} cannot be read ({error})") from None
        if record.get("id") != post_id:
            raise StoreError(
                f"{path}: the search index points at the wrong record; "
                "delete index.sqlite to have it rebuilt at the next open"
            )
        return record

    def post(self, post_id: str) -> Post:
        """The full post with this id."""
        record = self._stored_record(post_id)
        if record is None:
            raise KeyError(post_id)
        return Post.from_record(record)

    def posts(self, post_ids: Iterable[str]) -> Iterator[Post]:
        """Full posts for these ids, in the order given, reading each segment file once."""
        with SegmentReader(self.path / SEGMENT_DIR) as reader:
            for post_id in post_ids:
                place = self.index.locate(post_id)
                if place is None:
                    continue
                path = self._segment_path(place.segment)
                try:
                    record = reader.record(place.segment, place.offset, place.length)
                except OSError as error:
                    raise StoreError(f"{path} cannot be read: {error.strerror}") from None
                except ValueError as error:
                    raise StoreError(
                        f"{path}: the post {post_id} cannot be read ({error}); run --check"
                    ) from None
                yield Post.from_record(record)

    def segment_of(self, post_id: str) -> Path | None:
        """The segment file that holds the post `post_id` (for messages)."""
        place = self._unindexed.get(post_id) or self.index.locate(post_id)
        return None if place is None else self._segment_path(place.segment)

    # -- import quality -------------------------------------------------------------------

    def posts_with_warnings(self) -> list[str]:
        """The ids of the posts whose parse carries warnings, newest first (from the index)."""
        return self.index.warned_ids()

    def dump_imported(self, digest: str) -> bool:
        """Whether a dump file with this content digest was imported (`research.raw_dump` asks)."""
        return self.index.dump_known(digest)

    # -- marks ----------------------------------------------------------------------------

    # The only way marks change: the UI asks (off the event loop, as this writes a file) and
    # shows what the returned change says, never changing a mark set itself.

    def mark(self, mark: str, post_ids: list[str], value: bool) -> MarkChange:
        """Set or clear a reader's mark ("read", "starred") on posts; what that changed."""
        return MarkChange(mark, self.state.set(mark, post_ids, value), value)

    def toggle_mark(self, mark: str, post_id: str) -> MarkChange:
        """Set a mark on a post that has none, clear it on one that has it; what changed."""
        changed, value = self.state.toggle(mark, post_id)
        return MarkChange(mark, changed, value)

    def has_mark(self, mark: str, post_id: str) -> bool:
        """Whether the post has the mark (as this window last read or changed it)."""
        return self.state.has(mark, post_id)

    # -- tags -----------------------------------------------------------------------------

    # Like marks: changed only here, in one write of the state file, each change saying
    # what it changed (with the tags before it, which `set_tags` puts back to undo it).

    def tag(
        self, post_ids: list[str], add: tuple[str, ...] = (), remove: tuple[str, ...] = ()
    ) -> TagChange:
        """Add tags to posts and take tags off them (ValueError for a tag that cannot be one)."""
        return self.state.change_tags(post_ids, tuple(add), tuple(remove))

    def set_tags(self, tags: dict[str, tuple[str, ...]]) -> TagChange:
        """Give each post exactly the tags `tags` says (an undo of a `TagChange`)."""
        return self.state.set_tags(tags)

    def tags_of(self, post_id: str) -> tuple[str, ...]:
        """The post's tags, sorted (as this window last read or changed them)."""
        return self.state.tags.get(post_id, ())

    def tag_counts(self) -> dict[str, int]:
        """Every tag in use, with how many posts have it, most used first."""
        counts: dict[str, int] = {}
        for tags in self.state.tags.values():
            for tag in tags:
                counts[tag] = counts.get(tag, 0) + 1
        return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))

    # -- notes ----------------------------------------------------------------------------

    def set_note(self, post_id: str, text: str) -> NoteChange:
        """Give the post a note ("" takes it off), in one write; what that changed."""
        return self.state.set_note(post_id, text)

    def note_of(self, post_id: str) -> str:
        """The post's note ("" for none), as this window last read or changed it."""
        return self.state.notes.get(post_id, "")

    # -- saved searches -------------------------------------------------------------------

    def saved_searches(self) -> tuple[SavedSearch, ...]:
        """The saved searches, by name, re-read from the file (another window may have
        changed them); `state.searches_problem` says if some could not be read.

        A file of an older version counted "new since" by the index's row number: each such
        search is carried over to the key of the post that row held (a rebuild would have
        started the row numbers again); one whose number the index no longer has counts
        from now, and `searches_problem` says so (once).
        """
        searches = self.state.list_searches()
        old = {s.name: s.old_seen for s in searches if s.old_seen is not None}
        if not old:
            return searches
        order = self.index.order()
        newest = self.newest_post_key()
        carried: dict[str, str] = {}
        lost: list[str] = []
        for name, number in old.items():
            below = [
                (doc, key) for doc, key in zip(order.docs, order.ids, strict=True) if doc <= number
            ]
            if number > max(order.docs, default=0):
                lost.append(name)
                carried[name] = newest
            else:
                carried[name] = max(below)[1] if below else ""
        if self.readonly or self.index_problem:
            searches = tuple(
                s if s.name not in carried else with_fields(s, seen=carried[s.name], old_seen=None)
                for s in searches
            )
        else:
            self.state.carry_over_seen(carried)
            searches = self.state.searches
        if lost:
            names = ", ".join(repr(name) for name in lost)
            note = (
                f"saved search(es) {names}: what was new could not be carried over from an "
                "older version's file; new posts are counted from now"
            )
            problem = self.state.searches_problem
            self.state.searches_problem = f"{problem}; {note}" if problem else note
        return searches

    def newest_post_key(self) -> str:
        """The key of the post that came into the archive last ("" when it has none): what
        a saved search opened now has seen."""
        order = self.index.order()
        return max(zip(order.docs, order.ids, strict=True), default=(0, ""))[1]

    def save_search(self, name: str, text: str, seen: str, *, replace: bool = False) -> None:
        """Save a filter under a name (StoreError if the name is taken and not `replace`);
        `seen` is the key of the newest post (see `SavedSearch`)."""
        self.state.save_search(name, text, seen, replace=replace)

    def rename_search(self, old: str, new: str) -> None:
        self.state.rename_search(old, new)

    def delete_search(self, name: str) -> None:
        self.state.delete_search(name)

    def mark_search_seen(self, name: str, seen: str) -> None:
        self.state.mark_search_seen(name, seen)

    def session(self) -> Session:
        """Where the reader left the archive last time (the defaults if that is not known)."""
        return self.state.read_session()

    def save_session(self, session: Session) -> None:
        """Remember where the reader leaves the archive (StoreError if it cannot be written)."""
        self.state.save_session(session)


def open_store(path: Path, *, create: bool = True) -> Store:
    """Open (or create) the archive at `path`."""
    return Store(path, create=create)
