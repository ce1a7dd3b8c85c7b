"""A long $TMPDIR: an import that parses its files in worker processes still works."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tuiarchive.loader import MAX_SOCKET_PATH, PARALLEL_FROM_FILES, _pool_context
from tuiarchive.store import open_store

ROOT = Path(__file__).parents[2]


def command() -> list[str]:
    exe = Path(sys.executable).with_name("tuiarchive")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "tuiarchive"]


def test_the_workers_start_without_a_socket_where_its_path_would_be_too_long(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", "/tmp")
    assert _pool_context().get_start_method() == "forkserver"
    monkeypatch.setattr(tempfile, "tempdir", "/" + "t" * MAX_SOCKET_PATH)
    assert _pool_context().get_start_method() == "spawn"


def test_an_import_in_worker_processes_works_under_a_long_tmpdir(
    tmp_path: Path, corpus: Path
) -> None:
    assert len(list(corpus.rglob("*.txt"))) >= PARALLEL_FROM_FILES  # parsed by workers
    long = tmp_path / ("t" * 120)
    long.mkdir()
    archive = tmp_path / "archive"
    done = subprocess.run(
        [*command(), "--db", str(archive), "--import", str(corpus), "--no-ui"],
        capture_output=True, text=True, cwd=ROOT, env={**os.environ, "TMPDIR": str(long)},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    with open_store(archive) as store:
        assert len(store.catalogue()) == 800
