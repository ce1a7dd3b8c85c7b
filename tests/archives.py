"""Filling a test archive straight from Post records, as one import batch would; changing
its segments as an older version or a faulty writer would have left them."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterable
from pathlib import Path

from tuiarchive.model import Post
from tuiarchive.store import Store
from tuiarchive.store.atomic import GZIP_MAGIC, AtomicJSONStorage, GzipJSONStorage
from tuiarchive.store.segments import content_digest
from tuiarchive.store.writer import BatchResult, DumpRecord


def add_posts(store: Store, posts: Iterable[Post], dumps: Iterable[DumpRecord] = ()) -> BatchResult:
    """Commit one batch of posts (and the dump records they came from) to `store`."""
    with store.writing() as writer:
        result = writer.add(posts, dumps)
    result.notes.extend(writer.notes)
    return result


def _relist(archive: Path, name: str) -> None:
    """Give the manifest entry of segment `name` the file's present size and digest."""
    storage = AtomicJSONStorage(archive / "archive.json", create=False)
    manifest = storage.read()
    assert manifest is not None
    data = (archive / "posts" / name).read_bytes()
    for entry in manifest["segments"].values():
        if entry["file"] == name:
            entry["size"], entry["digest"] = len(data), content_digest(data)
    storage.write(manifest)
    for suffix in ("", "-wal", "-shm"):  # its ranges are the old file's
        Path(f"{archive / 'index.sqlite'}{suffix}").unlink(missing_ok=True)


def make_plain(archive: Path) -> None:
    """Turn an archive's segments into the plain JSON segments tuiarchive wrote before it
    compressed them (decompressed, a segment is exactly that text), as if it were older."""
    for segment in sorted((archive / "posts").glob("*.json")):
        segment.write_bytes(gzip.decompress(segment.read_bytes()))
        _relist(archive, segment.name)


def rewrite_segment(archive: Path, name: str, change: Callable[[bytes], bytes]) -> None:
    """Change a segment's JSON text as a faulty writer might have, keeping its kind
    (compressed or plain), and list it in the manifest as it now is."""
    segment = archive / "posts" / name
    raw = segment.read_bytes()
    compressed = raw.startswith(GZIP_MAGIC)
    text = change(gzip.decompress(raw) if compressed else raw)
    if compressed:
        storage = GzipJSONStorage(segment)
        storage.write(json.loads(text))
    else:
        segment.write_bytes(text)
    _relist(archive, name)
