"""The tuiarchive application: one factory for the command line, the tests and the screenshots."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path

from textual.app import App, SystemCommand
from textual.screen import Screen

from tuiarchive.ui.commands import PostCommandsProvider
from tuiarchive.ui.screens.archive import ArchiveScreen

#: The palette's export commands: format, its name, where the posts go in the directory.
EXPORTS = (
    ("markdown", "Markdown", "posts.md"),
    ("jsonl", "JSON Lines", "posts.jsonl"),
    ("dump", "dumps", "YYYY/YYYY-MM.txt (tuiarchive --import reads them back)"),
)

#: The palette's orders: order, its command, what it does.
SORT_COMMANDS = (
    ("newest", "Sort newest first", "The list by date, newest first"),
    ("oldest", "Sort oldest first", "The list by date, oldest first"),
    ("relevance", "Sort by relevance", "Most relevant to the filter's words first (BM25)"),
    ("title", "Sort by title", "Titles A to Z"),
    ("author", "Sort by author", "Authors A to Z"),
    ("comments", "Sort by comment count", "Most comments first"),
)


class TuiarchiveApp(App[None]):
    """Browse an archive of blog posts: filter, read, star, come back."""

    CSS_PATH = "app.tcss"
    TITLE = "tuiarchive"
    COMMANDS = App.COMMANDS | {PostCommandsProvider}

    def __init__(self, store_path: Path, filter_text: str = "", notice: str = "") -> None:
        super().__init__()
        self.store_path = Path(store_path)
        self.filter_text = filter_text
        #: Said once the browser is up (the command line's import summary, say).
        self.notice = notice
        #: The main screen, which owns the archive, the filter's results and the post read.
        self.archive = ArchiveScreen(self.store_path, self.filter_text)

    def get_default_screen(self) -> Screen:
        return self.archive

    def on_mount(self) -> None:
        if self.notice:
            self.notify(self.notice, title="Imported", timeout=10, markup=False)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        textual = list(super().get_system_commands(screen))
        yield from textual
        archive = self.archive
        # Each key of the main screen, by the name, help and key its binding carries
        # (Textual's own "Quit" already stands for q).
        named = {command.title for command in textual}
        for key in archive.KEYS:
            if key.command and key.command not in named:
                yield SystemCommand(
                    key.command, key.palette_help, partial(self.run_action, key.action, archive)
                )
        # What has no key of its own.
        yield SystemCommand("Clear the filter", "Show every post", lambda: archive.set_filter(""))
        yield SystemCommand(
            "Starred posts", "Filter: is:starred", lambda: archive.set_filter("is:starred")
        )
        yield SystemCommand(
            "Unread posts", "Filter: is:unread", lambda: archive.set_filter("is:unread")
        )
        yield SystemCommand(
            "Related posts", "The posts most like this one, at the end of the post (1-5 read one)",
            archive.action_show_related,
        )  # fmt: skip
        for order, name, what in SORT_COMMANDS:
            yield SystemCommand(name, f"{what} (o changes the order)",
                                partial(archive.set_order, order))  # fmt: skip
        for fmt, name, where in EXPORTS:
            yield SystemCommand(
                f"Export the filtered posts as {name}",
                f"To ~/tuiarchive-export-DATE-TIME/{where}",
                partial(archive.export_filtered, fmt),
            )
        yield SystemCommand(
            "Save this search\u2026", "Name the current filter, to come back to it (S, then a)",
            archive.action_save_search,
        )  # fmt: skip


def make_app(store_path: Path | str, filter_text: str = "", notice: str = "") -> TuiarchiveApp:
    """Build the browser on the archive at `store_path`, with a filter already typed and
    `notice` shown as it starts."""
    return TuiarchiveApp(Path(store_path), filter_text, notice)
