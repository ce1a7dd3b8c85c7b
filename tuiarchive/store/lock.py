"""One writer at a time: an advisory lock file that names the process holding it."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import stat
import time
from collections.abc import Iterator
from pathlib import Path

from tuiarchive.errors import StoreError
from tuiarchive.file_kinds import file_kind
from tuiarchive.store.atomic import link_refused


class StoreLocked(StoreError):
    """Another process is writing to the store."""


PID_WIDTH = 11  # the holder's pid, right-aligned, and a newline: always written whole


def _holder(path: Path) -> str:
    """Who holds the lock, as the lock file says (the holder writes it just after locking)."""
    for _attempt in range(20):
        try:
            text = path.read_text(encoding="ascii", errors="replace").strip()
        except OSError:
            break
        if text.isdigit():
            return f"process {text}"
        time.sleep(0.025)
    return "another process"


@contextlib.contextmanager
def hold(path: Path, *, wait: float = 0.0, what: str = "store") -> Iterator[None]:
    """Hold the lock file `path` for the duration of the block.

    Waits up to `wait` seconds for another holder to finish, then raises
    `StoreLocked` naming that process. The lock is released when the process
    ends, however it ends, so a killed writer never leaves it stuck.
    """
    try:
        # Never through a link, never a FIFO's wait: the lock is the archive's own file.
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK, 0o644)
    except OSError as error:
        if error.errno == errno.ELOOP or os.path.islink(path):
            raise link_refused(path, "a lock file") from None
        raise StoreError(f"cannot open the lock file {path}: {error.strerror}") from error
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        kind = file_kind(os.fstat(fd).st_mode)
        os.close(fd)
        raise StoreError(f"the lock file {path} is {kind}, not a file; move it away and try again")
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as error:
                if error.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    raise StoreError(f"cannot lock {path}: {error.strerror}") from error
                if time.monotonic() >= deadline:
                    raise StoreLocked(
                        f"the {what} is locked by {_holder(path)} (an import or another "
                        "tuiarchive is writing to it); try again when it has finished"
                    ) from None
                time.sleep(0.05)
        with contextlib.suppress(OSError):
            # One write of a fixed width: a reader never sees the file empty or half written.
            os.pwrite(fd, f"{os.getpid():>{PID_WIDTH - 1}}\n".encode(), 0)
            os.ftruncate(fd, PID_WIDTH)
        yield
    finally:
        os.close(fd)  # closing releases the lock
