"""Text saved one inline element per line: a lowercase letter that spells a share site's
name ("x") between two lines of the post's text is the author's, not a share button."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def _page(middle: list[str]) -> str:
    return "\n".join(
        [
            "---",
            "title: Counting the tides",
            "url: https://example.org/blog/2024/03/02/counting-the-tides/",
            "source: example.org",
            "---",
            "Counting the tides",
            "The height of the water at noon is",
            *middle,
            "metres above the datum, give or take a hand.",
            "A second reading at dusk settles the matter.",
        ]
    )


def test_a_variable_alone_on_its_line_keeps_the_text_after_it() -> None:
    posts = parse_text(_page(["h", "=", "x", "+", "y"]))
    assert [p.title for p in posts] == ["Counting the tides"]
    assert posts[0].body.endswith("A second reading at dusk settles the matter.")
    assert posts[0].extra_text == ()


def test_a_capitalised_share_button_still_ends_the_post() -> None:
    text = "\n".join(
        [
            "# Counting the tides",
            "",
            "Posted by Mara Lindqvist on March 2, 2024",
            "",
            "The height of the water at noon is the first thing I write down.",
            "A second reading at dusk settles the matter.",
            "",
            "Share this:",
            "Facebook",
            "X",
        ]
    )
    posts = parse_text(text)
    assert posts[0].body.endswith("A second reading at dusk settles the matter.")
    assert "Facebook" not in posts[0].body
