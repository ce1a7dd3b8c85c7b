"""A page saver's address in an HTML comment atop the page: "<!-- Source: url -->", "<!-- saved from url=… -->"."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.parser import parse_text

_PAGE = (
    "",
    "[Skip to content](https://gardennotes.example.org/2021/06/rhubarb-again/#content)",
    "",
    "# Rhubarb again",
    "",
    "Posted on [June 3, 2021](https://gardennotes.example.org/2021/06/rhubarb-again/)"
    " by [Elin Hart](https://gardennotes.example.org/author/elin/)",
    "",
    "The rhubarb came back stronger than ever this year, so here is another crumble.",
    "",
    "Use less sugar than you think, and a little ginger.",
)


@pytest.mark.parametrize(
    "comment",
    [
        "<!-- Source: https://gardennotes.example.org/2021/06/rhubarb-again/ -->",
        "<!-- saved from url=(0056)https://gardennotes.example.org/2021/06/rhubarb-again/ -->",
    ],
)
def test_the_address_in_a_savers_comment_atop_the_page_is_the_posts(comment: str) -> None:
    posts = parse_text("\n".join((comment, *_PAGE)), "saved.md")
    assert len(posts) == 1
    assert posts[0].title == "Rhubarb again"
    assert posts[0].url == "https://gardennotes.example.org/2021/06/rhubarb-again/"
