"""Relevance order: BM25 over the filter's words, beside newest and oldest first."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import pytest

from tests.dumps import item_page
from tests.ui.conftest import screen_text
from tests.ui.helpers import settle, type_filter, wait_for_screen
from tuiarchive.loader import import_dumps
from tuiarchive.query.language import parse_filter
from tuiarchive.store import Catalogue, open_store
from tuiarchive.store import catalogue as catalogue_module
from tuiarchive.ui.app import make_app
from tuiarchive.ui.widgets import filter_bar as filter_bar_module
from tuiarchive.ui.widgets.post_list import PostList
from tuiarchive.words import Pattern

FILLER = "The council met again on Tuesday and discussed the budget at length. " * 12

POSTS = {
    # newest: mentions the word once, deep in a long body
    "Monday, March 3, 2014": ("Budget Talks Drag On", [FILLER, "A tundra fund was noted.", FILLER]),
    # middle: about the word, in its title and throughout a short body
    "Monday, February 3, 2014": ("Tundra Herders Move North",
                                 ["The tundra herders left early.", "Tundra grazing is thin."]),
    # oldest: twice in a body of middling length
    "Friday, January 3, 2014": ("Winter Roads", [FILLER, "Tundra roads opened; tundra trucks."]),
    # no tundra at all, but the label matches the other filter below
    "Thursday, January 2, 2014": ("Harbour Notes", ["Nothing about the north."]),
}  # fmt: skip


def make_archive(tmp_path: Path) -> Path:
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    for n, (date, (title, paragraphs)) in enumerate(POSTS.items()):
        (dumps / f"{n}.txt").write_text(
            item_page(date=date, title=title, paragraphs=paragraphs), encoding="utf-8"
        )
    archive = tmp_path / "archive"
    with open_store(archive) as store:
        import_dumps([str(dumps)], store)
    return archive


def test_the_store_ranks_by_rarity_and_weight(tmp_path: Path) -> None:
    with open_store(make_archive(tmp_path)) as store:
        catalogue = store.catalogue()
        ranked = catalogue.ranked(parse_filter("tundra").highlights)
        titles = [catalogue.summary(p).title for p in ranked]
        assert titles == ["Tundra Herders Move North", "Winter Roads", "Budget Talks Drag On"]
        assert catalogue.ranked(parse_filter("-tundra").highlights) == []


async def test_o_cycles_to_relevance_and_back(tmp_path: Path) -> None:
    app = make_app(make_archive(tmp_path))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await type_filter(pilot, "tundra")
        await pilot.press("enter")  # into the list
        post_list = app.query_one(PostList)

        def titles() -> list[str]:
            catalogue = post_list.results.catalogue  # type: ignore[union-attr]
            return [catalogue.summary(p).title for p in post_list.rows]

        assert titles() == ["Budget Talks Drag On", "Tundra Herders Move North", "Winter Roads"]
        await pilot.press("o")
        await settle(pilot)
        assert titles() == ["Winter Roads", "Tundra Herders Move North", "Budget Talks Drag On"]
        await pilot.press("o")
        await settle(pilot)
        assert "most relevant first" in screen_text(app)
        assert titles() == ["Tundra Herders Move North", "Winter Roads", "Budget Talks Drag On"]
        # the order stays as the filter changes; matches the words do not rank come last
        await pilot.press("slash", "escape")  # clear the filter
        await type_filter(pilot, "tundra OR date:2014-01-02")
        assert titles() == ["Tundra Herders Move North", "Winter Roads",
                            "Budget Talks Drag On", "Harbour Notes"]  # fmt: skip
        await pilot.press("escape", *"date:2014-01")  # escape clears the filter it is in
        await settle(pilot)
        assert "relevance needs words" in screen_text(app)
        await pilot.press(
            "enter", "o", "o", "o", "o"
        )  # relevance → title, author, comments, newest
        await settle(pilot)
        assert "newest first" in screen_text(app) and "relevance needs" not in screen_text(app)


def test_the_first_screen_is_the_whole_rankings_order(tmp_path: Path) -> None:
    """Relevance's first screen (`ranked_first`): on an archive it can rank whole, the whole
    ranking; on a larger one, the best of the posts indexed last, in the order the whole
    ranking gives them (each scored over the whole archive), flagged as not the whole."""
    assert catalogue_module.FIRST_AMONG >= 10_000  # a test archive is always ranked whole
    with open_store(make_archive(tmp_path)) as store:
        catalogue = store.catalogue()
        patterns = parse_filter("tundra OR north").highlights
        whole = catalogue.ranked(patterns)
        assert catalogue.ranked_first(patterns) == (whole, True)
        assert catalogue.ranked_first(patterns, count=2) == (whole, True)  # small: all of it
        newest = catalogue.index.newest_doc()
        for among in range(1, len(catalogue)):
            first, complete = catalogue.ranked_first(patterns, count=2, among=among)
            if complete:  # words in no more posts than it ranks at once: ranked whole
                assert len(whole) <= among and first == whole
                continue
            latest = {p for p in whole if catalogue.docs[p] > newest - among}
            assert first == [p for p in whole if p in latest][:2], among


async def test_o_shows_the_first_screen_then_the_whole_ranking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On an archive too large to rank at once, `o` shows the best of the posts indexed last
    (saying so), then the whole ranking replaces it, the best post first."""
    archive = make_archive(tmp_path)
    monkeypatch.setattr(catalogue_module, "FIRST_AMONG", 2)
    monkeypatch.setattr(filter_bar_module, "FIRST_AMONG", 2)
    release = threading.Event()
    whole_ranking = Catalogue.ranked

    def slow_ranked(self: Catalogue, patterns: Sequence[Pattern]) -> list[int]:
        if threading.current_thread() is not threading.main_thread():
            release.wait(10)
        return whole_ranking(self, patterns)

    app = make_app(archive)
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(pilot)
        await type_filter(pilot, "tundra")
        await pilot.press("enter")
        post_list = app.query_one(PostList)
        catalogue = post_list.results.catalogue  # type: ignore[union-attr]
        patterns = parse_filter("tundra").highlights
        expected_first, _ = catalogue.ranked_first(patterns, among=2)
        monkeypatch.setattr(Catalogue, "ranked", slow_ranked)

        def titles() -> list[str]:
            return [catalogue.summary(p).title for p in post_list.rows]

        await pilot.press("o", "o")  # oldest, then relevance
        assert "ranking all 3" in await wait_for_screen(pilot, "ranking all 3")
        first_screen = titles()
        assert first_screen[: len(expected_first)] == [
            catalogue.summary(p).title for p in expected_first
        ]
        release.set()
        await settle(pilot)
        assert "ranking all" not in screen_text(app) and "most relevant first" in screen_text(app)
        assert titles() == ["Tundra Herders Move North", "Winter Roads", "Budget Talks Drag On"]
        assert post_list.cursor == 0  # on the best post
        assert first_screen != titles()  # the first screen was only the latest posts' best
