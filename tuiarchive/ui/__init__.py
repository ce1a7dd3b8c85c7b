"""The browser: Textual screens and widgets that ask the store and the query engine."""

import os

# Textual repaints at most this many times a second. Its default, 60, leaves a key's
# effect up to two frames (33 ms) from the screen; 120 halves that at no cost when idle.
# Read when Textual is first imported, which the browser's modules do right after this.
os.environ.setdefault("TEXTUAL_FPS", "120")
