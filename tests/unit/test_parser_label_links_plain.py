"""A plain-text page whose "Labels:" line kept its labels as Markdown links (a partial
conversion): each link is one label, read by its text."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_dump

_PAGE = """Monday, March 4, 2013

The ferry timetable

We took the morning ferry across the bay and counted the gulls on the rail.

Posted by Ana Ruiz at 9:15 AM 2 comments
{labels}
"""


def _labels(line: str) -> tuple[str, ...]:
    (post,) = parse_dump(_PAGE.format(labels=line).encode(), "ferry.txt")
    return post.labels


def test_labels_written_as_links_are_each_one_label() -> None:
    line = (
        "Labels: [ferries](https://example.blogspot.com/search/label/ferries) "
        "[bay crossings](https://example.blogspot.com/search/label/bay%20crossings)"
    )
    assert _labels(line) == ("ferries", "bay crossings")


def test_labels_written_as_links_with_commas_are_each_one_label() -> None:
    line = "Etiquetas: [barcos](https://x.blogspot.com/search/label/barcos), [viajes](https://x.blogspot.com/search/label/viajes)"
    assert _labels(line) == ("barcos", "viajes")


def test_plain_labels_read_as_before() -> None:
    assert _labels("Labels: ferries, bay crossings") == ("ferries", "bay crossings")
