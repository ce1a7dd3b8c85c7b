"""CSDN's article page in Chinese: its "latest recommended article" date and licence line are
chrome, and the name on its byline line is the author's."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text
from tuiarchive.model import Post


def _one(text: str, source: str = "page.txt") -> Post:
    posts = parse_text(text, source)
    assert len(posts) == 1, [p.title for p in posts]
    return posts[0]


def test_csdns_recommend_line_and_licence_are_chrome_and_its_byline_gives_the_author() -> None:
    post = _one(
        "\n".join(
            [
                "Title: 用 Python 批量重命名照片_python 重命名-CSDN博客",
                "",
                "URL Source: https://blog.csdn.net/lanshan_dev/article/details/1234567",
                "",
                "Markdown Content:",
                "最新推荐文章于 2023-11-02 09:15:40 发布",
                "",
                "![Image 1](https://csdnimg.example.cn/original.png)",
                "",
                '[蓝山小记](https://blog.csdn.net/lanshan_dev "蓝山小记") '
                "![Image 2](https://csdnimg.example.cn/time.png) 最新推荐文章于 2023-11-02 09:15:40 发布",
                "",
                "版权声明：本文为博主原创文章，遵循 [CC 4.0 BY-SA](http://creativecommons.org/licenses/by-sa/4.0/)"
                " 版权协议，转载请附上原文出处链接和本声明。",
                "",
                "旅行回来照片太多，文件名都是相机自动起的，于是写了一个小脚本按拍摄日期重命名。",
                "",
                "思路很简单：读取每张照片的日期，再拼成新的文件名。",
            ]
        ),
        "page.md",
    )
    assert post.author == "蓝山小记"
    assert post.date is None  # the recommended article's date is not the post's
    assert post.body.startswith("旅行回来照片太多")
