"""The kinds of line a page holds, gathered in one sweep in C: a pass's cheap gate."""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter

from tuiarchive.dumps.line_kinds import Kind, Line

_KIND = attrgetter("kind")


def kinds_of(lines: Sequence[Line]) -> set[Kind]:
    """Every kind some line of `lines` has (a pass that reads only lines of a kind the page
    lacks returns at once, without a Python step per line)."""
    return set(map(_KIND, lines))
