"""A reading note: a saver's summary, then "## Full Content" and a reader service's dump of the post."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_ADDRESS = "https://lighthouse.example.net/2024/Jun/4/keepers-log/"


def _note() -> list[str]:
    return [
        "---",
        "title: The keeper's log, digitised",
        "date: 2024-06-06",
        "extra:",
        f"  source: {_ADDRESS}",
        "---",
        "## Summary",
        "**摘要**：",
        "一位灯塔看守人的日志被扫描上线，读者可以按日期浏览。",
        "",
        "## Full Content",
        "Title: The keeper's log, digitised",
        "",
        f"URL Source: {_ADDRESS}",
        "",
        "Markdown Content:",
        "**[The keeper's log, digitised](https://archive.example.org/keepers)**. A century of"
        " weather notes from a rock lighthouse is now online, page by page.",
        "",
        "I spent an evening reading the storms of 1911 and could not stop.",
    ]


def test_full_content_heading_and_reader_head_are_not_the_text() -> None:
    posts = parse_text("\n".join(_note()), "note.md")
    assert len(posts) == 1
    post = posts[0]
    assert post.title == "The keeper's log, digitised"
    assert post.body.startswith("**The keeper's log, digitised**. A century")
    assert post.url == _ADDRESS
    assert post.body.rstrip().endswith("could not stop.")
