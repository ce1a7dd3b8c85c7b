"""Long hostile lines are read in about linear time: a 200 KB word, many short lines, deep brackets."""

from __future__ import annotations

import contextlib
import time

import pytest

from tuiarchive.dumps.parser import parse_text
from tuiarchive.errors import NotADump

#: Seconds any of these pages may take on a slow shared machine (each reads in well under one).
BUDGET = 8.0


def _seconds(text: str) -> float:
    start = time.perf_counter()
    with contextlib.suppress(NotADump):
        parse_text(text, "x")
    return time.perf_counter() - start


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Title\n" + "x" * 200_000 + "\n", id="a 200 KB word"),
        pytest.param("Title\n" + "word " * 40_000 + "\n", id="a 200 KB line of words"),
    ],
)
def test_a_long_line_reads_in_linear_time(text: str) -> None:
    assert _seconds(text) < BUDGET
