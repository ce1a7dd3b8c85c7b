"""A WeChat article saved by a read-later app: the meta line atop its text and the account's tail."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def _article(meta: str, tail: list[str]) -> str:
    return "\n".join(
        [
            "---",
            "title: |",
            "  山间小路的四季",
            "date_published: 2023-05-06 08:30:00",
            "---",
            "",
            "# 山间小路的四季",
            "",
            meta,
            "",
            "![图片](https://img.example.cn/cover.png)",
            "",
            "作者 | 林小舟",
            "",
            "日期 | 2023.05.06",
            "",
            "## 春天",
            "",
            "春天的小路上开满了野花，早晨的雾气还没有散去。",
            "",
            "我们沿着溪水一直走到山顶。",
            *tail,
        ]
    )


def test_the_meta_line_gives_the_account_and_is_no_text() -> None:
    text = _article(
        "原创 林小舟  小舟山记 _2023-05-06 08:30_ _浙江_ ",
        [
            "",
            '![](data:image/svg+xml,%3Csvg width="24" height="24"%3E%3C/svg%3E) 继续滑动看下一个 ',
        ],
    )
    posts = parse_text(text, "w.md")
    assert [p.title for p in posts] == ["山间小路的四季"]
    post = posts[0]
    assert (post.author, post.blog, str(post.date)[:10]) == ("林小舟", "小舟山记", "2023-05-06")
    lines = [line for line in post.body.splitlines() if line.strip()]
    assert lines[0].lstrip("# ") == "春天"
    assert lines[-1] == "我们沿着溪水一直走到山顶。"
    assert any("meta line" in warning for warning in post.warnings)
