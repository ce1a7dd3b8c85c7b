"""Shared test set-up: every test gets its own archive and data directories."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from tuiarchive.loader import import_dumps
from tuiarchive.store import open_store

# The property tests draw the same examples on every run, so that a suite that passes here
# passes on a fresh machine; TUIARCHIVE_FUZZ=N draws new ones (N times as many) to hunt.
settings.register_profile("same-every-run", derandomize=True, database=None)
settings.register_profile("hunt")
settings.load_profile("hunt" if os.environ.get("TUIARCHIVE_FUZZ") else "same-every-run")


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the user data directory and $TUIARCHIVE_DB at tmp_path: no real archive is touched."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("TUIARCHIVE_DB", str(tmp_path / "default-archive"))
    for name in ("DISPLAY", "WAYLAND_DISPLAY"):  # citing never reaches the real clipboard
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    return tmp_path / "archive"


ROOT = Path(__file__).parents[1]


@pytest.fixture(scope="session")
def _sample_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "archive"
    here = Path.cwd()
    os.chdir(ROOT)  # sources are recorded as data/..., the same on every machine
    try:
        with open_store(path) as store:
            import_dumps(["data"], store)
    finally:
        os.chdir(here)
    return path


@pytest.fixture
def sample_archive(_sample_archive: Path, tmp_path: Path) -> Iterator[Path]:
    """A fresh copy of the sample archive (81 posts), so marks never leak between tests."""
    copy = tmp_path / "sample-archive"
    shutil.copytree(_sample_archive, copy)
    yield copy
