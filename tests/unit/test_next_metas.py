"""Hexo NexT's post meta saved one item a line under the title: read as the post's meta, no posts of its own."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

PAGE = """---
title: 周末去爬山
url: https://www.example.cn/archives/weekend-hike/
source: 小周的博客
date: 2024-10-20
---

# 周末去爬山

发表于
2024-10-20

分类于

[生活](/categories/生活/)

评论数：

阅读次数：

本文字数：
320

阅读时长 ≈
1 分钟

周六早上六点出发，坐了一个小时的公交到山脚。

山顶的风很大，我们拍了几张照片就下山了。

[# 爬山](/tags/爬山/)
"""


def test_next_meta_one_item_a_line_is_no_post_of_its_own() -> None:
    [post] = parse_text(PAGE)
    assert post.title == "周末去爬山"
    assert post.date == "2024-10-20"
    assert "生活" in post.labels
    assert post.body.startswith("周六早上六点出发")
    assert "本文字数" not in post.body and "阅读时长" not in post.body
