"""Rebuilding an archive: a fresh one from what the old one still holds and its recorded dumps."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tuiarchive.datetext import file_stamp
from tuiarchive.errors import StoreError
from tuiarchive.file_kinds import file_kind
from tuiarchive.interrupt import protected
from tuiarchive.model import Post
from tuiarchive.store.archive import POSTS_LOCK, Store, can_write
from tuiarchive.store.atomic import TEMP_MARK
from tuiarchive.store.check import MANIFEST, STATE
from tuiarchive.store.interrupted import settle_left_rebuild
from tuiarchive.store.lock import hold
from tuiarchive.store.segments import (
    SEGMENT_DIR,
    STORE_FORMAT,
    Manifest,
    read_dumps,
    salvage_records,
)
from tuiarchive.store.state import MARKS, SavedSearch, UserState

#: Imports the recorded dumps into the new archive (the loader, passed in by the caller).
Importer = Callable[[list[str], Store], Any]


@dataclass
class RebuildReport:
    """What a rebuild kept, re-read and could not find."""

    salvaged: int = 0  # posts read back from the old archive's segments
    reimported: Any = None  # the loader's report for the recorded dumps
    unreadable: list[str] = field(default_factory=list)  # segment lines that could not be read
    missing_dumps: list[str] = field(default_factory=list)
    marks: int = 0
    old_archive: Path | None = None  # where the old archive was set aside
    notes: list[str] = field(default_factory=list)


def _segment_files(path: Path) -> list[Path]:
    """The old archive's committed segments, or (manifest unreadable) every segment file."""
    directory = path / SEGMENT_DIR
    try:
        return [directory / s.file for s in Manifest(path / MANIFEST).segments()]
    except StoreError:
        return sorted(directory.glob("[0-9]*.json")) if directory.is_dir() else []


def _salvage(files: list[Path], report: RebuildReport) -> tuple[dict[str, Post], set[str]]:
    """Every post record that still reads (later segments win), and the recorded dump paths."""
    posts: dict[str, Post] = {}
    dumps: set[str] = set()
    for path in files:
        try:
            salvaged = salvage_records(path)
        except FileNotFoundError:
            report.unreadable.append(f"{path}: missing")
            continue
        except OSError as error:  # checked before, but a file may change meanwhile
            raise StoreError(
                f"cannot rebuild: {path} cannot be read ({error.strerror}), and a rebuild must "
                "not drop the posts it holds; nothing was changed"
            ) from None
        for number, record in salvaged:
            if record is None:
                report.unreadable.append(f"{path}, line {number}")
                continue
            with contextlib.suppress(TypeError, ValueError, KeyError):
                post = Post.from_record(record)
                posts[post.id] = post
                if post.source:
                    dumps.add(post.source)
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            dumps.update(path_ for _d, path_, _n in read_dumps(path))
    return posts, dumps


def _marks(path: Path) -> dict[str, list[str]]:
    try:
        data = json.loads((path / STATE).read_bytes())
        return {
            mark: [d["post"] for d in docs.values() if isinstance(d, dict) and "post" in d]
            for mark, docs in data.items()
            if isinstance(docs, dict) and mark in MARKS
        }
    except FileNotFoundError:
        return {}
    except OSError as error:
        raise StoreError(
            f"cannot rebuild {path}: {path / STATE} cannot be read ({error.strerror}), and a "
            "rebuild must not drop the marks it holds; nothing was changed"
        ) from None
    except (ValueError, AttributeError, TypeError):
        return {}


def _reader_state(path: Path) -> UserState | None:
    """The old archive's tags and notes, read (never written) where they still read."""
    try:
        return UserState(path / STATE, path / "state.lock.unused", readonly=True)
    except (OSError, StoreError):
        return None


def _searches(path: Path) -> list[SavedSearch]:
    """The old archive's saved searches (those still readable)."""
    try:
        state = UserState(path / STATE, path / "state.lock.unused", readonly=True)
    except (OSError, StoreError):
        return []
    return list(state.list_searches())


def rebuild_archive(path: Path, importer: Importer) -> RebuildReport:
    """Build a fresh archive in place of the one at `path`, keeping its marks.

    Only a tuiarchive archive is rebuilt (see `rebuild_target`): anything else
    `path` names is refused with a StoreError before anything is changed.

    The new archive takes every post record the old one still holds, then
    re-imports every dump it records that still exists. The old archive is not
    deleted: it is renamed beside the new one, to be removed by hand.
    """
    report = RebuildReport()
    settled = settle_left_rebuild(path)  # an earlier rebuild cut short: finish or undo it
    if settled is not None:
        report.notes.append(settled)
    path, before = rebuild_target(path)
    stamp = file_stamp()
    fresh = path.with_name(f"{path.name}.rebuilding-{stamp}")
    aside = path.with_name(f"{path.name}.before-rebuild-{stamp}")
    for directory in (path.parent, path):
        if directory.is_dir() and not can_write(directory):
            raise StoreError(
                f"cannot rebuild {path}: {directory} is read-only (a rebuild writes a new "
                "archive beside the old one); copy the archive somewhere writable and "
                "rebuild the copy"
            )
    with _holding(path):
        posts, dumps = _salvage(_segment_files(path), report)
        marks = _marks(path)
        searches = _searches(path)
        old_state = _reader_state(path)
        with Store(fresh) as store:
            with store.writing() as writer:
                chunk: list[Post] = []
                for post in posts.values():
                    chunk.append(post)
                    if len(chunk) == 5000:
                        writer.add(chunk)
                        chunk = []
                writer.add(chunk)
            report.salvaged = len(posts)
            existing = [d for d in sorted(dumps) if os.path.exists(d)]
            report.missing_dumps = [d for d in sorted(dumps) if not os.path.exists(d)]
            report.reimported = importer(existing, store)
            for mark, ids in marks.items():
                known = list(store.catalogue().positions_of(ids))
                if known:
                    store.mark(mark, known, True)
                    report.marks += len(known)
            if old_state is not None:  # tags (each post's, in one write) and notes
                where = store.catalogue().positions_of(
                    old_state.tags.keys() | old_state.notes.keys()
                )
                kept = {p: tags for p, tags in old_state.tags.items() if p in where}
                with contextlib.suppress(ValueError):  # a hand-edited tag that is none
                    store.set_tags(kept)
                for post_id, note in old_state.notes.items():  # notes, one write each
                    if post_id in where:
                        with contextlib.suppress(ValueError):
                            store.set_note(post_id, note)
            # A search's `seen` is a post's key, and the posts go into the new archive in
            # the order they first came into the old one: "new since" counts as before.
            # An older version's row number means nothing here: it counts from now.
            newest = store.newest_post_key()
            for search in searches:
                seen = search.seen if search.seen is not None else newest
                with contextlib.suppress(ValueError, StoreError):  # a hand-edited name, say
                    store.state.save_search(search.name, search.filter, seen, replace=True)
        _still_the_same(path, before, fresh)
        with protected():  # Ctrl-C waits for both renames (kill -9: the next open finishes)
            os.replace(path, aside)
            report.old_archive = aside
            os.replace(fresh, path)
    return report


@contextlib.contextmanager
def _holding(path: Path) -> Iterator[None]:
    """Hold the old archive's writer lock, if it has one, for the whole rebuild."""
    if (path / POSTS_LOCK).exists():
        with hold(path / POSTS_LOCK, wait=0.0, what="archive"):
            yield
    else:
        yield


# What an archive directory holds: its own files (and the ones the store sets aside beside
# them: `index.sqlite.damaged`, `-wal`, ...), its segments directory and temporary files.
_ARCHIVE_FILE = re.compile(r"(archive\.json|state\.json|index\.sqlite|posts\.lock|state\.lock)\b.*")
_SEGMENT_FILE = re.compile(r"\d{6,}\.json(\..*)?")  # `000001.json`, `000002.json.uncommitted`


def rebuild_target(given: Path) -> tuple[Path, os.stat_result]:
    """The archive directory a rebuild may replace, and its `lstat`; StoreError otherwise.

    A rebuild renames what `--db` names, so it takes only a real directory (not a
    symbolic link, a file or a device) that is a tuiarchive archive: its
    `archive.json` names the store's format, or (the manifest damaged or lost) it
    holds nothing but an archive's own files and segments.
    """
    path = Path(os.path.abspath(given))
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        raise StoreError(f"cannot rebuild {path}: there is no archive there") from None
    except OSError as error:
        raise StoreError(f"cannot rebuild {path}: {error.strerror}") from None
    if stat.S_ISLNK(info.st_mode):
        raise StoreError(
            f"cannot rebuild {path}: it is a symbolic link (to {path.resolve()}) and a rebuild "
            "renames the archive; give --db the archive's own directory; nothing was changed"
        )
    if not stat.S_ISDIR(info.st_mode):
        raise StoreError(
            f"cannot rebuild {path}: it is {file_kind(info.st_mode)}, not a tuiarchive archive; "
            "nothing was changed"
        )
    unreadable = _unreadable_part(path)
    if unreadable is not None:
        raise StoreError(
            f"cannot rebuild {path}: {unreadable[0]} cannot be read ({unreadable[1]}), and a "
            "rebuild must not drop what it cannot read; nothing was changed"
        )
    problem = _not_an_archive(path)
    if problem is not None:
        raise StoreError(
            f"cannot rebuild {path}: it is not a tuiarchive archive ({problem}); "
            "nothing was changed"
        )
    return path.parent.resolve() / path.name, info


def _unreadable_part(path: Path) -> tuple[Path, str] | None:
    """The first part of the archive directory `path` that cannot be read (the directory,
    its manifest, its marks, its segments directory or a segment), with the reason."""
    try:
        names = os.listdir(path)
        if SEGMENT_DIR in names and os.path.isdir(path / SEGMENT_DIR):
            segments = os.listdir(path / SEGMENT_DIR)
        else:
            segments = []
    except OSError as error:
        return Path(error.filename or path), error.strerror or str(error)
    files = [path / name for name in (MANIFEST, STATE) if name in names]
    files += [
        path / SEGMENT_DIR / name for name in sorted(segments) if _SEGMENT_FILE.fullmatch(name)
    ]
    for file in files:
        try:
            # O_NONBLOCK: a named pipe planted there is not waited on (nor read: not regular)
            fd = os.open(file, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except FileNotFoundError:
            continue
        except OSError as error:
            if error.errno == errno.ELOOP:
                continue  # a link: _not_an_archive and the salvage judge it
            return file, error.strerror or str(error)
        os.close(fd)
    return None


def _not_an_archive(path: Path) -> str | None:
    """Why the directory `path` is not a tuiarchive archive; None if it is one."""
    manifest = path / MANIFEST
    try:
        mode: int | None = os.lstat(manifest).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as error:
        return f"its {MANIFEST} cannot be read: {error.strerror}"
    if mode is not None:
        if not stat.S_ISREG(mode):
            return f"its {MANIFEST} is {file_kind(mode)}"
        if _names_our_format(manifest):
            return None
    # The manifest is damaged or lost: a directory holding nothing but an archive's own
    # files is one whose manifest went wrong; anything else may be the user's.
    try:
        names = os.listdir(path)
        segments = os.listdir(path / SEGMENT_DIR) if SEGMENT_DIR in names else []
    except OSError as error:
        return f"it cannot be read: {error.strerror}"
    for name in names:
        if not (_ARCHIVE_FILE.fullmatch(name) or TEMP_MARK in name or name == SEGMENT_DIR):
            return f"it holds \u201c{name}\u201d, which no archive holds"
    if SEGMENT_DIR in names and not stat.S_ISDIR(os.lstat(path / SEGMENT_DIR).st_mode):
        return f"its {SEGMENT_DIR} is not a directory"
    for name in segments:
        if not (_SEGMENT_FILE.fullmatch(name) or TEMP_MARK in name):
            return f"it holds \u201c{SEGMENT_DIR}/{name}\u201d, which no archive holds"
    if mode is None and not any(_SEGMENT_FILE.fullmatch(name) for name in segments):
        return f"it has no {MANIFEST} and no posts"
    return None


def _names_our_format(manifest: Path) -> bool:
    """Whether `manifest` (a regular file) is a store manifest of tuiarchive's format."""
    try:
        fd = os.open(manifest, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return False
            data = json.loads(handle.read())
    except (OSError, ValueError):
        return False
    store = data.get("store") if isinstance(data, dict) else None
    return isinstance(store, dict) and any(
        isinstance(doc, dict) and doc.get("format") == STORE_FORMAT for doc in store.values()
    )


def _still_the_same(path: Path, before: os.stat_result, fresh: Path) -> None:
    """Refuse to set `path` aside if it is no longer the directory that was checked."""
    try:
        now = os.lstat(path)
    except OSError:
        now = None
    if now is None or (now.st_dev, now.st_ino, now.st_mode) != (
        before.st_dev, before.st_ino, before.st_mode,
    ):  # fmt: skip
        raise StoreError(
            f"{path} was replaced while it was being rebuilt, so it was left as it is; "
            f"the rebuilt archive is at {fresh}"
        )
