"""What a saved page's top is not: an ad slot's label, a scraper's heading of the title, a
link to the post itself, a source line; and a Medium head stack's last words and counts."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_ADDRESS = "https://quillbarn.example.com/2023/02/the-hedge-census/"


def test_an_ad_slots_label_above_the_logo_is_not_the_blogs_name() -> None:
    text = "\n".join(
        (
            "---",
            "title: The Hedge Census",
            f"url: {_ADDRESS}",
            "date: 2023-02-15",
            "---",
            "",
            "Advertisement",
            "",
            "[![](/ads/1.png)](https://ads.example.com/click?id=7)",
            "",
            "[![Quillbarn Notes](https://quillbarn.example.com/logo.png)](https://quillbarn.example.com/)",
            "",
            "# The Hedge Census",
            "",
            "Posted by Mara Vell at 9:15 AM",
            "",
            "We counted every hedge on the lane, which took longer than the lane is long.",
            "",
            "Labels: hedges, counting",
        )
    )
    posts = parse_text(text, "hedge.md")
    assert len(posts) == 1
    assert posts[0].blog != "Advertisement"


def test_a_scrapers_heading_of_the_title_above_the_blogs_name_and_sidebar_is_not_the_blog() -> None:
    text = "\n".join(
        (
            "---",
            "title: The Hedge Census Was Wrong",
            f"url: {_ADDRESS}",
            "date: 2023-02-16",
            "---",
            "",
            "# The Hedge Census Was Wrong",
            "",
            "# [Quillbarn Notes](https://quillbarn.example.com/)",
            "",
            "Menu",
            "",
            "* [Notes](https://quillbarn.example.com/notes/)",
            "* [Walks](https://quillbarn.example.com/walks/)",
            "* [About Me](https://quillbarn.example.com/about/)",
            "",
            "### Search",
            "",
            "Search the notes",
            "",
            "## The hedge census was wrong",
            "",
            "We counted the lane twice and the second count disagreed with the first one.",
            "",
            "The third count settled it, more or less.",
            "",
            "Tags: [hedges](https://quillbarn.example.com/tag/hedges/)",
            "",
            "[Posted on February 15, 2023 at 7:03 AM](https://quillbarn.example.com/p/1) •",
            "[3 Comments](https://quillbarn.example.com/p/1#comments)",
            "",
            "### Comments",
            "",
            "Odile •",
            "[February 15, 2023 at 8:10 AM](https://quillbarn.example.com/p/1#comment-5)",
            "",
            "Count them in spring, when the gaps show.",
        )
    )
    posts = parse_text(text, "hedge.md")
    assert len(posts) == 1
    assert posts[0].blog == "Quillbarn Notes"
    assert [c.author for c in posts[0].comment_list] == ["Odile"]  # "Odile •": the name alone


def test_a_medium_head_stack_with_more_an_original_link_and_a_responses_count() -> None:
    text = "\n".join(
        (
            "---",
            'title: "Folding Maps by Hand"',
            "url: https://medium.com/p/abc123def456",
            "---",
            "",
            "# Folding Maps by Hand",
            "",
            "[Original](https://medium.com/p/abc123def456)",
            "",
            "# Folding Maps by Hand",
            "",
            "[![Tova Grieg](https://miro.example.com/1*tova.png)](/@tova?source=post_page---byline--abc123def456---)",
            "",
            "[Tova Grieg](/@tova?source=post_page---byline--abc123def456---)",
            "",
            "4 min read",
            "",
            "·",
            "",
            "Mar 3, 2020",
            "",
            "--",
            "",
            "4",
            "",
            "Listen",
            "",
            "Share",
            "",
            "More",
            "",
            "Press enter or click to view image in full size",
            "",
            "![]()",
            "",
            "Every road atlas I own has a torn crease where the motorway meets the coast.",
            "",
            "Here is how to fold one so that it never tears there again.",
        )
    )
    posts = parse_text(text, "maps.md")
    assert len(posts) == 1
    post = posts[0]
    assert post.body.startswith("Every road atlas I own")
    assert post.blog is None
    assert post.comments == 4
    assert any("responses" in w for w in post.warnings)


def test_a_clippers_source_line_is_not_the_blogs_name() -> None:
    text = "\n".join(
        (
            "---",
            f'source: "{_ADDRESS}"',
            'title: "The Hedge Census"',
            "date_published: 2023-02-15",
            "---",
            "",
            "# The Hedge Census",
            "",
            f"Source: {_ADDRESS}",
            "",
            "The Hedge Census",
            "",
            "Posted on February 15, 2023 | Leave a comment",
            "",
            "We counted every hedge on the lane, which took longer than the lane is long.",
            "",
            "This entry was posted in Lanes and tagged hedges. Bookmark the permalink.",
        )
    )
    posts = parse_text(text, "hedge.md")
    assert len(posts) == 1
    assert not (posts[0].blog or "").startswith("Source:")
