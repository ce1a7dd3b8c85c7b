"""Shared corpora for the reliability tests: generated once per session, never committed."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.corpus import write_corpus


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About 800 posts in a few hundred dumps: enough for many batches."""
    directory = tmp_path_factory.mktemp("corpus")
    write_corpus(directory, 800, seed=7)
    return directory
