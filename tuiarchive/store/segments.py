"""The store of record: TinyDB files, one segment per import batch, listed by a manifest.

A segment is the JSON text `AtomicJSONStorage` writes, one document a line. New ones are
compressed (`GzipJSONStorage`): each line is a gzip member of its own, so the file
decompressed whole (`zcat`) is that JSON text, a post's byte range is its member's, one
post reads by decompressing one member, and a damaged member loses only its own line.
Segments written before compression are plain JSON, told apart by gzip's magic bytes and
read by the same functions; they stay as they are.

This module alone knows a segment file's layout: writing one (`write_segment`), going
through its records with their byte ranges (`iter_segment_records`, `read_dumps`), reading
one record by its range (`read_record`, `SegmentReader` for many), reading it whole as
JSON (`load_post_records`, for checking) and salvaging what still reads of a damaged one
(`salvage_records`). The store, `check` and `rebuild` all go through it.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from tinydb import TinyDB

from tuiarchive.errors import StoreError
from tuiarchive.store.atomic import (
    GZIP_MAGIC,
    AtomicJSONStorage,
    GzipJSONStorage,
    describe_os_error,
)

STORE_FORMAT = "tuiarchive"
STORE_SCHEMA = 1
POSTS = "posts"  # table of post records in a segment
DUMPS = "dumps"  # table of the dump files a segment's batch came from
SEGMENT_DIR = "posts"
#: The ISA-L deflate level (0 to 3) of new segments' members: at 10,000 posts, level 1
#: makes the segments 0.53 of their JSON in 0.25 s; zlib's level 1 took 0.79 s for 0.54,
#: its level 6 1.26 s for 0.52 (CPU time, see the commit that set it).
SEGMENT_LEVEL = 1
#: A gzip member's header without a name or a time, as ISA-L and zlib write it: where a
#: member may start, looked for to go on past a damaged one.
_MEMBER_START = GZIP_MAGIC + b"\x08\x00\x00\x00\x00\x00"
_PIECE = 8192  # compressed bytes given to zlib at a time while finding a member's end


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
    content's digest. The segment is compressed (see the module's docstring)."""
    storage = GzipJSONStorage(path, level=SEGMENT_LEVEL)
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
    import hashlib  # only imports and checks digest: reading commands never load it

    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _record_from(raw: bytes) -> dict[str, Any]:
    """The record in a byte range: the JSON itself (a plain segment), or the gzip member of
    its line `"n":{...},` (a compressed one)."""
    if raw.startswith(GZIP_MAGIC):
        _key, raw = _split_line(_inflate(raw))
    record = json.loads(raw)
    if not isinstance(record, dict):
        raise ValueError("not a record")
    return record


def _inflate(member: bytes) -> bytes:
    """The text of one whole gzip member; ValueError if it is damaged or cut short."""
    inflater = zlib.decompressobj(wbits=31)
    try:
        text = inflater.decompress(member)
    except zlib.error as error:
        raise ValueError(f"a damaged gzip member ({error})") from None
    if not inflater.eof or inflater.unused_data:
        raise ValueError("not one whole gzip member")
    return text


def _split_line(line: bytes) -> tuple[bytes, bytes]:
    """A document's line `"id":{...}` (a comma, a newline after it or not) as (key, body)."""
    text = line.rstrip(b"\n")
    text = text[:-1] if text.endswith(b",") else text
    colon = text.index(b'":') + 2  # ValueError if the line is not a document's
    return text[:colon], text[colon:]


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
    """Every post record of a segment, read as a whole JSON document (not line by line,
    decompressed whole if it is compressed): a check that the file is the JSON it should
    be. ValueError/UnicodeDecodeError if not."""
    table = TinyDB(path, storage=GzipJSONStorage, create=False).table(POSTS)
    return [dict(record) for record in table.all()]


def salvage_records(path: Path) -> list[tuple[int, dict[str, Any] | None]]:
    """What still reads of a segment, damaged or not: (line number, record) for each line
    that holds a post record, the record None where that line is damaged.

    Lines are judged one by one (a record is one line, see `_scan`), so a cut or garbled
    line loses only its own post. In a compressed segment a line is a gzip member: a
    damaged member counts as one damaged line, and the next member is looked for after it.
    Raises OSError if the file cannot be read.
    """
    data = path.read_bytes()
    lines = _salvage_members(data) if data.startswith(GZIP_MAGIC) else data.split(b"\n")
    found: list[tuple[int, dict[str, Any] | None]] = []
    for number, line in enumerate(lines, start=1):
        if line is None:
            found.append((number, None))
            continue
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


def _salvage_members(data: bytes) -> Iterator[bytes | None]:
    """Each member's text of compressed segment data, None for a damaged stretch (then
    the next place a member starts is tried)."""
    pos = 0
    while pos < len(data):
        try:
            line, length = _member_at(data, pos)
        except ValueError:
            yield None
            following = data.find(_MEMBER_START, pos + 1)
            if following < 0:
                return
            pos = following
            continue
        yield line
        pos += length


def _member_at(data: bytes, pos: int) -> tuple[bytes, int]:
    """The text of the gzip member that starts at `pos`, and its length in `data`.

    zlib is given the data a piece at a time, so that what follows the member (and is
    copied as unused) stays short. ValueError if there is no whole member there.
    """
    view = memoryview(data)
    inflater = zlib.decompressobj(wbits=31)
    out = []
    fed = pos
    try:
        while not inflater.eof:
            if fed >= len(data):
                raise ValueError(f"the gzip member at byte {pos} is cut short")
            piece = view[fed : fed + _PIECE]
            out.append(inflater.decompress(piece))
            fed += len(piece)
    except zlib.error as error:
        raise ValueError(f"the gzip member at byte {pos} is damaged ({error})") from None
    return b"".join(out), fed - len(inflater.unused_data) - pos


def _lines(path: Path) -> Iterator[tuple[bytes, int, int, bool]]:
    """Each line of a segment as (line, offset, length, compressed): where the line lies in
    a plain segment, where its gzip member lies in a compressed one."""
    with open(path, "rb") as handle:
        if handle.read(len(GZIP_MAGIC)) == GZIP_MAGIC:
            handle.seek(0)
            data = handle.read()
            pos = 0
            while pos < len(data):
                line, length = _member_at(data, pos)
                yield line, pos, length, True
                pos += length
            return
        handle.seek(0)
        offset = 0
        for line in handle:
            yield line, offset, len(line), False
            offset += len(line)


def _scan(path: Path) -> Iterator[tuple[str, dict[str, Any], int, int]]:
    """Each document of a segment as (table, document, offset, length), line by line: the
    range is the document's JSON in a plain segment, its line's member in a compressed one.

    Relies on the layout `AtomicJSONStorage` writes: a table opens with a line
    `"name":{`, each document is one line `"id":{...}` (with a trailing comma
    but for the last), and a table closes with a line starting with `}`.
    """
    table: str | None = None
    for line, start, length, compressed in _lines(path):
        text = line.rstrip(b"\n")
        if text.endswith(b":{") and text.startswith(b'"') and text.count(b'"') == 2:
            table = json.loads(text[:-2])
            continue
        if table is None or text in (b"{", b""):
            continue
        if text.startswith(b"}"):
            table = None
            continue
        key, body = _split_line(text)
        document = json.loads(body)
        if not isinstance(document, dict):
            raise ValueError(f"a document in table {table!r} is not an object")
        if compressed:
            yield table, document, start, length
        else:
            yield table, document, start + len(key), len(body)


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
