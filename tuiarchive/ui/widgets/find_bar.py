"""The find bar: a word or phrase to find in the post being read, and where the reader is among
its matches ("3 of 7")."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Input, Static


class FindBar(Horizontal):
    """An input for the text to find in the reader, with the count of its matches. It says
    what is typed (`Changed`), a step asked for (`Step`) and that it is done (`Done`) or
    closed (`Closed`); the screen hands the text to the reader."""

    BINDINGS = [
        Binding("escape", "close", "Close", tooltip="close the find (the matches go)"),
        Binding("down", "step(1)", "Next match", show=False, tooltip="next / previous match"),
        Binding("up", "step(-1)", "Previous match", show=False, tooltip="next / previous match"),
    ]

    #: Where the reader is among the matches: (current, count); None: nothing typed yet.
    found: reactive[tuple[int | None, int] | None] = reactive(None, repaint=False)

    @dataclass
    class Changed(Message):
        """The text to find is now `text` ("" for none)."""

        text: str

    @dataclass
    class Step(Message):
        """Go to the next (1) or previous (-1) match."""

        direction: int

    class Done(Message):
        """Back to reading, the matches kept."""

    class Closed(Message):
        """The find was closed."""

    def compose(self) -> ComposeResult:
        yield Static("find in post:", id="find-label", markup=False)
        yield Input(placeholder="a word or phrase", id="find-input", select_on_focus=True)
        yield Static(id="find-count", markup=False)

    @property
    def input(self) -> Input:
        return self.query_one("#find-input", Input)

    @on(Input.Changed, "#find-input")
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(event.value))

    @on(Input.Submitted, "#find-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Done())

    def action_step(self, direction: int) -> None:
        self.post_message(self.Step(direction))

    def action_close(self) -> None:
        self.post_message(self.Closed())

    def watch_found(self, found: tuple[int | None, int] | None) -> None:
        if found is None or not self.input.value:
            said = ""
        elif found[1] == 0:
            said = "no match"
        else:
            current, count = found
            said = f"{(current or 0) + 1} of {count}" if current is not None else f"{count}"
        self.query_one("#find-count", Static).update(Text(said), layout=False)
