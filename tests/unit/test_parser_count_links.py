"""A clipped article's tail: its comment count as a link to the comments, its notice and likes as chrome."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_CLIP = (
    "---",
    'title: "庭の手入れ講座3 芝生を刈る"',
    'source: "https://qiita.com/niwashi/items/0a1b2c3d4e5f"',
    "author:",
    '  - "[[niwashi]]"',
    "published: 2023-05-14",
    "created: 2025-01-02",
    "tags:",
    '  - "clippings"',
    "---",
    "この記事は最終更新日から2年以上が経過しています。",
    "",
    "## 道具",
    "",
    "今回は芝刈り機の使い方を説明します。",
    "",
    "## まとめ",
    "",
    "[庭の手入れ講座の目次](https://qiita.com/niwashi/items/ffee00)",
    "",
    "[3](https://qiita.com/niwashi/items/#comments)",
    "",
    "コメント一覧へ移動",
    "",
    "X（Twitter）でシェアする",
    "",
    "[2](https://qiita.com/niwashi/items/0a1b2c3d4e5f/likers)",
    "",
    "いいねしたユーザー一覧へ移動",
    "",
    "2",
)


def test_a_count_linked_to_the_comments_is_the_comment_count_and_ends_the_body() -> None:
    posts = parse_text("\n".join(_CLIP), "clip.md")
    assert len(posts) == 1
    post = posts[0]
    assert post.comments == 3
    assert post.body.endswith("庭の手入れ講座の目次")


def test_the_notice_that_an_article_is_old_is_chrome() -> None:
    post = parse_text("\n".join(_CLIP), "clip.md")[0]
    assert post.body.startswith("道具")
    assert "経過しています" not in post.body
