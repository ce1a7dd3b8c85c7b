"""Functional: one filter keystroke followed through the messages it causes (harlequin's model)."""

from __future__ import annotations

from pathlib import Path

from textual.message import Message

from tests.ui.conftest import screen_text
from tests.ui.helpers import settle, wait_for_screen
from tuiarchive.store import open_store
from tuiarchive.ui.app import make_app
from tuiarchive.ui.messages import FilterApplied, FilterRejected, MarksChanged, TimelineCounted
from tuiarchive.ui.widgets.filter_bar import FilterBar
from tuiarchive.ui.widgets.post_list import PostList

SIZE = (120, 36)

#: The messages of the trail (Textual's own events and input messages are left out).
TRAIL = (FilterBar.Changed, FilterApplied, FilterRejected, PostList.Highlighted)


def trail_of(seen: list[Message]) -> list[Message]:
    """The trail's messages in the order they were first handled (the hook sees a bubbling
    message again at each widget it passes)."""
    trail: dict[int, Message] = {}
    for message in seen:
        if isinstance(message, TRAIL):
            trail.setdefault(id(message), message)
    return list(trail.values())


async def test_a_filter_keystroke_flows_through_its_messages(sample_archive: Path) -> None:
    seen: list[Message] = []
    app = make_app(sample_archive, "ferr")
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        seen.clear()
        await pilot.press("y")  # "ferr" becomes "ferry"
        await settle(pilot)
        trail = trail_of(seen)
        kinds = [type(m).__name__ for m in trail]
        assert kinds == ["Changed", "FilterApplied", "Highlighted"], kinds
        changed, applied, highlighted = trail
        assert isinstance(changed, FilterBar.Changed) and changed.text == "ferry"
        assert isinstance(applied, FilterApplied) and applied.text == "ferry"
        assert isinstance(highlighted, PostList.Highlighted)
        results = applied.results
        assert len(results.positions) == 9
        assert highlighted.position == results.rows[0]
        # The timeline's worker recounts the new results, and reports back too.
        assert any(isinstance(m, TimelineCounted) for m in seen[seen.index(applied) :])
        # What the messages carried is what the person sees.
        shown = screen_text(app)
        assert "9 of 81 posts" in shown and "ferry" in shown
        title = results.catalogue.summary(results.rows[0]).title
        assert title[:30] in shown


async def test_a_filter_that_does_not_read_is_rejected_and_the_list_stays(
    sample_archive: Path,
) -> None:
    seen: list[Message] = []
    app = make_app(sample_archive, "ferry")
    async with app.run_test(size=SIZE, message_hook=seen.append) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        seen.clear()
        await pilot.press("quotation_mark")
        await settle(pilot)
        kinds = [type(m).__name__ for m in trail_of(seen)]
        assert kinds == ["Changed", "FilterRejected"], kinds
        shown = screen_text(app)
        assert "unclosed quote" in shown and "showing the last good result" in shown


def marks_changed(seen: list[Message]) -> list[MarksChanged]:
    """The store's confirmations among `seen`, each once (the hook may see one twice)."""
    found: dict[int, MarksChanged] = {}
    for message in seen:
        if isinstance(message, MarksChanged):
            found.setdefault(id(message), message)
    return list(found.values())


async def test_starring_a_post_shows_the_star_only_once_the_store_says_so(
    sample_archive: Path,
) -> None:
    """`s` asks the store for the star (a worker writes it); the row shows ★ when the store's
    `MarksChanged` arrives, and only the store changed the mark."""
    seen: list[Message] = []
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, message_hook=seen.append, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        post_list = app.query_one(PostList)
        results = post_list.results
        assert results is not None and post_list.highlighted is not None
        post_id = results.catalogue.ids[post_list.highlighted]
        assert screen_text(app).splitlines()[4][1] != "\u2605"
        seen.clear()
        await pilot.press("s")
        await settle(pilot)
        changes = marks_changed(seen)
        assert len(changes) == 1, changes
        assert changes[0].post_keys == (post_id,)
        assert changes[0].mark == "starred" and changes[0].on is True
        assert screen_text(app).splitlines()[4][1] == "\u2605"  # beside the unread dot
        await wait_for_screen(pilot, "Starred \u201cWeekly Digest: Georgia Votes")
        # Pressed again, the star goes the same way: asked for, confirmed, shown.
        seen.clear()
        await pilot.press("s")
        await settle(pilot)
        changes = marks_changed(seen)
        assert [(c.post_keys, c.mark, c.on) for c in changes] == [((post_id,), "starred", False)]
        assert screen_text(app).splitlines()[4][1] != "\u2605"
    with open_store(sample_archive) as store:
        assert not store.has_mark("starred", post_id)
