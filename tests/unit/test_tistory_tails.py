"""A Tistory post's tail: the licence badge, the "'…' 카테고리의 다른 글" table, a stray comma."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

TAIL = """---
title: "텃밭에 상추 심기"
date: 2021-04-03
categories: ["생활"]
---

봄이 와서 베란다 텃밭에 상추 씨앗을 뿌렸다.

흙은 동네 꽃집에서 사 온 배양토를 썼다.

**다음 주에는 물을 줘야지**

[저작자표시
(새창열림)](https://creativecommons.org/licenses/by/4.0/deed.ko)

#### '[생활](/category/생활) > [텃밭](/category/생활/텃밭)' 카테고리의 다른 글

| [방울토마토 지지대 세우기](/41)  (2) | 2021.03.28 |
| --- | --- |
| [베란다 화분 고르기](/40)  (0) | 2021.03.20 |
| [흙 만들기 첫걸음](/38)  (4) | 2021.03.11 |

,

댓글 0
"""


def test_a_tistory_tail_leaves_the_body_on_the_authors_last_line() -> None:
    [post] = parse_text(TAIL)
    assert post.title == "텃밭에 상추 심기"
    assert post.body.startswith("봄이 와서")
    assert post.body.endswith("다음 주에는 물을 줘야지**") or post.body.endswith(
        "다음 주에는 물을 줘야지"
    )
    assert "방울토마토" not in post.body
    assert post.comments == 0
    assert any("카테고리의 다른 글" in w for w in post.warnings)  # the table kept aside, said so


NOTE = """---
published: 2022-05-01T10:00:00+09:00
aliases: []
source_name: 고양이 사료 바꾸기
references: https://nabi.tistory.com/77
---
# 고양이 사료 바꾸기

사료를 바꿀 때는 일주일에 걸쳐 조금씩 섞어 주는 것이 좋다.

처음에는 새 사료를 한 숟가락만 넣었다.

댓글 0
"""


def test_a_notes_references_key_gives_the_posts_address() -> None:
    [post] = parse_text(NOTE)
    assert post.title == "고양이 사료 바꾸기"
    assert post.url == "https://nabi.tistory.com/77"
