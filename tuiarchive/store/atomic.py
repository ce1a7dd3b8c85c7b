"""Writing store files so that a crash or a full disk leaves the previous version intact."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import secrets
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
    temp = path.with_name(f".{path.name}{TEMP_MARK}{os.getpid()}-{secrets.token_hex(4)}")
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
                raw = handle.read()
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

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self.offsets = {}
        hasher = hashlib.blake2b(digest_size=16)

        def hashed(chunks: Iterator[bytes]) -> Iterator[bytes]:
            for chunk in chunks:
                hasher.update(chunk)
                yield chunk

        atomic_write(self.path, hashed(self._encode(data)))
        self.digest = hasher.hexdigest()

    def _encode(self, data: dict[str, dict[str, Any]]) -> Iterator[bytes]:
        offset = 0

        def emit(text: str) -> bytes:
            nonlocal offset
            raw = text.encode("utf-8")
            offset += len(raw)
            return raw

        yield emit("{")
        for t, (table, documents) in enumerate(data.items()):
            if not isinstance(documents, dict):  # a damaged table another one's write keeps
                yield emit(("," if t else "") + "\n" + _dump(table) + ":")
                yield emit(json.dumps(documents, ensure_ascii=True, separators=(",", ":")))
                continue
            yield emit(("," if t else "") + "\n" + _dump(table) + ":{")
            places = self.offsets.setdefault(table, {})
            for d, (doc_id, document) in enumerate(documents.items()):
                yield emit(("," if d else "") + "\n" + _dump(str(doc_id)) + ":")
                raw = _encode_document(document)
                places[str(doc_id)] = (offset, len(raw))
                offset += len(raw)
                yield raw
            yield emit("\n}")
        yield emit("\n}\n")

    def close(self) -> None:
        pass
