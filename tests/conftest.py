"""Shared test set-up: every test gets its own archive and data directories."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the user data directory and $TUIARCHIVE_DB at tmp_path: no real archive is touched."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("TUIARCHIVE_DB", str(tmp_path / "default-archive"))


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    return tmp_path / "archive"
