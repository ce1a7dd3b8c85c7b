"""The trends screen: up to five filters' posts per month or year, per 100 posts, side by side."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from tuiarchive.datetext import file_stamp
from tuiarchive.errors import FilterError
from tuiarchive.query.language import parse_filter
from tuiarchive.research.trends import (
    MAX_SERIES,
    MIN_POSTS,
    By,
    Trends,
    compute_trends,
    default_export_name,
    trends_csv,
)
from tuiarchive.store import Catalogue
from tuiarchive.store.exports import write_text_file
from tuiarchive.ui.messages import TrendsComputed, TrendsExported
from tuiarchive.ui.safe import one_line
from tuiarchive.ui.widgets.trends_chart import SERIES_COLOURS, TrendsChart, heading

NO_SERIES = "Type a filter above and press enter to see how often it matches, month by month."


class TrendsScreen(Screen[None]):
    """How often each of up to five filters matches, over every month or year of the archive."""

    BINDINGS = [
        Binding("escape,q", "back", "Back"),
        Binding("a,slash", "add", "Add filter"),
        Binding("x,delete", "remove", "Remove"),
        Binding("z", "zoom", "Months/years"),
        Binding("e", "export", "Export CSV"),
    ]

    def __init__(self, catalogue: Catalogue, texts: list[str]) -> None:
        super().__init__()
        self.catalogue = catalogue
        self.texts: list[str] = texts[:MAX_SERIES]
        self.by: By = "month"
        self.trends: Trends | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="trends-title", markup=False)
        yield Input(
            placeholder=f"add a filter (enter) \u2014 up to {MAX_SERIES}, shown side by side",
            id="trends-input",
            select_on_focus=False,
        )
        yield Static(id="trends-problem", markup=False)
        yield OptionList(id="trends-legend")
        yield Static(id="trends-heading", markup=False)
        yield TrendsChart(id="trends-chart")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#trends-problem", Static).display = False
        if self.texts:
            self.set_focus(self.query_one(TrendsChart))
        else:
            self.set_focus(self.query_one(Input))
        self._show_title()
        self.recompute()

    def recompute(self) -> None:
        """Count the filters anew (off the event loop)."""
        self.count_trends(tuple(self.texts))

    # -- the series ------------------------------------------------------------------------

    @on(Input.Submitted, "#trends-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        if not text:
            self._problem("Type a filter to add, then press enter.")
            return
        if len(self.texts) >= MAX_SERIES:
            self._problem(f"At most {MAX_SERIES} filters: remove one with x first.")
            return
        if text in self.texts:
            self._problem("That filter is shown already.")
            return
        try:
            parse_filter(text)
        except FilterError as error:
            self._problem(str(error))
            return
        self._problem("")
        self.texts.append(text)
        event.input.value = ""
        self.recompute()

    def _problem(self, message: str) -> None:
        problem = self.query_one("#trends-problem", Static)
        problem.display = bool(message)
        problem.update(Text("\u2717 " + one_line(message)) if message else "")

    @work(thread=True, exclusive=True, group="trends", exit_on_error=False)
    def count_trends(self, texts: tuple[str, ...]) -> None:
        """Count every filter by month and year (off the event loop: filters may read the index)."""
        try:
            trends = compute_trends(self.catalogue, list(texts)) if texts else None
        except FilterError as error:
            self.post_message(TrendsComputed(texts, None, str(error)))
        except Exception as error:  # a broken index, say: say so, keep the screen
            self.post_message(
                TrendsComputed(texts, None, f"the trends could not be counted: {error}")
            )
        else:
            self.post_message(TrendsComputed(texts, trends))

    @on(TrendsComputed)
    def _computed(self, event: TrendsComputed) -> None:
        if list(event.texts) != self.texts:  # a filter was added or removed meanwhile
            return
        if event.problem:
            self._problem(event.problem)
            return
        self.trends = event.trends
        self._show()

    def _show(self) -> None:
        trends = self.trends if self.texts else None
        chart = self.query_one(TrendsChart)
        table = trends.table(self.by) if trends is not None else None
        legend = self.query_one(OptionList)
        highlighted = legend.highlighted
        legend.clear_options()
        if trends is not None and table is not None:
            for n, (series, column) in enumerate(zip(trends.series, table.columns, strict=True)):
                line = Text(no_wrap=True, overflow="ellipsis", end="")
                line.append("\u2588\u2588 ", style=SERIES_COLOURS[n])
                line.append(f"{n + 1} ")
                line.append(one_line(series.text), style="bold")
                posts = "post" if series.dated == 1 else "posts"
                line.append(f"  {series.dated:,} dated {posts} \u00b7 ")
                line.append(column.peak.text if column.peak else "no dated post matches")
                legend.add_option(Option(line))
            if highlighted is not None and legend.option_count:
                legend.highlighted = min(highlighted, legend.option_count - 1)
        if trends is not None and trends.first_year is None:
            chart.empty_message = "The archive has no dated posts."
        else:
            chart.empty_message = "" if self.texts else NO_SERIES
        chart.table = table
        self._show_title()
        self._show_heading()

    def _show_title(self) -> None:
        per = "month" if self.by == "month" else "year"
        line = Text(f"Trends \u2014 posts per {per}, and per 100 only where a {per} has at least "
                    f"{MIN_POSTS} posts", style="bold")  # fmt: skip
        trends = self.trends
        if trends is not None and trends.first_year is not None:
            line.append(f" \u00b7 {trends.first_year}\u2013{trends.last_year}", style="bold")
        line.append(f" \u00b7 {len(self.texts)} of {MAX_SERIES} filters", style="dim")
        self.query_one("#trends-title", Static).update(line)

    def _show_heading(self) -> None:
        chart = self.query_one(TrendsChart)
        width = chart.scrollable_content_region.width or self.size.width
        self.query_one("#trends-heading", Static).update(heading(chart.table, width))

    def on_resize(self) -> None:
        self.call_after_refresh(self._show_heading)

    # -- keys ------------------------------------------------------------------------------

    def action_back(self) -> None:
        field = self.query_one(Input)
        if self.focused is field:
            if field.value:
                field.value = ""
                self._problem("")
            else:
                self.set_focus(self.query_one(TrendsChart))
            return
        self.dismiss()

    def action_add(self) -> None:
        self.set_focus(self.query_one(Input))

    def action_remove(self) -> None:
        legend = self.query_one(OptionList)
        index = legend.highlighted
        if index is None:
            index = len(self.texts) - 1 if self.texts else None
        if index is None or index >= len(self.texts):
            return
        removed = self.texts.pop(index)
        self.notify(f"Removed {one_line(removed)}", markup=False, timeout=3)
        if not self.texts:
            self.trends = None
            self._show()
        else:
            self.recompute()

    def action_zoom(self) -> None:
        self.by = "year" if self.by == "month" else "month"
        self._show()
        self.query_one(TrendsChart).scroll_home(animate=False)

    def action_export(self) -> None:
        if self.trends is None or not self.texts:
            self.notify("Add a filter first: there is nothing to export.", severity="warning")
            return
        stamp = file_stamp()
        path = Path.home() / default_export_name(stamp)
        self.export(path, trends_csv(self.trends.table(self.by)))

    @work(thread=True, group="trends-export", exit_on_error=False)
    def export(self, path: Path, text: str) -> None:
        try:
            write_text_file(path, text)
        except OSError as error:
            self.post_message(TrendsExported(path, str(error.strerror or error)))
        else:
            self.post_message(TrendsExported(path))

    @on(TrendsExported)
    def _exported(self, event: TrendsExported) -> None:
        if event.problem:
            self.notify(one_line(event.problem), title="export failed", severity="error",
                        markup=False, timeout=10)  # fmt: skip
        else:
            self.notify(f"Saved the trends as {event.path}", markup=False, timeout=8)
