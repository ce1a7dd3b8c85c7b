"""Trends that tell the truth: one scale for every filter, counts beside per 100, and per
100 only for periods with enough posts to mean something (the threshold is on screen)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.ui.conftest import screen_text
from tests.ui.helpers import settle, type_filter, wait_for_message
from tests.ui.test_trends import add, wait_for_trends
from tuiarchive.research.trends import MIN_POSTS
from tuiarchive.ui.app import make_app
from tuiarchive.ui.widgets.trends_chart import EIGHTHS, FULL, SERIES_COLOURS, TrendsChart

SIZE = (120, 36)
BAR = set(EIGHTHS[1:]) | {FULL}


def bar_cells(chart: TrendsChart, row: int, series: int) -> int:
    """How many cells series `series`'s bar takes on the chart's line `row` (on screen)."""
    colour = SERIES_COLOURS[series].lstrip("#")
    strip = chart.render_line(row)
    return sum(
        1
        for segment in strip
        if segment.style and segment.style.color and segment.style.color.name.endswith(colour)
        for ch in segment.text
        if ch in BAR
    )


async def test_one_scale_counts_beside_per_100_and_the_threshold(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_filter(pilot, "ferry")
        await pilot.press("enter", "T")
        screen = await wait_for_trends(pilot)
        await add(pilot, "ferry OR harbour OR pipeline")  # matches at least as much, every year
        await pilot.press("escape", "z")  # years: each has enough posts
        await pilot.pause()
        text = screen_text(app)
        await wait_for_message(
            pilot, "#trends-title", f"per 100 only where a year has at least {MIN_POSTS} posts"
        )
        chart = screen.query_one(TrendsChart)
        table = chart.table
        assert table is not None and all(total >= MIN_POSTS for total in table.totals)
        narrow, wide = table.columns
        # Both filters' peaks are drawn to the same scale: the wider one's peak is the longer.
        best = max(range(len(table.periods)), key=lambda r: wide.per_100[r])
        top = max(range(len(table.periods)), key=lambda r: narrow.per_100[r])
        assert narrow.per_100[top] < wide.per_100[best]
        assert bar_cells(chart, top, 0) < bar_cells(chart, best, 1)
        for row in range(len(table.periods)):
            assert bar_cells(chart, row, 0) <= bar_cells(chart, row, 1)
        # The count and the per-100 side by side.
        line = next(line for line in text.splitlines() if line.startswith(f" {table.periods[top]}"))
        assert re.search(rf"\b{narrow.counts[top]}\s+{narrow.per_100[top]:.1f}\b", line), line

        await pilot.press("z")  # months: the sample has fewer than MIN_POSTS in every one
        await pilot.pause()
        text = screen_text(app)
        await wait_for_message(
            pilot, "#trends-title", f"per 100 only where a month has at least {MIN_POSTS} posts"
        )
        table = chart.table
        assert table is not None
        ferry = table.columns[0]
        thin = next(r for r, n in enumerate(ferry.counts) if n and table.totals[r] < MIN_POSTS)
        line = chart.render_line(thin).text
        assert f"{ferry.counts[thin]}" in line and "." not in line.split("\u2502")[1]
        assert bar_cells(chart, thin, 0) == 0  # no share drawn for a thin month
        full = next(r for r, n in enumerate(ferry.counts) if n and table.totals[r] >= MIN_POSTS)
        assert f"{ferry.per_100[full]:.1f}" in chart.render_line(full).text
        assert bar_cells(chart, full, 0) > 0
