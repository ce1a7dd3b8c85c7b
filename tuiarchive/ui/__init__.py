"""The browser: Textual screens and widgets that ask the store and the query engine."""

import os

# Textual repaints at most this many times a second, on a fixed beat: a change that
# misses a beat waits for the next. Its default, 60, left a key's effect 20-35 ms from
# the screen; at 240 it is 10-20 ms (benchmarks/probe.py), and nothing is drawn when
# nothing changes. Read when Textual is first imported, which happens right after this.
os.environ.setdefault("TEXTUAL_FPS", "240")
