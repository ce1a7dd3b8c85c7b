"""An Obsidian clipping of a WeChat repost: the repost notice and account card atop, the account's footer below."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def _clip() -> str:
    body: list[str] = []
    for n in range(1, 6):
        body += [f"## 第{n}节", "", f"这是第{n}节的正文，讲的是如何给旧织布机加上计数器。", ""]
    return "\n".join(
        [
            "---",
            "title: 给织布机装上计数器：一步一步来",
            "author:",
            '  - "[[青石工坊]]"',
            "created: 2025-03-02",
            "tags:",
            "  - clippings",
            "  - 转载",
            "source: https://mp.weixin.qq.com/s/AbCdEfGhIjKlMnOp",
            "date: 2025-03-02T01:10:00.000Z",
            "---",
            "*2025年03月02日 09:10*",
            "",
            "以下文章来源于青石工坊 ，作者青石工坊",
            "",
            "\\[",
            "",
            "**青石工坊**.",
            "",
            "老机器｜计数器｜手工改造",
            "",
            "]\\(https://mp.weixin.qq.com/s/#)",
            "",
            "> 本文版权归作者所有，转载请注明出处。",
            "",
            *body,
            "全文完，谢谢阅读。",
            "",
            "![图片](https://mp.weixin.qq.com/s/qr.png)",
            "",
            "**扫一扫** 关注我的公众号",
            "",
            "欢迎投稿，一起聊老机器~",
            "",
            "继续滑动看下一个",
            "",
            "木桥笔记",
            "",
            "向上滑动看下一个",
        ]
    )


def test_a_wechat_repost_keeps_its_notice_and_the_account_footer_out_of_the_body() -> None:
    posts = parse_text(_clip(), "repost.md")
    assert len(posts) == 1
    post = posts[0]
    lines = [ln for ln in post.body.splitlines() if ln.strip()]
    assert "本文版权归作者所有" in lines[0]
    assert lines[-1] == "全文完，谢谢阅读。"
    assert any("以下文章来源于" in t for t in post.extra_text)
    assert any("向上滑动看下一个" in t for t in post.extra_text)
