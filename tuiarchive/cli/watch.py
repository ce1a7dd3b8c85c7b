"""`--watch DIR`: import what is new in a folder of dumps, then keep importing what appears.

The folder is looked at every few seconds (its files' size, modification time and inode,
not their content). A file new or changed since the last look is imported once it has
stayed the same for one more look, so a dump still being written is not read half way.
Each round that imports something prints one line on stdout (`12:05:03 2 file(s): 5
post(s) added`), and each file skipped a line under it. The archive is locked only while a
round imports, so the browser and `--list` work beside it; a round that finds the archive
locked by another import waits for the next look. Ctrl-C or SIGTERM ends the watch: a
round under way stops as an import does (every batch reported committed is kept) and
the command exits 0.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from rich.console import Console

from tuiarchive.cli.report import import_with_progress
from tuiarchive.errors import StoreError
from tuiarchive.loader import ImportReport, count_parts, find_dumps
from tuiarchive.safe_text import one_line
from tuiarchive.store import Store

DEFAULT_INTERVAL = 3.0

#: What is compared between two looks at a file: (inode, size, modification time).
Stamp = tuple[int, int, int]


def stamps(directory: Path) -> dict[Path, Stamp]:
    """The dump files under `directory` (as an import finds them) with their stamps."""
    found: dict[Path, Stamp] = {}
    for path, problem in find_dumps([directory]):
        if problem is not None:
            continue  # an import would skip it too; it is named when it becomes a file
        try:
            info = path.stat()
        except OSError:
            continue  # gone since: the next look will tell
        found[path] = (info.st_ino, info.st_size, info.st_mtime_ns)
    return found


def round_line(report: ImportReport, when: str) -> str:
    """One round in one line: `12:05:03 2 file(s): 5 post(s) added, 1 updated`."""
    return f"{when} {report.files} file(s): " + ", ".join(count_parts(report, brief=True))


def watch(
    directory: Path,
    store: Store,
    interval: float = DEFAULT_INTERVAL,
    say: Callable[[str], None] | None = None,
) -> int:
    """Import `directory` now and then whatever appears or changes in it, until a signal
    (Ctrl-C, SIGTERM) ends the watch; returns the exit status (0)."""
    directory = Path(os.path.abspath(directory))
    console = Console(stderr=True, highlight=False, soft_wrap=True)

    def out(line: str) -> None:
        print(one_line(line), flush=True)

    def note(line: str) -> None:
        (say or (lambda text: print(one_line(text), file=sys.stderr, flush=True)))(line)

    importing = False
    try:
        seen = stamps(directory)
        importing = True
        if not _round([str(directory)], store, console, out):
            seen = {}  # not imported: every file is looked at again
        importing = False
        note(f"watching {directory} every {interval:g} s for new or changed dumps "
             "(Ctrl-C stops)")  # fmt: skip
        waiting: dict[Path, Stamp] = {}  # changed at the last look: imported if still so
        while True:
            time.sleep(interval)
            now = stamps(directory)
            changed = {path: stamp for path, stamp in now.items() if seen.get(path) != stamp}
            ready = [path for path, stamp in changed.items() if waiting.get(path) == stamp]
            waiting = {path: stamp for path, stamp in changed.items() if path not in ready}
            for path in [path for path in seen if path not in now]:
                del seen[path]  # deleted: if it comes back, it is looked at again
            if not ready:
                continue
            importing = True
            if _round([str(path) for path in ready], store, console, out):
                seen.update((path, changed[path]) for path in ready)
            importing = False
    except KeyboardInterrupt:
        under_way = " (the import under way was stopped; every batch reported committed is kept)"
        note(f"tuiarchive: stopped watching {directory}{under_way if importing else ''}")
        return 0


def _round(
    paths: list[str],
    store: Store,
    console: Console,
    out: Callable[[str], None],
) -> bool:
    """Import `paths` and print the round's line if it found anything; False when the
    archive could not be written this time."""
    when = time.strftime("%H:%M:%S")
    try:
        report = import_with_progress(paths, store, console)
    except StoreError as error:  # locked by another import, say: the next look tries again
        out(f"{when} not imported this time: {error}")
        return False
    if report.files or report.skipped:
        out(round_line(report, when))
        for path, reason in report.skipped:
            out(f"  skipped {path}: {reason}")
        for note in report.notes:
            out(f"  note: {note}")
        if report.failed:
            out(f"  import stopped: {report.failed}")
    return report.failed is None
