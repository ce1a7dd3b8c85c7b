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
    research = [k for k, t in report["targets"].items() if t["section"] == "research tools"]
    for key in (
        "related_cold_p95_ms",
        "related_warm_p95_ms",
        "ranked_common_ms",
        "trends_ms",
        "facets_all_ms",
        "concordance_first_ms",
        "month_report_ms",
        "warned_ids_ms",
        "export_rate",
    ):
        assert key in research, key  # fmt: skip
    details = measured["research"]
    assert details["related"]["posts"] == 30
    assert 80 <= details["export"]["posts"] <= 120  # about a third of 300 posts: a date range
    assert details["concordance"]["common"]["lines"] > 0
    assert 0 < details["facets"]["common_posts"] < 300
    assert "research tools" in done.stdout and "related posts" in done.stdout
