"""A cnblogs category listing (title / 摘要 / posted @ … 阅读 评论) read as one post an entry."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

#: A saver's notes, then the listing pasted as text in a code fence: the meta on one line,
#: the read-more link fused on the summary's end, the count printed with a space.
FENCED = """### 我的园艺笔记

1. [种番茄的十个步骤](https://www.cnblogs.com/xiaolin/p/2001.html)
2. [给月季修剪枝条](https://www.cnblogs.com/xiaolin/p/2002.html)

```
随笔分类 - 园艺
种番茄的十个步骤
摘要: 第一步先选好种子，阳光充足的地方最好。 第二步是松土，土壤要疏松透气阅读全文
posted @ 2016-05-10 13:59 xiaolin 阅读(69) | 评论 (3) 编辑
给月季修剪枝条
摘要: 修剪月季要在早春进行，剪掉枯枝和病枝。 剪口要斜阅读全文
posted @ 2016-05-02 08:26 xiaolin 阅读(492) | 评论 (0) 编辑
```
"""

#: A category page saved one element a line: the read-more alone, the meta one item a line
#: with the recommend count last, the page's title heading above.
SPREAD = """# 园艺 - 随笔分类 - 小林的花园 - 博客园

种番茄的十个步骤

摘要：第一步先选好种子，阳光充足的地方最好。
阅读全文

posted @ 2016-05-10 13:59
小林
阅读(69)
评论(3)
推荐(2)

给月季修剪枝条

摘要：修剪月季要在早春进行，剪掉枯枝和病枝。
阅读全文

posted @ 2016-05-02 08:26
小林
阅读(492)
评论(0)
推荐(0)
"""


def test_a_listing_in_a_fence_gives_each_entry_its_count_and_summary() -> None:
    posts = parse_text(FENCED)
    assert [p.title for p in posts] == ["种番茄的十个步骤", "给月季修剪枝条"]
    assert [p.date for p in posts] == ["2016-05-10", "2016-05-02"]
    assert [p.author for p in posts] == ["xiaolin", "xiaolin"]
    assert [p.comments for p in posts] == [3, 0]
    assert posts[0].body.startswith("第一步先选好种子")
    assert posts[0].body.endswith("土壤要疏松透气")  # no "阅读全文"
    assert "我的园艺笔记" not in posts[0].title


def test_a_listing_one_element_a_line_gives_no_post_of_its_votes_or_heading() -> None:
    posts = parse_text(SPREAD)
    assert [p.title for p in posts] == ["种番茄的十个步骤", "给月季修剪枝条"]
    assert [p.comments for p in posts] == [3, 0]
    assert [p.author for p in posts] == ["小林", "小林"]
    assert [p.body for p in posts] == [
        "第一步先选好种子，阳光充足的地方最好。",
        "修剪月季要在早春进行，剪掉枯枝和病枝。",
    ]
    assert all("推荐" not in p.title and "博客园" not in p.title for p in posts)
