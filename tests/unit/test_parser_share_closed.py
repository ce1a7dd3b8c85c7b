"""A page of undated posts pasted one after another, each closed by WordPress's share heading
("Share this:"), the next one's title right under it: each reads as a post of its own."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def _page(headings: list[str]) -> str:
    bodies = [
        [
            "Potting the seedlings",
            "The tray needs drainage holes before anything else.",
            "Water lightly.",
        ],
        ["Watering", "Morning watering keeps the leaves dry by noon.", "Refer Here for the chart"],
        ["Repotting", "A root-bound plant wants a pot one size up.", "Refer Here for the sizes"],
    ]
    lines: list[str] = []
    for index, body in enumerate(bodies):
        if index:
            lines += ["Greenhouse notes"]
        lines += [*body, "", headings[index], ""]
    lines += ["Greenhouse notes", "Pruning", "Cut above a node, never flush with the stem.", "Done"]
    lines += ["", "Share this:", "Like this:", "Leave a Reply"]
    return "\n".join(lines)


def test_each_post_closed_by_a_share_heading_is_a_post() -> None:
    posts = parse_text(_page(["Share this", "Share this:", "Share this:"]))
    assert [p.title for p in posts] == ["Potting the seedlings"] + ["Greenhouse notes"] * 3
    assert [p.body.split("\n")[0] for p in posts[1:]] == ["Watering", "Repotting", "Pruning"]
    assert posts[1].body.split("\n")[-1] == "Refer Here for the chart"
    assert all(any("share heading" in w for w in p.warnings) for p in posts[1:])


def test_text_after_a_post_with_no_share_heading_is_no_post() -> None:
    text = "\n".join(
        [
            "Potting the seedlings",
            "Posted on May 2, 2021 by ana",
            "",
            "The tray needs drainage holes before anything else.",
            "",
            "Share this:",
            "",
            "Leave a Reply",
            "Your email address will not be published.",
        ]
    )
    posts = parse_text(text)
    assert len(posts) == 1
