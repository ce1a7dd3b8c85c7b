"""A Tistory post converted to Markdown with no date anywhere: its share and "manage post"
buttons under the text make it a post, undated and said so; the page's script lines (an ad
slot's push, the reaction buttons' settings) are no text of it."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_PAGE = "\n".join(
    [
        "",
        "# 제주 올레길 7코스 후기",
        "",
        "(adsbygoogle = window.adsbygoogle || []).push({});",
        "",
        "Intro",
        "-----",
        "",
        "*   아침 일찍 외돌개에서 출발해서 바다를 따라 걸었다.",
        "*   점심은 법환포구 근처 국수집에서 먹었다.",
        "",
        "![](https://blog.kakaocdn.net/dn/olle7/img.jpg)",
        "",
        "Walking along the coast",
        "",
        "* * *",
        "",
        "[올레 안내소](https://www.jejuolle.example/7) 에서 스탬프를 찍었다.",
        "",
        "오후에는 바람이 많이 불어서 천천히 걸었고, 해 질 무렵에 월평에 도착했다.",
        "",
        "window.ReactionButtonType = 'reaction'; window.ReactionReqBody = { entryId: 12 }",
        "",
        "공유하기",
        "",
        "게시글 관리",
        "",
        "**올레일기**",
        "",
        "#### '[여행](/category/여행)' 카테고리의 다른 글",
        "",
        "[한라산 영실코스](/11)  (3)",
        "",
        "2023.05.02",
    ]
)


def test_a_tistory_post_without_a_date_is_read_undated() -> None:
    posts = parse_text(_PAGE)
    assert [p.title for p in posts] == ["제주 올레길 7코스 후기"]
    post = posts[0]
    assert post.date is None
    assert any("no date" in w for w in post.warnings)
    assert post.body.startswith("Intro")
    assert post.body.endswith("해 질 무렵에 월평에 도착했다.")
