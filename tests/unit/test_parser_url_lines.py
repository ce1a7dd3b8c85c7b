"""A bare address on a line of its own is a link, never a list of labels headed `http:`."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text
from tuiarchive.errors import NotADump

_EXPORT = """\
Marsh Notes » Blog
Heron Quickies 10.14
http://marsh.example/blog/?p=3507
Birds

Marsh Notes » Blog
Heron Quickies 10.13
http://marsh.example/blog/?p=3482
Birds

Weir Watch
The weir in October
http://weir.example/2009/10/weir-in-october/
Rivers
"""


def test_a_feed_export_gives_no_posts_labelled_with_addresses() -> None:
    try:
        posts = parse_text(_EXPORT, "feeds.txt")
    except NotADump:  # no post at all is right too
        posts = []
    for post in posts:
        assert not any(label.startswith("//") for label in post.labels), post.labels
        assert post.warnings
