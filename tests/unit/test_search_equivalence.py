"""The store's indexed search gives exactly the reference answers, for any posts and filter."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.archives import add_posts
from tests.memory_index import MemoryIndex
from tuiarchive.model import Post, post_identity
from tuiarchive.query.language import parse_filter
from tuiarchive.store import open_store

VOCABULARY = ["ferry", "ferries", "pipeline", "pipe", "Baku", "baku's", "Kazakhstan", "kazakh",
              "harbour", "the", "tariff", "Zürich", "zurich", "ÉCOLE", "école", "一带一路", "кот",
              "2014", "u.s.", "naïve"]  # fmt: skip
LABELS = ["energy", "Energy", "rivers", "human rights"]
DATES = [None, "2013-12-31", "2014-01-01", "2014-05-23", "2014-05-31", "2015-02-28"]

words = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=8).map(" ".join)


@st.composite
def posts(draw: st.DrawFn) -> list[Post]:
    made = []
    for n in range(draw(st.integers(1, 12))):
        title, body, date = draw(words), draw(words), draw(st.sampled_from(DATES))
        made.append(
            Post(
                id=post_identity(date, f"{title} {n}", body),
                title=f"{title} {n}",
                body=body,
                date=date,
                author=draw(st.sampled_from([None, "Mara Lindqvist", "Paul Goble"])),
                place=draw(st.sampled_from([None, "Baku", "Nizhny Novgorod"])),
                series=draw(st.sampled_from([None, "Ledger Notes"])),
                blog=draw(st.sampled_from([None, "Harbour Ledger", "Saltmarsh Notebook"])),
                labels=tuple(draw(st.lists(st.sampled_from(LABELS), max_size=2, unique=True))),
                line=n,
            )
        )
    return made


TERMS = [
    "ferr", "ferry", "pipe", '"the ferry"', '"pipe"', "kazakh", "zur", "zürich", "éco", "école",
    "一带", "кот", "u.s.", "baku's", "title:ferr", "author:mara", 'author:"paul gob"',
    "place:nizhny", "series:ledger", "blog:ledger", 'blog:"harbour ledger"', "blog:salt",
    "label:energy", 'label:"human rights"', "date:2014", "date:2014-05", 'date:"May 2014"',
    "date:2013..2014-01", "since:2014-05-23", "until:2014", "after:2014-05", "before:2014",
    "is:starred", "is:unread", "2014", "n",
]  # fmt: skip


@st.composite
def filters(draw: st.DrawFn, depth: int = 0) -> str:
    """A filter of terms, exclusions, ORs and nested groups."""
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        if depth < 2 and draw(st.integers(0, 4)) == 0:
            term = f"({draw(filters(depth + 1))})"
        else:
            term = draw(st.sampled_from(TERMS))
        if draw(st.booleans()) and len(parts) > 0:
            term = "-" + term
        parts.append(term)
    text = " ".join(parts)
    if draw(st.booleans()):
        text = f"({text}) OR {draw(st.sampled_from(TERMS))}"
    return text


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(posts(), st.lists(filters(), min_size=1, max_size=6), st.data())
def test_indexed_search_equals_the_reference(made: list[Post], texts: list[str], data) -> None:  # type: ignore[no-untyped-def]
    starred = set(data.draw(st.lists(st.sampled_from([p.id for p in made]), max_size=3)))
    with tempfile.TemporaryDirectory() as directory, open_store(Path(directory) / "a") as store:
        add_posts(store, made)
        if starred:
            store.mark("starred", sorted(starred), True)
        catalogue = store.catalogue()
        reference = MemoryIndex(made, starred=starred)
        assert catalogue.ids == [p.id for p in reference.posts]  # same newest-first order
        for text in texts:
            query = parse_filter(text)
            found = [catalogue.ids[n] for n in query.run(catalogue)]
            expected = [reference.posts[n].id for n in query.run(reference)]
            assert found == expected, text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(posts(), st.sampled_from(TERMS))
def test_month_counts_agree_with_the_dates(made: list[Post], text: str) -> None:
    with tempfile.TemporaryDirectory() as directory, open_store(Path(directory) / "a") as store:
        add_posts(store, made)
        catalogue = store.catalogue()
        positions = parse_filter(text).run(catalogue)
        counts = catalogue.month_counts(positions, 2013, 2015)
        expected = [0] * 36
        for n in positions:
            date = catalogue.dates[n]
            if date and 2013 <= int(date[:4]) <= 2015:
                expected[(int(date[:4]) - 2013) * 12 + int(date[5:7]) - 1] += 1
        assert counts == expected
