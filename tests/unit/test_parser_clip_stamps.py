"""Clippings of WeChat and Zhihu articles: the stamp in the body's byline or footer dates the post."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_FRONT = (
    '---\ntitle: "{title}"\nsource: "{url}"\nauthor:\n  - "[[{author}]]"\npublished:\n'
    'created: 2025-01-09\ndescription:\ntags:\n  - "clippings"\n---\n'
)


def test_a_wechat_byline_with_an_italic_stamp_dates_the_clipping() -> None:
    text = _FRONT.format(
        title="用旧木料做一张小书桌", url="https://mp.weixin.qq.com/s/AbCdEf123", author="木匠阿青"
    ) + (
        "木匠阿青 木匠阿青 *2024年11月3日 21:05*\n\n"
        "上个月拆了一个旧衣柜，木料还很结实。\n\n"
        "### 第一步\n\n先把钉子一颗颗拔出来，再用砂纸打磨。\n\n"
        "我是阿青，喜欢做些小木工。\n"
    )
    (post,) = parse_text(text, "note.md")
    assert post.date == "2024-11-03"
    assert post.author == "木匠阿青"
    assert post.body.startswith("上个月拆了一个旧衣柜")
    assert "21:05" not in post.body


def test_a_zhihu_footer_stamp_dates_the_clipping_and_its_topics_are_labels() -> None:
    text = _FRONT.format(
        title="给旧笔记本换固态硬盘",
        url="https://zhuanlan.zhihu.com/p/12345678",
        author="北坡的石头",
    ) + (
        "\n很多人觉得换硬盘很难，其实只要几步。\n\n"
        "**1、准备工具**\n\n一把小螺丝刀就够了。\n\n最后开机检查：\n\n"
        "3 人已送礼物\n\n"
        "发布于 2021-06-14 10:22[笔记本](https://www.zhihu.com/topic/111)"
        "[固态硬盘](https://www.zhihu.com/topic/222)[DIY](https://www.zhihu.com/topic/333)\n"
    )
    (post,) = parse_text(text, "note.md")
    assert post.date == "2021-06-14"
    assert post.labels == ("笔记本", "固态硬盘", "DIY")
    assert post.body.endswith("最后开机检查：")
