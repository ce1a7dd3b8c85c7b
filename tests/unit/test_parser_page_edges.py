"""Page chrome at a post's edges: an empty related widget's heading, post navigation, a
comment section saved as a numbered list under it."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def test_an_empty_related_widgets_heading_over_another_related_list_is_kept_aside() -> None:
    text = "\n".join(
        (
            "Tuning the Old Loom",
            "",
            "Posted on March 3, 2010",
            "by Weftworks",
            "",
            "The loom in the back room had not been tuned since the flood.",
            "",
            "Next week we restring the heddles, so check back then for the rest of it.",
            "",
            "Related Threads",
            "",
            "Related Articles",
            "",
            "Dyeing With Onion Skins",
            "A Short History of the Shuttle",
            "Why Linen Frays",
            "This entry was posted in Workshop. Bookmark the permalink.",
        )
    )
    posts = parse_text(text, "loom.txt")
    assert len(posts) == 1
    post = posts[0]
    last = post.body.rstrip().splitlines()[-1]
    assert last == "Next week we restring the heddles, so check back then for the rest of it."
    assert "Related Threads" in post.extra_text


def test_post_navigation_and_a_numbered_comment_list_stay_with_the_post() -> None:
    text = "\n".join(
        (
            "---",
            'title: "Against the Tidy Postmortem"',
            "date: 2024-02-11T03:10:00Z",
            "---",
            "",
            "# Against the Tidy Postmortem",
            "",
            "Every review I sat through last winter ended with the same neat sentence.",
            "",
            "We can ask better questions than who slipped.",
            "",
            "### Share this:",
            "",
            "-   [Share on X (Opens in new window) X][5]",
            "",
            "Like Loading...",
            "",
            "## Published by Ivo Marsh",
            "",
            "[View all posts by Ivo Marsh][6]",
            "",
            "**Published** February 10, 2024February 10, 2024",
            "",
            "## Post navigation",
            "",
            "[Previous Post A week of pager silence][7]",
            "",
            "[Next Post Notes from the runbook swamp][8]",
            "",
            "## One thought on “Against the Tidy Postmortem”",
            "",
            "1.  ![Petra's avatar](https://avatars.example.com/p.png) **Petra** says:",
            "    ",
            "    [March 1, 2024 at 9:12 am][9]",
            "    ",
            "    Agreed, the neat sentence hides the interesting part.",
            "    ",
            "    [Reply][10]",
            "",
            "### Leave a comment [Cancel reply][11]",
        )
    )
    posts = parse_text(text, "tidy.md")
    assert [p.title for p in posts] == ["Against the Tidy Postmortem"]
    post = posts[0]
    assert post.comments == 1
    assert [c.author for c in post.comment_list] == ["Petra"]
    assert post.body.rstrip().splitlines()[-1] == "We can ask better questions than who slipped."


def test_the_posts_own_address_printed_under_its_text_starts_the_platforms_tail() -> None:
    address = "https://lumen.example.cn/881/"
    text = "\n".join(
        (
            "---",
            'title: "Kiln Notes：一个开源的陶艺记录工具"',
            f'source: "{address}"',
            "published: 2024-06-02",
            "tags:",
            '  - "clippings"',
            "---",
            "## Kiln Notes：一个开源的陶艺记录工具",
            "",
            "Kiln Notes 是一个记录每次烧窑温度和釉色的小工具。",
            "",
            "它可以导出表格，也可以在手机上查看。",
            "",
            "开源地址： [https://git.example.org/kiln](https://git.example.org/kiln)",
            "",
            f"本文链接： [{address}]({address})",
            "",
            "### 相关",
            "",
            "[Glaze Book：釉料配方管理](https://lumen.example.cn/870/)",
            "",
            "[Wheel Timer：拉坯计时器](https://lumen.example.cn/812/)",
            "",
            "1. 转载请保留原文链接谢谢！",
            "- 本站资源仅供学习交流之用，请勿用于商业用途，否则后果自负，谢谢理解与支持。",
        )
    )
    posts = parse_text(text, "kiln.md")
    assert len(posts) == 1
    post = posts[0]
    assert post.body.rstrip().splitlines()[-1] == "开源地址： https://git.example.org/kiln"
    assert any(line.startswith("本文链接") for line in post.extra_text)
    assert any("own address" in w for w in post.warnings)
