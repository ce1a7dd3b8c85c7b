"""One dump of many posts is read in time linear in its size: no line is looked at once per post.

Timing tests are noisy on a shared machine; this counts instead how many lines the reader
touches (by index, slice or loop), which grows with the dump when the walk is linear and
with its square when each post rescans the lines after it. `benchmarks/parse_speed.py`
times the same thing.
"""

from __future__ import annotations

from typing import Any, SupportsIndex

import pytest

from tuiarchive.dumps import parser


class _CountingLines(list):  # type: ignore[type-arg]
    touched = 0

    def __getitem__(self, key: SupportsIndex | slice) -> Any:
        got = super().__getitem__(key)
        _CountingLines.touched += len(got) if isinstance(key, slice) else 1
        return got

    def __iter__(self) -> Any:
        for line in super().__iter__():
            _CountingLines.touched += 1
            yield line


_READER_INIT = parser._Reader.__init__


def _dump(posts: int) -> str:
    return "".join(
        f"Monday, March 4, 2013\n\nField note {n}\n\nThe river rose {n} cm.\n\n"
        "Posted by Jo Smith at 5:43 AM\n\n1 comments:\n\nAnn said...\n\n"
        f"Seen it too, {n}.\n\nMarch 4, 2013 at 6:00 AM\n\n"
        for n in range(posts)
    )


def _lines_touched(posts: int, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    made: list[int] = []
    original = _READER_INIT

    def counting_init(self: Any, lines: Any, *args: Any, **kwargs: Any) -> None:
        made.append(len(lines))
        original(self, _CountingLines(lines), *args, **kwargs)

    monkeypatch.setattr(parser._Reader, "__init__", counting_init)
    _CountingLines.touched = 0
    read = parser.parse_text(_dump(posts), "many.txt")
    assert len(read) == posts
    return _CountingLines.touched, made[0]


def test_a_dump_of_many_commented_posts_is_read_in_linear_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small, small_lines = _lines_touched(500, monkeypatch)
    large, large_lines = _lines_touched(2000, monkeypatch)
    per_line_small = small / small_lines
    per_line_large = large / large_lines
    # Linear: each line is looked at a few times, however many posts the dump holds.
    assert per_line_large < 1.25 * per_line_small, (per_line_small, per_line_large)
    assert per_line_large < 20, per_line_large
