"""A Blogger item saved as Markdown whose byline lost its name: ":" over the permalink time."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_ADDRESS = "https://larchfield.example.com/2026/01/counting-starlings.html"


def _page(byline: tuple[str, ...], front: tuple[str, ...]) -> str:
    return "\n".join(
        (
            *front,
            "# Larchfield Notes: Counting Starlings",
            "",
            "## Saturday, 3 January 2026",
            "",
            "### Counting Starlings",
            "",
            "The flock over the reed bed was bigger this year than any year before.",
            "",
            "\\* for once the count came out even!",
            "",
            *byline,
            "",
            "#### No comments:",
            "",
            "#### Post a Comment",
            "",
            '[Older Post](https://larchfield.example.com/2025/12/x.html "Older Post")',
            "[Home](https://larchfield.example.com/)",
        )
    )


def test_a_lone_colon_over_the_permalink_time_is_the_byline_s_not_the_text_s() -> None:
    front = ("---", f"url: {_ADDRESS}", "title: 'Larchfield Notes: Counting Starlings'", "---", "")
    byline = (":", f'[15:06]({_ADDRESS} "permanent link")')
    posts = parse_text(_page(byline, front), "starlings.md")
    assert len(posts) == 1
    post = posts[0]
    assert post.title == "Counting Starlings"
    assert post.date == "2026-01-03"
    assert post.comments == 0
    assert post.author is None
    assert post.body.split("\n")[-1] == "* for once the count came out even!"


def test_the_permalink_time_s_link_is_the_post_s_address_when_the_page_gives_none() -> None:
    byline = (f'Posted by Wren Hale at [1:35 PM]({_ADDRESS} "permanent link")',)
    posts = parse_text(_page(byline, ()), "starlings.md")
    assert len(posts) == 1
    assert posts[0].author == "Wren Hale"
    assert posts[0].url == _ADDRESS
