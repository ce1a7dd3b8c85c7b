"""Reading back the lines of the dump file a post was imported from, as the parser saw them.

A research feature, above the store: it asks the store whether a dump's content was the
one imported, then decodes and parses the file again itself (the store never parses).
"""

from __future__ import annotations

import hashlib
import os
import stat

from tuiarchive.dumps.decode import decode_dump
from tuiarchive.dumps.parser import parse_text
from tuiarchive.errors import NotADump
from tuiarchive.model import Post
from tuiarchive.store import Store

#: The loader's limit (`loader.MAX_DUMP_BYTES`): a larger file was never imported as a dump.
MAX_DUMP_BYTES = 512 * 1024 * 1024


def dump_digest(data: bytes) -> str:
    """A dump's content digest, as the loader records it."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def read_source(path: str) -> bytes | None:
    """The bytes of a regular file no larger than a dump can be; None if it cannot be read."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except (OSError, ValueError):
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_DUMP_BYTES:
            return None
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(MAX_DUMP_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(fd)


def raw_lines(store: Store, post: Post, limit: int = 200) -> list[str] | None:
    """The lines of the dump `post` came from, from its first line up to the next post's.

    At most `limit` lines; trailing blank lines are left out. The file is decoded and
    split into lines exactly as at import, so `post.line` numbers the first line
    returned. None when the file is gone, unreadable, or no longer the content that
    was imported (the store has no dump of its digest), or no post starts at that line.
    """
    if not post.source or post.line < 1:
        return None
    data = read_source(post.source)
    if data is None or not store.dump_imported(dump_digest(data)):
        return None
    try:
        text = decode_dump(data).text
        starts = sorted({p.line for p in parse_text(text, post.source)})
    except NotADump:
        return None
    if post.line not in starts:
        return None
    lines = text.split("\n")
    following = [line for line in starts if line > post.line]
    end = following[0] - 1 if following else len(lines)
    end = min(end, post.line - 1 + max(0, limit))
    found = lines[post.line - 1 : end]
    while found and not found[-1].strip():
        found.pop()
    return found
