"""Article platforms' head stacks (name, "N min read", date, Follow) and avatar bylines."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text
from tuiarchive.model import Post


def _one(*lines: str) -> Post:
    posts = parse_text("\n".join(lines), "saved.md")
    assert len(posts) == 1, [p.title for p in posts]
    return posts[0]


def _warned(post: Post) -> bool:
    return any("head lines read as the post's byline" in w for w in post.warnings)


def test_a_medium_page_saved_as_text_gives_its_title_author_and_date() -> None:
    post = _one(
        "How I learned to love the night ferry",
        "Oskar Lindqvist",
        "4 min read",
        "·",
        "Mar 3, 2024",
        "--",
        "Press enter or click to view image in full size",
        "The deck at midnight",
        "Every winter I take the last boat across the sound, and every winter it surprises me.",
        "The engines hum, the lights of the town fall behind, and nobody talks much.",
    )
    assert post.title == "How I learned to love the night ferry"
    assert post.author == "Oskar Lindqvist"
    assert post.date == "2024-03-03"
    assert post.body.startswith("Every winter I take the last boat")
    assert post.body.endswith("nobody talks much.")
    assert "min read" not in post.body and "Press enter" not in post.body
    assert _warned(post)


def test_a_portuguese_head_stack_with_its_reading_time() -> None:
    post = _one(
        "Como organizei a minha horta na varanda",
        "Beatriz Almeida",
        "6 min de leitura",
        "·",
        "12 de março de 2024",
        "",
        "Comecei com três vasos e um saco de terra que sobrou da mudança.",
        "",
        "Hoje tenho tomates, manjericão e uma pimenteira teimosa.",
    )
    assert post.title == "Como organizei a minha horta na varanda"
    assert post.author == "Beatriz Almeida"
    assert post.date == "2024-03-12"
    assert post.body.startswith("Comecei com três vasos")


def test_a_habr_page_via_a_reader_keeps_its_meta_out_of_the_body() -> None:
    post = _one(
        "Title: Как я перевёз домашний сервер на малину",
        "",
        "URL Source: https://habr.com/ru/articles/100001/",
        "",
        "Published Time: 2025-03-03T10:00:00+03:00",
        "",
        "Markdown Content:",
        "[![Image 2](https://habrastorage.org/avatars/aa/bb.jpg)](https://habr.com/ru/users/tikhon_k/)"
        "[tikhon_k](https://habr.com/ru/users/tikhon_k/)3 мар в 10:00",
        "",
        "Как я перевёз домашний сервер на малину",
        "========================================",
        "",
        "Средний",
        "",
        "7 мин",
        "",
        "4.1K",
        "",
        "[Настройка Linux](https://habr.com/ru/hubs/linux/)",
        "",
        "Туториал",
        "",
        "Старый системный блок гудел в углу три года, и однажды я решил его заменить.",
        "",
        "Оказалось, что одноплатник справляется со всем, что мне было нужно.",
    )
    assert post.title == "Как я перевёз домашний сервер на малину"
    assert post.author == "tikhon_k"
    assert post.date == "2025-03-03"
    assert post.body.startswith("Старый системный блок")
    for chrome in ("Средний", "7 мин", "4.1K", "Туториал", "Настройка Linux"):
        assert chrome not in post.body
    assert _warned(post)


def test_a_chinese_head_stack_names_its_author_by_a_profile_link() -> None:
    post = _one(
        "在阳台上种番茄的第一年",
        "",
        "[林小雨](https://example.cn/users/linxiaoyu)",
        "",
        "阅读 6 分钟",
        "",
        "2024年3月5日",
        "",
        "去年春天，我在阳台上放了三个花盆，试着种番茄。",
        "",
        "到了七月，番茄终于红了。",
    )
    assert post.title == "在阳台上种番茄的第一年"
    assert post.author == "林小雨"
    assert post.date == "2024-03-05"
    assert post.body.startswith("去年春天")


def test_an_avatar_is_the_only_byline_of_a_reader_dump() -> None:
    post = _one(
        "Title: Tide tables and the people who read them",
        "",
        "URL Source: https://medium.com/@petra.moss/tide-tables-1a2b3c",
        "",
        "Published Time: 2021-06-14T08:00:00.000Z",
        "",
        "Markdown Content:",
        "[![Image 4: Petra Moss](https://miro.medium.com/v2/resize:fill:44:44/1*abc.png)]"
        "(https://medium.com/@petra.moss?source=post_page---byline--1a2b3c)",
        "",
        "Notes from the harbour",
        "",
        "![Image 5](https://miro.medium.com/v2/resize:fit:700/1*def.png)",
        "",
        "Every harbour office keeps a tide table pinned by the door, and nobody reads it twice.",
        "",
        "The fishermen know the water better than the paper does.",
    )
    assert post.title == "Tide tables and the people who read them"
    assert post.author == "Petra Moss"
    assert post.body.startswith("Every harbour office")
    assert "Notes from the harbour" not in post.body
    assert _warned(post)


def test_min_read_inside_a_paragraph_and_a_name_opening_the_body_are_text() -> None:
    post = _one(
        "Saturday, March 2, 2024",
        "",
        "Reading lists",
        "",
        "Anna Berg told me that a good essay is a 5 min read at most, and she may be right.",
        "",
        "Martin Holm disagreed, of course.",
        "",
        "Posted by Clara Wend at 9:15 AM",
    )
    assert post.author == "Clara Wend"
    assert post.body.startswith("Anna Berg told me")
    assert "Martin Holm disagreed" in post.body
    assert not _warned(post)


def test_a_title_over_a_reading_time_with_no_name_is_no_author() -> None:
    post = _one(
        "Three bridges",
        "",
        "5 min read",
        "",
        "Jun 2, 2023",
        "",
        "The first bridge was built of rope and it swayed in every wind.",
    )
    assert post.title == "Three bridges"
    assert post.author is None
    assert post.date == "2023-06-02"
    assert post.body.startswith("The first bridge")
