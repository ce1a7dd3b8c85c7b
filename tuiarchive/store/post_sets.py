"""Sets of posts as compressed bitmaps of doc numbers, read newest first a block at a time.

A filter's answer can hold most of a million posts. Combining answers (and, or, not)
and counting them happens on bitmaps in C; turning doc numbers into list positions,
which is Python work, is done only for the part of the list that is looked at: the
positions are cut into blocks, and a block is read when a row in it is wanted.
"""

from __future__ import annotations

import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cached_property
from typing import overload

from pyroaring import BitMap, FrozenBitMap

#: Positions per block: small enough that reading one is quick (a millisecond), large
#: enough that counting every block of a million posts is a few hundred C calls.
BLOCK = 2048
#: An answer this small is put in order at once rather than a block at a time.
SMALL = 4096


def doc_positions(docs: Sequence[int]) -> array.array[int]:
    """Each doc number's position in `docs` (-1 for a number no post has)."""
    where = array.array("i", [-1]) * (max(docs, default=0) + 1)
    for position, doc in enumerate(docs):
        where[doc] = position
    return where


class Blocks:
    """The archive's order cut into blocks: which docs sit at positions [k·BLOCK, (k+1)·BLOCK).

    One per catalogue snapshot. A block's bitmap and each doc's position are made the first
    time they are needed (a count needs neither); once made they never change, so threads
    that make one at the same moment make the same one.
    """

    def __init__(
        self,
        docs: Sequence[int] | Callable[[], Sequence[int]],
        where: Callable[[], Sequence[int]] | None = None,
        span: range | None = None,
        size: int | None = None,
        between: Callable[[int, int], Sequence[int]] | None = None,
    ) -> None:
        # Docs given as a function are read when first wanted (with `span`, counting
        # needs none of them): `size` says how many there are, and `between(start, stop)`
        # reads those at positions [start, stop) alone until then.
        self._docs = docs
        self._between = between
        if callable(docs):
            assert size is not None
            self._size = size
        else:
            self._size = len(docs)
        self._where = where
        self._bitmaps: dict[int, FrozenBitMap] = {}
        self.count = -(-self._size // BLOCK)
        # Every post: from `span` when the docs are known to be exactly its numbers (made
        # in microseconds, where a million docs one by one take 15 ms).
        self.everything = FrozenBitMap(span if span is not None else self._packed)

    def __len__(self) -> int:
        return self._size

    @cached_property
    def docs(self) -> Sequence[int]:
        return self._docs() if callable(self._docs) else self._docs

    @cached_property
    def _packed(self) -> Sequence[int]:
        docs = self.docs
        return docs if isinstance(docs, array.array) else array.array("I", docs)

    @cached_property
    def position_of_doc(self) -> Sequence[int]:
        """Each doc number's position (-1 for a number no post has)."""
        return self._where() if self._where is not None else doc_positions(self.docs)

    def block(self, k: int) -> FrozenBitMap:
        """The docs of block k."""
        found = self._bitmaps.get(k)
        if found is None:
            found = FrozenBitMap(self._packed[k * BLOCK : (k + 1) * BLOCK])
            self._bitmaps[k] = found
        return found

    def span(self, start: int, stop: int) -> FrozenBitMap:
        """The docs at positions [start, stop)."""
        start, stop = max(0, start), min(self._size, stop)
        if start >= stop:
            return FrozenBitMap()
        if self._between is not None and "_packed" not in self.__dict__:
            return FrozenBitMap(self._between(start, stop))  # the docs are not read yet
        first, last = -(-start // BLOCK), stop // BLOCK  # the whole blocks inside
        packed = self._packed
        if first >= last:
            return FrozenBitMap(packed[start:stop])
        parts = [
            *(self.block(k) for k in range(first, last)),
            FrozenBitMap(packed[start : first * BLOCK]),
            FrozenBitMap(packed[last * BLOCK : stop]),
        ]
        return FrozenBitMap.union(*parts)

    def of_positions(self, positions: Iterable[int]) -> FrozenBitMap:
        """The docs at these positions."""
        docs = self.docs
        return FrozenBitMap(array.array("I", (docs[p] for p in positions)))


class Positions(Sequence[int]):
    """A sequence of positions read one at a time: slices, negative indices and the bounds
    of `index` are handled here once; a subclass says how to read the i-th position
    (`_at`) and where a position is (`_place`)."""

    def _at(self, i: int) -> int:
        raise NotImplementedError

    def _place(self, position: int) -> int:
        raise NotImplementedError

    @overload
    def __getitem__(self, i: int) -> int: ...
    @overload
    def __getitem__(self, i: slice) -> list[int]: ...
    def __getitem__(self, i: int | slice) -> int | list[int]:
        size = len(self)
        if isinstance(i, slice):
            return [self._at(n) for n in range(*i.indices(size))]
        if i < 0:
            i += size
        if not 0 <= i < size:
            raise IndexError("position index out of range")
        return self._at(i)

    def index(self, position: int, start: int = 0, stop: int | None = None) -> int:
        """Where `position` is (ValueError when it is not there, or not in [start, stop))."""
        found = self._place(position)
        if found < start or (stop is not None and found >= stop):
            raise ValueError(f"{position} is not in the sequence")
        return found


class PostSet(Positions):
    """The positions of a set of posts, ascending (newest first), over a doc bitmap.

    Its length and membership are answered by the bitmap; positions are read a block
    at a time when asked for. What it has read is kept (each block once, written by
    whichever thread reads it first: the values are the same whoever computes them).
    """

    def __init__(self, docs: BitMap | FrozenBitMap, blocks: Blocks) -> None:
        self.docs = docs
        self.blocks = blocks
        self._size = len(docs)
        self._read: dict[int, list[int]] = {}
        self._before: list[int] = [0]  # matches in the blocks before block k
        self._all: list[int] | None = None
        if self._size <= SMALL:
            where = blocks.position_of_doc
            self._all = sorted(where[d] for d in docs)

    def __len__(self) -> int:
        return self._size

    def __eq__(self, other: object) -> bool:
        """Equal to another post set of the same posts, or to a list of the same positions."""
        if isinstance(other, PostSet):  # the same posts, in the same order of the archive
            return self.docs == other.docs and (
                self.blocks is other.blocks or list(self.blocks.docs) == list(other.blocks.docs)
            )
        if isinstance(other, list | tuple):
            return len(other) == self._size and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # equal to lists, which have no hash

    def __repr__(self) -> str:
        shown = ", ".join(map(str, self[:8])) + (", ..." if self._size > 8 else "")
        return f"PostSet([{shown}], {self._size} posts)"

    def __contains__(self, position: object) -> bool:
        if not isinstance(position, int) or not 0 <= position < len(self.blocks):
            return False
        return self.blocks.docs[position] in self.docs

    def _block(self, k: int) -> list[int]:
        """The matching positions in block k, ascending (each of its positions looked at: no
        doc-to-position table is needed for that)."""
        found = self._read.get(k)
        if found is None:
            docs, order = self.docs, self.blocks.docs
            start = k * BLOCK
            found = [p for p in range(start, min(start + BLOCK, len(order))) if order[p] in docs]
            self._read[k] = found
        return found

    def _count_to(self, k: int) -> None:
        """Make sure the counts before block k are known."""
        before = self._before
        while len(before) <= k:
            n = len(before) - 1
            before.append(before[-1] + self.docs.intersection_cardinality(self.blocks.block(n)))

    def _locate(self, i: int) -> tuple[int, int]:
        """The block holding the i-th match, and where in that block it is."""
        before = self._before
        while before[-1] <= i and len(before) <= self.blocks.count:
            self._count_to(len(before))
        k = bisect_right(before, i) - 1
        return k, i - before[k]

    def _at(self, i: int) -> int:
        if self._all is not None:
            return self._all[i]
        k, within = self._locate(i)
        return self._block(k)[within]

    def __iter__(self) -> Iterator[int]:
        if self._all is not None:
            yield from self._all
            return
        for k in range(self.blocks.count):
            yield from self._block(k)

    def __reversed__(self) -> Iterator[int]:
        if self._all is not None:
            yield from reversed(self._all)
            return
        for k in range(self.blocks.count - 1, -1, -1):
            yield from reversed(self._block(k))

    def _place(self, position: int) -> int:
        if position not in self:
            raise ValueError(f"{position} is not in the post set")
        return self.rank(position)

    def rank(self, position: int) -> int:
        """How many matches come before `position` (where it is or would be)."""
        if self._all is not None:
            return bisect_left(self._all, position)
        k = max(0, min(position // BLOCK, self.blocks.count))
        self._count_to(k)
        if k == self.blocks.count:
            return self._before[k]
        return self._before[k] + bisect_left(self._block(k), position)

    def docs_above(self, doc: int) -> int:
        """How many of the posts have a doc number above `doc` (came in after it)."""
        return self.docs.range_cardinality(doc + 1, 1 << 32)

    def count_between(self, start: int, stop: int) -> int:
        """How many matches lie at positions [start, stop)."""
        return self.rank(stop) - self.rank(start) if stop > start else 0


class Reversed(Positions):
    """A sequence of positions read from the other end (oldest first), without copying it."""

    def __init__(self, forward: Sequence[int]) -> None:
        self.forward = forward

    def __len__(self) -> int:
        return len(self.forward)

    def _at(self, i: int) -> int:
        return self.forward[len(self.forward) - 1 - i]

    def __iter__(self) -> Iterator[int]:
        return reversed(self.forward)

    def __contains__(self, position: object) -> bool:
        return position in self.forward

    def _place(self, position: int) -> int:
        return len(self.forward) - 1 - self.forward.index(position)
