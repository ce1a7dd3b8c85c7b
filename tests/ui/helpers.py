"""Driving the browser in tests: wait until it has loaded or finished filtering."""

from __future__ import annotations

from textual.content import Content
from textual.pilot import Pilot
from textual.widgets import Static

from tuiarchive.ui.app import TuiarchiveApp


async def settle(pilot: Pilot) -> None:
    """Wait until loading, filtering and saving marks have finished and painted."""
    app = pilot.app
    assert isinstance(app, TuiarchiveApp)
    await pilot.pause(0.05)
    for _ in range(200):
        loaded = app.archive.filter_settled
        busy = any(
            w.is_running and w.group in ("filter", "rank", "archive", "timeline", "facets", "marks")
            for w in app.workers
        )
        if loaded and not busy:
            break
        await pilot.pause(0.02)
    await pilot.pause()


async def type_filter(pilot: Pilot, text: str) -> None:
    """Focus the filter with '/', type `text` and wait for the list to follow."""
    await pilot.press("slash", *text)
    await settle(pilot)


async def wait_for_screen(pilot: Pilot, text: str, timeout: float = 5.0) -> str:
    """Wait until `text` is on the screen (the palette, say, fills in over time); the screen."""
    shown = ""
    for _ in range(int(timeout / 0.05)):
        shown = "\n".join(s.text for s in pilot.app.screen._compositor.render_strips())
        if text in shown:
            return shown
        await pilot.pause(0.05)
    raise AssertionError(f"{text!r} never appeared; the screen shows:\n{shown}")


def words_of(text: str) -> str:
    """`text` with each run of whitespace (a line break where it wrapped, say) made one space."""
    return " ".join(text.split())


def message_of(widget: Static) -> str:
    """What a Static says, word by word: not where it wraps, which hangs on the terminal's
    width and on the length of any path in it."""
    visual = widget.visual
    assert isinstance(visual, Content), f"{widget!r} shows a {type(visual).__name__}, not text"
    return words_of(visual.plain)


async def wait_for_message(pilot: Pilot, selector: str, text: str, timeout: float = 5.0) -> str:
    """Wait until the Static `selector` of the current screen is shown and says `text`,
    compared word by word (see `message_of`); all it says."""
    said = ""
    for _ in range(int(timeout / 0.05)):
        widget = pilot.app.screen.query_one(selector, Static)
        said = message_of(widget) if widget.display else "(hidden)"
        if words_of(text) in said:
            return said
        await pilot.pause(0.05)
    raise AssertionError(f"{selector} never said {text!r}; it says {said!r}")


async def settle_all(pilot: Pilot) -> None:
    """`settle`, then wait for the related posts of the post being read (found a moment
    after it is shown), so that a snapshot does not depend on timing."""
    await settle(pilot)
    assert isinstance(pilot.app, TuiarchiveApp)
    screen = pilot.app.archive
    for _ in range(100):
        reading = screen.reading
        if reading is None or reading.post is None or reading.related is not None:
            break
        await pilot.pause(0.05)
    await pilot.pause()
