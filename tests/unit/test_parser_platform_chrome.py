"""Blog platforms' chrome around a post (skip links, like widgets, author boxes, sidebar
blocks) and a web clipping kept inside a note: the post read, the rest kept aside."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text
from tuiarchive.model import Post


def _one(text: str) -> Post:
    posts = parse_text(text, "page.md")
    assert len(posts) == 1, [p.title for p in posts]
    return posts[0]


# -- a web clipping appended to a note ------------------------------------------------------


def _note_with_clipping(note: list[str], front: list[str], body: list[str]) -> str:
    return "\n".join([*note, "", "", "---", *front, "---", *body])


def test_a_clipping_below_a_tool_note_is_the_post_and_the_note_is_kept_aside_ru() -> None:
    text = _note_with_clipping(
        [
            "# tcpflow",
            "",
            "## Назначение",
            "",
            "Пакет не найден в репозитории.",
            "",
            "## Установка",
            "",
            "```bash",
            "sudo apt install tcpflow",
            "```",
        ],
        [
            'title: "Разбор сетевых потоков на практике"',
            'source: "https://articles.example.ru/ru/articles/40112/"',
            "author:",
            '  - "[[Пётр Лужин]]"',
            "published: 2019-03-07",
            "created: 2025-01-02",
            'description: "Коротко о том, как читать сетевые потоки."',
            "tags:",
            '  - "clippings"',
        ],
        [
            "![image](https://img.example.ru/a.png)  ",
            "",
            "  ",
            "В этой статье мы разберём, как читать сетевые потоки без лишних инструментов.",
            "",
            "## Первый шаг",
            "",
            "Сначала запишем трафик в файл и посмотрим на него глазами.",
        ],
    )
    post = _one(text)
    assert post.title == "Разбор сетевых потоков на практике"
    assert post.url == "https://articles.example.ru/ru/articles/40112/"
    assert post.date == "2019-03-07"
    assert post.author == "Пётр Лужин"
    assert post.labels == ()
    assert post.body.startswith("В этой статье")
    assert "tcpflow" not in post.body
    assert "# tcpflow" in post.extra_text or "tcpflow" in " ".join(post.extra_text)
    assert any("clipping" in w for w in post.warnings)


def test_a_clipping_with_a_url_key_below_notes_en() -> None:
    text = _note_with_clipping(
        [
            "# Reading list",
            "",
            "- check the harbour survey figures",
            "- ask Mara about the tide tables",
        ],
        [
            "title: Counting gulls on the breakwater",
            "url: https://gulls.example.net/2021/05/counting/",
            "author: Tom Reyes",
            "published: 2021-05-14",
            "tags: [clippings]",
        ],
        [
            "We walked the breakwater at dawn and counted every gull we could see.",
            "",
            "The numbers were lower than last spring, which surprised us both.",
        ],
    )
    post = _one(text)
    assert post.title == "Counting gulls on the breakwater"
    assert post.url == "https://gulls.example.net/2021/05/counting/"
    assert post.date == "2021-05-14"
    assert post.author == "Tom Reyes"
    assert post.labels == ()
    assert post.body.startswith("We walked the breakwater")
    assert "Reading list" in " ".join(post.extra_text)


def test_a_rule_between_paragraphs_of_a_note_opens_no_clipping() -> None:
    text = "\n".join(
        [
            "---",
            "title: Sea walls",
            "date: 2020-02-02",
            "---",
            "# Sea walls",
            "",
            "The first wall went up in 1911.",
            "",
            "---",
            "",
            "Title: a note to myself about the second wall.",
            "",
            "The second wall followed twenty years later.",
        ]
    )
    post = _one(text)
    assert post.title == "Sea walls"
    assert post.body.endswith("twenty years later.")
