"""A page re-saved double-spaced (a blank line under every line) read as it was first saved."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

#: Fewer lines with text than this are too little evidence to call a page double-spaced.
_MIN_LINES = 20
#: How a line that ends a sentence, a heading's mark or a quote ends: the next may start anew.
_ENDS = frozenset(".!?:;…\"'»”’)]}>*|#=_`-")
#: A line's first character after its indentation ("" when it has none): no copy of the line.
_START = re.compile(r"\s*(\S?)")

DOUBLED = "the page was saved double-spaced (a blank line under every line): read single-spaced"
JOINED = (
    "the page was saved with a blank line between every two lines: its wrapped lines were "
    "joined again; other lines one blank line apart may have stood together"
)


class Respaced(NamedTuple):
    """A page as read: its text, the warning saying it was re-spaced (None when it was not),
    and, for each of its lines, the number of that line in the file as saved."""

    text: str
    warning: str | None = None
    saved_lines: tuple[int, ...] | None = None


def single_spaced(text: str) -> Respaced:
    """The page as first saved when its own lines show it was re-saved double-spaced, and
    the warning saying so; the text unchanged (and None) where the evidence is not clear.

    Evidence: over a long page no two lines with text are adjacent, and either every blank
    run is odd with runs of three where paragraphs were (every line end written twice), or
    many lines run on over a single blank line (a wrapped paragraph split apart). Cheap on
    an ordinary page: the scan stops at its first two adjacent lines with text."""
    if "\n\n" not in text:
        return Respaced(text)
    lines = text.split("\n")
    runs: list[int] = []  # the blank lines between each two lines with text
    run, seen, above = 0, 0, False
    for line in lines:
        if line and not line.isspace():  # text on it (strip() would copy an indented line)
            if above:
                return Respaced(text)
            if seen:
                runs.append(run)
            seen, run, above = seen + 1, 0, True
        else:
            run, above = run + 1, False
    if seen < _MIN_LINES:
        return Respaced(text)
    # every line end written twice: runs of 1 where lines stood together, of 3 where a
    # paragraph ended (many of them: a page saved single-spaced has few runs of 3)
    # (over a set: few distinct runs; the runs being odd, those of 3 or more are those not 1)
    if all(r % 2 for r in set(runs)) and (len(runs) - runs.count(1)) * 8 >= len(runs) >= 8:
        return Respaced(*_rebuilt(lines, lambda r: (r - 1) // 2, DOUBLED))
    kept = [line for line in lines if line and not line.isspace()]
    ones = [i for i, r in enumerate(runs) if r == 1]
    joins = sum(1 for i in ones if _runs_on(kept[i], kept[i + 1]))
    if joins >= 3 and joins * 5 >= len(ones):
        return Respaced(*_joined(lines, JOINED))
    return Respaced(text)


def _joined(lines: list[str], warning: str) -> tuple[str, str, tuple[int, ...]]:
    """The lines with the single blank line between a line and the one it runs on into cut."""
    out: list[str] = []
    saved: list[int] = []
    for index, line in enumerate(lines):
        if (
            not line.strip()
            and out
            and index + 1 < len(lines)
            and _runs_on(out[-1], lines[index + 1])
        ):
            continue
        out.append(line)
        saved.append(index + 1)
    return "\n".join(out), warning, tuple(saved)


def _runs_on(line: str, under: str) -> bool:
    """Whether `under` goes on with `line`'s sentence: a long line that ends no sentence,
    and a line under it that starts with a small letter."""
    end = line.rstrip()  # the cheap tests first: most lines end a sentence
    return (
        end[-1:] not in _ENDS
        and _START.match(under)[1].islower()  # type: ignore[index]
        and len(end.lstrip()) >= 30
    )


def _rebuilt(
    lines: list[str], blanks: Callable[[int], int], warning: str
) -> tuple[str, str, tuple[int, ...]]:
    """The lines with each blank run between two lines with text cut to `blanks(run)`."""
    out: list[str] = []
    saved: list[int] = []
    run: list[int] = []  # the blank lines' numbers since the last line with text
    for number, line in enumerate(lines, 1):
        if line.strip():
            kept = run[: blanks(len(run))] if saved else run
            saved.extend(kept)
            out.extend(lines[n - 1] for n in kept)
            run = []
            out.append(line)
            saved.append(number)
        else:
            run.append(number)
    saved.extend(run)
    out.extend(lines[n - 1] for n in run)
    return "\n".join(out), warning, tuple(saved)
