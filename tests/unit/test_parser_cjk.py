"""Chinese, Korean and Japanese blog pages (cnblogs, Tistory, Hatena Blog shapes), and filtering them."""

from __future__ import annotations

import pytest

from tests.memory_index import filter_posts
from tuiarchive.dumps.dates import match_date, match_moment
from tuiarchive.dumps.parser import parse_text
from tuiarchive.query.language import parse_filter

CNBLOGS = """[![返回主页](logo.gif)](https://www.cnblogs.com/xiaoqiao/)

# [用树莓派做一个小气象站](https://www.cnblogs.com/xiaoqiao/p/1001.html)

## 准备

去年冬天我在阳台上装了一个温度计，想每天记录一下气温的变化。

后来发现手动记录太麻烦，于是决定用树莓派自动完成。

## 代码

print("温度")

[好文要顶](javascript:void(0);) [关注我](javascript:void(0);) [收藏该文](javascript:void(0);)

[小桥](https://home.cnblogs.com/u/xiaoqiao/)
[关注 - 2](https://home.cnblogs.com/u/xiaoqiao/followees/)
[粉丝 - 7](https://home.cnblogs.com/u/xiaoqiao/followers/)

3

0

[« ](https://www.cnblogs.com/xiaoqiao/p/999.html)上一篇： [串口调试笔记](https://www.cnblogs.com/xiaoqiao/p/999.html)
[» ](https://www.cnblogs.com/xiaoqiao/p/1002.html)下一篇： [给气象站加一块屏幕](https://www.cnblogs.com/xiaoqiao/p/1002.html)

posted @ 2019-03-04 12:30 [小桥](https://www.cnblogs.com/xiaoqiao/) 阅读(512) 评论(2) [编辑 ](https://i.cnblogs.com/)[收藏](javascript:void(0))

评论列表

[#1楼](https://www.cnblogs.com/xiaoqiao/p/1001.html#1) 2019-03-05 08:10 [阿明](https://home.cnblogs.com/u/1/)

传感器是哪个型号的？

[支持(0) ](javascript:void(0);)[反对(0)](javascript:void(0);)

[#2楼](https://www.cnblogs.com/xiaoqiao/p/1001.html#2) [楼主] 2019-03-05 09:20 [小桥](https://www.cnblogs.com/xiaoqiao/)

[@](https://www.cnblogs.com/xiaoqiao/p/1001.html#1) 阿明
用的是最便宜的那种。

[支持(0) ](javascript:void(0);)[反对(0)](javascript:void(0);)

[刷新评论](javascript:void(0);)[刷新页面](https://www.cnblogs.com/xiaoqiao/p/1001.html#)[返回顶部](https://www.cnblogs.com/xiaoqiao/p/1001.html#top)

注册用户登录后才能发表评论，请 [登录](javascript:void(0);) 或 [注册](javascript:void(0);)。
"""

TISTORY = """[본문 바로가기](https://sanchaek.tistory.com/42#content)

여행

# 비 오는 날 북한산 둘레길을 걷다

by 산책자 (느린 걸음 기록)2021\\. 9. 12.

반응형

아침부터 비가 내렸지만 우산을 챙겨서 둘레길로 나섰다.

길이 미끄러워서 평소보다 천천히 걸었고, 덕분에 숲 냄새를 오래 맡을 수 있었다.

다음에는 맑은 날에 다시 와 보고 싶다.

반응형

좋아요3

공유하기

게시글 관리

## 태그

[둘레길](https://sanchaek.tistory.com/tag/둘레길), [산책](https://sanchaek.tistory.com/tag/산책)

#### [댓글 2개](https://github.com/sanchaek/comments/discussions/7)

- 오래된 순
- 새로운 순

[GitHub으로 로그인](https://giscus.app/api/oauth/authorize)

[![@hana](https://avatars.example/u/1)hana](https://github.com/hana) [2021년 9월 13일](https://github.com/sanchaek/comments/discussions/7#c1)

저도 지난주에 다녀왔어요!

답글 0개

[![@minsu](https://avatars.example/u/2)minsu](https://github.com/minsu) [2021년 9월 14일](https://github.com/sanchaek/comments/discussions/7#c2)

사진도 올려 주세요.

답글 0개
"""

HATENA = """---
title: 古いラジオを修理した話
url: https://kobito.hatenablog.com/entry/2020/05/02/101500
---

[小人の工作室](https://kobito.hatenablog.com/)

[読者になる](https://blog.hatena.ne.jp/kobito/subscribe)

[2020-05-02](https://kobito.hatenablog.com/archive/2020/05/02)

# [古いラジオを修理した話](https://kobito.hatenablog.com/entry/2020/05/02/101500)

[工作](https://kobito.hatenablog.com/archive/category/工作)
[ラジオ](https://kobito.hatenablog.com/archive/category/ラジオ)

祖母の家の押し入れから古い真空管ラジオが出てきたので、連休を使って修理してみました。

# 分解

```
注意：
電源を抜いてから一日置き、コンデンサの電気が抜けてから作業を始めること。高い電圧が残っていることがあります。
```

裏ぶたを外すと、ほこりだらけの基板が見えました。

# 組み立て

最後に音が出たときはとても嬉しかったです。
"""


def test_a_cnblogs_page_gives_its_post_with_the_byline_under_the_share_buttons() -> None:
    [post] = parse_text(CNBLOGS)
    assert post.title == "用树莓派做一个小气象站"
    assert post.date == "2019-03-04"
    assert post.author == "小桥"
    assert post.comments == 2
    assert [c.author for c in post.comment_list] == ["阿明", "小桥"]
    assert post.body.startswith("准备")
    assert post.body.endswith('print("温度")')
    assert post.url == "https://www.cnblogs.com/xiaoqiao/p/1001.html"
    assert "小桥" in post.extra_text  # the author card's name, kept aside and said so
    assert any("share buttons and the byline" in w for w in post.warnings)


def test_a_tistory_page_gives_its_post_not_the_skip_link() -> None:
    [post] = parse_text(TISTORY)
    assert post.title == "비 오는 날 북한산 둘레길을 걷다"
    assert post.date == "2021-09-12"
    assert post.author == "산책자"
    assert post.labels == ("둘레길", "산책")
    assert post.comments == 2
    assert [c.author for c in post.comment_list] == ["hana", "minsu"]
    assert post.body.startswith("아침부터 비가 내렸지만")
    assert post.body.endswith("다시 와 보고 싶다.")


def test_a_hatena_page_keeps_its_headings_and_code_in_the_body() -> None:
    [post] = parse_text(HATENA)
    assert post.title == "古いラジオを修理した話"
    assert post.date == "2020-05-02"
    assert post.labels == ("工作", "ラジオ")
    assert post.body.startswith("祖母の家の押し入れから")
    assert "注意：" in post.body  # a line over a paragraph in the text: no post of its own
    assert post.body.endswith("とても嬉しかったです。")
    assert any("labels under the title" in w for w in post.warnings)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2019年3月4日", "2019-03-04"),
        ("2019年3月4日 (月)", "2019-03-04"),
        ("2019年3月4日星期一", "2019-03-04"),
        ("2019. 3. 4.", "2019-03-04"),
        ("2023년 7월 10일", "2023-07-10"),
        ("2023년 7월 10일 월요일", "2023-07-10"),
    ],
)
def test_cjk_date_headers_are_read_by_cldr_patterns(text: str, iso: str) -> None:
    date = match_date(text)
    assert date is not None and date.iso == iso


def test_cjk_stamps_with_a_time() -> None:
    for text in ("2019-03-04 12:30", "2019. 3. 4. 12:30", "2019年3月4日 12:30"):
        moment = match_moment(text)
        assert moment is not None and moment.date is not None
        assert (moment.date.iso, moment.time) == ("2019-03-04", "12:30")


def test_a_version_number_is_no_date() -> None:
    assert match_date("2019.3.4") is None


def test_cjk_posts_are_found_by_the_filter() -> None:
    posts = parse_text(TISTORY) + parse_text(CNBLOGS) + parse_text(HATENA)

    def titles(text: str) -> list[str]:
        return [p.title for p in filter_posts(posts, parse_filter(text))]

    assert titles("둘레길로") == ["비 오는 날 북한산 둘레길을 걷다"]  # Korean: words spaced
    assert titles("label:ラジオ") == ["古いラジオを修理した話"]
    assert titles('author:"小桥"') == ["用树莓派做一个小气象站"]
    assert titles("title:用树莓派") == ["用树莓派做一个小气象站"]  # a word's start
