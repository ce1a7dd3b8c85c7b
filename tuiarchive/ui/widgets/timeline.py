"""The timeline: how many of the matching posts fall in each month of the archive; it takes
focus, a month is chosen with the arrow keys, and enter filters to it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Static
from textual.worker import get_current_worker

from tuiarchive.dumps.dates import PLAUSIBLE_YEARS
from tuiarchive.query.periods import Period
from tuiarchive.ui.messages import TimelineCounted
from tuiarchive.ui.results import Results

#: The bars' eighths, from one eighth of a cell to a full one.
BLOCKS = " \u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588"


def year_axis(first: int, last: int, width: int) -> Text:
    """A line with each year's label under the place its January takes on the bars."""
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


def month_label(first: int, month: int) -> str:
    """ "May 2014": month `month` (0 = January of `first`)."""
    day = dt.date(first + month // 12, month % 12 + 1, 1)
    return Period(day, day, "month").label


class MonthBars(Widget):
    """Two rows of bars, one column per month (or per few months, when they outnumber the
    columns), the chosen month's column highlighted."""

    COMPONENT_CLASSES = {"month-bars--chosen"}

    counts: reactive[tuple[int, ...]] = reactive(())
    chosen: reactive[int | None] = reactive(None)

    def render(self) -> Text:
        counts, width = self.counts, max(1, self.size.width)
        top, bottom = Text(end=""), Text(end="")
        if not counts:
            return Text("")
        months, peak = len(counts), max(max(counts), 1)
        chosen_style = self.get_component_rich_style("month-bars--chosen")
        for x in range(width):
            first = x * months // width
            last = max(first + 1, (x + 1) * months // width)
            value = max(counts[first:last])
            eighths = 0 if not value else max(1, round(16 * value / peak))
            style = chosen_style if self.chosen is not None and first <= self.chosen < last else ""
            top.append(BLOCKS[max(0, eighths - 8)], style)
            bottom.append(BLOCKS[min(8, eighths)], style)
        return Text("\n").join([top, bottom])


class Timeline(Vertical, can_focus=True):
    """Posts per month for the current filter, with year marks under the bars. Focused, the
    arrow keys choose a month and enter filters to it (`Picked`)."""

    BINDINGS = [
        Binding("left,h", "move(-1)", "Earlier", show=False, tooltip="an earlier / later month"),
        Binding("right,l", "move(1)", "Later", show=False, tooltip="an earlier / later month"),
        Binding("pageup", "move(-12)", "A year earlier", show=False,
                tooltip="a year earlier / later"),
        Binding("pagedown", "move(12)", "A year later", show=False,
                tooltip="a year earlier / later"),
        Binding("enter", "pick", "Filter to month",
                tooltip="filter to the month (replaces the filter's date: term; again: takes it out)"),
    ]  # fmt: skip

    results: reactive[Results | None] = reactive(None, repaint=False)

    @dataclass
    class Picked(Message):
        """Filter to this month (`month` 1–12)."""

        year: int
        month: int

    def __init__(
        self, *, name: str | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._counts: tuple[int, ...] = ()
        self._first = 0
        self._peak_caption = ""

    def compose(self) -> ComposeResult:
        yield Static(id="timeline-caption", markup=False)
        yield MonthBars(id="timeline-bars")
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
        catalogue = results.catalogue
        years = [int(d[:4]) for d in (catalogue.newest_date, catalogue.oldest_date) if d]
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
        bars = self.query_one(MonthBars)
        chosen = bars.chosen
        if chosen is not None and (first != self._first or len(counts) != len(self._counts)):
            chosen = None  # another span of years
        self._counts, self._first = counts, first
        bars.counts = counts
        width = bars.size.width or self.size.width
        axis = year_axis(first, last, max(width, 1))
        self.query_one("#timeline-axis", Static).update(axis, layout=False)
        peak = max(range(len(counts)), key=counts.__getitem__) if any(counts) else None
        caption = f"posts per month, {first}\u2013{last}"
        if peak is not None:
            caption += f" \u00b7 busiest: {month_label(first, peak)} ({counts[peak]})"
        self._peak_caption = caption
        if chosen is None and self.has_focus:
            chosen = self._newest_month()
        bars.chosen = chosen
        self._caption()

    def _newest_month(self) -> int | None:
        """The last month with a matching post (the list's first, newest first)."""
        return next((n for n in range(len(self._counts) - 1, -1, -1) if self._counts[n]), None)

    def _caption(self) -> None:
        caption = Text(self._peak_caption, style="dim")
        chosen = self.query_one(MonthBars).chosen
        if chosen is not None and self._counts:
            count = self._counts[chosen]
            caption.append(" \u00b7 ")
            caption.append(f"{month_label(self._first, chosen)}: {count} post"
                           f"{'' if count == 1 else 's'}", style="bold")  # fmt: skip
            if self.has_focus:
                caption.append(" (enter: filter to it)", style="dim")
        self.query_one("#timeline-caption", Static).update(caption, layout=False)

    def on_focus(self) -> None:
        bars = self.query_one(MonthBars)
        if bars.chosen is None:
            bars.chosen = self._newest_month()
        self._caption()

    def on_blur(self) -> None:
        self._caption()

    def action_move(self, months: int) -> None:
        bars = self.query_one(MonthBars)
        if self._counts:
            here = bars.chosen if bars.chosen is not None else len(self._counts) - 1
            bars.chosen = max(0, min(len(self._counts) - 1, here + months))
            self._caption()

    def action_pick(self) -> None:
        chosen = self.query_one(MonthBars).chosen
        if chosen is not None and self._counts:
            self.post_message(self.Picked(self._first + chosen // 12, chosen % 12 + 1))
