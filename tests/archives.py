"""Filling a test archive straight from Post records, as one import batch would."""

from __future__ import annotations

from collections.abc import Iterable

from tuiarchive.model import Post
from tuiarchive.store import Store
from tuiarchive.store.writer import BatchResult, DumpRecord


def add_posts(store: Store, posts: Iterable[Post], dumps: Iterable[DumpRecord] = ()) -> BatchResult:
    """Commit one batch of posts (and the dump records they came from) to `store`."""
    with store.writing() as writer:
        result = writer.add(posts, dumps)
    result.notes.extend(writer.notes)
    return result
