"""A newsletter clipped from a web mail inbox: the inbox link is no post's address, the title's heading no body."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def _clip() -> str:
    return "\n".join(
        [
            "---",
            'title: "Three Ways to Bake Rye"',
            'source: "https://mail.google.com/mail/u/0/#inbox/18a0b1c2d3e4f506"',
            "author:",
            '  - "[[RyeLetter]]"',
            "published: 2026-02-11",
            "created: 2026-02-20",
            "tags:",
            "  - clippings",
            "---",
            "",
            "# 黑麦面包的三种做法：酸种、直接法与冷藏发酵对比（Three Ways to Bake Rye）",
            "",
            "在家烤黑麦面包时，**酸种**、**直接法**与**冷藏发酵**常被放在一起比较。",
            "",
            "酸种风味最足，但需要提前几天准备。",
            "",
            "直接法最快，适合第一次尝试的人。",
            "",
            "冷藏发酵介于两者之间，时间灵活。",
        ]
    )


def test_a_mail_clip_has_no_inbox_address_and_no_title_heading_in_its_body() -> None:
    posts = parse_text(_clip(), "letter.md")
    assert len(posts) == 1
    post = posts[0]
    assert post.title == "Three Ways to Bake Rye"
    assert post.url is None
    assert post.body.splitlines()[0].startswith("在家烤黑麦面包时")
    assert any("inbox" in w for w in post.warnings)
