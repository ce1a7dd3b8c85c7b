"""What a path is, in the words a message uses: a file, a directory, a named pipe, a device."""

from __future__ import annotations

import stat


def file_kind(mode: int) -> str:
    """The kind of file an `os.stat` mode names ("a named pipe"), for messages."""
    if stat.S_ISREG(mode):
        return "a file"
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device"  # character or block: the kinds left
