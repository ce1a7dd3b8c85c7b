"""`--watch DIR`: import what is new in DIR, then keep importing dumps that appear or change,
one line per round that found something, until Ctrl-C or SIGTERM (exit 0, lock released)."""

from __future__ import annotations

import queue
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.dumps import item_page

ROOT = Path(__file__).parents[2]
ROUND = re.compile(r"^\d\d:\d\d:\d\d \d+ file\(s\): ")


def tuiarchive(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tuiarchive", *args],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip


def dump(directory: Path, name: str, title: str, date: str = "Friday, May 23, 2014") -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(item_page(date, title=title), encoding="utf-8")
    return path


class Watcher:
    """A `tuiarchive --watch` process, its output (stdout and stderr) read line by line as
    it comes."""

    def __init__(self, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tuiarchive", *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        )  # fmt: skip
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self.unclaimed: list[str] = []  # lines seen while waiting for another
        self.out: list[str] = []  # stdout's lines
        self.err: list[str] = []
        self.readers = [
            threading.Thread(target=self._read, args=(stream, kept), daemon=True)
            for stream, kept in ((self.process.stdout, self.out), (self.process.stderr, self.err))
        ]
        for reader in self.readers:
            reader.start()

    def _read(self, stream, kept: list[str]) -> None:  # type: ignore[no-untyped-def]
        for line in stream:
            kept.append(line.rstrip("\n"))
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, text: str, timeout: float = 60.0) -> str:
        """The next line holding `text`, on stdout or stderr. The two streams are read by two
        threads, so their lines may arrive in either order: a line already seen and not yet
        waited for counts."""
        for line in self.unclaimed:
            if text in line:
                self.unclaimed.remove(line)
                return line
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                if self.process.poll() is not None:
                    break
                continue
            self.seen.append(line)
            if text in line:
                return line
            self.unclaimed.append(line)
        self.process.kill()
        raise AssertionError(f"{text!r} never printed; printed: {self.seen}")

    def stop(self, signum: int) -> tuple[int, str]:
        """Send `signum`; the exit status and all stderr said."""
        self.process.send_signal(signum)
        try:
            status = self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise
        for reader in self.readers:
            reader.join(10)
        return status, "\n".join(self.err)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_watch_imports_what_appears_then_stops_cleanly(tmp_path: Path, signum: int) -> None:
    folder, db = tmp_path / "incoming", str(tmp_path / "archive")
    dump(folder, "first.txt", "Ledger Notes: The First Post")
    watcher = Watcher("--db", db, "--watch", str(folder), "--watch-interval", "0.3", "--no-ui")
    first = watcher.wait_for("post(s) added")
    assert ROUND.match(first), first
    assert first.endswith("1 file(s): 1 post(s) added"), first
    watcher.wait_for("watching")  # then it says what it watches, and how to stop
    dump(folder, "second.txt", "Ledger Notes: A Dump Dropped In Later", "Monday, June 2, 2014")
    second = watcher.wait_for("post(s) added")
    assert ROUND.match(second) and second.endswith("1 file(s): 1 post(s) added"), second
    status, err = watcher.stop(signum)
    assert status == 0, err
    assert "Traceback" not in err
    assert "stopped watching" in err
    listed = tuiarchive("--db", db, "--list")
    assert listed.returncode == 0, listed.stderr
    assert "A Dump Dropped In Later" in listed.stdout
    assert "The First Post" in listed.stdout
    # The lock was released: an import goes through at once.
    again = tuiarchive("--db", db, "--import", str(folder), "--no-ui")
    assert again.returncode == 0, again.stderr
    assert "2 dump(s) already imported" in again.stderr
    check = tuiarchive("--db", db, "--check")
    assert check.returncode == 0, check.stderr


def test_a_changed_dump_is_read_again_and_quiet_rounds_print_nothing(tmp_path: Path) -> None:
    folder, db = tmp_path / "incoming", str(tmp_path / "archive")
    folder.mkdir()
    watcher = Watcher("--db", db, "--watch", str(folder), "--watch-interval", "0.3", "--no-ui")
    watcher.wait_for("watching")
    path = dump(folder, "page.txt", "Ledger Notes: Grown Later")
    watcher.wait_for("1 post(s) added")
    path.write_text(
        item_page("Friday, May 23, 2014", title="Ledger Notes: Grown Later").replace(
            "Post a Comment", "Labels: ferry, harbour\n\nPost a Comment"
        ),
        encoding="utf-8",
    )
    line = watcher.wait_for("file(s):")
    assert "1 file(s):" in line, line
    time.sleep(1.0)  # a few rounds that find nothing
    status, _err = watcher.stop(signal.SIGINT)
    assert status == 0
    rounds = [line for line in watcher.out if ROUND.match(line)]
    assert len(rounds) == 2, rounds


def test_watch_needs_no_ui_and_a_directory(tmp_path: Path) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    db = str(tmp_path / "archive")
    browse = tuiarchive("--db", db, "--watch", str(folder))
    assert browse.returncode == 2
    assert browse.stderr.count("\n") == 1 and "--no-ui" in browse.stderr, browse.stderr
    missing = tuiarchive("--db", db, "--watch", str(tmp_path / "nowhere"), "--no-ui")
    assert missing.returncode == 2
    assert "nowhere" in missing.stderr and missing.stderr.count("\n") == 1, missing.stderr
    listing = tuiarchive("--db", db, "--watch", str(folder), "--no-ui", "--list")
    assert listing.returncode == 2, listing.stderr
    assert not (tmp_path / "archive").exists()  # nothing was created for a refused command
