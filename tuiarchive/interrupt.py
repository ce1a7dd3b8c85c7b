"""Stopping on a signal: Ctrl-C (SIGINT) and SIGTERM end a command cleanly, never mid-commit.

While `handled()` is in force (the command line), the first SIGINT or SIGTERM raises
`Interrupted` in the main thread, unless it arrives inside a `protected()` block (a commit,
the renames of a rebuild, the index catching up): then it is raised as that block ends, so
a signal never cuts a step in two. Later signals are noted, not raised: the command is
already stopping, and its cleanup is not cut short either. Outside `handled()` (a library
caller, the tests) Python's own behaviour is untouched and `protected()` does nothing.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Interrupted(KeyboardInterrupt):
    """The command was asked to stop by a signal (`signum`)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


_installed = 0  # nesting of handled()
_depth = 0  # nesting of protected() in the main thread
_pending: int | None = None  # the signal that asked us to stop
_raised = False  # whether Interrupted was raised for it


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def _on_signal(signum: int, _frame: FrameType | None) -> None:
    global _pending, _raised
    if _pending is not None:
        return  # already stopping: once is enough
    _pending = signum
    if _depth == 0:
        _raised = True
        raise Interrupted(signum)


@contextlib.contextmanager
def handled() -> Iterator[None]:
    """Turn SIGINT and SIGTERM into `Interrupted` for the block (main thread only). A signal
    the process was started ignoring (`command &` in a script) stays ignored.

    Once a signal has stopped the block, later ones stay noted and ignored after it too,
    so one cannot interrupt the message that says so, or the exit.
    """
    global _installed
    if not _main_thread():
        yield
        return
    if not _installed:
        reset()  # a new command: a signal that stopped an earlier one is forgotten
    previous = {}
    for signum in SIGNALS:
        if signal.getsignal(signum) is not signal.SIG_IGN:
            previous[signum] = signal.signal(signum, _on_signal)
    _installed += 1
    try:
        yield
    finally:
        _installed -= 1
        if _pending is None:
            for signum, handler in previous.items():
                signal.signal(signum, handler)


def ignore() -> None:
    """Ignore SIGINT and SIGTERM from now on: the command is done and only exiting."""
    if _main_thread():
        for signum in SIGNALS:
            signal.signal(signum, signal.SIG_IGN)


def reset() -> None:
    """Forget a signal that stopped a command."""
    global _pending, _raised
    _pending, _raised = None, False


@contextlib.contextmanager
def protected() -> Iterator[None]:
    """A block no signal interrupts: one that arrives meanwhile is raised when it ends."""
    global _depth, _raised
    if not _main_thread():
        yield
        return
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        if not _depth and _pending is not None and not _raised:
            _raised = True
            raise Interrupted(_pending)


@contextlib.contextmanager
def signals_blocked() -> Iterator[None]:
    """SIGINT and SIGTERM held back from this thread for the block, and from every process
    it starts meanwhile until that process decides about them (it inherits the mask): so a
    Ctrl-C cannot reach a worker process while it is still starting up."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)
