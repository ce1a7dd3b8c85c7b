"""The store of record: TinyDB files, one segment per import batch, listed by a manifest.

This module alone knows a segment file's layout: writing one (`write_segment`), going
through its records with their byte ranges (`iter_segment_records`, `read_dumps`), reading
one record by its range (`read_record`, `SegmentReader` for many), reading it whole as
JSON (`load_post_records`, for checking) and salvaging what still reads of a damaged one
(`salvage_records`). The store, `check` and `rebuild` all go through it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from tinydb import TinyDB
from tinydb.storages import JSONStorage

from tuiarchive.errors import StoreError
from tuiarchive.store.atomic import AtomicJSONStorage, describe_os_error

STORE_FORMAT = "tuiarchive"
STORE_SCHEMA = 1
POSTS = "posts"  # table of post records in a segment
DUMPS = "dumps"  # table of the dump files a segment's batch came from
SEGMENT_DIR = "posts"


@dataclass(frozen=True)
class Segment:
    """One committed segment file, as the manifest records it."""

    file: str  # name inside the segments directory
    posts: int
    size: int  # bytes: a file of another size is not the one committed
    digest: str = ""  # blake2b-128 of the content (older stores have none)


def _open(path: Path, create: bool) -> TinyDB:
    return TinyDB(path, storage=AtomicJSONStorage, create=create)


class Manifest:
    """`archive.json`: the store's format and the committed segments, in order.

    Appending a segment to the manifest is the moment a batch is committed: a
    segment file the manifest does not list is the leftover of a crash.
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    def exists(self) -> bool:
        return self.path.exists()

    def create(self) -> None:
        db = _open(self.path, create=True)
        db.table("store").insert({"format": STORE_FORMAT, "schema": STORE_SCHEMA})

    def segments(self) -> list[Segment]:
        """Read and validate the manifest; raises StoreError saying what is wrong."""
        try:
            db = _open(self.path, create=False)
            info = db.table("store").all()
            rows = db.table("segments").all()
        except FileNotFoundError:
            raise StoreError(f"{self.path} is missing: this is not a tuiarchive store") from None
        except OSError as error:
            raise StoreError(describe_os_error(error, self.path, "reading")) from None
        except (ValueError, TypeError, AttributeError) as error:
            raise StoreError(
                f"{self.path} is damaged ({_short(error)}); it was left untouched. "
                "Run `tuiarchive --check` for details, or move the store aside and use "
                "`--rebuild` to re-import from the original dumps"
            ) from None
        if not info or info[0].get("format") != STORE_FORMAT:
            raise StoreError(f"{self.path} is not a tuiarchive store manifest")
        schema = info[0].get("schema")
        if not isinstance(schema, int) or schema > STORE_SCHEMA:
            raise StoreError(
                f"{self.path} was written by a newer tuiarchive (store schema {schema}, this "
                f"version reads {STORE_SCHEMA}); upgrade tuiarchive to open it"
            )
        segments = []
        for row in rows:
            try:
                segments.append(
                    Segment(
                        str(row["file"]),
                        int(row["posts"]),
                        int(row["size"]),
                        str(row.get("digest", "")),
                    )  # fmt: skip
                )
            except (KeyError, TypeError, ValueError):
                raise StoreError(f"{self.path}: a segment entry is malformed: {row!r}") from None
        return segments

    def append(self, segment: Segment) -> None:
        """List a new segment: the moment its batch is committed."""
        try:
            self._insert(segment)
        except OSError as error:
            raise StoreError(describe_os_error(error, self.path, "reading")) from None
        except ValueError as error:
            raise StoreError(
                f"{self.path} is damaged ({_short(error)}); nothing was added"
            ) from None

    def _insert(self, segment: Segment) -> None:
        _open(self.path, create=False).table("segments").insert(
            {"file": segment.file, "posts": segment.posts, "size": segment.size,
             "digest": segment.digest}
        )  # fmt: skip


def write_segment(
    path: Path, records: list[dict[str, Any]], dumps: list[dict[str, Any]]
) -> tuple[dict[str, tuple[int, int]], str]:
    """Write a new segment in one atomic write; returns each post id's byte range, and the
    content's digest."""
    storage = AtomicJSONStorage(path)
    data = {
        POSTS: {str(n): record for n, record in enumerate(records, start=1)},
        DUMPS: {str(n): dump for n, dump in enumerate(dumps, start=1)},
    }
    storage.write(data)
    places = storage.offsets.get(POSTS, {})
    ranges = {record["id"]: places[str(n)] for n, record in enumerate(records, start=1)}
    return ranges, storage.digest


def content_digest(data: bytes) -> str:
    """A segment's content digest, as the manifest records it (blake2b-128)."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _record_from(raw: bytes) -> dict[str, Any]:
    record = json.loads(raw)
    if not isinstance(record, dict):
        raise ValueError("not a record")
    return record


def read_record(path: Path, offset: int, length: int) -> dict[str, Any]:
    """One post record read straight from its byte range in a segment.

    Raises OSError if the file cannot be read, ValueError if the range holds no record.
    """
    with open(path, "rb") as handle:
        handle.seek(offset)
        raw = handle.read(length)
    return _record_from(raw)


class SegmentReader:
    """Reads records by byte range from the segments of a directory, opening each file once.

    Use as a context manager: the files are closed when the block ends.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._handles: dict[str, BinaryIO] = {}

    def __enter__(self) -> SegmentReader:
        return self

    def __exit__(self, *exc: object) -> None:
        for handle in self._handles.values():
            handle.close()
        self._handles.clear()

    def record(self, segment: str, offset: int, length: int) -> dict[str, Any]:
        """The record at `offset` in the segment file `segment` (errors as `read_record`)."""
        handle = self._handles.get(segment)
        if handle is None:
            handle = self._handles[segment] = (self.directory / segment).open("rb")  # noqa: SIM115 (closed by __exit__)
        handle.seek(offset)
        return _record_from(handle.read(length))


def load_post_records(path: Path) -> list[dict[str, Any]]:
    """Every post record of a segment, read as a whole JSON document (not line by line):
    a check that the file is the JSON it should be. ValueError/UnicodeDecodeError if not."""
    table = TinyDB(path, storage=JSONStorage, access_mode="r").table(POSTS)
    return [dict(record) for record in table.all()]


def salvage_records(path: Path) -> list[tuple[int, dict[str, Any] | None]]:
    """What still reads of a segment, damaged or not: (line number, record) for each line
    that holds a post record, the record None where that line is damaged.

    Lines are judged one by one (a record is one line, see `_scan`), so a cut or garbled
    line loses only its own post. Raises OSError if the file cannot be read.
    """
    found: list[tuple[int, dict[str, Any] | None]] = []
    for number, line in enumerate(path.read_bytes().split(b"\n"), start=1):
        text = line.strip()
        if not text.startswith(b'"') or b'":{' not in text or b'"title"' not in text:
            continue  # not a post record's line: a table's opening or closing, a dump
        body = text.split(b":", 1)[1].rstrip(b",")
        try:
            record = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            found.append((number, None))
            continue
        found.append((number, record if isinstance(record, dict) and "id" in record else None))
    return found


def _scan(path: Path) -> Iterator[tuple[str, dict[str, Any], int, int]]:
    """Each document of a segment as (table, document, offset, length), line by line.

    Relies on the layout `AtomicJSONStorage` writes: a table opens with a line
    `"name":{`, each document is one line `"id":{...}` (with a trailing comma
    but for the last), and a table closes with a line starting with `}`.
    """
    offset = 0
    table: str | None = None
    with open(path, "rb") as handle:
        for line in handle:
            start = offset
            offset += len(line)
            text = line.rstrip(b"\n")
            if text.endswith(b":{") and text.startswith(b'"') and text.count(b'"') == 2:
                table = json.loads(text[:-2])
                continue
            if table is None or text in (b"{", b""):
                continue
            if text.startswith(b"}"):
                table = None
                continue
            colon = text.index(b'":') + 2
            body = text[colon:-1] if text.endswith(b",") else text[colon:]
            document = json.loads(body)
            if not isinstance(document, dict):
                raise ValueError(f"a document in table {table!r} is not an object")
            yield table, document, start + colon, len(body)


def iter_segment_records(path: Path) -> Iterator[tuple[dict[str, Any], int, int]]:
    """Each post record of a segment with its byte range."""
    for table, document, offset, length in _scan(path):
        if table == POSTS:
            yield document, offset, length


def read_dumps(path: Path) -> list[tuple[str, str, int]]:
    """The dump files (digest, path, post count) a segment's batch was read from."""
    return [
        (str(doc["digest"]), str(doc["path"]), int(doc["posts"]))
        for table, doc, _offset, _length in _scan(path)
        if table == DUMPS
    ]


def _short(error: BaseException) -> str:
    text = str(error) or type(error).__name__
    return text if len(text) < 120 else text[:117] + "..."
