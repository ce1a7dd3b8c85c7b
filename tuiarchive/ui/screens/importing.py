"""Asking where the dumps to import are (`i`, or the palette's "Import dumps…")."""

from __future__ import annotations

import os
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tuiarchive.ui.safe import one_line


def given_path(text: str) -> tuple[str | None, str]:
    """The path typed (`~` expanded, made absolute) and "", or None and what is wrong."""
    text = text.strip()
    if not text:
        return None, "type the path of a dump file or of a folder of dumps"
    path = Path(os.path.abspath(Path(text).expanduser()))
    if not os.path.lexists(path):
        return None, f"there is no file or directory at {path}"
    return str(path), ""


class ImportPrompt(ModalScreen[str | None]):
    """Ask for a dump file or a folder of dumps: enter gives its absolute path (once it
    exists), escape gives None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(id="import-prompt", classes="prompt"):
            yield Static(Text("Import dumps from (a file, or a folder searched for *.txt):"),
                         id="import-prompt-question")  # fmt: skip
            yield Input(placeholder="~/dumps/ledger", id="import-prompt-path")
            yield Static("", id="import-prompt-problem", markup=False)
            yield Static(Text("enter imports \u00b7 escape cancels", "dim"), markup=False)

    def on_mount(self) -> None:
        self.query_one("#import-prompt-problem", Static).display = False
        self.set_focus(self.query_one(Input))

    @on(Input.Submitted)
    def _given(self, event: Input.Submitted) -> None:
        event.stop()
        path, problem = given_path(event.value)
        if path is None:
            said = self.query_one("#import-prompt-problem", Static)
            said.display = True
            said.update(Text("\u2717 " + one_line(problem)))
            return
        self.dismiss(path)

    def action_cancel(self) -> None:
        self.dismiss(None)
