"""A scraper's front matter that names the post's blog (`source_blog:`, `blog_name:`...)."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.parser import parse_text

BODY = [
    "The kiln took eleven hours to cool this time, two more than the spring firing.",
    "",
    "I think the new shelf paper holds the heat longer than the old one did.",
]


def _note(*front: str) -> str:
    return "\n".join(["---", *front, "---", "", *BODY])


@pytest.mark.parametrize(
    "key", ["source_blog", "blog", "blog_name", "site_name", "site", "publication"]
)
def test_the_blog_named_only_in_the_front_matter_is_the_posts(key: str) -> None:
    text = _note(
        "title: Notes from the second firing",
        "url: https://kilnnotes.example.org/2019/04/second-firing.html",
        "author: Maren Oakes",
        "published: '2019-04-02'",
        f"{key}: 'Kiln notes: a potter''s log'",
        "fetched: '2026-03-01'",
    )
    (post,) = parse_text(text)
    assert post.title == "Notes from the second firing"
    assert post.blog == "Kiln notes: a potter's log"


def test_a_scraper_tool_named_in_site_name_is_no_blog() -> None:
    text = _note(
        "title: Notes from the second firing",
        "url: https://kilnnotes.example.org/2019/04/second-firing.html",
        "site_name: forum_feed_api",
        "date: '2019-04-02'",
    )
    (post,) = parse_text(text)
    assert post.blog is None


def test_a_long_browser_title_blog_colon_post_names_the_blog() -> None:
    # "Blog: Post" as the browser shows it, longer than a header line naming a blog can be
    long = "Notes from the second firing, and why the shelf paper matters so much"
    text = "\n".join(
        [
            "---",
            f"title: 'Maren''s kiln notes: {long}'",
            "url: https://kilnnotes.example.org/2019/04/second-firing.html",
            "date: '2019-04-09'",
            "---",
            "",
            "## 2019-04-02",
            "",
            f"### {long}",
            "",
            *BODY,
        ]
    )
    (post,) = parse_text(text)
    assert post.title == long
    assert post.blog == "Maren's kiln notes"
