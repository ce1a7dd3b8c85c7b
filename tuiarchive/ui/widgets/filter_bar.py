"""The filter bar: where a filter is typed, and what it currently means."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Input, Static

from tuiarchive.store.catalogue import FIRST_AMONG
from tuiarchive.ui.results import ORDER_WORDS, Results
from tuiarchive.ui.safe import one_line
from tuiarchive.ui.widgets.lines import set_virtual_size


class FilterInput(Input):
    """The filter's text field: as Textual's Input, without a screen layout per keystroke."""

    # Input's own enter, saying what it does here (the filter bar hears the submission).
    BINDINGS = [Binding("enter", "submit", "To the list", show=False, tooltip="to the list")]

    def _watch_value(self, value: str) -> None:
        # Input widens its scroll range as text grows, which normally lays out the whole
        # screen; give it the new range first, in place, so its own update changes nothing.
        # (Textual's private watcher, kept on purpose: a public `validate_value` hook in its
        # place cost the keystroke 22.5 -> 26.8 ms median, same run; see lines.py.)
        set_virtual_size(self, Size(self.content_width, 1))
        super()._watch_value(value)


class FilterBar(Vertical):
    """An input for the filter language and a line saying what the filter means and finds."""

    HELP = """
## Filter
Type a filter; the list follows as you type. **enter** or **down** moves to the list,
**escape** clears the filter (or, when it is empty, goes back to the list). **up** brings
back the filters used before (this session), **down** the later ones, then what you were
typing. A lowercase `or`, a `not` or a `a|b` is searched as a word: the line below says so
and what you probably meant.
Press **?** in the list for the whole filter language.
"""

    BINDINGS = [
        Binding(
            "escape",
            "clear_or_leave",
            "Clear / leave",
            priority=True,
            tooltip="clear the filter; when it is empty, back to the list",
        ),
        Binding("up", "history(-1)", "Earlier filter", show=False,
                tooltip="the filter used before this one (this session)"),
        Binding("down", "history(1)", "Later filter / to the list", show=False,
                tooltip="the filter used after this one; past the newest, to the list"),
    ]  # fmt: skip

    results: reactive[Results | None] = reactive(None, repaint=False)
    problem: reactive[str] = reactive("", repaint=False)

    @dataclass
    class Changed(Message):
        """The filter text changed."""

        text: str

    @dataclass
    class Done(Message):
        """The person is done with the filter: go to the list."""

    def __init__(self, text: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._initial = text
        self._history: list[str] = []  # filters used, oldest first (kept for the session)
        self._recalled: int | None = None  # the history entry shown by up/down, if any
        self._draft = ""  # what was typed before up was pressed

    @property
    def history(self) -> tuple[str, ...]:
        """The filters used this session, oldest first."""
        return tuple(self._history)

    def remember(self, text: str) -> None:
        """Keep `text` in the history (not twice in a row, not empty)."""
        text = text.strip()
        if text and (not self._history or self._history[-1] != text):
            self._history.append(text)
        self._recalled = None

    def compose(self) -> ComposeResult:
        yield FilterInput(
            value=self._initial,
            placeholder='filter: words, "phrases", -exclude, label:x, date:2014-05 … (? for help)',
            id="filter-input",
            select_on_focus=False,
        )
        yield Static(id="filter-status", markup=False)

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    @property
    def text(self) -> str:
        return self.input.value

    def set_text(self, text: str) -> None:
        """Replace the filter (from a command), and filter at once."""
        with self.input.prevent(Input.Changed):
            self.input.value = text
        self.input.cursor_position = len(text)
        self.post_message(self.Changed(text))

    @on(Input.Changed, "#filter-input")
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        self._recalled = None  # typing makes it a new filter
        self.post_message(self.Changed(event.value))

    @on(Input.Submitted, "#filter-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.remember(event.value)
        self.post_message(self.Changed(event.value))
        self.post_message(self.Done())

    def action_history(self, step: int) -> None:
        """Show the filter used before (`step` -1) or after (1) the one shown; down past
        the newest brings back what was being typed, and down again goes to the list."""
        if self._recalled is None:
            if step > 0:
                self.action_leave()
                return
            if not self._history:
                return
            self._draft = self.text
            self._recalled = len(self._history)
        at = max(0, self._recalled + step)
        if at >= len(self._history):
            self._recalled = None
            self.set_text(self._draft)
            return
        self._recalled = at
        self.set_text(self._history[at])

    def action_clear_or_leave(self) -> None:
        if self.text:
            self.set_text("")
        else:
            self.post_message(self.Done())

    def action_leave(self) -> None:
        self.remember(self.text)
        self.post_message(self.Done())

    def watch_results(self) -> None:
        self._show()

    def watch_problem(self) -> None:
        self._show()

    def _show(self) -> None:
        status = self.query_one("#filter-status", Static)
        self.set_class(bool(self.problem), "-invalid")
        if self.problem:
            status.update(
                Text("\u2717 " + one_line(self.problem) + "  (showing the last good result)"),
                layout=False,  # one line, always: the screen need not be laid out again
            )
            return
        results = self.results
        if results is None:
            status.update(Text("loading the archive\u2026"), layout=False)
            return
        order = ORDER_WORDS[results.order]
        if results.order == "relevance" and not results.can_rank:
            order = "newest first (relevance needs words in the filter)"
        elif results.partial:
            order += (
                f" (ranking all {len(results.positions):,}\u2026 meanwhile the best of the "
                f"{FIRST_AMONG:,} posts imported last)"
            )
        line = Text(results.count_line(), style="bold")
        if results.query.warning:  # said first: it changes what the rest means
            line.append(f" \u00b7 \u26a0 {one_line(results.query.warning)}", style="bold")
        line.append(f" \u00b7 {one_line(results.query.description)} \u00b7 {order}")
        status.update(line, layout=False)
