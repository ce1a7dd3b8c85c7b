"""The head of a script run in a child process that dies (exit 17) at the nth use of one
of the store's write steps: a file write, an fsync, a rename or a directory fsync."""

from pathlib import Path

ROOT = Path(__file__).parents[2]

# Defines die_at(step, nth); the script calls it where the dying should start.
DIE_AT_STEP = """
import os, sys
from pathlib import Path
import tuiarchive.store.atomic as atomic

calls = 0

def crash_on_nth():
    global calls
    calls += 1
    if calls == nth:
        os._exit(17)

real_open, real_fsync, real_replace, real_dir = open, os.fsync, os.replace, atomic.fsync_directory

class Handle:
    def __init__(self, handle): self.handle = handle
    def __enter__(self): return self
    def __exit__(self, *exc): return self.handle.__exit__(*exc)
    def write(self, data):
        crash_on_nth()
        return self.handle.write(data)
    def __getattr__(self, name): return getattr(self.handle, name)

def die_at(step, at):
    global nth
    nth = at
    if step == "write":
        atomic.open = lambda *a, **k: Handle(real_open(*a, **k))
    elif step == "fsync":
        atomic.os.fsync = lambda fd: (crash_on_nth(), real_fsync(fd))
    elif step == "replace":
        atomic.os.replace = lambda a, b: (crash_on_nth(), real_replace(a, b))
    elif step == "dir-fsync":
        atomic.fsync_directory = lambda d: (crash_on_nth(), real_dir(d))
"""
