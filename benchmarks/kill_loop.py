"""The reliability kill loop: imports stopped at random moments, and what that cost.

    python -m benchmarks.kill_loop [--runs 200] [--posts 10000] [--seed 1]

Generates a corpus (in a temporary directory, removed afterwards), then repeats: start
`tuiarchive --import` of it into one archive, stop it at a random moment with kill -9,
SIGINT to its process group (as Ctrl-C does) or SIGTERM, and count

- posts lost: posts that were in the archive after a run (committed: listed by its
  manifest, as `--list` reads it back) and are missing after a later one;
- unreadable archives: runs after which `--check` fails or the archive does not open;
- leftover processes: processes of the stopped import (its session) still alive 2 s
  after it ended;
- unclean stops: SIGINT/SIGTERM runs that did not end with exit 128+signal and one line.

When an import finishes before its signal, the next runs use a fresh archive. All four
totals should be 0. Not part of the tests: it takes about 200 x 3 s. Linux only (/proc).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import write_corpus

KINDS = ("kill", "sigint", "sigterm")


def command() -> list[str]:
    exe = Path(sys.executable).with_name("tuiarchive")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "tuiarchive"]


def living(session: int) -> list[int]:
    """The processes of a session still alive (zombies are dead, only not yet reaped)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == session and fields[0] not in ("Z", "X"):
            found.append(int(entry.name))
    return found


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*command(), *args], capture_output=True, text=True, timeout=600)


def ids(archive: Path) -> set[str] | None:
    """The ids of the archive's posts, or None if it does not open."""
    done = run_cli("--db", str(archive), "--list", "--json")
    if done.returncode != 0:
        return None
    return {json.loads(line)["id"] for line in done.stdout.splitlines() if line.strip()}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="tuiarchive-kill-loop-"))
    try:
        corpus = work / "corpus"
        write_corpus(corpus, args.posts)
        started = time.monotonic()
        clean = run_cli("--db", str(work / "clean"), "--import", str(corpus), "--no-ui")
        duration = time.monotonic() - started
        if clean.returncode != 0:
            print(f"a clean import failed: {clean.stderr.strip()}", file=sys.stderr)
            return 2
        print(f"{args.posts} posts in {len(list(corpus.rglob('*.txt')))} dumps; "
              f"a clean import takes {duration:.1f} s")  # fmt: skip
        shutil.rmtree(work / "clean")

        lost = unreadable = leftover = unclean = finished = 0
        times: list[float] = []
        generation = 0
        archive = work / f"archive-{generation}"
        committed: set[str] = set()
        for run in range(args.runs):
            kind = rng.choice(KINDS)
            began = time.monotonic()
            process = subprocess.Popen(
                [*command(), "--db", str(archive), "--import", str(corpus), "--no-ui"],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                start_new_session=True,
            )  # fmt: skip
            time.sleep(rng.uniform(0.0, duration))
            if kind == "kill":
                process.kill()
            elif kind == "sigint":
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(process.pid, signal.SIGINT)
            else:
                process.terminate()
            _out, err = process.communicate(timeout=600)
            left = living(process.pid)
            deadline = time.monotonic() + 2.0
            while left and time.monotonic() < deadline:
                time.sleep(0.05)
                left = living(process.pid)
            if left:
                leftover += 1
                for pid in left:
                    with contextlib.suppress(ProcessLookupError, PermissionError):
                        os.kill(pid, signal.SIGKILL)
            code = process.returncode
            if kind != "kill" and code != 0:
                signum = signal.SIGINT if kind == "sigint" else signal.SIGTERM
                lines = err.strip().splitlines()
                if code != 128 + signum or len(lines) != 1 or "Traceback" in err:
                    unclean += 1
                    print(f"run {run}: {kind} ended with {code}: {err.strip()[-500:]}")
            if archive.exists():
                check = run_cli("--db", str(archive), "--check")
                now = ids(archive)
                if check.returncode != 0 or now is None:
                    unreadable += 1
                    print(f"run {run}: the archive is unreadable: {check.stderr.strip()[-500:]}")
                else:
                    missing = committed - now
                    lost += len(missing)
                    committed = now  # what is there now was committed (listed in the manifest)
            times.append(time.monotonic() - began)
            if code == 0:
                finished += 1
                generation += 1
                archive = work / f"archive-{generation}"
                committed = set()
        print(f"{args.runs} runs ({finished} finished before their signal): "
              f"posts lost {lost}, unreadable archives {unreadable}, "
              f"leftover processes {leftover}, unclean stops {unclean}")  # fmt: skip
        print(f"time per run: median {statistics.median(times):.2f} s, "
              f"p95 {percentile(times, 0.95):.2f} s")  # fmt: skip
        return 0 if not (lost or unreadable or leftover or unclean) else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
