"""Writing files outside the archive, whole or appended safely: the trends CSV, the clippings.

(Exports of posts are written by `tuiarchive.research.export`, which asks the store.)
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from tuiarchive.errors import StoreError
from tuiarchive.file_kinds import file_kind
from tuiarchive.safe_text import shown
from tuiarchive.store.atomic import (
    atomic_write,
    describe_os_error,
    fsync_directory,
    link_refused,
)

#: Where copied paragraphs and posts are kept, for terminals that ignore the clipboard code.
CLIPPINGS = "tuiarchive-clippings.md"


def write_text_file(path: Path, text: str) -> None:
    """Write `text` (UTF-8) to `path` whole or not at all (see `atomic_write`).

    Raises OSError with a message naming the path and the reason.
    """
    path = Path(path)
    try:
        atomic_write(path, text.encode("utf-8"))
    except StoreError as error:
        cause = error.__cause__
        reason = cause.strerror or str(cause) if isinstance(cause, OSError) else str(error)
        number = cause.errno if isinstance(cause, OSError) else None
        raise OSError(number, f"could not write {path}: {reason}") from cause


def clippings_path() -> Path:
    """The clippings file in the home directory."""
    return Path("~").expanduser() / CLIPPINGS


def append_clipping(text: str, path: Path | None = None) -> Path:
    """Add `text` (a cited paragraph or post) to the end of the clippings file; its path.

    One appending write, then fsync: what the file held before is never rewritten,
    so a crash can at worst cut short the clipping being added. Control characters are
    written as visible marks (a citation already has them so): the file is read in
    terminals, where a raw escape sequence would be obeyed.
    """
    path = clippings_path() if path is None else Path(path)
    entry = shown(text.rstrip("\n")) + "\n\n---\n\n"
    try:
        new = not path.exists()
        try:
            # Not through a link (planted, it would make a citation land in any file) and
            # not into a FIFO or a device (O_NONBLOCK: opening one must not wait).
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW
                         | os.O_NONBLOCK, 0o644)  # fmt: skip
        except OSError as error:
            if error.errno == errno.ELOOP or os.path.islink(path):
                raise link_refused(path, "the clippings file") from None
            raise
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise StoreError(
                    f"{path} is {file_kind(os.fstat(fd).st_mode)}, not a file: the clipping "
                    "was not saved; move it away and try again"
                )
            os.write(fd, entry.encode("utf-8", "replace"))
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as error:
        raise StoreError(describe_os_error(error, path, "writing")) from None
    if new:
        fsync_directory(path.parent)
    return path
