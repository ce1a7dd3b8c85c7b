"""Writing store files so that a crash or a full disk leaves the previous version intact."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from tuiarchive.errors import StoreError

TEMP_MARK = ".tmp-"


def fsync_directory(directory: Path) -> None:
    """Make a rename inside `directory` durable."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return  # some platforms cannot open directories; the rename is still atomic
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def link_refused(path: Path, what: str) -> StoreError:
    """The error for a symbolic link found where the archive keeps one of its own files
    (planted there, it could point the write at any file of the user's)."""
    try:
        target = f" (to {os.readlink(path)})"
    except OSError:
        target = ""
    return StoreError(
        f"{path} ({what}) is a symbolic link{target}: tuiarchive does not follow links "
        "there, so nothing was written through it; remove the link and try again"
    )


def describe_os_error(error: OSError, path: Path, doing: str) -> str:
    """A one-line message for a failed write, with what the user can do about it."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"not enough disk space {doing} {path}: free some space and try again"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"no permission {doing} {path} ({error.strerror})"
    return f"could not finish {doing} {path}: {error.strerror or error}"


def atomic_write(path: Path, chunks: Iterator[bytes] | bytes) -> int:
    """Replace `path` with new content in one step; returns the bytes written.

    The content goes to a temporary file beside `path`, which is flushed and
    fsynced, then renamed over `path`, and the directory is fsynced. On any
    error the temporary file is removed, `path` is untouched and a
    `StoreError` explains what happened.
    """
    path = Path(path)
    temp = path.with_name(f".{path.name}{TEMP_MARK}{os.getpid()}-{os.urandom(4).hex()}")
    written = 0
    try:
        try:
            old: os.stat_result | None = os.stat(path)
        except FileNotFoundError:
            old = None  # a new file: created as the umask says
        with open(temp, "xb") as handle:
            if old is not None:
                _keep_mode(handle.fileno(), old)
            for chunk in [chunks] if isinstance(chunks, bytes) else chunks:
                handle.write(chunk)
                written += len(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise StoreError(describe_os_error(error, path, "writing")) from error
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    fsync_directory(path.parent)
    return written


def _keep_mode(fd: int, old: os.stat_result) -> None:
    """Give the file being written the permissions (and, where allowed, the owner) of the
    file it replaces: a user's `chmod 600` on the marks or the manifest stays."""
    if (old.st_uid, old.st_gid) != (os.getuid(), os.getgid()):
        with contextlib.suppress(OSError):  # only root may give a file away
            os.fchown(fd, old.st_uid, old.st_gid)
    os.fchmod(fd, stat.S_IMODE(old.st_mode))


def _writer_alive(name: str) -> bool:
    """Whether the process that named this temporary file is still running."""
    match = re.search(re.escape(TEMP_MARK) + r"(?:probe-)?(\d+)", name)
    if match is None:
        return False
    pid = int(match[1])
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, owned by someone else
    return True


def remove_stale_temp_files(directory: Path) -> list[Path]:
    """Delete temporary files left by writers that were killed; returns what was removed.

    A file whose writer is still running (its pid is in the name) is left alone.
    """
    removed = []
    with contextlib.suppress(OSError):
        for entry in directory.iterdir():
            if (
                entry.name.startswith(".")
                and TEMP_MARK in entry.name
                and entry.is_file()
                and not _writer_alive(entry.name)
            ):
                with contextlib.suppress(OSError):
                    entry.unlink()
                    removed.append(entry)
    return removed


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _encode_document(document: Any) -> bytes:
    """One document as UTF-8 JSON; text that UTF-8 cannot hold (lone surrogates) is escaped."""
    try:
        return _dump(document).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(document, ensure_ascii=True, separators=(",", ":")).encode("ascii")


class AtomicJSONStorage(Storage):
    """TinyDB storage: JSON with one document per line, written atomically.

    Putting each document on its own line lets the store read a single post
    straight from the file (`offsets` records where each document landed)
    without loading the whole file.
    """

    def __init__(self, path: str | Path, create: bool = True) -> None:
        self.path = Path(path)
        self.create = create
        self.offsets: dict[str, dict[str, tuple[int, int]]] = {}
        self.digest = ""  # of the content last written

    def read(self) -> dict[str, dict[str, Any]] | None:
        try:
            with open(self.path, "rb") as handle:
                raw = self._decoded(handle.read())
        except FileNotFoundError:
            if self.create:
                return None
            raise
        if not raw.strip():
            return None
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("the top level is not a JSON object")
        return data

    def _decoded(self, raw: bytes) -> bytes:
        return raw

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self.offsets = {table: {} for table, docs in data.items() if isinstance(docs, dict)}
        import hashlib  # only writing digests a segment: reading commands never load it

        hasher = hashlib.blake2b(digest_size=16)

        def hashed(chunks: Iterator[bytes]) -> Iterator[bytes]:
            for chunk in chunks:
                hasher.update(chunk)
                yield chunk

        atomic_write(self.path, hashed(self._encode(data)))
        self.digest = hasher.hexdigest()

    def _encode(self, data: dict[str, dict[str, Any]]) -> Iterator[bytes]:
        """The file's bytes: its lines as they are; a document's place is its JSON's range."""
        offset = 0
        for line, place in json_lines(data):
            if place is not None:
                table, doc_id, start, length = place
                self.offsets[table][doc_id] = (offset + start, length)
            offset += len(line)
            yield line

    def close(self) -> None:
        pass


#: Gzip's magic bytes, which no JSON text starts with: how a compressed file is told apart.
GZIP_MAGIC = b"\x1f\x8b"


def gunzip(raw: bytes) -> bytes:
    """The whole content of gzip data of one or more members; ValueError if it is damaged."""
    import gzip  # imported when first wanted: reading commands start quicker without
    import zlib

    try:
        return gzip.decompress(raw)
    except (OSError, EOFError, zlib.error) as error:
        raise ValueError(f"not whole gzip data ({error})") from None


class GzipJSONStorage(AtomicJSONStorage):
    """TinyDB storage: the JSON `AtomicJSONStorage` writes, each line its own gzip member.

    Decompressed whole (`gzip.open(...).read()`, `zcat`), the file is that JSON text; a
    document's place in `offsets` is its line's member, which decompresses on its own.
    Files without gzip's magic bytes (written before compression) are read as they are.

    The members are made by ISA-L's deflate (`isal`, levels 0 to 3): standard gzip that
    any inflater (zlib, `zcat`) reads, in a third of the time zlib's fastest level takes.
    """

    def __init__(self, path: str | Path, create: bool = True, level: int = 1) -> None:
        super().__init__(path, create)
        self.level = level

    def _decoded(self, raw: bytes) -> bytes:
        return gunzip(raw) if raw.startswith(GZIP_MAGIC) else raw

    def _encode(self, data: dict[str, dict[str, Any]]) -> Iterator[bytes]:
        from isal import isal_zlib  # only writing needs it: reading commands start quicker

        offset = 0
        for line, place in json_lines(data):
            member = isal_zlib.compress(line, self.level, wbits=31)
            if place is not None:
                self.offsets[place[0]][place[1]] = (offset, len(member))
            offset += len(member)
            yield member


#: Where a document lies in its line: (table, document id, start, length).
Place = tuple[str, str, int, int]


def json_lines(data: dict[str, Any]) -> Iterator[tuple[bytes, Place | None]]:
    """The store's JSON text, line by line (each ending in a newline): `{`, then for each
    table a line `"name":{`, one line `"id":{...}` per document (a comma ending all but the
    last) and a line `}` (with a comma but for the last table), then `}`."""
    tables = list(data.items())
    yield b"{\n", None
    for t, (table, documents) in enumerate(tables):
        comma = b"," if t < len(tables) - 1 else b""
        head = _dump(table).encode("utf-8") + b":"
        if not isinstance(documents, dict):  # a damaged table another one's write keeps
            kept = json.dumps(documents, ensure_ascii=True, separators=(",", ":"))
            yield head + kept.encode("ascii") + comma + b"\n", None
            continue
        yield head + b"{\n", None
        last = len(documents) - 1
        for d, (doc_id, document) in enumerate(documents.items()):
            key = _dump(str(doc_id)).encode("utf-8") + b":"
            raw = _encode_document(document)
            end = b",\n" if d < last else b"\n"
            yield key + raw + end, (table, str(doc_id), len(key), len(raw))
        yield b"}" + comma + b"\n", None
    yield b"}\n", None
