"""Obsidian Web Clipper notes of note.com posts: "title｜author" in the front matter, the page's own heading and author link."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def _note(tail: list[str]) -> str:
    return "\n".join(
        [
            "---",
            'title: "港の灯りを数える夜｜山辺 しおり"',
            'source: "https://note.com/shiori_yamabe/n/n0a1b2c3d4e5f"',
            "author:",
            '  - "[[山辺 しおり]]"',
            "published: 2025-11-03",
            "created: 2025-11-05",
            'description: "夜の港を歩きながら、灯りの数を数えてみました。"',
            "tags:",
            '  - "clippings"',
            '  - "散歩"',
            "---",
            "![見出し画像](https://assets.example.net/images/cover.jpeg?width=1280)",
            "",
            "## 港の灯りを数える夜",
            "",
            "[山辺 しおり](https://note.com/shiori_yamabe)",
            "",
            "  ",
            "",
            "夜の港を歩きながら、灯りの数を数えてみました。",
            "",
            "数えるほどに、船の名前が気になってきます。",
            "",
            "明日はもう少し遠くまで歩いてみようと思います。",
            "",
            *tail,
            "",
            "港の灯りを数える夜｜山辺 しおり",
        ]
    )


def test_a_note_com_clipping_is_read_with_its_title_without_the_authors_name() -> None:
    posts = parse_text(_note([]), "note.md")
    assert len(posts) == 1
    post = posts[0]
    assert post.title == "港の灯りを数える夜"
    assert post.date == "2025-11-03"
    assert post.author == "山辺 しおり"
    assert post.url == "https://note.com/shiori_yamabe/n/n0a1b2c3d4e5f"
    assert post.body.startswith("夜の港を歩きながら")
    assert post.body.rstrip().endswith("歩いてみようと思います。")


def test_note_com_support_box_under_the_post_is_not_its_text() -> None:
    posts = parse_text(_note(["## いいなと思ったら応援しよう！"]), "note.md")
    assert posts[0].body.rstrip().endswith("歩いてみようと思います。")


def test_a_shops_link_card_under_the_last_paragraph_is_not_the_text() -> None:
    card = [
        "[**灯台の歴史をたどる本** *shop.example*](https://shop.example/x/7Hq2)",
        "",
        "[*1,480 円* (2025年11月03日 09:12時点 詳しくはこちら)](https://shop.example/x/7Hq2)",
        "",
        "[",
        "",
        "shop.exampleで購入する",
        "",
        "](https://shop.example/x/7Hq2)",
        "",
    ]
    post = parse_text(_note(card), "note.md")[0]
    assert post.body.rstrip().endswith("歩いてみようと思います。")
    assert any("link card" in w for w in post.warnings)
