"""Blogger pages whose bylines name no one (`at July 31, 2024`), and what stays out of them."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

SHARE = ["Email This", "BlogThis!", "Share to X", "Share to Facebook", "Share to Pinterest"]


def test_a_short_line_under_the_title_is_the_body_when_the_byline_names_no_one() -> None:
    # clipped at the top: the title is the first line; the byline prints a date, no name
    page = [
        "Lab sheet 3: Pumps and Valves",
        "",
        "Part B",
        "",
        "a) Draw the pump curve for the small rig and mark the valve settings on it.",
        "",
        "b) Compare the readings with last week's and say which valve leaks.",
        "",
        "at March 4, 2023 ",
        *SHARE,
        "No comments:",
        "",
        "Post a Comment",
    ]
    (post,) = parse_text("\n".join(page))
    assert post.title == "Lab sheet 3: Pumps and Valves"
    assert post.date == "2023-03-04"
    assert post.author is None
    assert post.body.startswith("Part B\n\na) Draw the pump curve")
