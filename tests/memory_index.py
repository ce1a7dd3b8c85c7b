"""Filtering a list of posts held in memory: the reference meaning of every filter term.

A test helper (it was `tuiarchive.search`): the indexed answers are compared with it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence, Set
from typing import Any

from tuiarchive.model import Post, newest_first
from tuiarchive.query.language import Query
from tuiarchive.words import Pattern, label_key, tokens


class MemoryIndex:
    """A `PostIndex` over posts in memory, newest first; simple, and the yardstick for others.

    It answers each term on its own (no `words_matching`), so the query engine's
    plain set algebra is what indexed answers are compared with.
    """

    def __init__(
        self,
        posts: Iterable[Post],
        read: Set[str] = frozenset(),
        starred: Set[str] = frozenset(),
        tags: Mapping[str, Sequence[str]] | None = None,
        notes: Mapping[str, str] | None = None,
    ) -> None:
        self.posts: list[Post] = sorted(
            posts, key=lambda p: newest_first(p.date, p.time, p.line, p.id), reverse=True
        )
        self.read = read
        self.starred = starred
        self.tags = tags or {}
        self.notes = notes or {}
        self._tokens: dict[tuple[int, str], list[str]] = {}

    def everything(self) -> set[int]:
        return set(range(len(self.posts)))

    def in_order(self, found: set[int]) -> list[int]:
        return sorted(found)

    def _words(self, position: int, field: str) -> list[str]:
        key = (position, field)
        if key not in self._tokens:
            self._tokens[key] = tokens(getattr(self.posts[position], field) or "")
        return self._tokens[key]

    def text_matches(self, fields: tuple[str, ...], pattern: Pattern) -> set[int]:
        return {
            i
            for i in range(len(self.posts))
            if any(pattern.found_in(self._words(i, f)) for f in fields)
        }

    def labelled(self, name: str) -> set[int]:
        return {
            i
            for i, post in enumerate(self.posts)
            if any(label_key(label) == name for label in post.labels)
        }

    def dated(self, first: str | None, last: str | None) -> set[int]:
        return {
            i
            for i, post in enumerate(self.posts)
            if post.date is not None
            and (first is None or post.date >= first)
            and (last is None or post.date <= last)
        }

    def status(self, what: str) -> set[int]:
        marks = self.starred if what in ("starred", "unstarred") else self.read
        wanted = what in ("starred", "read")
        return {i for i, post in enumerate(self.posts) if (post.id in marks) == wanted}

    def tagged(self, name: str) -> set[int]:
        return {i for i, post in enumerate(self.posts) if name in self.tags.get(post.id, ())}

    def noted(self, pattern: Pattern) -> set[int]:
        return {
            i
            for i, post in enumerate(self.posts)
            if pattern.found_in(tokens(self.notes.get(post.id, "")))
        }


def filter_posts(posts: Sequence[Post], query: Query, **marks: Any) -> list[Post]:
    """The posts matching `query`, newest first."""
    index = MemoryIndex(posts, **marks)
    return [index.posts[i] for i in query.run(index)]
