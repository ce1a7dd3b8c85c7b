"""A clipped post pasted into a code fence: the fence's marks are no title."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_NOTE = "\n".join(
    (
        "",
        "```",
        "Setting up the tide sensor",
        "Screw the sensor to the post below the lowest water mark and run the cable up.",
        "Preview",
        "Check that the reading changes when the water rises along the post.",
        "",
        "Posted by Marit at 6:40 PM",
        "Labels: sensors, harbour",
        "```",
    )
)


def test_a_fence_opening_the_page_is_not_the_posts_title() -> None:
    (post,) = parse_text(_NOTE, "notes.txt")
    assert post.title == ""
    assert post.body.startswith("Setting up the tide sensor")
    assert any("code fence" in said for said in post.warnings)
