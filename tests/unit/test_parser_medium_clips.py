"""An Obsidian clipping of a Medium post: the sitemap link atop, the author card and the responses below."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

SOURCE = "https://medium.com/@brackenhale/seven-ways-to-keep-a-ledger-quiet-0a1b2c3d4e5f"


def _habits() -> list[str]:
    lines: list[str] = []
    for n, habit in enumerate(
        ["Close the small accounts first", "Keep one inbox", "Round late"], 1
    ):
        lines += [f"## {n}) {habit}", ""]
        for k in range(14):
            lines += [f"Habit {n} matters because errors grow when left alone, week {k + 1}.", ""]
    return lines


def _clip() -> str:
    card = "?source=post_page---post_author_info--0a1b2c3d4e5f"
    return "\n".join(
        [
            "---",
            "title: Seven Ways to Keep a Ledger Quiet",
            f"source: {SOURCE}",
            "author:",
            '  - "[[Bracken Hale]]"',
            "published: 2025-06-14",
            "created: 2026-01-02",
            "tags:",
            "  - clippings",
            "---",
            "[Sitemap](https://medium.com/sitemap/sitemap.xml)",
            "",
            "## Small habits that keep a ledger calm when the month closes.",
            "",
            "Every ledger gets loud at the end of the month, and most of the noise is our own.",
            "",
            *_habits(),
            "## Closing",
            "",
            "Start with one habit and add the next one when it feels dull. Tell me yours below.",
            "",
            f"[![Bracken Hale](https://miro.medium.com/v2/resize:fill:96:96/avatar.png)](https://medium.com/@brackenhale{card})",
            "",
            f"[![Bracken Hale](https://miro.medium.com/v2/resize:fill:128:128/avatar.png)](https://medium.com/@brackenhale{card})",
            "",
            f"[812 following](https://medium.com/@brackenhale/following{card})",
            "",
            "Numbers into stories, quietly. Ledgers, habits and the odd spreadsheet.",
            "",
            "## Responses (3)",
            "",
            "T Marlow",
            "",
            "What are your thoughts?  ",
            "",
            "```c",
            "Closing the small accounts first changed my month.",
            "```",
            "",
            "```c",
            "Clear and short, thank you.",
            "```",
            "",
            "```c",
            "I will try the second habit next week.",
            "```",
        ]
    )


def test_a_medium_clip_reads_its_text_between_the_sitemap_link_and_the_author_card() -> None:
    posts = parse_text(_clip(), "clip.md")
    assert len(posts) == 1
    post = posts[0]
    assert post.title == "Seven Ways to Keep a Ledger Quiet"
    assert post.author == "Bracken Hale"
    lines = [ln for ln in post.body.splitlines() if ln.strip()]
    assert lines[0] == "Small habits that keep a ledger calm when the month closes."
    assert (
        lines[-1]
        == "Start with one habit and add the next one when it feels dull. Tell me yours below."
    )
    assert post.comments == 3
    assert any("author card" in w for w in post.warnings)
