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


class TuiarchiveApp(App[None]):
    """Browse an archive of blog posts: filter, read, star, come back."""

    CSS_PATH = "app.tcss"
    TITLE = "tuiarchive"
    COMMANDS = App.COMMANDS | {PostCommandsProvider}

    def __init__(self, store_path: Path, filter_text: str = "") -> None:
        super().__init__()
        self.store_path = Path(store_path)
        self.filter_text = filter_text
        #: The main screen, which owns the archive, the filter's results and the post read.
        self.archive = ArchiveScreen(self.store_path, self.filter_text)

    def get_default_screen(self) -> Screen:
        return self.archive

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        archive = self.archive
        yield SystemCommand("Filter", "Type a filter (/)", archive.action_focus_filter)
        yield SystemCommand("Clear the filter", "Show every post", lambda: archive.set_filter(""))
        yield SystemCommand(
            "Starred posts", "Filter: is:starred", lambda: archive.set_filter("is:starred")
        )
        yield SystemCommand(
            "Unread posts", "Filter: is:unread", lambda: archive.set_filter("is:unread")
        )
        yield SystemCommand("Star or unstar the post", "Toggle the star (s)", archive.action_star)
        yield SystemCommand(
            "Mark read or unread", "Toggle the read mark (u)", archive.action_toggle_read
        )
        yield SystemCommand(
            "Change the order",
            "Newest, oldest or most relevant first (o)",
            archive.action_cycle_order,
        )
        yield SystemCommand(
            "Show or hide the timeline", "Posts per month (t)", archive.action_toggle_timeline
        )
        yield SystemCommand(
            "Related posts", "The posts most like this one, at the end of the post (1-5 read one)",
            archive.action_show_related,
        )  # fmt: skip
        yield SystemCommand(
            "Facets", "The filter's posts by year, label, place, series and blog (F)",
            archive.action_toggle_facets,
        )  # fmt: skip
        yield SystemCommand(
            "Trends", "Posts per month for up to five filters, per 100 posts (T)",
            archive.action_trends,
        )  # fmt: skip
        yield SystemCommand(
            "Import quality",
            "Posts per month and their gaps; posts with parse warnings beside the dump (I)",
            archive.action_import_quality,
        )
        yield SystemCommand(
            "Cite this paragraph", "Copy it with a citation line (c)", archive.action_cite_paragraph
        )
        yield SystemCommand(
            "Cite this post", "Copy it whole with a citation line (C)", archive.action_cite_post
        )
        for fmt, name, where in EXPORTS:
            yield SystemCommand(
                f"Export the filtered posts as {name}",
                f"To ~/tuiarchive-export-DATE-TIME/{where}",
                partial(archive.export_filtered, fmt),
            )
        yield SystemCommand(
            "Concordance (keyword in context)",
            "Every occurrence of the filter's words, in context (K)",
            archive.action_concordance,
        )
        yield SystemCommand(
            "Save this search\u2026", "Name the current filter, to come back to it (S, then a)",
            archive.action_save_search,
        )  # fmt: skip
        yield SystemCommand(
            "Saved searches", "Named filters with their counts and posts new since (S)",
            archive.action_saved_searches,
        )  # fmt: skip
        yield SystemCommand("Help", "Keys and the filter language (?)", archive.action_help)
        yield SystemCommand(
            "Reload the archive", "Show posts imported meanwhile (R)", archive.action_reload
        )


def make_app(store_path: Path | str, filter_text: str = "") -> TuiarchiveApp:
    """Build the browser on the archive at `store_path`, with a filter already typed."""
    return TuiarchiveApp(Path(store_path), filter_text)
