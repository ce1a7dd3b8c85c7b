"""Sets of posts as bitmaps: they read, count and find positions as a sorted list would."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyroaring import BitMap, FrozenBitMap

from tuiarchive.cli.main import main
from tuiarchive.store import open_store, post_sets
from tuiarchive.store.post_sets import Blocks, PostSet, Reversed

DATA = Path(__file__).parents[2] / "data"


def _archive(size: int, seed: int) -> list[int]:
    """Doc numbers in list order: imported in another order than they are shown."""
    docs = list(range(1, size + 1))
    random.Random(seed).shuffle(docs)
    return docs


@st.composite
def archives_and_answers(draw: st.DrawFn) -> tuple[list[int], set[int]]:
    size = draw(st.integers(0, 700))
    docs = _archive(size, draw(st.integers(0, 1000)))
    chosen = draw(st.sets(st.integers(0, max(0, size - 1)), max_size=size)) if size else set()
    return docs, chosen


@pytest.fixture(autouse=True)
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    # Small blocks so that a few hundred posts span many of them, and a set is read
    # block by block rather than all at once.
    monkeypatch.setattr(post_sets, "BLOCK", 16)
    monkeypatch.setattr(post_sets, "SMALL", 8)


@settings(max_examples=300, deadline=None)
@given(archives_and_answers())
def test_a_post_set_reads_like_the_sorted_positions(case: tuple[list[int], set[int]]) -> None:
    docs, chosen = case
    blocks = Blocks(docs)
    found = PostSet(BitMap(docs[p] for p in chosen), blocks)
    expected = sorted(chosen)
    assert len(found) == len(expected)
    assert list(found) == expected
    assert found == expected
    assert list(reversed(found)) == expected[::-1]
    assert [found[i] for i in range(len(expected))] == expected
    assert [found[-i] for i in range(1, len(expected) + 1)] == [
        expected[-i] for i in range(1, len(expected) + 1)
    ]
    assert found[2:9] == expected[2:9]
    for position in range(len(docs)):
        assert (position in found) == (position in chosen)
        rank = sum(1 for p in expected if p < position)
        assert found.rank(position) == rank
        if position in chosen:
            assert found.index(position) == expected.index(position)
    if docs:
        a, b = sorted(random.Random(len(docs)).sample(range(len(docs) + 1), 2))
        assert found.count_between(a, b) == sum(1 for p in expected if a <= p < b)
        assert blocks.span(a, b) == BitMap(docs[a:b])


def test_asking_past_the_end_or_for_a_missing_post_fails_as_a_list_would() -> None:
    blocks = Blocks(_archive(100, 1))
    found = PostSet(BitMap(blocks.docs[p] for p in (3, 50, 99)), blocks)
    with pytest.raises(IndexError):
        found[3]
    with pytest.raises(ValueError):
        found.index(4)
    assert 100 not in found and -1 not in found


def test_the_oldest_first_view_reads_the_same_posts_backwards() -> None:
    blocks = Blocks(_archive(300, 2))
    chosen = sorted(random.Random(3).sample(range(300), 120))
    oldest_first = Reversed(PostSet(BitMap(blocks.docs[p] for p in chosen), blocks))
    assert list(oldest_first) == chosen[::-1]
    assert [oldest_first[i] for i in range(120)] == chosen[::-1]
    assert oldest_first.index(chosen[0]) == 119
    assert chosen[5] in oldest_first


def test_the_same_posts_over_two_snapshots_of_one_order_are_equal() -> None:
    docs = _archive(200, 4)
    chosen = BitMap(docs[p] for p in (1, 20, 150))
    assert PostSet(chosen, Blocks(docs)) == PostSet(chosen, Blocks(list(docs)))
    assert PostSet(chosen, Blocks(docs)) != PostSet(chosen, Blocks(docs[::-1]))


def test_every_post_from_the_span_is_every_doc_one_by_one(tmp_path: Path) -> None:
    """The set of every post made from the docs' range (no gaps) is the one made doc by doc;
    when the index's lowest to highest doc is not as many as the snapshot's docs, there is
    no range, and the set is made doc by doc."""
    archive = tmp_path / "a"
    assert main(["--db", str(archive), "--import", str(DATA), "--no-ui"]) == 0
    with open_store(archive, create=False) as store:
        order = store.index.order()
        assert order.span is not None and len(order.docs) > 10
        assert FrozenBitMap(order.span) == FrozenBitMap(order.docs)
        assert store.catalogue().everything() == FrozenBitMap(order.docs)
        newest = store.index.newest_doc()
    with sqlite3.connect(archive / "index.sqlite") as db:  # a doc the snapshot still holds
        db.execute("DELETE FROM catalogue WHERE doc = ?", (newest,))
    with open_store(archive, create=False) as store:
        order = store.index.order()
        assert order.span is None
        assert store.catalogue().everything() == FrozenBitMap(order.docs)
