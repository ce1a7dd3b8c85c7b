"""Facets counted from each value's kept bitmap agree with counting post by post, and stay so."""

from __future__ import annotations

import random
from pathlib import Path

from tests.archives import add_posts
from tuiarchive.model import Post
from tuiarchive.query.language import parse_filter
from tuiarchive.research.facets import count_facets, facets_of, post_facts
from tuiarchive.store import open_store
from tuiarchive.store.post_sets import Reversed

LABELS = ["energy", "Energy", "ports", "grain", "rail", "elections"]
PLACES = ["Riga", "Baku", "Aktau", None]
BLOGS = ["Harbour Ledger", "Saltmarsh Notebook", None]


def posts(count: int, seed: int, start: int = 0) -> list[Post]:
    pick = random.Random(seed)
    return [
        Post(
            id=f"p{n:05d}",
            title=f"Quay note {n}",
            body="ferry grain" if n % 3 else "a quiet day on the quay",
            date=pick.choice([None, f"{pick.randint(2009, 2016)}-0{pick.randint(1, 9)}-1{n % 10}"]),
            labels=tuple(pick.sample(LABELS, pick.randint(0, 3))),
            place=pick.choice(PLACES),
            series=pick.choice(["Notes", None, None]),
            blog=pick.choice(BLOGS),
            source=f"d{n}.txt",
        )
        for n in range(start, start + count)
    ]


def both_ways(archive: Path, text: str) -> tuple[list[object], list[object]]:
    with open_store(archive) as store:
        catalogue = store.catalogue()
        found = parse_filter(text).run(catalogue)
        by_bitmaps = facets_of(found, catalogue)
        by_posts = count_facets(list(found), post_facts(catalogue))
    return by_bitmaps, by_posts  # type: ignore[return-value]


def test_facets_from_kept_bitmaps_equal_facets_counted_post_by_post(archive_path: Path) -> None:
    with open_store(archive_path) as store:
        add_posts(store, posts(300, seed=1))
    for text in ("", "ferry", "quiet -label:grain", "date:2012..2014", "place:riga"):
        by_bitmaps, by_posts = both_ways(archive_path, text)
        assert by_bitmaps == by_posts, text
    with open_store(archive_path) as store:  # a second opening reads them from the index
        kept = store.index.db.execute("SELECT count(*) FROM answers WHERE key LIKE '% facet %'")
        assert kept.fetchone()[0] > len(LABELS)
        catalogue = store.catalogue()
        oldest_first = Reversed(parse_filter("ferry").run(catalogue))
        assert facets_of(oldest_first, catalogue) == count_facets(
            list(oldest_first), post_facts(catalogue)
        )


def test_kept_facets_follow_later_imports_and_changed_posts(archive_path: Path) -> None:
    with open_store(archive_path) as store:
        add_posts(store, posts(200, seed=2))
    assert both_ways(archive_path, "ferry")[0] == both_ways(archive_path, "ferry")[1]
    with open_store(archive_path) as store:  # new posts, with a label and a blog not seen yet
        later = posts(50, seed=3, start=200)
        later[0] = Post(**{**later[0].__dict__, "labels": ("harbour fees",), "blog": "Quay Daily"})
        add_posts(store, later)
    by_bitmaps, by_posts = both_ways(archive_path, "")
    assert by_bitmaps == by_posts
    label = next(f for f in by_bitmaps if f.name == "label")  # type: ignore[attr-defined]
    assert label.values[-1] == ("harbour fees", 1) or label.more
    with open_store(archive_path) as store:  # a richer reading of a known post: other labels
        before = facets_of(parse_filter("").run(store.catalogue()), store.catalogue())
        changed = posts(1, seed=2)[0]
        richer = {"labels": (*changed.labels, "rail fares"), "comments": 4}
        assert add_posts(store, [Post(**{**changed.__dict__, **richer})]).updated == 1
        catalogue = store.catalogue()  # the same process, which kept the facets in memory
        after = facets_of(parse_filter("").run(catalogue), catalogue)
        assert after == count_facets(range(len(catalogue)), post_facts(catalogue)) != before
        label = next(f for f in after if f.name == "label")
        assert ("rail fares", 1) in label.values
