"""Filling the store from dump files: finding them, reading them, committing them in batches."""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import itertools
import multiprocessing
import os
import signal
import stat
import sys
import tempfile
import threading
from collections import deque
from collections.abc import Callable, Container, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import resource_tracker
from multiprocessing.connection import Connection
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import TYPE_CHECKING

from tuiarchive.errors import NotADump, StoreError
from tuiarchive.file_kinds import file_kind
from tuiarchive.interrupt import SIGNALS, protected, signals_blocked
from tuiarchive.model import Post

if TYPE_CHECKING:  # the parsing workers import this module too: they have no use for the store
    from tuiarchive.store import Store

#: No blog dump is this large; a file that is, is not one (and would exhaust memory).
MAX_DUMP_BYTES = 512 * 1024 * 1024
BATCH_POSTS = 5000
#: Dumps longer than this are read in this process, a piece at a time (pieces.PIECE_CHARS).
LONG_DUMP_BYTES = 16 * 1024 * 1024
#: Below this many files, parsing in this process is quicker than starting workers.
PARALLEL_FROM_FILES = 200
CHUNK_FILES = 16
IN_FLIGHT_PER_WORKER = 4
MAX_WORKERS = 4
#: The longest AF_UNIX socket path every POSIX system binds (macOS: 104 bytes, the NUL included).
MAX_SOCKET_PATH = 103

Progress = Callable[[int, int, str], None]
#: Told the ids of each batch once it is committed (in the archive, whatever happens next).
Committed = Callable[[list[str]], None]


def display_path(path: Path | str) -> str:
    """A path as text that can always be stored and shown (undecodable bytes escaped)."""
    return os.fsdecode(path).encode("utf-8", "backslashreplace").decode("utf-8")


@dataclass
class ImportReport:
    """What an import did, file by file and in total."""

    files: int = 0
    added: int = 0
    updated: int = 0
    duplicates: int = 0  # posts of newly read dumps that the archive already held
    #: Dumps not read again: their content was imported before (or earlier in this import).
    already_imported: int = 0
    already_imported_posts: int = 0  # the posts those dumps gave when they were imported
    posts_with_warnings: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    failed: str | None = None  # why the import stopped early, if it did
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.skipped and self.failed is None

    @property
    def changed(self) -> bool:
        """Whether the import put posts in the archive (added or updated)."""
        return bool(self.added or self.updated)


def summary_line(report: ImportReport) -> str:
    """An import's summary in one line: files read, posts added and updated, duplicates,
    dumps already imported (not read again), files skipped."""
    return f"{report.files} file(s) read: " + ", ".join(count_parts(report))


def count_parts(report: ImportReport, *, brief: bool = False) -> list[str]:
    """An import's counts, each a phrase: posts added and updated, duplicates, dumps already
    imported, files skipped (those none of are left out; `brief` leaves out no updates and
    no duplicates too)."""
    parts = [f"{report.added} post(s) added"]
    if report.updated or not brief:
        parts.append(f"{report.updated} updated")
    if report.duplicates or not (brief or report.already_imported):
        parts.append(f"{report.duplicates} duplicate(s)")
    if report.already_imported:
        parts.append(f"{report.already_imported} dump(s) already imported")
    if report.skipped:
        parts.append(f"{len(report.skipped)} file(s) skipped")
    return parts


def find_dumps(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str | None]]:
    """Each dump file named or found under a directory (recursively, *.txt), with a problem or None."""
    for given in paths:
        path = Path(given)
        try:
            info = path.stat()
        except OSError as error:
            yield path, _os_reason(error)
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk(path)
        elif stat.S_ISREG(info.st_mode):
            yield path, None
        else:
            yield path, _not_regular(info.st_mode)


def _walk(directory: Path) -> Iterator[tuple[Path, str | None]]:
    problems: list[tuple[Path, str]] = []

    def on_error(error: OSError) -> None:
        problems.append((Path(error.filename or directory), _os_reason(error)))

    # Symbolic links to directories are not followed, so a link loop cannot trap the walk.
    for root, dirs, files in os.walk(directory, onerror=on_error):
        dirs.sort()
        for name in sorted(files):
            if not name.lower().endswith(".txt"):
                continue
            path = Path(root) / name
            try:
                info = path.stat()
            except OSError as error:
                yield path, _os_reason(error)
                continue
            yield path, None if stat.S_ISREG(info.st_mode) else _not_regular(info.st_mode)
    yield from problems


def _not_regular(mode: int) -> str:
    kind = file_kind(mode)
    return kind if kind == "a directory" else f"not a regular file ({kind}); not read"


def _os_reason(error: OSError) -> str:
    import errno

    if error.errno == errno.ELOOP:
        return "a symbolic link loop"
    if error.errno == errno.ENOENT:
        return "no such file (it may have been moved or deleted)"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return f"cannot be read: {error.strerror or error}"


def read_dump_bytes(path: Path) -> bytes:
    """A dump's bytes; raises NotADump with the reason when it cannot or should not be read."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as error:
        raise NotADump(_os_reason(error)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotADump(_not_regular(info.st_mode))
        if info.st_size > MAX_DUMP_BYTES:
            raise NotADump(
                f"{info.st_size // (1024 * 1024)} MB is too large for a blog dump "
                f"(the limit is {MAX_DUMP_BYTES // (1024 * 1024)} MB)"
            )
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(MAX_DUMP_BYTES + 1)
    except OSError as error:
        raise NotADump(_os_reason(error)) from None
    finally:
        os.close(fd)


@dataclass(frozen=True)
class Reading:
    """One dump file read: its posts, or why it was skipped, or that it was imported before."""

    path: str
    digest: str | None = None
    posts: list[Post] | None = None  # None: skipped (see problem) or already imported
    problem: str | None = None
    #: A long dump's posts, a piece of the file at a time (then `posts` is None): read
    #: as the import commits, so memory holds a batch, not the file's every post.
    pieces: Iterator[list[Post]] | None = None


def read_long_dump(path: Path, known: Container[str] = ()) -> Reading:
    """A long dump, to be read a piece at a time as its posts are committed."""
    return read_dump(path, known, whole=False)


def read_dump(path: Path, known: Container[str] = (), whole: bool = True) -> Reading:
    """Read and parse one dump, unless its content digest is among `known`; with
    `whole` False its posts come a piece of the file at a time (`Reading.pieces`)."""
    shown = display_path(path)
    try:
        data = read_dump_bytes(path)
    except NotADump as why:
        return Reading(shown, problem=str(why))
    digest = hashlib.blake2b(data, digest_size=16).hexdigest()
    if digest in known:
        return Reading(shown, digest)
    # Imported here, not with this module: an import's own process parses only long dumps
    # or a few files (its workers parse the rest), and the parser takes a second to load.
    from tuiarchive.dumps.parser import parse_dump, read_dump_pieces

    if not whole:
        return Reading(shown, digest, pieces=read_dump_pieces(data, shown))
    try:
        return Reading(shown, digest, parse_dump(data, shown))
    except NotADump as why:
        return Reading(shown, digest, problem=str(why))


# -- reading in parallel: each worker process parses whole files -------------------------

_worker_known: Container[str] = ()
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def _start_worker(known: set[str], lifeline: Connection) -> None:
    """Set up a parsing process: it leaves signals to the importer and dies with it."""
    global _worker_known
    _worker_known = known
    # Ctrl-C reaches the whole process group: the importer decides what happens (it
    # stops the workers itself). The importer started this process with both signals
    # blocked, so none could arrive before now.
    for signum in SIGNALS:
        signal.signal(signum, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, SIGNALS)
    _die_with_parent()
    threading.Thread(target=_watch, args=(lifeline,), name="lifeline", daemon=True).start()


def _die_with_parent() -> None:
    """On Linux, have the kernel kill this process when its parent dies: the importer
    (spawn) or the forkserver (which ends when the importer and its workers have)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def _watch(lifeline: Connection) -> None:
    """Wait on the pipe only the importer writes to: when it closes (the importer
    finished, failed, was interrupted or killed, even with kill -9), end at once."""
    with contextlib.suppress(EOFError, OSError):
        while True:
            lifeline.recv_bytes()
    os._exit(0)


def _read_chunk(paths: list[Path]) -> list[Reading]:
    return [read_dump(path, _worker_known) for path in paths]


def _pool_context() -> BaseContext:
    """forkserver, whose workers start clean (this process has threads); but its server
    listens on a socket at <temporary directory>/pymp-XXXXXXXX/listener-XXXXXXXX, which
    cannot be bound when a long $TMPDIR makes that path too long: then spawn, which needs
    no socket."""
    socket = os.path.join(tempfile.gettempdir(), "pymp-xxxxxxxx", "listener-xxxxxxxx")
    if len(os.fsencode(socket)) > MAX_SOCKET_PATH:
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    # The server imports the parser (and this module, which each worker runs) and builds
    # its patterns once: each worker forks ready.
    context.set_forkserver_preload(["tuiarchive.loader", "tuiarchive.dumps.warm"])
    return context


def _readings(paths: list[Path], known: set[str], workers: int) -> Generator[Reading, None, None]:
    """Each file's reading: parsed by `workers` processes when there are many files, in
    order, and then the long dumps, here, a piece at a time.

    The workers end with this generator, however it ends (closed early, an exception, this
    process killed): each watches a pipe that only this process holds open.
    """
    long = [path for path in paths if _size(path) > LONG_DUMP_BYTES]
    if long:
        skip = set(long)
        paths = [path for path in paths if path not in skip]
    yield from _pooled_readings(paths, known, workers)
    for path in long:  # here, as the import commits: never all of a long file's posts at once
        yield read_long_dump(path, known)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # read as any file: its reason to be skipped is given there


def _pooled_readings(
    paths: list[Path], known: set[str], workers: int
) -> Generator[Reading, None, None]:
    if workers < 1 or len(paths) < PARALLEL_FROM_FILES:
        for path in paths:
            yield read_dump(path, known)
        return
    context = _pool_context()
    chunks = [paths[i : i + CHUNK_FILES] for i in range(0, len(paths), CHUNK_FILES)]
    lifeline, keep_alive = context.Pipe(duplex=False)
    pool = None
    finished = False
    try:
        pending: deque[Future[list[Reading]]] = deque()
        feed = iter(chunks)
        # Every process starts here (the forkserver and the workers, one per submit): not
        # cut short by a signal, so that each is known, to be stopped, by the time it stops.
        with protected():
            # The resource tracker first: starting, it unblocks the signals of this thread.
            resource_tracker.ensure_running()
            with signals_blocked():
                pool = ProcessPoolExecutor(workers, context, _start_worker, (known, lifeline))
                for chunk in itertools.islice(feed, workers * IN_FLIGHT_PER_WORKER):
                    pending.append(pool.submit(_read_chunk, chunk))
        while pending:
            readings = pending.popleft().result()
            for chunk in itertools.islice(feed, 1):  # keep memory bounded: one out, one in
                pending.append(pool.submit(_read_chunk, chunk))
            yield from readings
        finished = True
    finally:
        if pool is not None:
            if finished:
                pool.shutdown(wait=True)
            else:
                _stop_pool(pool)
        keep_alive.close()  # any worker left ends now
        lifeline.close()


def _stop_pool(pool: ProcessPoolExecutor) -> None:
    """Stop the workers of an import that is stopping, wherever they are (one still starting
    would print a traceback when it found the importer's queues gone), and the pool.

    A worker killed while sending its result leaves the pool's manager thread waiting for
    the rest of the message on a pipe this process also holds open: closing our end lets
    it see the end of the pipe, give up and finish (ProcessPoolExecutor has no public way
    to stop its workers before Python 3.14).
    """
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            process.kill()
    for process in processes:
        with contextlib.suppress(OSError, ValueError, AttributeError, AssertionError):
            process.join(5)
    results = getattr(getattr(pool, "_result_queue", None), "_writer", None)
    if results is not None:
        with contextlib.suppress(OSError):
            results.close()
    pool.shutdown(wait=True, cancel_futures=True)


def import_dumps(
    paths: Iterable[str | Path],
    store: Store,
    progress: Progress | None = None,
    batch_posts: int = BATCH_POSTS,
    workers: int | None = None,
    on_commit: Committed | None = None,
) -> ImportReport:
    """Read every dump under `paths` into `store`, committing every `batch_posts` posts.

    A file that cannot be read or holds no post is skipped with its reason; a
    file already imported (same content) is not parsed again. Files are parsed
    by `workers` processes (one per core, by default) while this one
    commits and indexes.
    If a batch cannot be written (disk full, say) the import stops there:
    earlier batches stay.
    """
    from tuiarchive.store import DumpRecord

    report = ImportReport()
    found = list(find_dumps(paths))
    readable = []
    for path, problem in found:
        if problem:
            report.skipped.append((display_path(path), problem))
        else:
            readable.append(path)
    if workers is None:
        # A worker per core: parsing is the import's longest task (measured: this process
        # waited on its one worker for 3 of 4.5 s on 2 cores), and a worker that is ahead
        # waits on the bounded queue, so the indexing thread still gets a core when it needs one.
        workers = max(1, min(os.cpu_count() or 2, MAX_WORKERS))
    known = store.known_dumps()
    pending: list[Post] = []
    pending_dumps: list[DumpRecord] = []
    with store.writing() as writer:

        def commit() -> None:
            result = writer.add(pending, pending_dumps)
            if on_commit is not None:
                on_commit(result.committed)
            report.added += result.added
            report.updated += result.updated
            report.duplicates += result.duplicates
            pending.clear()
            pending_dumps.clear()

        try:
            readings = contextlib.closing(_readings(readable, set(known), workers))
            with readings as each:  # interrupted, the workers stop before the lock is released
                for done, reading in enumerate(each, start=1):
                    if progress:
                        progress(done, len(readable), reading.path)
                    report.files += 1
                    if reading.problem:
                        report.skipped.append((reading.path, reading.problem))
                        continue
                    assert reading.digest is not None
                    if reading.pieces is not None and reading.digest not in known:
                        read = 0
                        try:
                            for piece in reading.pieces:
                                read += len(piece)
                                report.posts_with_warnings += sum(1 for p in piece if p.warnings)
                                pending.extend(piece)
                                if len(pending) >= batch_posts:
                                    commit()
                        except NotADump as why:
                            report.skipped.append((reading.path, str(why)))
                            continue
                        known[reading.digest] = read
                        pending_dumps.append(DumpRecord(reading.digest, reading.path, read))
                        if len(pending) >= batch_posts:
                            commit()
                        continue
                    if reading.posts is None or reading.digest in known:
                        report.already_imported += 1
                        report.already_imported_posts += known.get(reading.digest, 0)
                        continue
                    known[reading.digest] = len(reading.posts)
                    report.posts_with_warnings += sum(1 for p in reading.posts if p.warnings)
                    pending.extend(reading.posts)
                    pending_dumps.append(
                        DumpRecord(reading.digest, reading.path, len(reading.posts))
                    )
                    if len(pending) >= batch_posts:
                        commit()
            if pending or pending_dumps:
                commit()
        except StoreError as error:
            report.failed = str(error)
    report.notes.extend(writer.notes)
    return report
