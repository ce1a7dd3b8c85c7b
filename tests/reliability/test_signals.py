"""Stopping an import with a signal: killed, terminated or interrupted (Ctrl-C), it leaves no
process behind, says one line and keeps every committed batch."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.kill_loop import living
from tuiarchive.loader import PARALLEL_FROM_FILES
from tuiarchive.store import open_store
from tuiarchive.store.check import check_store

ROOT = Path(__file__).parents[2]
PRESSES = int(os.environ.get("TUIARCHIVE_PRESSES", "6"))

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")


def command() -> list[str]:
    exe = Path(sys.executable).with_name("tuiarchive")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "tuiarchive"]


def start_import(
    archive: Path, corpus: Path, env: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    """An import in a session of its own, as a shell runs a command (its pipes are ours)."""
    return subprocess.Popen(
        [*command(), "--db", str(archive), "--import", str(corpus), "--no-ui"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        start_new_session=True, env={**os.environ, **(env or {})},
    )  # fmt: skip


def wait_for_workers(process: subprocess.Popen[str], count: int = 3, timeout: float = 20) -> None:
    """Until the import runs with its worker processes (the importer and at least two more)."""
    deadline = time.monotonic() + timeout
    while len(living(process.pid)) < count:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the import never started its workers"
        time.sleep(0.02)


def gone_within(session: int, seconds: float) -> list[int]:
    deadline = time.monotonic() + seconds
    while (left := living(session)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


def post_count(archive: Path) -> int:
    with open_store(archive) as store:
        return len(store.catalogue())


@pytest.fixture(autouse=True)
def _many_files(corpus: Path) -> None:
    assert len(list(corpus.rglob("*.txt"))) >= PARALLEL_FROM_FILES  # parsed by workers


@pytest.mark.parametrize("start", ["forkserver", "spawn"])
def test_a_killed_import_takes_its_workers_with_it(
    corpus: Path, tmp_path: Path, start: str
) -> None:
    env = {}
    if start == "spawn":  # a $TMPDIR too long for the forkserver's socket
        long = tmp_path / ("t" * 120)
        long.mkdir()
        env["TMPDIR"] = str(long)
    process = start_import(tmp_path / "archive", corpus, env)
    try:
        wait_for_workers(process)
        process.kill()
        # What `tuiarchive --import ... | tee log` waits for: the end of the pipes.
        try:
            process.communicate(timeout=5)
        except subprocess.TimeoutExpired:
            pytest.fail("the killed import's pipes stayed open: its workers hold them")
        assert gone_within(process.pid, 2.0) == [], "worker processes outlived the import"
    finally:
        for pid in living(process.pid):
            os.kill(pid, signal.SIGKILL)


def test_sigterm_ends_an_import_with_one_line_and_no_process_left(
    corpus: Path, tmp_path: Path
) -> None:
    archive = tmp_path / "archive"
    process = start_import(archive, corpus)
    try:
        wait_for_workers(process)
        process.terminate()
        out, err = process.communicate(timeout=15)
        assert process.returncode == 128 + signal.SIGTERM, err
        assert "Traceback" not in err
        assert err.strip().count("\n") == 0, err
        assert "terminated" in err and "committed" in err
        assert gone_within(process.pid, 2.0) == []
    finally:
        for pid in living(process.pid):
            os.kill(pid, signal.SIGKILL)
    # The lock is released and the archive whole: the next import runs to the end.
    again = start_import(archive, corpus)
    out, err = again.communicate(timeout=60)
    assert again.returncode == 0, err
    assert check_store(archive).ok
    assert post_count(archive) == 800


def test_ctrl_c_at_any_moment_prints_one_line_and_exits_130(corpus: Path, tmp_path: Path) -> None:
    # A clean run, timed, so that the presses land anywhere in a run.
    started = time.monotonic()
    clean = start_import(tmp_path / "clean", corpus)
    assert clean.wait(timeout=60) == 0
    duration = time.monotonic() - started

    rng = random.Random(4)
    interrupted = 0
    for press in range(PRESSES):
        archive = tmp_path / f"archive-{press}"
        process = start_import(archive, corpus)
        try:
            # From the moment the command runs (Python's own start-up, before any of its
            # code, is not its to guard) to the end of the import.
            while not archive.exists() and process.poll() is None:
                time.sleep(0.005)
            time.sleep(rng.uniform(0.0, duration))
            # As a terminal sends it: to the whole process group, the workers too.
            os.killpg(process.pid, signal.SIGINT)
            out, err = process.communicate(timeout=30)
            if process.returncode == 0:
                continue  # it had finished
            interrupted += 1
            assert process.returncode == 130, f"exit {process.returncode}: {err}"
            assert "Traceback" not in err and "Error" not in err, err
            assert err.strip().splitlines() == [
                "tuiarchive: interrupted; every batch reported committed is kept"
            ], err
            assert gone_within(process.pid, 2.0) == []
        finally:
            for pid in living(process.pid):
                os.kill(pid, signal.SIGKILL)
        if archive.exists():
            assert check_store(archive).ok
    assert interrupted >= PRESSES // 2
