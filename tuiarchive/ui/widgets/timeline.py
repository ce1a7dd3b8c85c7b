"""The timeline: how many of the matching posts fall in each month of the archive."""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.reactive import reactive
from textual.widgets import Sparkline, Static
from textual.worker import get_current_worker

from tuiarchive.dumps.dates import PLAUSIBLE_YEARS
from tuiarchive.query.periods import Period
from tuiarchive.ui.messages import TimelineCounted
from tuiarchive.ui.results import Results


def year_axis(first: int, last: int, width: int) -> Text:
    """A line with each year's label under the place its January takes on the sparkline."""
    months = (last - first + 1) * 12
    line = [" "] * width
    previous_end = -1
    for year in range(first, last + 1):
        x = (year - first) * 12 * width // months
        label = f"\u2502{year}" if x > previous_end else ""
        if label and x + len(label) <= width:
            line[x : x + len(label)] = label
            previous_end = x + len(label)
    return Text("".join(line), style="dim")


class Timeline(Vertical):
    """A sparkline of posts per month for the current filter, with year marks under it."""

    results: reactive[Results | None] = reactive(None, repaint=False)

    def compose(self) -> ComposeResult:
        yield Static(id="timeline-caption", markup=False)
        yield Sparkline([], id="timeline-sparkline")
        yield Static(id="timeline-axis", markup=False)

    def watch_results(self) -> None:
        if self.display:
            self.recount()

    def on_show(self) -> None:
        self.recount()

    def on_resize(self) -> None:
        self.recount()

    def recount(self) -> None:
        """Count the filter's posts per month, off the event loop."""
        if self.results is not None:
            self.count_months(self.results)

    @work(exclusive=True, thread=True, group="timeline")
    def count_months(self, results: Results) -> None:
        if not len(results.catalogue):
            return
        dates = results.catalogue.dates
        years = [int(d[:4]) for d in (dates[0], results.catalogue.oldest_date) if d]
        if not years:
            return
        first, last = (
            max(min(years), PLAUSIBLE_YEARS.start),
            min(max(years), PLAUSIBLE_YEARS.stop - 1),
        )
        if first > last:
            return
        counts = results.catalogue.month_counts(results.positions, first, last)
        if get_current_worker().is_cancelled:
            return
        self.post_message(TimelineCounted(tuple(counts), first, last))

    @on(TimelineCounted)
    def _show(self, event: TimelineCounted) -> None:
        counts, first, last = event.counts, event.first, event.last
        self.query_one(Sparkline).data = counts
        width = self.query_one(Sparkline).size.width or self.size.width
        axis = year_axis(first, last, max(width, 1))
        self.query_one("#timeline-axis", Static).update(axis, layout=False)
        peak = max(range(len(counts)), key=counts.__getitem__) if any(counts) else None
        caption = f"posts per month, {first}\u2013{last}"
        if peak is not None:
            year, month = first + peak // 12, peak % 12 + 1
            label = Period(dt.date(year, month, 1), dt.date(year, month, 1), "month").label
            caption += f" \u00b7 busiest: {label} ({counts[peak]})"
        self.query_one("#timeline-caption", Static).update(Text(caption, style="dim"), layout=False)
