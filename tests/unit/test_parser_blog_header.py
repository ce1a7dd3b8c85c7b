"""The blog's name from the header's title position only: never a menu, a skip link, a
category above the title or the blog's description; breadcrumbs give the post's category."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text
from tuiarchive.model import Post


def _one(text: str, source: str = "page.txt") -> Post:
    posts = parse_text(text, source)
    assert len(posts) == 1, [p.title for p in posts]
    return posts[0]


def test_a_menu_run_atop_the_page_is_not_the_blogs_name_the_line_over_its_description_is() -> None:
    post = _one(
        "\n".join(
            [
                "KNITTING BASICS",
                "PATTERNS",
                "YARN NOTES",
                "ABOUT ME",
                "",
                "Wool and Wander",
                "Every scarf starts with one loop....",
                "",
                "",
                "HOME",
                "PATTERNS »",
                "A winter hat in two evenings",
                "9:15 PM  Knitting, Hats  No comments",
                "",
                "The pattern needs only one ball of chunky yarn and a circular needle.",
                "Cast on loosely, the brim curls otherwise.",
            ]
        )
    )
    assert post.blog == "Wool and Wander"


def test_a_skip_link_is_no_blog_name_the_header_link_to_the_home_page_is() -> None:
    post = _one(
        "\n".join(
            [
                "---",
                "source_url: https://carnetdesmarees.example.com/2019/09/03/coefficients/",
                "---",
                "[Aller au contenu principal](#content){.skip-link .screen-reader-text}",
                "",
                "Widgets",
                "",
                "[-- Carnet des marées --](https://carnetdesmarees.example.com/)",
                "",
                "Les coefficients de septembre",
                "==============================",
                "",
                "Publié le 3 septembre 2019 par Maëlle",
                "",
                "La grande marée de la semaine prochaine découvrira les rochers du large.",
                "",
                "Catégories : Marées",
            ]
        ),
        "page.md",
    )
    assert post.blog == "Carnet des marées"


def test_a_skip_link_alone_in_the_header_gives_no_blog_name() -> None:
    post = _one(
        "\n".join(
            [
                "[Skip to main content](#main)",
                "",
                "Repairing a cane chair",
                "======================",
                "",
                "Posted on March 3, 2018 by Ruth",
                "",
                "The old seat had given way in the middle, so I cut it out.",
                "",
                "Categories: Furniture",
            ]
        ),
        "page.md",
    )
    assert post.blog is None


def test_a_category_over_the_title_is_not_the_blog_the_bylines_parenthesis_is() -> None:
    post = _one(
        "\n".join(
            [
                "---",
                "source_url: https://sanchaek.example.com/41",
                "---",
                "[본문 바로가기](https://sanchaek.example.com/41#content)",
                "",
                "Backend",
                "",
                "# 배치 작업을 나누어 돌리기",
                "",
                "by 산책자 (느리게 걷는 개발 일지)2022\\. 4. 9.",
                "",
                "큰 배치 작업을 한 번에 돌리면 메모리가 부족해지는 일이 잦았다.",
                "",
                "그래서 작업을 여러 조각으로 나누어 돌리기로 했다.",
            ]
        ),
        "page.md",
    )
    assert post.author == "산책자"
    assert post.blog == "느리게 걷는 개발 일지"


_PANDOC_HEADER = """\
::: {#header .header .section}
::: {#Header1 .widget .Header}
::: {#header-inner}
::: {.titlewrapper}
:::

::: {.descriptionwrapper}
Stories from the allotment: seeds, soil, slugs, and the odd
prize marrow
:::
:::
:::
:::
"""

_PANDOC_BANNER = """\
::: {#header .header .section}
::: {#Header1 .widget .Header}
[![Les Jardins
d\\'Odile](http://img.example.fr/banniere.jpg){#Header1_headerimg
width="1000px; " height="300px; "}](http://jardinsdodile.example.fr/)
:::
:::
"""

_PANDOC_POST = """\
::: {.date-outer}
Saturday, May 4, 2019 {#saturday-may-4-2019 .date-header}
----------------------

::: {.post .hentry}
### Broad beans under fleece {#broad-beans .post-title .entry-title}

::: {.post-body .entry-content}
The first sowing came up in nine days under a double layer of fleece,
the second one without it took three weeks.
:::

::: {.post-footer}
Posted by [Hugh Penhale]{.fn} at
[10:02](http://allotment.example.org/2019/05/broad-beans.html){.timestamp-link}
:::
:::
:::
"""


def test_a_pandoc_pages_description_alone_is_no_blog_name() -> None:
    post = _one(_PANDOC_HEADER + "\n" + _PANDOC_POST, "page.md")
    assert post.title == "Broad beans under fleece"
    assert post.blog is None


def test_a_pandoc_pages_banner_alt_text_wrapped_over_lines_is_the_blogs_name() -> None:
    post = _one(_PANDOC_BANNER + "\n" + _PANDOC_POST, "page.md")
    assert post.blog == "Les Jardins d'Odile"


def test_a_plain_lone_tagline_sentence_is_no_blog_name() -> None:
    post = _one(
        "\n".join(
            [
                "Kayak Log — On paddle jusqu'au bout du lac !",
                "",
                "Friday, June 7, 2019",
                "",
                "Crossing the bay at dawn",
                "",
                "The water was flat and the herons were still asleep on the posts.",
                "",
                "Posted by Tom at 6:40 AM",
            ]
        )
    )
    assert post.blog is None
