"""A page whose first heading is the blog's name linking home, the post's own heading below
it (under the blog's description, a menu, a byline): the post's title is the second one."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_SITE = "https://moorlandlog.wordpress.com"


def _footer(slug: str, day: str) -> str:
    return (
        f"Posted on [{day}]({_SITE}/2020/05/{slug}/) by [Tom Reed]({_SITE}/author/tom/)"
        f"Posted in [walks]({_SITE}/category/walks/)[Leave a comment]({_SITE}/2020/05/{slug}/#respond)"
    )


def test_a_home_pages_blog_name_heading_is_not_the_first_posts_title() -> None:
    text = "\n".join(
        [
            f"[Skip to content]({_SITE}/#content)",
            "",
            f"# [Moorland Log]({_SITE}/)",
            "",
            "Notes from long walks over the high moors, written up on the evening after.",
            "",
            f"# [Over the ridge]({_SITE}/2020/05/ridge/)",
            "",
            "We left the car at the old quarry and climbed for two hours.",
            "",
            "The wind dropped at the top.",
            "",
            _footer("ridge", "May 20, 2020"),
            "",
            f"# [Bog cotton]({_SITE}/2020/05/cotton/)",
            "",
            "The bog cotton is out early this year on the lower slopes.",
            "",
            _footer("cotton", "May 12, 2020"),
        ]
    )
    posts = parse_text(text)
    assert [p.title for p in posts] == ["Over the ridge", "Bog cotton"]
    assert posts[0].body.startswith("We left the car")
    assert posts[0].url == f"{_SITE}/2020/05/ridge/"
    assert [p.blog for p in posts] == ["Moorland Log", "Moorland Log"]


def test_an_item_pages_blog_name_heading_over_a_menu_is_not_the_title() -> None:
    text = "\n".join(
        [
            "---",
            "title: Counting lapwings",
            f"url: {_SITE}/2020/06/01/counting-lapwings/",
            "date: 2020-06-03",
            "---",
            "",
            "# Counting lapwings",
            "",
            "[Skip to content](#content)",
            "",
            f"[![]({_SITE}/wp-content/uploads/logo.png?w=103)]({_SITE}/)",
            "",
            f"# [Moorland Log]({_SITE}/)",
            "",
            "Long walks over the high moors",
            "",
            "##### Main navigation",
            "",
            "Menu",
            "",
            f"* [Walks]({_SITE}/walks/)",
            f"* [Maps]({_SITE}/maps/)",
            f"* [About]({_SITE}/about/)",
            "",
            "# Counting lapwings?",
            "",
            "Twelve pairs on the wet pasture by the reservoir, more than last spring.",
            "",
            "The survey sheet goes off to the trust on Friday.",
            "",
            f"This entry was posted in [Birds]({_SITE}/category/birds/). Bookmark the permalink.",
        ]
    )
    posts = parse_text(text)
    assert [p.title for p in posts] == ["Counting lapwings?"]
    assert posts[0].body.startswith("Twelve pairs")
    assert posts[0].blog == "Moorland Log"


def test_a_pandoc_pages_site_title_heading_is_not_the_title() -> None:
    text = "\n".join(
        [
            "::: {#page .hfeed .site}",
            f'[]({_SITE}/ "Moorland Log"){{.home-link}}',
            "",
            "Moorland Log {#moorland-log .site-title}",
            "============",
            "",
            "Long walks over the high moors {#long-walks .site-description}",
            "------------------------------",
            "",
            "### Menu {#menu .menu-toggle}",
            "",
            f"-   [Walks]({_SITE}/walks/)",
            f"-   [About]({_SITE}/about/)",
            "",
            "::: {#content .site-content}",
            "Counting lapwings {#counting-lapwings .entry-title}",
            "=================",
            "",
            "::: {.entry-content}",
            "Twelve pairs on the wet pasture by the reservoir, more than last",
            "spring, and two of them already sitting.",
            "",
            "The survey sheet goes off to the trust on Friday.",
            ":::",
            "",
            f"Posted in [Birds]({_SITE}/category/birds/)",
            "",
            f"Posted on [June 1, 2020]({_SITE}/2020/06/01/lapwings/) by [Tom Reed]({_SITE}/author/tom/)",
        ]
    )
    posts = parse_text(text)
    assert [p.title for p in posts] == ["Counting lapwings"]
    assert posts[0].body.startswith("Twelve pairs")
    assert posts[0].blog == "Moorland Log"


def test_a_blog_name_linking_to_an_authors_page_over_a_project_blurb() -> None:
    text = "\n".join(
        [
            "## [Oren's Workbench](http://orenworks.example/blog/?author=1)",
            "## [ringbuf 1.4](http://ringbuf.example.org)",
            "### [ringbuf 1.4 download](https://files.example.org/ringbuf/ringbuf-1.4.zip)",
            "ringbuf is a small lock-free ring buffer for C, with no allocation after setup.",
            "",
            "It is used by a few audio tools to pass samples between threads.",
            "",
            "## [Sizing a ring buffer](http://orenworks.example/blog/?p=42)",
            "A ring buffer that is too small drops samples; one that is too large adds delay.",
            "```c",
            "size_t size = next_pow2(rate * latency_ms / 1000);",
            "```",
            "which keeps the mask trick working for every size.",
            "",
            "This entry was posted in C, Audio by OrenB. Bookmark the permalink.",
        ]
    )
    posts = parse_text(text)
    assert [p.title for p in posts] == ["Sizing a ring buffer"]
    assert posts[0].body.startswith("A ring buffer that is too small")
    assert posts[0].url == "http://orenworks.example/blog/?p=42"
    assert posts[0].author == "OrenB"
