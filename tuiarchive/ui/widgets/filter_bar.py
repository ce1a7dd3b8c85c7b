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
        set_virtual_size(self, Size(self.content_width, 1))
        super()._watch_value(value)


class FilterBar(Vertical):
    """An input for the filter language and a line saying what the filter means and finds."""

    HELP = """
## Filter
Type a filter; the list follows as you type. **enter** or **down** moves to the list,
**escape** clears the filter (or, when it is empty, goes back to the list).
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
        Binding("down", "leave", "To the list", show=False, tooltip="to the list"),
    ]

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
        self.post_message(self.Changed(event.value))

    @on(Input.Submitted, "#filter-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Changed(event.value))
        self.post_message(self.Done())

    def action_clear_or_leave(self) -> None:
        if self.text:
            self.set_text("")
        else:
            self.post_message(self.Done())

    def action_leave(self) -> None:
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
        line = Text(results.count_line(), style="bold")
        line.append(f" \u00b7 {one_line(results.query.description)} \u00b7 {order}")
        status.update(line, layout=False)
