"""A page re-saved double-spaced (a blank line under every line) read as it was first saved."""

from __future__ import annotations

from collections.abc import Callable

#: Fewer lines with text than this are too little evidence to call a page double-spaced.
_MIN_LINES = 20
#: How a line that ends a sentence, a heading's mark or a quote ends: the next may start anew.
_ENDS = frozenset(".!?:;…\"'»”’)]}>*|#=_`-")

DOUBLED = "the page was saved double-spaced (a blank line under every line): read single-spaced"
JOINED = (
    "the page was saved with a blank line between every two lines: its wrapped lines were "
    "joined again; other lines one blank line apart may have stood together"
)


def single_spaced(text: str) -> tuple[str, str | None]:
    """The page as first saved when its own lines show it was re-saved double-spaced, and
    the warning saying so; the text unchanged (and None) where the evidence is not clear.

    Evidence: over a long page no two lines with text are adjacent, and either every blank
    run is odd with runs of three where paragraphs were (every line end written twice), or
    many lines run on over a single blank line (a wrapped paragraph split apart). Cheap on
    an ordinary page: the scan stops at its first two adjacent lines with text."""
    if "\n\n" not in text:
        return text, None
    lines = text.split("\n")
    runs: list[int] = []  # the blank lines between each two lines with text
    run, seen, above = 0, 0, False
    for line in lines:
        if line.strip():
            if above:
                return text, None
            if seen:
                runs.append(run)
            seen, run, above = seen + 1, 0, True
        else:
            run, above = run + 1, False
    if seen < _MIN_LINES:
        return text, None
    # every line end written twice: runs of 1 where lines stood together, of 3 where a
    # paragraph ended (many of them: a page saved single-spaced has few runs of 3)
    if all(r % 2 for r in runs) and sum(r >= 3 for r in runs) * 8 >= len(runs) >= 8:
        return _rebuilt(lines, lambda r: (r - 1) // 2), DOUBLED
    kept = [line for line in lines if line.strip()]
    ones = [i for i, r in enumerate(runs) if r == 1]
    joins = sum(1 for i in ones if _runs_on(kept[i], kept[i + 1]))
    if joins >= 3 and joins * 5 >= len(ones):
        return _joined(lines), JOINED
    return text, None


def _joined(lines: list[str]) -> str:
    """The lines with the single blank line between a line and the one it runs on into cut."""
    out: list[str] = []
    for index, line in enumerate(lines):
        if (
            not line.strip()
            and out
            and index + 1 < len(lines)
            and _runs_on(out[-1], lines[index + 1])
        ):
            continue
        out.append(line)
    return "\n".join(out)


def _runs_on(line: str, under: str) -> bool:
    """Whether `under` goes on with `line`'s sentence: a long line that ends no sentence,
    and a line under it that starts with a small letter."""
    start = under.lstrip()[:1]
    return len(line.strip()) >= 30 and start.islower() and line.rstrip()[-1:] not in _ENDS


def _rebuilt(lines: list[str], blanks: Callable[[int], int]) -> str:
    """The lines with each blank run between two lines with text cut to `blanks(run)`."""
    out: list[str] = []
    run: list[str] = []
    for line in lines:
        if line.strip():
            out.extend(run[: blanks(len(run))] if out else run)
            run = []
            out.append(line)
        else:
            run.append(line)
    out.extend(run)
    return "\n".join(out)
