"""Never losing one's place: the filter and a reload keep the post, jumps can be gone back
on, `q` leaves the reader, and the session comes back when the archive is opened again."""

from __future__ import annotations

import json
from pathlib import Path

from tests.dumps import item_page
from tests.ui.conftest import screen_text
from tests.ui.helpers import settle, settle_all, type_filter, wait_for_screen
from tuiarchive.loader import import_dumps
from tuiarchive.store import open_store
from tuiarchive.ui.app import make_app
from tuiarchive.ui.screens.archive import ArchiveScreen
from tuiarchive.ui.widgets.facet_panel import FacetPanel
from tuiarchive.ui.widgets.filter_bar import FilterBar
from tuiarchive.ui.widgets.post_list import PostList
from tuiarchive.ui.widgets.reader import Reader

SIZE = (120, 36)

# The posts mentioning "ferry", newest first (the sample's dates are all different).
DISPUTE = "Ledger Notes: Caspian Ferry Dispute Reaches the Ministers"  # 2014-05-23
ESTONIA = "Ledger Notes: Estonia\u2019s Island Ferry Timetable Ends Up in Court"  # 2013-08-06
TARIFFS = "Ledger Notes: Caspian Ferry Tariffs, Two Years On"  # 2016-09-14
NEWEST = "Field Report: The Word \u0643\u062a\u0627\u0628 in a Bukhara Reading Room"


def reading(app) -> str:  # type: ignore[no-untyped-def]
    """The top of the post the reader shows: its title (on one line or wrapped onto two)
    and what follows it."""
    return " ".join(" ".join(app.query_one(Reader).text_lines[:3]).split())


def filter_line(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.query_one(FilterBar).text)


async def on_the_dispute(pilot) -> None:  # type: ignore[no-untyped-def]
    """Filter `ferry` and move down the list to the post of 2014-05-23."""
    await settle(pilot)
    await type_filter(pilot, "ferry")
    await pilot.press("enter", "j", "j", "j", "j")
    await settle(pilot)
    assert DISPUTE in reading(pilot.app)


# -- the filter keeps the post --------------------------------------------------------------


async def test_narrowing_and_clearing_the_filter_keep_the_post(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await on_the_dispute(pilot)
        await type_filter(pilot, " date:2014")  # the example: it used to jump to 05-31
        assert "4 of 81 posts" in screen_text(app)
        assert DISPUTE in reading(app)
        await pilot.press("escape")  # clears the filter: every post, still on 2014-05-23
        await settle(pilot)
        assert "81 of 81 posts" in screen_text(app)
        assert DISPUTE in reading(app)


async def test_a_post_the_filter_drops_gives_way_to_the_next_in_the_list(
    sample_archive: Path,
) -> None:
    """When the post no longer matches, the cursor goes to the post that follows it in the
    list's order (newest first: the next older one), or the last post if none follows."""
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await on_the_dispute(pilot)
        await type_filter(pilot, " date:2013")
        assert ESTONIA in reading(app)  # 2013-08-06, the next older ferry post
        await pilot.press("escape")
        await settle(pilot)
        assert DISPUTE in reading(app)  # the place chosen is kept through the detour
        await type_filter(pilot, "ferry date:2016")  # nothing older: the last (only) one
        assert TARIFFS in reading(app)


async def test_reload_after_an_import_keeps_the_post(sample_archive: Path, tmp_path: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await on_the_dispute(pilot)
        dumps = tmp_path / "more"
        dumps.mkdir()
        (dumps / "new.txt").write_text(
            item_page(title="Ledger Notes: A Ferry Newer Than All", date="Monday, May 1, 2017")
        )
        with open_store(sample_archive) as store:
            import_dumps([dumps], store)
        await wait_for_screen(pilot, "Press R to show them")
        await pilot.press("R")
        await settle(pilot)
        await pilot.pause(0.2)
        assert "10 of 82 posts" in screen_text(app)
        assert DISPUTE in reading(app)


# -- back -----------------------------------------------------------------------------------


async def test_back_from_a_related_post(sample_archive: Path) -> None:
    app = make_app(sample_archive, 'title:"caspian fisheries"')
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle_all(pilot)
        first = reading(app)
        related = app.query_one(Reader).reading.related  # type: ignore[union-attr]
        assert related
        await pilot.press("1")
        await settle(pilot)
        assert related[0].title in reading(app)
        await pilot.press("backspace")
        await settle(pilot)
        assert reading(app) == first
        assert filter_line(app) == 'title:"caspian fisheries"'


async def test_back_from_a_concordance_hit(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await on_the_dispute(pilot)
        await pilot.press("K")
        await wait_for_screen(pilot, "sorted by date")
        await pilot.press("enter")  # the first line by date: the oldest ferry post
        await settle(pilot)
        await pilot.pause(0.1)
        assert isinstance(app.screen, ArchiveScreen)
        assert DISPUTE not in reading(app)
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert DISPUTE in reading(app)
        assert isinstance(app.focused, PostList | Reader)


async def test_back_from_a_facet_restores_the_filter(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=(140, 40)) as pilot:
        await on_the_dispute(pilot)
        await pilot.press("F")
        await settle(pilot)
        panel = app.query_one(FacetPanel)
        panel.highlighted = next(
            i for i in range(panel.option_count)
            if (panel.get_option_at_index(i).id or "").endswith("\x002016")
        )  # fmt: skip
        await pilot.press("enter")
        await settle(pilot)
        assert filter_line(app) == "ferry date:2016"
        assert TARIFFS in reading(app)
        await pilot.press("backspace")
        await settle(pilot)
        await pilot.pause(0.1)
        assert filter_line(app) == "ferry"
        assert "9 of 81 posts" in screen_text(app)
        assert DISPUTE in reading(app)


async def test_backspace_in_the_filter_still_deletes(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_filter(pilot, "ferryx")
        await pilot.press("backspace")
        await settle(pilot)
        assert filter_line(app) == "ferry"


# -- q --------------------------------------------------------------------------------------


async def test_q_in_the_reader_goes_back_to_the_list_and_q_there_quits(
    sample_archive: Path,
) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        assert isinstance(app.focused, Reader)
        await pilot.press("q")
        await pilot.pause()
        assert app.is_running and isinstance(app.focused, PostList)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0 and not app.is_running


async def test_ctrl_q_quits_from_the_reader(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter", "ctrl+q")
        await pilot.pause()
    assert not app.is_running


# -- the session ----------------------------------------------------------------------------


async def test_the_session_comes_back(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_filter(pilot, "ferry")
        await pilot.press("enter", "o")  # oldest first
        await settle(pilot)
        await pilot.press("j", "j", "j", "j")  # 2012, 2013, 2013, 2014-05-14, 2014-05-23
        await settle(pilot)
        assert DISPUTE in reading(app)
        await pilot.press("ctrl+p", *"theme")
        await wait_for_screen(pilot, "Change the current theme")
        await pilot.press("enter")
        await pilot.pause(0.3)
        await pilot.press(*"nord")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert app.theme == "nord"
        await pilot.press("q")
    again = make_app(sample_archive)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.pause(0.1)
        text = screen_text(again)
        assert "9 of 81 posts" in text and "oldest first" in text
        assert filter_line(again) == "ferry"
        assert DISPUTE in reading(again)
        assert again.theme == "nord"


async def test_a_filter_given_on_the_command_line_wins_over_the_session(
    sample_archive: Path,
) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await on_the_dispute(pilot)
        await pilot.press("q")
    again = make_app(sample_archive, "date:2014")
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert filter_line(again) == "date:2014"
        assert DISPUTE in reading(again)  # the place is still the one left


async def test_a_damaged_session_falls_back_to_the_defaults(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await on_the_dispute(pilot)
        await pilot.press("s", "q")  # a star too: the marks must survive what follows
    state = sample_archive / "state.json"
    raw = json.loads(state.read_text())
    for damaged in (
        "not a table",
        {"1": {"filter": 5, "order": ["x"], "post": None, "theme": "no such theme"}},
        {"1": {"filter": "date:Febtober", "order": "sideways", "post": "ffffffffffffffff"}},
    ):
        raw["session"] = damaged
        state.write_text(json.dumps(raw))
        again = make_app(sample_archive)
        async with again.run_test(size=SIZE, notifications=True) as pilot:
            await settle(pilot)
            text = screen_text(again)
            assert "Traceback" not in text and "went wrong" not in text
            assert "81 of 81 posts" in text and "newest first" in text
            assert NEWEST in reading(again)
            await pilot.press("q")
        assert again.return_code == 0
    with open_store(sample_archive) as store:
        assert len(store.state.marks["starred"]) == 1
        session = store.session()  # written back whole on quitting
        assert (session.filter, session.order) == ("", "newest")
        assert session.post == store.catalogue().ids[0]
