"""A Blogger item saved as Markdown: the "-" and permalink date footer, an author card, a sidebar."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_ADDRESS = "https://fernquill.example.com/2021/04/moss-on-the-north-wall.html"
_SHARE = "https://www.blogger.com/share-post.g?blogID=11&postID=22&target="


def _page(footer: tuple[str, ...], sidebar: tuple[str, ...] = ()) -> str:
    return "\n".join(
        (
            "---",
            "title: Moss on the North Wall",
            f"url: {_ADDRESS}",
            "source: Fernquill Notes",
            "date: 2021-04-13",
            "---",
            "",
            "# Moss on the North Wall",
            "",
            "# [Fernquill Notes](https://fernquill.example.com/)",
            "",
            "## Monday, April 12, 2021",
            "",
            "### Moss on the North Wall",
            "",
            "The old wall behind the shed grew a green coat over the winter.",
            "",
            "I scraped a little of it into a jar to look at under the lens.",
            "",
            "More next week!",
            "",
            "-",
            f'[April 12, 2021]({_ADDRESS} "permanent link")',
            "",
            f'[Email This]({_SHARE}email "Email This")[BlogThis!]({_SHARE}blog "BlogThis!")'
            f'[Share to X]({_SHARE}twitter "Share to X")',
            "",
            "![](//images.example.com/avatar/s113/wren.jpg)",
            "",
            *footer,
            "#### No comments:",
            "",
            "#### Post a Comment",
            "",
            '[Newer Post](https://fernquill.example.com/2021/04/x.html "Newer Post")',
            "",
            '[Older Post](https://fernquill.example.com/2021/03/y.html "Older Post")',
            "[Home](https://fernquill.example.com/)",
            "",
            "Subscribe to:",
            "[Post Comments (Atom)](https://fernquill.example.com/feeds/22/comments/default)",
            "",
            *sidebar,
        )
    )


_CARD = (
    '[Wren Halloway](https://www.blogger.com/profile/4455 "author profile")',
    "",
    "Gardener, lens grinder and keeper of too many jars. Write to me at wren@example.com",
    "",
)


def test_the_permalink_date_under_a_dash_closes_the_post_and_the_card_names_its_author() -> None:
    posts = parse_text(_page(_CARD), "moss.md")
    assert len(posts) == 1
    post = posts[0]
    assert post.title == "Moss on the North Wall"
    assert post.date == "2021-04-12"
    assert post.author == "Wren Halloway"
    assert post.comments == 0
    assert post.body.split("\n")[-1] == "More next week!"
    assert post.blog == "Fernquill Notes"


def test_without_a_card_the_post_has_no_author_and_still_ends_on_its_text() -> None:
    posts = parse_text(_page(()), "moss.md")
    assert len(posts) == 1
    assert posts[0].author is None
    assert posts[0].comments == 0
    assert posts[0].body.split("\n")[-1] == "More next week!"


def test_sidebar_widgets_below_the_subscribe_links_are_kept_aside_not_posts() -> None:
    sidebar = (
        '[![Visitor Counter - Tallyhop](https://tallyhop.example.com/1/)](https://tallyhop.example.com/ "Visitor Counter - Tallyhop")',
        "",
        "## Seed Swap",
        "",
        "Heirloom Beans Pole Beans Runner Beans",
        "",
        "## About Me",
        "",
        "[![My photo](//images.example.com/avatar/s113/wren.jpg)](https://www.blogger.com/profile/4455)",
        "",
        "[Wren Halloway](https://www.blogger.com/profile/4455)",
        ":   Gardener, lens grinder and keeper of too many jars.",
        "",
        "## Sponsors",
        "",
        "Sponsors",
        "",
        "## Sponsors",
        "",
        "Sponsors",
        "",
        "## Jar Shop",
        "",
        "[![Jar Shop](https://images.example.com/jars.png)](https://jars.example.com/)",
    )
    posts = parse_text(_page(_CARD, sidebar), "moss.md")
    assert [p.title for p in posts] == ["Moss on the North Wall"]
    post = posts[0]
    assert post.author == "Wren Halloway"
    assert post.body.split("\n")[-1] == "More next week!"
    assert post.extra_text  # the sidebar's lines: kept, not dropped
    assert any("after the post's footer" in w for w in post.warnings)
