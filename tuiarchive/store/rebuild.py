"""Rebuilding an archive: a fresh one from what the old one still holds and its recorded dumps."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tuiarchive.errors import StoreError
from tuiarchive.model import Post
from tuiarchive.store.archive import POSTS_LOCK, Store, can_write
from tuiarchive.store.check import MANIFEST, STATE
from tuiarchive.store.lock import hold
from tuiarchive.store.segments import SEGMENT_DIR, Manifest, read_dumps
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
            lines = path.read_bytes().split(b"\n")
        except OSError as error:
            report.unreadable.append(f"{path}: {error.strerror}")
            continue
        for number, line in enumerate(lines, start=1):
            record = _record_on(line)
            if record is _NOT_A_RECORD:
                continue
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


_NOT_A_RECORD: Any = object()


def _record_on(line: bytes) -> dict[str, Any] | None | Any:
    """The post record on a segment line; None if the line is damaged; else _NOT_A_RECORD."""
    text = line.strip()
    if not text.startswith(b'"') or b'":{' not in text or b'"title"' not in text:
        return _NOT_A_RECORD
    body = text.split(b":", 1)[1].rstrip(b",")
    try:
        record = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    return record if isinstance(record, dict) and "id" in record else None


def _marks(path: Path) -> dict[str, list[str]]:
    try:
        data = json.loads((path / STATE).read_bytes())
        return {
            mark: [d["post"] for d in docs.values() if isinstance(d, dict) and "post" in d]
            for mark, docs in data.items()
            if isinstance(docs, dict) and mark in MARKS
        }
    except (OSError, ValueError, AttributeError, TypeError):
        return {}


def _searches(path: Path) -> list[SavedSearch]:
    """The old archive's saved searches (those still readable)."""
    try:
        state = UserState(path / STATE, path / "state.lock.unused", readonly=True)
    except (OSError, StoreError):
        return []
    return list(state.list_searches())


def rebuild_archive(path: Path, importer: Importer) -> RebuildReport:
    """Build a fresh archive in place of the one at `path`, keeping its marks.

    The new archive takes every post record the old one still holds, then
    re-imports every dump it records that still exists. The old archive is not
    deleted: it is renamed beside the new one, to be removed by hand.
    """
    report = RebuildReport()
    path = path.resolve()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
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
                known = [i for i in ids if i in store.catalogue().position_of_id]
                if known:
                    store.mark(mark, known, True)
                    report.marks += len(known)
            # Doc numbers start again in the new archive: every post counts as seen.
            newest = max(store.catalogue().docs, default=0)
            for search in searches:
                with contextlib.suppress(ValueError, StoreError):  # a hand-edited name, say
                    store.state.save_search(search.name, search.filter, newest, replace=True)
        if path.exists():
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
