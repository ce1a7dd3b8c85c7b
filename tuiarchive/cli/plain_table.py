"""The `--list` table drawn without Rich when piped, character for character as Rich draws it.

Rich costs a listing about 40 ms (importing it, measuring and wrapping every cell); piped
output has no colours, so where the text is simple the same lines are joined here. "Simple":
every character one cell wide in Rich's reckoning (Latin, Greek, Cyrillic, common
punctuation: no combining marks, no wide or zero-width characters) and a title that fits on
one line above the table. Anything else (a terminal, a forced colour or terminal mode, an
encoding that is not UTF-8, a CJK title) is drawn by Rich, as before; a test compares both.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from typing import TextIO

#: Characters Rich measures as one cell wide (a test checks each with `rich.cells`).
_SIMPLE = re.compile("[\x20-\x7e\xa0-\xac\xae-\u02ff\u0370-\u0482\u2010-\u2027]*")
#: What makes Rich draw for a terminal (colours, styles) though the output is piped.
_FORCING = ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE")
_WIDTH = 10_000  # the width `--list` gives Rich when piped


def plain_table(
    out: TextIO, title: str, headers: Sequence[str], rows: Sequence[Sequence[str]]
) -> str | None:
    """The table's text as Rich prints it piped (title, heavy header, no outer edge), or
    None where Rich must draw it."""
    if out.isatty() or any(name in os.environ for name in _FORCING):
        return None
    if not (getattr(out, "encoding", None) or "utf-8").lower().startswith("utf"):
        return None  # Rich would draw ASCII boxes
    if not all(
        _SIMPLE.fullmatch(text) for text in (title, *headers, *(c for r in rows for c in r))
    ):
        return None
    widths = [max([len(h), *(len(r[n]) for r in rows)]) for n, h in enumerate(headers)]
    width = sum(widths) + 3 * len(widths) - 1
    if not title or len(title) > width or width > _WIDTH:
        return None  # Rich would wrap the title (or the cells)

    def line(cells: Sequence[str], bar: str) -> str:
        return bar.join(f" {text.ljust(w)} " for text, w in zip(cells, widths, strict=True))

    lines = [title.ljust(width), line(headers, "┃"), "╇".join("━" * (w + 2) for w in widths)]
    lines.extend(line(row, "│") for row in rows)
    return "\n".join(lines) + "\n"
