"""Fixtures for the browser tests: a copy of the sample archive per test, and screen reading."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tuiarchive.loader import import_dumps
from tuiarchive.store import open_store

ROOT = Path(__file__).parents[2]


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


def screen_text(app) -> str:  # type: ignore[no-untyped-def]
    """Everything on the terminal, as text."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())
