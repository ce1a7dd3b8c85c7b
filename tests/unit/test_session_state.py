"""The last session in `state.json`: written whole and atomically, beside the marks, and read
back as the defaults when it is missing or damaged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tuiarchive.errors import StoreError
from tuiarchive.store import open_store
from tuiarchive.store.state import Session


def test_the_session_is_kept_beside_the_marks(sample_archive: Path) -> None:
    with open_store(sample_archive) as store:
        assert store.session() == Session()  # none yet
        post = store.catalogue().ids[3]
        store.mark("starred", [post], True)
        store.save_session(Session("ferry date:2014", "oldest", post, "nord"))
    with open_store(sample_archive) as store:
        assert store.session() == Session("ferry date:2014", "oldest", post, "nord")
        assert store.has_mark("starred", post)
    leftovers = [p.name for p in sample_archive.iterdir() if ".tmp-" in p.name]
    assert leftovers == []


@pytest.mark.parametrize(
    "damaged",
    ["text", 5, [], {"1": "text"}, {"1": {"filter": 5, "order": None, "post": ["x"]}}, {"7": {}}],
)
def test_a_damaged_session_reads_as_the_defaults_and_is_replaced(
    sample_archive: Path, damaged: object
) -> None:
    with open_store(sample_archive) as store:
        post = store.catalogue().ids[0]
        store.mark("read", [post], True)
    state = sample_archive / "state.json"
    raw = json.loads(state.read_text())
    raw["session"] = damaged
    state.write_text(json.dumps(raw))
    with open_store(sample_archive) as store:
        assert store.session() == Session()
        store.save_session(Session(filter="ferry"))
        assert store.session() == Session(filter="ferry")
        assert store.has_mark("read", post)


def test_a_read_only_archive_does_not_save_a_session(sample_archive: Path) -> None:
    with open_store(sample_archive) as store:
        store.state.readonly = True
        with pytest.raises(StoreError):
            store.save_session(Session(filter="ferry"))
