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


def _spaced(lines: list[str]) -> str:
    """Every link on its own line with a blank line between (a saver that spaces them)."""
    return "\n\n".join(lines)


def test_a_nameless_byline_split_over_spaced_lines_closes_the_post_and_its_labels_follow() -> None:
    page = [
        "## 2025-02-11",
        "### The old ferry timetable had a typo for forty years",
        "I found the printed timetable in a drawer at my aunt's flat last winter.",
        "The Sunday crossing was listed at 7:15, but the boat always left at 7:05.",
        "Nobody ever wrote to the harbour office about it, as far as I can tell.",
        "at",
        "February 11, 2025",
        *SHARE,
        "Labels:",
        "ferries",
        ",",
        "local-history",
        "Older Post",
        "Home",
        "Subscribe to:",
        "Post Comments (Atom)",
    ]
    (post,) = parse_text(_spaced(page))
    assert post.title == "The old ferry timetable had a typo for forty years"
    assert post.date == "2025-02-11"
    assert post.labels == ("ferries", "local-history")
    assert post.body.endswith("as far as I can tell.")


def test_a_lone_dash_over_the_permalinks_date_is_a_byline_and_the_author_card_names_the_author() -> (
    None
):
    # a scraper's Markdown of a classic Blogger page: the byline's name left out, its dash kept
    page = [
        "# Counting cormorants on the north pier",
        "",
        "The cormorants came back early this year, forty of them by the first week.",
        "",
        "Stay warm!",
        "",
        "-",
        '[March 4, 2023](https://pier.blogspot.com/2023/03/cormorants.html "permanent link")',
        "",
        "[Email This](https://www.blogger.com/share-post.g?target=email)"
        "[BlogThis!](https://www.blogger.com/share-post.g?target=blog)"
        "[Share to X](https://www.blogger.com/share-post.g?target=twitter)",
        "",
        '[Oskar Lind](https://www.blogger.com/profile/123456 "author profile")',
        "",
        "Birdwatcher and harbour pilot, writing about the pier since the winter of 2009.",
        "",
        "#### No comments:",
        "",
        "#### Post a Comment",
    ]
    (post,) = parse_text("\n".join(page), "pier.md")
    assert post.date == "2023-03-04"
    assert post.body.endswith("Stay warm!")
    assert post.comments == 0
    assert post.author == "Oskar Lind"
    assert "Birdwatcher" not in post.body
