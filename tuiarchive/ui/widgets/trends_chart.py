"""The trends chart: one row per month (or year), a bar per filter, drawn only for rows on screen."""

from __future__ import annotations

from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tuiarchive.research.trends import Table, per_100_text
from tuiarchive.ui.safe import one_line
from tuiarchive.ui.widgets.lines import CachedStyles, set_virtual_size

#: Each series' colour, in the order the filters were added.
SERIES_COLOURS = ("#3b9ae1", "#e5a50a", "#2ec27e", "#c061cb", "#f66151")
#: Bars are drawn to an eighth of a cell: ▏▎▍▌▋▊▉█.
EIGHTHS = ("", "\u258f", "\u258e", "\u258d", "\u258c", "\u258b", "\u258a", "\u2589")
FULL = "\u2588"
PERIOD_WIDTH = 7  # "2014-05"
TOTAL_WIDTH = 7  # " posts", or a count such as " 12,345"
COUNT_WIDTH = 6  # " 12,345"
SHARE_WIDTH = 6  # " 100.0"
NUMBER_WIDTH = COUNT_WIDTH + SHARE_WIDTH  # the count, then the share per 100
RULE = " \u2502 "


def bar(value: float, peak: float, width: int) -> str:
    """`value` against `peak` as a bar of up to `width` cells, to an eighth of a cell.

    Any value above zero shows at least a sliver.
    """
    if value <= 0 or peak <= 0 or width <= 0:
        return ""
    eighths = max(1, round(min(value / peak, 1.0) * width * 8))
    return FULL * (eighths // 8) + EIGHTHS[eighths % 8]


@dataclass(frozen=True)
class Layout:
    """Where things go on a row of a given width, for a number of series."""

    column: int  # cells per series: its bar, then its number
    bar: int

    @classmethod
    def of(cls, width: int, series: int) -> Layout:
        prefix = PERIOD_WIDTH + TOTAL_WIDTH + len(RULE)
        column = max(NUMBER_WIDTH + 4, (width - prefix) // max(1, series))
        return cls(column, column - NUMBER_WIDTH - 1)


def heading(table: Table | None, width: int) -> Text:
    """The line over the chart: "period posts │ ferry … grain …", each filter in its colour."""
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    if table is None or not table.columns:
        return text
    layout = Layout.of(width, len(table.columns))
    period = "month" if table.by == "month" else "year"
    text.append(f"{period:<{PERIOD_WIDTH}}{'posts':>{TOTAL_WIDTH}}{RULE}", style="dim")
    for n, column in enumerate(table.columns):
        name = Text(
            f"{n + 1} " + one_line(column.text), style=Style(color=SERIES_COLOURS[n], bold=True)
        )
        name.truncate(layout.column - 1, overflow="ellipsis", pad=True)
        text.append_text(name)
        text.append(" ")
    text.truncate(width, overflow="ellipsis")
    return text


class TrendsChart(CachedStyles, ScrollView, can_focus=True):
    """Every period of the archive, oldest first, each filter's share of its posts as a bar."""

    COMPONENT_CLASSES = {"trends-chart--period", "trends-chart--empty"}

    table: reactive[Table | None] = reactive(None, repaint=False)
    empty_message: reactive[str] = reactive("")

    def watch_table(self) -> None:
        self._resize()
        self.refresh()

    def on_resize(self) -> None:
        self._resize()

    def _resize(self) -> None:
        rows = len(self.table.periods) if self.table is not None else 0
        set_virtual_size(self, Size(self.scrollable_content_region.width, rows))

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.styled()
        table = self.table
        row = y + self.scroll_offset.y
        if table is None or not table.columns or not table.periods:
            if y == 1 and self.empty_message:
                text = Text(
                    " " + self.empty_message, style=self.styled("trends-chart--empty"), end=""
                )
                text.truncate(width, overflow="ellipsis", pad=True)
                return Strip(text.render(self.app.console), width).apply_style(base)
            return Strip.blank(width, base)
        if row >= len(table.periods):
            return Strip.blank(width, base)
        return Strip(self._row(table, row, width)).apply_style(base).adjust_cell_length(width, base)

    def _row(self, table: Table, row: int, width: int) -> list[Segment]:
        layout = Layout.of(width, len(table.columns))
        dim = self.styled("trends-chart--period")
        total = table.totals[row]
        segments = [
            Segment(f"{table.periods[row]:<{PERIOD_WIDTH}}", dim),
            Segment(f"{total:>{TOTAL_WIDTH},}" if total else f"{'·':>{TOTAL_WIDTH}}", dim),
            Segment(RULE, dim),
        ]
        reliable = table.reliable(row)
        scale = table.scale  # one scale for every filter
        for n, column in enumerate(table.columns):
            colour = Style(color=SERIES_COLOURS[n])
            count = column.counts[row]
            drawn = bar(column.per_100[row], scale, layout.bar) if reliable else ""
            share = per_100_text(column.per_100[row]) if reliable and count else ""
            number = f"{count:>{COUNT_WIDTH},}" if count else ""
            segments.append(Segment(f"{drawn:<{layout.bar}}", colour))
            segments.append(Segment(f"{number:>{COUNT_WIDTH}}{share:>{SHARE_WIDTH}} ", colour))
        return segments
