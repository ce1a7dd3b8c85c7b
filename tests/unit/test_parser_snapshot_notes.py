"""A page printed to PDF, kept as a Markdown snapshot under an HTML comment header."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def _snapshot(footer: list[str]) -> str:
    return "\n".join(
        [
            "<!--",
            "  Reading Room Archive — Document Snapshot",
            "  Title      : Why Lighthouses Blink",
            "  Type       : pdf",
            "  Captured   : 2025-02-11",
            "-->",
            "",
            "# Why Lighthouses Blink",
            "",
            "> **Snapshot captured:** 2025-02-11",
            "> **Type:** pdf",
            "",
            "---",
            "Marta Oyelaran's notebook",
            "Notes from the harbour…",
            "",
            "Why Lighthouses Blink",
            "Posted on February 3, 2025",
            "Every lighthouse along this coast has its own rhythm of flashes, and sailors learn",
            "them the way children learn songs. The pattern tells you which light you are seeing.",
            "The lens turns slowly; the lamp itself never goes dark.",
            "Fair winds! Marta",
            "",
            *footer,
        ]
    )


def test_a_comment_headed_snapshot_is_read_as_markdown() -> None:
    text = _snapshot(
        [
            "\fThis entry was posted in Coasts by moyelaran. Bookmark the permalink",
            "[https://notebook.example.org/2025/02/03/why-lighthouses-blink/] .",
        ]
    )
    posts = parse_text(text, "snap.md")
    assert [p.title for p in posts] == ["Why Lighthouses Blink"]
    post = posts[0]
    assert str(post.date)[:10] == "2025-02-03"
    assert post.body.strip().splitlines()[0].startswith("Every lighthouse along")
    assert post.body.strip().splitlines()[-1] == "Fair winds! Marta"
    assert (post.author, post.labels) == ("moyelaran", ("Coasts",))
    assert post.blog == "Marta Oyelaran's notebook"
