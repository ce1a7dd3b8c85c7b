"""Asking for a post's tags (`+tag -tag`, completing tags in use) and its note."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Static

from tuiarchive.research.tags import complete_tag_words, read_tag_words
from tuiarchive.store.state import NOTE_LIMIT, clean_tag
from tuiarchive.ui.safe import one_line

TagWords = tuple[tuple[str, ...], tuple[str, ...]]


class TagSuggester(Suggester):
    """Completes the word being typed to a tag already in use (most used first)."""

    def __init__(self, known: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.known = known

    async def get_suggestion(self, value: str) -> str | None:
        return complete_tag_words(value, self.known)


class TagPrompt(ModalScreen[TagWords | None]):
    """Ask which tags to add (`+tag`, or a bare word) and take off (`-tag`): enter gives
    them, escape gives None. `right` takes the suggested completion."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, what: str, tags: tuple[str, ...], known: list[str]) -> None:
        super().__init__()
        self.what = what
        self.tags = tags
        self.known = known

    def compose(self) -> ComposeResult:
        with Vertical(id="tag-prompt", classes="prompt"):
            yield Static(Text(f"Tags of {self.what}"), id="tag-prompt-question")
            now = ", ".join(one_line(t) for t in self.tags) if self.tags else "none yet"
            yield Static(Text(f"now: {now}", "dim"), id="tag-prompt-now")
            yield Input(
                placeholder="+tag adds, -tag takes off (a bare word adds too)",
                suggester=TagSuggester(self.known),
                id="tag-prompt-words",
            )
            yield Static("", id="tag-prompt-problem", markup=False)
            in_use = ", ".join(one_line(t) for t in self.known[:8])
            yield Static(Text(f"in use: {in_use}" if in_use else "no tags in use yet", "dim"))
            yield Static(Text("+tag adds, -tag takes off \u00b7 right completes \u00b7 enter "
                              "saves \u00b7 escape cancels", "dim"), markup=False)  # fmt: skip

    def on_mount(self) -> None:
        self.query_one("#tag-prompt-problem", Static).display = False
        self.set_focus(self.query_one(Input))

    @on(Input.Submitted)
    def _given(self, event: Input.Submitted) -> None:
        event.stop()
        try:
            add, remove = read_tag_words(event.value)
            for tag in (*add, *remove):
                clean_tag(tag)
        except ValueError as error:
            problem = self.query_one("#tag-prompt-problem", Static)
            problem.display = True
            problem.update(Text("\u2717 " + one_line(str(error))))
            return
        self.dismiss((add, remove))

    def action_cancel(self) -> None:
        self.dismiss(None)


class NotePrompt(ModalScreen[str | None]):
    """Ask for the post's note (the one it has, to change): enter gives it ("" takes the
    note off), escape gives None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, what: str, note: str) -> None:
        super().__init__()
        self.what = what
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(id="note-prompt", classes="prompt"):
            yield Static(Text(f"Note on {self.what}"), id="note-prompt-question")
            yield Input(
                " ".join(self.note.split()),
                placeholder="your note (shown in the reader, found with note:word)",
                max_length=NOTE_LIMIT,
                id="note-prompt-text",
            )
            yield Static(Text("enter saves (empty: no note) \u00b7 escape cancels", "dim"),
                         markup=False)  # fmt: skip

    def on_mount(self) -> None:
        self.set_focus(self.query_one(Input))

    @on(Input.Submitted)
    def _given(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
