"""Keys said once: the help table and the command palette are made from the bindings."""

from __future__ import annotations

import re
from pathlib import Path

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Markdown

from tests.ui.helpers import settle, wait_for_screen
from tuiarchive.ui.app import make_app
from tuiarchive.ui.keys import KEY_NAMES
from tuiarchive.ui.screens.archive import ArchiveScreen
from tuiarchive.ui.screens.help import HelpScreen
from tuiarchive.ui.widgets.filter_bar import FilterBar, FilterInput
from tuiarchive.ui.widgets.find_bar import FindBar
from tuiarchive.ui.widgets.post_list import PostList
from tuiarchive.ui.widgets.reader import Reader
from tuiarchive.ui.widgets.timeline import Timeline

SIZE = (120, 36)

#: The bindings that act in each place the help table names.
PLACES: dict[str, list[type]] = {
    "anywhere": [ArchiveScreen, Screen, App],
    "list, reader": [ArchiveScreen],
    "filter": [FilterBar, FilterInput],
    "list": [PostList],
    "reader": [Reader],
    "find": [FindBar],
    "timeline": [Timeline],
}


def bound_keys(classes: list[type]) -> dict[str, Binding]:
    """Every key (as the help writes it) bound by `classes` and their bases, with its binding."""
    found: dict[str, Binding] = {}
    for cls in classes:
        for klass in cls.__mro__:
            for binding in vars(klass).get("BINDINGS", []):
                if isinstance(binding, Binding):
                    for key in binding.key.split(","):
                        found.setdefault(KEY_NAMES.get(key, key), binding)
    if App in classes:
        found[App.COMMAND_PALETTE_BINDING] = Binding(App.COMMAND_PALETTE_BINDING, "palette")
    return found


def key_rows(help_source: str) -> list[tuple[list[str], str, str]]:
    """The help's key table: each row's keys, where they act, what they do."""
    table = help_source.split("# The filter language")[0]
    rows = []
    for line in table.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0].startswith("`"):
            rows.append((re.findall(r"`([^`]+)`", cells[0]), cells[1], cells[2]))
    return rows


async def test_the_help_and_the_palette_are_made_from_the_bindings(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause(0.3)
        assert isinstance(app.screen, HelpScreen)
        rows = key_rows(app.screen.query_one(Markdown).source)
        assert rows

        # The help lists nothing that is not a binding where it says it acts.
        for keys, where, text in rows:
            bound = bound_keys(PLACES[where])
            for key in keys:
                assert key in bound, f"the help lists {key!r} ({where}), which is not bound there"
                tooltip = bound[key].tooltip
                assert not tooltip or tooltip == text, (key, where, text)

        # Every binding of the main screen is in the help, with its help text.
        listed = {(key, text) for keys, _where, text in rows for key in keys}
        screen_bindings = [b for b in ArchiveScreen.BINDINGS if isinstance(b, Binding)]
        assert {b.action for b in screen_bindings} == {k.action for k in ArchiveScreen.KEYS}
        for binding in screen_bindings:
            for key in binding.key.split(","):
                assert (KEY_NAMES.get(key, key), binding.tooltip) in listed, binding

        # ... and in the palette, named with its key.
        palette = {c.title: c.help for c in app.get_system_commands(app.archive)}
        for key in ArchiveScreen.KEYS:
            assert key.command in palette, key
            if key.action != "app.quit":  # Textual's own Quit
                assert palette[key.command] == key.palette_help
                assert f"({key.names[0]})" in palette[key.command]


async def test_a_key_run_from_the_palette_does_what_the_key_does(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"show or hide the timeline")
        await wait_for_screen(pilot, "Posts per month (t)")
        timeline = app.archive.query_one("#timeline")
        assert timeline.display
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert not timeline.display
