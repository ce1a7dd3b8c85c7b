"""The scale benchmark runs end to end at a tiny size (its numbers are not judged here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]


def test_the_benchmark_runs_and_reports_every_measurement(tmp_path: Path) -> None:
    out = tmp_path / "result.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--smoke", "--corpus", str(tmp_path / "corpus"),
         "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text())
    measured = report["results"]["300"]
    for key in report["targets"]:
        if key == "start_s" and measured[key] is None:
            continue  # no tmux on this machine
        assert isinstance(measured[key], int | float) and measured[key] > 0, key
    assert "import of new posts" in done.stdout and "target" in done.stdout
