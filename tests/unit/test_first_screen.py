"""Relevance's first screen as list rows: the ranked posts, then the others newest first."""

from __future__ import annotations

import random

from tuiarchive.ui.results import FirstScreen


def test_first_screen_reads_as_the_list_it_stands_for() -> None:
    rng = random.Random(14)
    for _ in range(300):
        positions = sorted(rng.sample(range(60), rng.randint(0, 40)))  # newest first
        ranked = rng.sample(range(60), rng.randint(0, 12))  # some are not matches
        shown = [p for p in ranked if p in positions]
        expected = shown + [p for p in positions if p not in shown]
        rows = FirstScreen(ranked, positions)
        assert len(rows) == len(expected)
        assert list(rows) == expected
        assert [rows[i] for i in range(len(rows))] == expected
        assert rows[-1:] == expected[-1:] and rows[1:4] == expected[1:4]
        for position in range(60):
            assert (position in rows) == (position in expected)
            if position in expected:
                assert rows.index(position) == expected.index(position)
