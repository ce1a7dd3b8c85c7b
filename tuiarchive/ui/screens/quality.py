"""The import-quality screen: posts per month with gaps, and warned posts beside their dump."""

from __future__ import annotations

from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.geometry import Size
from textual.message import Message
from textual.reactive import var
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Footer, Static
from textual.worker import Worker, WorkerState, get_current_worker

from tuiarchive.datetext import month_abbreviations
from tuiarchive.errors import StoreError
from tuiarchive.model import Post
from tuiarchive.research.quality import MonthReport, month_report_of_days
from tuiarchive.research.raw_dump import raw_lines
from tuiarchive.store import Catalogue, Store
from tuiarchive.ui.messages import MonthsCounted, WarnedListed, WarnedPostRead
from tuiarchive.ui.results import Warned
from tuiarchive.ui.safe import one_line
from tuiarchive.ui.widgets.lines import CursorLines, set_virtual_size

CELL = 5
EMPTY_MONTH = "\u00b7"  # ·
#: How many lines of the dump are shown for one post.
RAW_LIMIT = 200
#: How much of the body the parsed fields show.
BODY_PREVIEW = 400


class MonthGrid(Widget):
    """One row per year, one cell per month: the count, shaded by how busy the month was."""

    COMPONENT_CLASSES = {
        "month-grid--year",
        "month-grid--empty",
        "month-grid--thin",
        "month-grid--heat-1",
        "month-grid--heat-2",
        "month-grid--heat-3",
        "month-grid--heat-4",
        "month-grid--legend",
    }

    report: var[MonthReport | None] = var(None)

    def watch_report(self) -> None:
        self.refresh(layout=True)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        report = self.report
        if report is None or not report.months:
            return 1
        first, last = report.months[0][0], report.months[-1][0]
        return int(last[:4]) - int(first[:4]) + 3  # the header, the years, the legend

    def render(self) -> Text:
        report = self.report
        if report is None:
            return Text("counting posts per month\u2026", style="italic")
        if not report.months:
            return Text("No dated posts.", style="italic")
        style = self.get_component_rich_style
        counts = dict(report.months)
        busiest = max(counts.values())
        thin = set(report.thin)
        text = Text(no_wrap=True, end="")
        text.append(" " * 5)
        for name in month_abbreviations():
            text.append(name.rjust(CELL - 1) + " ", style("month-grid--year"))
        first_year, last_year = int(report.months[0][0][:4]), int(report.months[-1][0][:4])
        for year in range(first_year, last_year + 1):
            text.append("\n")
            text.append(f"{year} ", style("month-grid--year"))
            for month in range(1, 13):
                count = counts.get(f"{year:04d}-{month:02d}")
                if count is None:  # before the first dated post or after the last
                    text.append(" " * CELL)
                elif count == 0:
                    text.append(EMPTY_MONTH.rjust(CELL - 1), style("month-grid--empty"))
                    text.append(" ")
                else:
                    heat = 1 + min(3, (count * 4 - 1) // busiest)
                    cell = style(f"month-grid--heat-{heat}")
                    if f"{year:04d}-{month:02d}" in thin:
                        cell += style("month-grid--thin")
                    text.append(str(count).rjust(CELL - 1), cell)
                    text.append(" ")
        text.append("\n")
        text.append(f"{EMPTY_MONTH} no post", style("month-grid--empty"))
        text.append("   ")
        text.append(
            f"thin: fewer than {report.thin_below:g} posts (a quarter of the median month)",
            style("month-grid--thin"),
        )
        text.append("   shade: more posts", style("month-grid--legend"))
        return text


class WarnedList(CursorLines):
    """The posts whose reading carries warnings: date, title and the first warning."""

    COMPONENT_CLASSES = {
        "warned-list--cursor",
        "warned-list--date",
        "warned-list--warning",
        "warned-list--empty",
    }

    rows: var[tuple[Warned, ...] | None] = var(None)

    @dataclass
    class Highlighted(Message):
        """The highlighted warned post changed (None: there is none)."""

        warned: Warned | None

    @property
    def highlighted(self) -> Warned | None:
        rows = self.rows or ()
        return rows[self.cursor] if 0 <= self.cursor < len(rows) else None

    def watch_rows(self) -> None:
        set_virtual_size(self, Size(self.scrollable_content_region.width, len(self.rows or ())))
        self.set_reactive(WarnedList.cursor, 0)
        self.scroll_to(y=0, animate=False)
        self.refresh()
        self.post_message(self.Highlighted(self.highlighted))

    @property
    def row_count(self) -> int:
        return len(self.rows or ())

    def cursor_moved(self) -> None:
        self.post_message(self.Highlighted(self.highlighted))

    def on_click(self, event: events.Click) -> None:
        self.move_to(event.y + self.scroll_offset.y)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        row = y + self.scroll_offset.y
        base = self.styled()
        rows = self.rows
        if not rows:
            if y == 0:
                message = "reading the posts\u2026" if rows is None else "No post carries warnings."
                text = Text(" " + message, self.styled("warned-list--empty"), end="")
                text.truncate(width, overflow="ellipsis", pad=True)
                return Strip(text.render(self.app.console), width).apply_style(base)
            return Strip.blank(width, base)
        if row >= len(rows):
            return Strip.blank(width, base)
        warned = rows[row]
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        text.append(" ")
        text.append(warned.date or " no date  ", self.styled("warned-list--date"))
        text.append("  ")
        title = Text(one_line(warned.title or "(untitled)"))
        title.truncate(max(10, width * 2 // 5), overflow="ellipsis", pad=True)
        text.append_text(title)
        text.append("  ")
        text.append(one_line(warned.warning), self.styled("warned-list--warning"))
        text.truncate(width, overflow="ellipsis", pad=True)
        segments = list(text.render(self.app.console))
        if row == self.cursor:
            cursor = self.styled("warned-list--cursor")
            segments = list(Segment.apply_style(segments, post_style=cursor))
            base = base + cursor
        return Strip(segments, width).apply_style(base).adjust_cell_length(width, base)


class QualityScreen(Screen[str | None]):
    """How complete the import looks: months without posts, and posts the parser doubted.

    Dismissed with a post id when `enter` asks the browser to show that post.
    """

    BINDINGS = [
        Binding("escape,q", "close", "Back"),
        Binding("enter", "show_post", "Show in the browser"),
        Binding("tab", "app.focus_next", "Next pane", show=False),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False),
    ]

    COMPONENT_CLASSES = {
        "quality--field",
        "quality--warning",
        "quality--line-number",
        "quality--missing",
    }

    def __init__(self, store: Store, catalogue: Catalogue) -> None:
        super().__init__()
        self.store = store
        self.catalogue = catalogue

    def compose(self) -> ComposeResult:
        yield Static("Import quality", id="quality-summary", markup=False)
        with VerticalScroll(id="quality-grid-pane"):
            yield MonthGrid(id="quality-grid")
        yield Static("", id="quality-warned-caption", markup=False)
        yield WarnedList(id="quality-warned")
        with Horizontal(id="quality-detail"):
            with VerticalScroll(id="quality-fields-pane"):
                yield Static("", id="quality-fields", markup=False)
            with VerticalScroll(id="quality-raw-pane"):
                yield Static("", id="quality-raw", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.set_focus(self.query_one(WarnedList))
        self.load()

    # -- loading -----------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="quality", exit_on_error=False)
    def load(self) -> None:
        """Count the months and read the warned posts, off the event loop."""
        self.post_message(MonthsCounted(month_report_of_days(self.catalogue.days.counted())))
        ids = self.store.posts_with_warnings()
        warned = tuple(Warned.of(post) for post in self.store.posts(ids))
        if not get_current_worker().is_cancelled:
            self.post_message(WarnedListed(warned))

    @on(MonthsCounted)
    def _counted(self, event: MonthsCounted) -> None:
        report = event.report
        self.query_one(MonthGrid).report = report
        summary = Text(report.summary())
        if report.undated:
            summary.append(f"  (the {report.undated:,} undated post(s) are in no month)", "italic")
        self.query_one("#quality-summary", Static).update(summary)

    @on(WarnedListed)
    def _listed(self, event: WarnedListed) -> None:
        warned = event.warned
        self.query_one("#quality-warned-caption", Static).update(
            Text(f"{len(warned):,} post(s) whose reading carries warnings", style="bold")
        )
        self.query_one(WarnedList).rows = warned

    # -- the highlighted warned post ----------------------------------------------------

    @on(WarnedList.Highlighted)
    def _highlighted(self, event: WarnedList.Highlighted) -> None:
        fields = self.query_one("#quality-fields", Static)
        raw = self.query_one("#quality-raw", Static)
        if event.warned is None:
            fields.update("")
            raw.update("")
            return
        fields.update(Text("reading the post\u2026", style="italic"))
        raw.update("")
        self.read_post(event.warned.id)

    @work(thread=True, exclusive=True, group="quality-post", exit_on_error=False)
    def read_post(self, post_id: str) -> None:
        """Read the full post, then the lines of its dump (the file may be large)."""
        post = self.store.post(post_id)
        if get_current_worker().is_cancelled:
            return
        self.post_message(WarnedPostRead(post, None, raw_read=False))
        lines = raw_lines(self.store, post, limit=RAW_LIMIT)
        if not get_current_worker().is_cancelled:
            shown = tuple(lines) if lines is not None else None
            self.post_message(WarnedPostRead(post, shown, raw_read=True))

    @on(WarnedPostRead)
    def _show_post(self, event: WarnedPostRead) -> None:
        post, lines, read = event.post, event.lines, event.raw_read
        current = self.query_one(WarnedList).highlighted
        if current is None or current.id != post.id:
            return  # the cursor moved on meanwhile
        raw = self.query_one("#quality-raw", Static)
        if not read:
            self.query_one("#quality-fields", Static).update(self._fields(post))
            raw.update(Text(f"reading {one_line(post.source)}\u2026", style="italic"))
        else:
            raw.update(self._raw(post, lines))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR:
            error = event.worker.error
            message = one_line(
                str(error) if isinstance(error, StoreError) else f"{type(error).__name__}: {error}"
            )
            self.notify(message, title="import quality", severity="error", markup=False)
            where = "#quality-raw" if event.worker.group == "quality-post" else "#quality-summary"
            self.query_one(where, Static).update(Text(message, style="italic"))

    def _fields(self, post: Post) -> Table:
        field = self.get_component_rich_style("quality--field")
        warning = self.get_component_rich_style("quality--warning")
        grid = Table.grid(padding=(0, 1))
        grid.add_column(style=field, no_wrap=True)
        grid.add_column(ratio=1, overflow="fold")

        def add(name: str, value: str, style: Style | str = "") -> None:
            grid.add_row(name, Text(one_line(value), style=style))

        add("title", post.title or "(untitled)")
        add("date", (post.date or "none") + (f" {post.time}" if post.time else ""))
        add("author", post.author or "none")
        add("place", post.place or "none")
        add("series", post.series or "none")
        add("blog", post.blog or "none")
        if post.url:
            add("url", post.url)
        add("labels", ", ".join(post.labels) or "none")
        comments = "unknown" if post.comments is None else str(post.comments)
        add("comments", f"{comments} (kept: {len(post.comment_list)})")
        add("source", f"{post.source}, line {post.line}")
        for n, message in enumerate(post.warnings):
            add("warnings" if n == 0 else "", message, warning)
        body = one_line(post.body[: BODY_PREVIEW * 2])
        add(
            "body",
            (body[:BODY_PREVIEW] + ("\u2026" if len(body) > BODY_PREVIEW else "")) or "(empty)",
        )
        return grid

    def _raw(self, post: Post, lines: tuple[str, ...] | None) -> Text | Table:
        if lines is None:
            return Text(
                f"the dump is no longer at {one_line(post.source)} (moved, deleted or changed "
                "since the import)",
                self.get_component_rich_style("quality--missing"),
            )
        grid = Table.grid(padding=(0, 1))
        grid.add_column(
            justify="right",
            style=self.get_component_rich_style("quality--line-number"),
            no_wrap=True,
        )
        grid.add_column(ratio=1, overflow="fold")
        for n, line in enumerate(lines, start=post.line):
            grid.add_row(str(n), Text(one_line(line.replace("\t", "    "))))
        if len(lines) >= RAW_LIMIT:
            grid.add_row("", Text(f"(the first {RAW_LIMIT} lines)", style="italic"))
        return grid

    # -- leaving -----------------------------------------------------------------------

    def action_close(self) -> None:
        self.dismiss(None)

    def action_show_post(self) -> None:
        warned = self.query_one(WarnedList).highlighted
        if warned is not None:
            self.dismiss(warned.id)
