"""A `--rebuild` cut short: what it left beside the archive, and finishing or undoing it.

A rebuild builds `NAME.rebuilding-STAMP` beside the archive `NAME`, then renames `NAME` to
`NAME.before-rebuild-STAMP` and the rebuilt copy to `NAME`. Killed between the two renames,
it leaves no `NAME` at all (an open would have made an empty archive there); killed
before, a copy that may be unfinished. The rebuilt copy is complete once the renames
begin, so the first case is finished, and the second undone (the archive was never
touched).
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from tuiarchive.store.atomic import TEMP_MARK
from tuiarchive.store.lock import StoreLocked, hold
from tuiarchive.store.segments import SEGMENT_DIR

POSTS_LOCK = "posts.lock"
_STAMP = r"\d{8}-\d{6}"
#: What a rebuilt copy can hold: an archive's own files, its segments, temporary files.
_OWN_FILE = re.compile(r"(archive\.json|state\.json|index\.sqlite|posts\.lock|state\.lock)\b.*")
_SEGMENT_FILE = re.compile(r"\d{6,}\.json.*")


@dataclass(frozen=True)
class LeftRebuild:
    """A rebuild of `archive` that did not finish."""

    archive: Path
    rebuilt: Path  # the copy it was building (complete when `old` is set)
    old: Path | None  # the old archive, when it had already been set aside
    made_since: bool = False  # an archive was made in the gap between the renames

    def _both(self) -> str:
        return (
            f"a rebuild of {self.archive} was interrupted between its two renames and an "
            f"archive was made there since: the rebuilt archive is at {self.rebuilt}, the "
            f"old one at {self.old}; nothing was changed (move the one you want to "
            f"{self.archive.name})"
        )

    def describe(self) -> str:
        """What happened and what opening the archive will do, for --check."""
        if self.made_since:
            return self._both()
        if self.old is not None:
            return (
                f"a rebuild of {self.archive} was interrupted between its two renames: the "
                f"rebuilt archive (checked here) is at {self.rebuilt}, the old one at "
                f"{self.old}; opening the archive finishes the rebuild"
            )
        return (
            f"a rebuild of {self.archive} was interrupted before it replaced the archive, "
            f"which is as it was; opening it removes the unfinished copy {self.rebuilt}"
        )


def _beside(path: Path, kind: str) -> list[Path]:
    pattern = re.compile(re.escape(f"{path.name}.{kind}-") + _STAMP)
    try:
        names = os.listdir(path.parent)
    except OSError:
        return []
    return sorted(path.parent / name for name in names if pattern.fullmatch(name))


def left_rebuild(path: Path) -> LeftRebuild | None:
    """The rebuild of the archive at `path` that was interrupted, if one was (reads only)."""
    path = Path(os.path.abspath(path))
    rebuilding = [p for p in _beside(path, "rebuilding") if p.is_dir() and not p.is_symlink()]
    if not rebuilding:
        return None
    rebuilt = rebuilding[-1]
    if not os.path.lexists(path):
        old = _old_beside(path, rebuilt)
        if old.is_dir():
            return LeftRebuild(path, rebuilt, old)
        return None  # not ours to guess about: no archive, and no old one beside it
    if _old_beside(path, rebuilt).is_dir():
        # Both renames' leftovers and an archive too: one was made in the gap (by an
        # older tuiarchive). Which holds what the user wants is not ours to guess.
        return LeftRebuild(path, rebuilt, _old_beside(path, rebuilt), made_since=True)
    return LeftRebuild(path, rebuilt, None)


def _old_beside(path: Path, rebuilt: Path) -> Path:
    stamp = rebuilt.name.rsplit("-", 2)[-2:]
    return path.with_name(f"{path.name}.before-rebuild-{'-'.join(stamp)}")


def _own(name: str, pattern: re.Pattern[str]) -> bool:
    return bool(pattern.fullmatch(name)) or TEMP_MARK in name


def _only_an_archive(directory: Path) -> bool:
    """Whether `directory` holds nothing but what building an archive makes."""
    try:
        for entry in os.scandir(directory):
            if entry.name == "posts" and entry.is_dir(follow_symlinks=False):
                if any(not _own(sub.name, _SEGMENT_FILE) for sub in os.scandir(entry.path)):
                    return False
            elif not _own(entry.name, _OWN_FILE) or not entry.is_file(follow_symlinks=False):
                return False
    except OSError:
        return False
    return True


def settle_left_rebuild(path: Path) -> str | None:
    """Finish or undo an interrupted rebuild of the archive at `path`; one line saying
    which, or None when there was none (or a rebuild is running now: it is left alone)."""
    left = left_rebuild(path)
    if left is None:
        return None
    # The rebuild holds the old archive's lock from start to end: if it is held, it is
    # still running (or an import is): not ours to touch.
    lock = (left.old or left.archive) / POSTS_LOCK
    try:
        with hold(lock, wait=2.0, what="archive"):
            now = left_rebuild(path)  # it may have finished while we waited
            return None if now is None else _settle(now)
    except StoreLocked:
        return None
    except OSError as error:
        return (
            f"a rebuild of {left.archive} was interrupted, and could not be finished or "
            f"undone: {error.strerror or error}"
        )


def _settle(left: LeftRebuild) -> str:
    if left.made_since:
        return left._both()
    if left.old is not None:
        os.replace(left.rebuilt, left.archive)
        return (
            f"finished a rebuild of {left.archive} that was interrupted between its two "
            f"renames; the old archive is kept at {left.old}"
        )
    if not _only_an_archive(left.rebuilt):
        return (
            f"a rebuild of {left.archive} was interrupted before it replaced the archive, "
            f"which is as it was; {left.rebuilt} holds other files, so it was left there"
        )
    import shutil  # only this rare clean-up needs it: opening the store starts quicker

    shutil.rmtree(left.rebuilt)
    with contextlib.suppress(OSError):
        os.rmdir(left.rebuilt)
    return (
        f"undid a rebuild of {left.archive} that was interrupted before it replaced the "
        f"archive: the archive is as it was, its unfinished copy {left.rebuilt.name} was removed"
    )


#: What creating an archive makes before its manifest: its locks and an empty posts folder.
_CREATION_LOCKS = (POSTS_LOCK, "state.lock")


def left_by_creation(entry: Path) -> bool:
    """Whether `entry` is something creating an archive makes before its manifest (so a
    creation that was interrupted can simply be done again)."""
    if entry.name in _CREATION_LOCKS or TEMP_MARK in entry.name:
        return True
    return entry.name == SEGMENT_DIR and entry.is_dir() and not any(entry.iterdir())


def creation_interrupted(path: Path, empty_too: bool = False) -> bool:
    """Whether `path` is a directory that an archive's creation began and never finished:
    nothing in it but what creation makes first (nothing stored yet); with `empty_too`,
    an empty directory counts (an archive may be made in it)."""
    try:
        entries = list(path.iterdir())
    except OSError:
        return False
    return (empty_too or bool(entries)) and all(left_by_creation(entry) for entry in entries)
