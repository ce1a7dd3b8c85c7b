"""A breadcrumb above the post (Home > Category > Post) gives the post's category as a
label, with a warning, and is neither the body nor an unrecognised line."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.parser import parse_text
from tuiarchive.model import Post


def _one(text: str, source: str = "page.txt") -> Post:
    posts = parse_text(text, source)
    assert len(posts) == 1, [p.title for p in posts]
    return posts[0]


def test_a_jina_pages_breadcrumb_gives_the_category_and_is_not_kept_as_a_stray_line() -> None:
    post = _one(
        "\n".join(
            [
                "Title: 慢慢学做面包 - 小林的厨房笔记",
                "",
                "URL Source: http://xiaolin.example.com/posts/bread.html",
                "",
                "Markdown Content:",
                "[首页](http://xiaolin.example.com/) > [烘焙](http://xiaolin.example.com/posts/bake.html)"
                " > 正文",
                "",
                "慢慢学做面包2023-05-02",
                "",
                "",
                "-----------------------------",
                "",
                "* * *",
                "",
                "第一次做面包的时候，面团一直发不起来，后来才知道是水太烫了。",
                "",
                "第二次把水温降到三十度左右，面团两个小时就长大了一倍。",
            ]
        ),
        "page.md",
    )
    assert post.labels == ("烘焙",)
    assert not any("首页" in line for line in post.extra_text)
    assert "首页" not in post.body
    assert any("breadcrumb" in w for w in post.warnings)


@pytest.mark.parametrize(
    ("crumb", "category"),
    [
        ("Home > Travel > A night train to the coast", "Travel"),
        ("Inicio » Viajes » A night train to the coast", "Viajes"),
        ("Startseite » Reisen » A night train to the coast", "Reisen"),
    ],
)
def test_a_plain_breadcrumb_over_the_title_gives_the_category(crumb: str, category: str) -> None:
    post = _one(
        "\n".join(
            [
                "Rails and Sails",
                "",
                crumb,
                "",
                "Friday, June 7, 2019",
                "",
                "A night train to the coast",
                "",
                "The sleeper left at ten and the sea was in the window by breakfast.",
                "",
                "Posted by Tom at 6:40 AM",
            ]
        )
    )
    assert post.title == "A night train to the coast"
    assert post.blog == "Rails and Sails"
    assert post.labels == (category,)
    assert not post.extra_text
    assert any("breadcrumb" in w for w in post.warnings)


def test_a_breadcrumb_adds_its_category_to_the_posts_own_labels_once() -> None:
    post = _one(
        "\n".join(
            [
                "Home > Travel > A night train to the coast",
                "",
                "Friday, June 7, 2019",
                "",
                "A night train to the coast",
                "",
                "The sleeper left at ten and the sea was in the window by breakfast.",
                "",
                "Posted by Tom at 6:40 AM",
                "Labels: Travel, trains",
            ]
        )
    )
    assert post.labels == ("Travel", "trains")
