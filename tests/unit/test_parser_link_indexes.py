"""A feed reader's export flattened to text (feed name / item title / item link / categories,
block after block) lists posts but holds none: no post is read from it."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.parser import parse_text
from tuiarchive.errors import NotADump

_BLOCKS = [
    (
        "Tidewater Notes",
        "Why the harbour bell rings twice",
        "http://tidewater.example.org/2009/03/bell/",
        ["Harbour", "Sound"],
    ),
    (
        "The Slow Kitchen",
        "Bread that waits for you",
        "http://feeds.example.com/~r/slowkitchen/~3/a81/bread.php",
        ["Baking"],
    ),
    (
        "Orbit Desk",
        "A comet nobody asked for",
        "http://orbitdesk.example.net/2009/03/14/comet/",
        ["Space", "Comments", "Pretty pictures"],
    ),
    (
        "Tidewater Notes",
        "Low water, high hopes",
        "http://tidewater.example.org/2009/03/low-water/",
        ["Harbour"],
    ),
    (
        "Field Guide to Doubt",
        "Three claims about magnets, checked",
        "http://doubt.example.com/?p=3120",
        ["Skepticism", "Magnets"],
    ),
    (
        "The Slow Kitchen",
        "Soup for a grey week",
        "http://feeds.example.com/~r/slowkitchen/~3/a95/soup.php",
        ["Soup", "Winter"],
    ),
]


def _export(blocks: list[tuple[str, str, str, list[str]]] = _BLOCKS) -> str:
    return (
        "\n\n".join("\n".join([feed, title, url, *cats]) for feed, title, url, cats in blocks)
        + "\n"
    )


def test_a_list_of_feed_items_is_no_post() -> None:
    with pytest.raises(NotADump):
        parse_text(_export(), "feeds.txt")


def test_a_post_that_lists_links_under_its_text_is_still_read() -> None:
    page = (
        "Friday, March 13, 2009\n\nWhat I read this week\n\n"
        "A few pages from other blogs that kept me up past midnight, for better or worse.\n\n"
        + _export([block for block in _BLOCKS if "Comments" not in block[3]])
        + "\nPosted by Ines Varga at 9:40 PM\n"
    )
    (post,) = parse_text(page, "page.txt")
    assert post.title == "What I read this week"
    assert post.author == "Ines Varga"
