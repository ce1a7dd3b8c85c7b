"""Relevance order: BM25 over the filter's words, beside newest and oldest first."""

from __future__ import annotations

from pathlib import Path

from tests.dumps import item_page
from tests.ui.conftest import screen_text
from tests.ui.helpers import settle, type_filter
from tuiarchive.loader import import_dumps
from tuiarchive.query.language import parse_filter
from tuiarchive.store import open_store
from tuiarchive.ui.app import make_app
from tuiarchive.ui.widgets.post_list import PostList

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
