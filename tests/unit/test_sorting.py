"""Sorting a filter's posts by title, author or comment count."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tuiarchive.research.sorting import SORTS, sorted_positions
from tuiarchive.store.catalogue import Summary


def row(title: str, author: str | None, comments: int | None) -> Summary:
    return Summary(title, author, None, None, (), None, comments, 0)


@dataclass
class Rows:
    rows: list[Summary]

    def summaries(self, positions: Iterable[int]) -> Iterable[Summary]:
        return [self.rows[p] for p in positions]


ROWS = Rows([
    row("banks", "Ola", 2),  # 0, the newest
    row("Árbol", None, None),  # 1
    row("", "ada", 7),  # 2: untitled
    row("apples", "Ola", 2),  # 3
    row("Banks", "ada", 0),  # 4
])  # fmt: skip


def test_titles_a_to_z_case_and_accents_aside_untitled_last_ties_newest_first() -> None:
    assert sorted_positions(ROWS, [0, 1, 2, 3, 4], "title") == [3, 1, 0, 4, 2]


def test_authors_a_to_z_then_the_posts_with_none() -> None:
    assert sorted_positions(ROWS, [0, 1, 2, 3, 4], "author") == [2, 4, 0, 3, 1]


def test_most_comments_first_unknown_counts_last() -> None:
    assert sorted_positions(ROWS, [0, 1, 2, 3, 4], "comments") == [2, 0, 3, 4, 1]


def test_only_the_positions_asked_for_are_sorted() -> None:
    assert sorted_positions(ROWS, [1, 3], "title") == [3, 1]
    assert set(SORTS) == {"title", "author", "comments"}
