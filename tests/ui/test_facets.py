"""The facets panel: counts by year, label, place, series and blog for the filter; enter narrows."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tests.ui.conftest import screen_text
from tests.ui.helpers import settle, type_filter
from tuiarchive.query.language import parse_filter
from tuiarchive.research.facets import PostFacts, count_facets
from tuiarchive.store import open_store
from tuiarchive.ui.app import make_app
from tuiarchive.ui.widgets.facet_panel import FacetPanel
from tuiarchive.ui.widgets.filter_bar import FilterBar
from tuiarchive.ui.widgets.post_list import PostList

SIZE = (140, 40)


def expected(archive: Path, text: str) -> dict[str, Counter[str]]:
    """Facet counts worked out from the stored posts themselves."""
    with open_store(archive) as store:
        catalogue = store.catalogue()
        ids = [catalogue.ids[p] for p in parse_filter(text).run(catalogue)]
        posts = list(store.posts(ids))
    return {
        "year": Counter(p.date[:4] for p in posts if p.date),
        "label": Counter(label for p in posts for label in p.labels),
        "place": Counter(p.place for p in posts if p.place),
        "series": Counter(p.series for p in posts if p.series),
        "blog": Counter(p.blog for p in posts if p.blog),
        "tag": Counter(),  # the sample has no tags until a reader adds some
    }


def test_counting_facets_keeps_the_most_frequent() -> None:
    facts = PostFacts(
        dates=["2016-01-02", "2015-05-05", None, "2015-01-01"],
        labels=[("a", "b"), ("b",), ("c",), ()],
        places=["Riga", None, "Riga", "Baku"],
        series=[None, "Notes", "Notes", None],
        blogs=["Harbour Ledger", "Saltmarsh Notebook", "Harbour Ledger", None],
    )
    year, label, place, series, blog = count_facets([0, 1, 2, 3], facts, shown=2)
    assert year.values == (("2016", 1), ("2015", 2))
    assert label.values == (("b", 2), ("a", 1)) and label.more == 1
    assert place.values == (("Riga", 2), ("Baku", 1))
    assert series.values == (("Notes", 2),)
    assert (blog.name, blog.field) == ("blog", "blog")
    assert blog.values == (("Harbour Ledger", 2), ("Saltmarsh Notebook", 1)) and blog.more == 0
    assert count_facets([1, 3], facts)[4].values == (("Saltmarsh Notebook", 1),)
    assert count_facets([], facts)[1].values == ()


async def test_facets_count_the_filter_and_enter_narrows_it(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_filter(pilot, "ferry")
        await pilot.press("enter", "F")  # into the list, then the facets panel
        await settle(pilot)
        panel = app.query_one(FacetPanel)
        assert app.focused is panel and panel.facets is not None
        want = expected(sample_archive, "ferry")
        for facet in panel.facets:
            assert dict(facet.values) == dict(want[facet.name].most_common(len(facet.values)))
        text = screen_text(app)
        year, count = sorted(want["year"].items())[-1]
        assert f"{year}" in text and "YEAR" in text and "LABEL" in text
        label, label_count = want["label"].most_common(1)[0]
        # choose the most frequent label: down past the years to it, enter
        options = [panel.get_option_at_index(i) for i in range(panel.option_count)]
        target = next(i for i, o in enumerate(options) if o.id and o.id.endswith("\x00" + label))
        panel.highlighted = target
        await pilot.press("enter")
        await settle(pilot)
        assert app.query_one(FilterBar).text == f'ferry label:"{label}"'
        assert f"{label_count} of 81 posts" in screen_text(app)
        assert app.focused is panel
        await settle(pilot)
        assert "\u2713" in screen_text(app)  # the chosen label is marked
        panel.highlighted = next(
            i for i in range(panel.option_count)
            if (panel.get_option_at_index(i).id or "").endswith("\x00" + label)
        )  # fmt: skip
        await pilot.press("enter")  # again: takes it out
        await settle(pilot)
        assert app.query_one(FilterBar).text == "ferry"
        await pilot.press("escape")
        assert isinstance(app.focused, PostList)
        await pilot.press("F")
        assert not panel.display


async def test_a_year_facet_adds_a_date_term(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("F")
        await settle(pilot)
        panel = app.query_one(FacetPanel)
        assert panel.highlighted is not None
        await pilot.press("enter")  # the first value: the newest year
        await settle(pilot)
        newest = max(expected(sample_archive, "")["year"])
        assert app.query_one(FilterBar).text == f"date:{newest}"
        count = expected(sample_archive, f"date:{newest}")["year"][newest]
        assert f"{count} of 81 posts" in screen_text(app)
