"""The concordance screen: every occurrence of the filter's words, one line each, in context."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from rich.cells import cell_len
from rich.segment import Segment
from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.strip import Strip
from textual.widgets import Footer, Input, Static
from textual.worker import Worker, WorkerState, get_current_worker

from tuiarchive.errors import FilterError, StoreError
from tuiarchive.model import Post
from tuiarchive.query.language import parse_filter
from tuiarchive.research.concordance import (
    CONTEXT,
    MAX_LINES,
    Concordance,
    Line,
    build,
    cut_left,
    cut_right,
    describe_patterns,
    sort_lines,
    spread_order,
)
from tuiarchive.store import Store
from tuiarchive.ui.messages import ConcordanceBuilt, ConcordanceFirstLines, ConcordanceProgress
from tuiarchive.ui.results import Results
from tuiarchive.ui.safe import one_line
from tuiarchive.ui.widgets.lines import CursorLines, set_virtual_size
from tuiarchive.words import Pattern

SORT_NAMES = {"date": "date", "left": "the word before", "right": "the word after"}
RULE = " \u2502 "  # " │ "
ELLIPSIS = "\u2026"


def _fit_left(text: str, more: bool, width: int) -> str:
    """The end of `text` in `width` cells, cut at a word, "…" first if anything was cut."""
    if width <= 0:
        return ""
    if not more and cell_len(text) <= width:
        return text
    kept = cut_left(text, width - 1)
    while cell_len(kept) > width - 1:  # wide characters
        kept = kept[1:]
    return ELLIPSIS + kept


def _fit_right(text: str, more: bool, width: int) -> str:
    """The start of `text` in `width` cells, cut at a word, "…" last if anything was cut."""
    if width <= 0:
        return ""
    if not more and cell_len(text) <= width:
        return text
    kept = cut_right(text, width - 1)
    while cell_len(kept) > width - 1:
        kept = kept[:-1]
    return kept + ELLIPSIS


class ConcordanceView(CursorLines):
    """The concordance's lines: date │ left context HIT right context │ title, drawn on demand."""

    COMPONENT_CLASSES = {
        "concordance--cursor",
        "concordance--date",
        "concordance--hit",
        "concordance--context",
        "concordance--rule",
        "concordance--title",
        "concordance--empty",
    }

    empty_message: reactive[str] = reactive("")

    @dataclass
    class Chosen(Message):
        """The highlighted occurrence was chosen to be read (a double click)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lines: Sequence[Line] = ()
        self._longest_hit = 4

    def show(self, lines: Sequence[Line], keep: Line | None = None) -> None:
        """Show these lines, with the cursor on `keep` if it is among them (else the first)."""
        self.lines = lines
        self._longest_hit = max((cell_len(one_line(x.hit)) for x in lines[:500]), default=4)
        cursor = 0
        if keep is not None:
            cursor = next((n for n, line in enumerate(lines) if line is keep), 0)
        set_virtual_size(self, Size(self.scrollable_content_region.width, len(lines)))
        self.set_reactive(ConcordanceView.cursor, cursor)
        self.scroll_to(y=max(0, cursor - self.scrollable_content_region.height // 2), animate=False)
        self.refresh()

    @property
    def highlighted(self) -> Line | None:
        return self.lines[self.cursor] if 0 <= self.cursor < len(self.lines) else None

    @property
    def row_count(self) -> int:
        return len(self.lines)

    def on_click(self, event: events.Click) -> None:
        row = event.y + self.scroll_offset.y
        if 0 <= row < len(self.lines):
            self.move_to(row)
            if event.chain >= 2:
                self.post_message(self.Chosen())

    # -- drawing -----------------------------------------------------------------------

    def columns(self, width: int) -> tuple[int, int, int]:
        """Cells for the left context, the hit and the right context; the title gets the rest."""
        title = 0 if width < 70 else min(40, width // 5)
        context = width - 1 - 10 - len(RULE) - (len(RULE) + title if title else 0)
        hit = max(1, min(self._longest_hit, context // 3))
        left = (context - hit) // 2
        return left, hit, context - left - hit

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        row = y + self.scroll_offset.y
        base = self.styled()
        if not self.lines:
            if y == 1 and self.empty_message:
                text = Text(" " + self.empty_message, self.styled("concordance--empty"), end="")
                text.truncate(width, overflow="ellipsis", pad=True)
                return Strip(text.render(self.app.console), width).apply_style(base)
            return Strip.blank(width, base)
        if row >= len(self.lines):
            return Strip.blank(width, base)
        text = self.row_text(self.lines[row], width)
        segments = list(text.render(self.app.console))
        if row == self.cursor:
            cursor = self.styled("concordance--cursor")
            segments = list(Segment.apply_style(segments, post_style=cursor))
            base = base + cursor
        return Strip(segments, width).apply_style(base).adjust_cell_length(width, base)

    def row_text(self, line: Line, width: int) -> Text:
        """One line of the concordance as a person sees it (post text shown, never obeyed)."""
        style = self.styled
        left_cells, hit_cells, right_cells = self.columns(width)
        rule = style("concordance--rule")
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        text.append(" ")
        text.append(line.date or " no date  ", style("concordance--date"))
        text.append(RULE, rule)
        left = _fit_left(one_line(line.left), line.left_more, left_cells)
        text.append(" " * (left_cells - cell_len(left)) + left, style("concordance--context"))
        hit = one_line(line.hit)
        hit_text = Text(hit, style("concordance--hit"))
        overflow = max(0, cell_len(hit) - hit_cells)  # a long phrase takes from the right
        hit_text.truncate(hit_cells + min(overflow, right_cells - 1), overflow="ellipsis")
        text.append_text(hit_text)
        rest = max(0, right_cells - hit_text.cell_len + hit_cells)
        right = _fit_right(one_line(line.right), line.right_more, rest)
        text.append(right + " " * (rest - cell_len(right)), style("concordance--context"))
        if width >= 70:
            text.append(RULE, rule)
            title = Text(one_line(line.title) or "(untitled)", style("concordance--title"))
            text.append_text(title)
        text.truncate(width, overflow="ellipsis", pad=True)
        return text


class ConcordanceScreen(Screen[Line | None]):
    """Keyword in context over the posts of the current filter; enter reads the occurrence.

    Dismissed with the chosen occurrence (its post and paragraph), or None.
    """

    BINDINGS = [
        Binding("escape,q", "close", "Back"),
        Binding("enter", "open", "Read it"),
        Binding("d", "sort('date')", "By date"),
        Binding("l", "sort('left')", "By word before"),
        Binding("r", "sort('right')", "By word after"),
    ]

    sort: reactive[str] = reactive("date", init=False)

    def __init__(self, store: Store, results: Results) -> None:
        super().__init__()
        self.store = store
        self.results = results
        self.patterns: tuple[Pattern, ...] = results.query.highlights
        self.found: Concordance | None = None
        self._sorted: dict[str, list[Line]] = {}

    def compose(self) -> ComposeResult:
        yield Static(id="concordance-header")
        yield Input(
            placeholder='a word or phrase, e.g. ferry or "caspian ferry"', id="concordance-term"
        )
        yield ConcordanceView(id="concordance-lines")
        yield Footer()

    def on_mount(self) -> None:
        term = self.query_one("#concordance-term", Input)
        if self.patterns:
            term.display = False
            self.set_focus(self.query_one(ConcordanceView))
            self.start()
        else:
            self._say(
                Text("Concordance of which word or phrase? ")
                + Text(f"(in the {self._scope()}; enter to look, escape to go back)", "dim")
            )
            self.set_focus(term)

    # -- the term ------------------------------------------------------------------------

    def _scope(self) -> str:
        count = len(self.results.positions)
        what = "all posts" if self.results.query.is_everything else self.results.query.description
        return f"{count:,} post{'s' if count != 1 else ''} of the filter: {one_line(what)}"

    @on(Input.Submitted, "#concordance-term")
    def _term_given(self, event: Input.Submitted) -> None:
        try:
            patterns = parse_filter(event.value).highlights
        except FilterError as error:
            self._say(Text(one_line(str(error)), "bold red"))
            return
        if not patterns:
            self._say(Text("That holds no word or phrase to look for: type one.", "bold red"))
            return
        self.patterns = patterns
        event.input.display = False
        self.set_focus(self.query_one(ConcordanceView))
        self.start()

    def _say(self, text: Text) -> None:
        self.query_one("#concordance-header", Static).update(text)

    # -- reading -------------------------------------------------------------------------

    def start(self) -> None:
        count = len(self.results.positions)
        self._say(Text(f"reading {count:,} post{'s' if count != 1 else ''}\u2026"))
        # Read spread over the dates, so that a concordance cut at MAX_LINES holds
        # occurrences from across the years, not only the newest posts'.
        positions = self.results.positions
        ids = [self.results.catalogue.ids[positions[n]] for n in spread_order(len(positions))]
        self.read_posts(ids, self.patterns)

    @work(thread=True, exclusive=True, group="concordance", exit_on_error=False)
    def read_posts(self, ids: list[str], patterns: tuple[Pattern, ...]) -> None:
        """Read the filter's posts and find every occurrence (off the event loop)."""
        worker = get_current_worker()

        def until_cancelled(posts: Iterable[Post]) -> Iterator[Post]:
            for post in posts:
                if worker.is_cancelled:
                    return
                yield post

        def progress(read: int, found: int) -> None:
            if not worker.is_cancelled:
                self.post_message(ConcordanceProgress(read, len(ids), found))

        def first(lines: tuple[Line, ...]) -> None:
            if not worker.is_cancelled:
                self.post_message(ConcordanceFirstLines(lines))

        found = build(until_cancelled(self.store.posts(ids)), patterns, CONTEXT, MAX_LINES,
                      progress, every=500, first=first)  # fmt: skip
        if not worker.is_cancelled:
            self.post_message(ConcordanceBuilt(found))

    @on(ConcordanceProgress)
    def _progress(self, event: ConcordanceProgress) -> None:
        if self.found is None and self.is_attached:
            self._say(Text(f"reading {event.total:,} posts\u2026 {event.read:,} read, "
                           f"{event.found:,} occurrences"))  # fmt: skip

    @on(ConcordanceFirstLines)
    def _first_lines(self, event: ConcordanceFirstLines) -> None:
        """Show the first screenful while the rest is read (by date, as the first sort)."""
        if self.found is None and self.is_attached:
            self.query_one(ConcordanceView).show(sort_lines(event.lines, "date"))

    @on(ConcordanceBuilt)
    def _built(self, event: ConcordanceBuilt) -> None:
        found = event.found
        if not self.is_attached:
            return
        self.found = found
        self._sorted = {}
        view = self.query_one(ConcordanceView)
        keep = view.highlighted if view.cursor else None  # a line the reader moved to
        view.empty_message = (
            f"No occurrence of {describe_patterns(self.patterns)} in the posts' text."
            if not found.lines
            else ""
        )
        view.show(self._lines(self.sort), keep)
        self._say(self.header())
        self.refresh_bindings()

    def _lines(self, sort: str) -> list[Line]:
        assert self.found is not None
        if sort not in self._sorted:
            self._sorted[sort] = self.found.sorted(sort)
        return self._sorted[sort]

    def header(self) -> Text:
        """ "12 occurrences of “ferry” in 7 posts · posts mentioning “ferry” · by date"."""
        found = self.found
        assert found is not None
        count = len(found.lines)
        posts = found.posts_with_hits
        what = one_line(describe_patterns(self.patterns))
        text = Text()
        if found.cut:
            total = len(self.results.positions)
            years = sorted({line.date[:4] for line in found.lines if line.date})
            span = f" ({years[0]}\u2013{years[-1]})" if len(years) > 1 else ""
            text.append(f"{count:,} occurrences kept", "bold")
            text.append(f" of {what} (at most {MAX_LINES:,}), from {posts:,} of the "
                        f"{total:,} posts, taken evenly over their dates{span}: narrow the "
                        "filter to see every one")  # fmt: skip
        else:
            text.append(f"{count:,} occurrence{'s' if count != 1 else ''}", "bold")
            text.append(f" of {what} in {posts:,} post{'s' if posts != 1 else ''}")
        text.append(f"  \u00b7  {self._scope()}", "dim")
        text.append(f"  \u00b7  sorted by {SORT_NAMES[self.sort]}", "italic")
        return text

    # -- keys ----------------------------------------------------------------------------

    def action_sort(self, by: str) -> None:
        if by in SORT_NAMES:
            self.sort = by

    def watch_sort(self, sort: str) -> None:
        if self.found is None:
            return
        view = self.query_one(ConcordanceView)
        view.show(self._lines(sort), keep=view.highlighted)
        self._say(self.header())

    def action_close(self) -> None:
        self.dismiss(None)

    @on(ConcordanceView.Chosen)
    def _chosen(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        """Back to the browser, reading the highlighted occurrence's post at its paragraph."""
        line = self.query_one(ConcordanceView).highlighted
        if line is not None:
            self.dismiss(line)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("sort", "open") and self.found is None:
            return None  # shown dimmed until there is something to sort or open
        return True

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR:
            error = event.worker.error
            message = (
                str(error) if isinstance(error, StoreError) else f"{type(error).__name__}: {error}"
            )
            self._say(Text("The posts could not be read: " + one_line(message), "bold red"))
