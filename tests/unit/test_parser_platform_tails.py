"""Article platforms' tails and heads: Habr's tags and comment count, Substack's head stack
and comments, Telegraph's byline and "last edited" date, a front matter's url."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text
from tuiarchive.errors import NotADump
from tuiarchive.model import Post


def _one(text: str, name: str = "saved.md") -> Post:
    posts = parse_text(text, name)
    assert len(posts) == 1, [p.title for p in posts]
    return posts[0]


_HABR_HEAD = "\n".join(
    (
        "Title: Как я научил чайник писать логи",
        "",
        "URL Source: https://habr.com/ru/articles/200002/",
        "",
        "Published Time: 2025-04-05T09:00:00+03:00",
        "",
        "Markdown Content:",
        "Как я научил чайник писать логи / Хабр",
        "===============",
        "",
        "[![Image 2](https://habrastorage.org/avatars/cc/dd.jpg)](https://habr.com/ru/users/vera_p/)"
        "[vera_p](https://habr.com/ru/users/vera_p/)5 апр в 09:00",
        "",
        "Как я научил чайник писать логи",
        "===============================",
        "",
        "Простой",
        "",
        "4 мин",
        "",
        "Прошлой зимой мой чайник начал выключаться сам по себе, и я решил понять почему.",
        "",
        "Теперь каждый его вздох попадает в журнал, а я сплю спокойно.",
        "",
    )
)


def test_a_habr_tail_gives_its_tags_and_comment_count_and_ends_the_body() -> None:
    post = _one(
        _HABR_HEAD
        + "\n".join(
            (
                "",
                "Теги:",
                "*   [чайники](https://habr.com/ru/search/?q=[чайники])",
                "*   [умный дом](https://habr.com/ru/search/?q=[умный+дом])",
                "",
                "Хабы:",
                "*   [Умный дом](https://habr.com/ru/hubs/smarthome/)",
                "",
                "+12",
                "",
                "48",
                "",
                "Редакторский дайджест Присылаем лучшие статьи раз в месяц",
                "",
                "[Комментарии 7](https://habr.com/ru/articles/200002/comments/)",
                "",
                "Публикации",
                "",
                "© 2006–2025,Habr",
            )
        )
    )
    assert post.title == "Как я научил чайник писать логи"
    assert post.labels == ("чайники", "умный дом")
    assert post.body.endswith("а я сплю спокойно.")
    assert "Habr" not in post.body and "Умный дом" not in post.body


def test_a_habr_browser_title_is_not_the_blog() -> None:
    post = _one(_HABR_HEAD)
    assert post.blog is None or "Как я научил" not in post.blog


def test_a_count_under_the_tags_is_the_comment_count() -> None:
    post = _one(
        _HABR_HEAD
        + "\n".join(
            (
                "",
                "Теги:",
                "*   [чайники](https://habr.com/ru/search/?q=[чайники])",
                "",
                "[Комментарии 3](https://habr.com/ru/articles/200002/comments/)",
            )
        )
    )
    assert post.labels == ("чайники",)
    assert post.comments == 3


_TELEGRAPH_CLIP = "\n".join(
    (
        "---",
        'title: "旧路由器刷机前的备份教程"',
        'source: "https://telegra.ph/Router-Backup-Guide-03-14"',
        "author:",
        '  - "[[青石巷]]"',
        "published: 2024-03-14",
        "created: 2026-01-02",
        "description:",
        "tags:",
        '  - "clippings"',
        "---",
        "[青石巷](https://t.me/qingshixiang_notes)",
        "",
        "#路由器 #刷机 #备份",
        "",
        "刷机之前一定要先把原厂固件备份下来,否则出了问题就没有退路。",
        "",
        "下面按步骤说明怎么用串口把闪存整个读出来。",
    )
)


def test_a_front_matters_source_is_the_url_not_a_link_in_the_body() -> None:
    post = _one(_TELEGRAPH_CLIP)
    assert post.url == "https://telegra.ph/Router-Backup-Guide-03-14"


def test_a_telegraph_byline_naming_the_front_matters_author_is_not_the_body() -> None:
    post = _one(_TELEGRAPH_CLIP)
    assert post.title == "旧路由器刷机前的备份教程"
    assert post.author == "青石巷"
    assert post.date == "2024-03-14"
    assert post.body.startswith("#路由器 #刷机 #备份")


def test_a_name_opening_the_body_that_is_not_the_author_stays() -> None:
    post = _one(_TELEGRAPH_CLIP.replace("[青石巷](https://t.me/qingshixiang_notes)", "白云山"))
    assert post.body.startswith("白云山")


_ARCHIVED = "\n".join(
    (
        "---",
        "created: 2026-02-01T10:00:00",
        'source: "https://telegra.ph/Lamp-Repair-02-11"',
        'type: "archive-web"',
        "---",
        "",
        "## 台灯维修笔记",
        "",
        "{edited}",
        "",
        "拆开底座以后,发现开关的焊点已经裂开了。",
        "",
        "重新焊好之后,灯又亮了,比买一个新的便宜多了。",
    )
)


def test_a_last_edited_line_is_the_date_with_a_warning() -> None:
    post = _one(_ARCHIVED.replace("{edited}", "(2025/2/11) 文章最后编辑时间"))
    assert post.title == "台灯维修笔记"
    assert post.date == "2025-02-11"
    assert post.body.startswith("拆开底座以后")
    assert post.url == "https://telegra.ph/Lamp-Repair-02-11"
    assert any("last edit" in w for w in post.warnings)


def test_an_english_last_edited_line_is_the_date_too() -> None:
    post = _one(_ARCHIVED.replace("{edited}", "Last edited: March 3, 2024"))
    assert post.date == "2024-03-03"
    assert any("last edit" in w for w in post.warnings)


def test_last_edited_in_a_sentence_is_text() -> None:
    text = _ARCHIVED.replace(
        "{edited}", "Last edited by my sister, who fixed the lamp before me on March 3, 2024."
    )
    try:
        posts = parse_text(text, "saved.md")
    except NotADump:
        posts = []  # no date: no post, rather than a sentence read as one
    assert all(p.date != "2024-03-03" for p in posts)


def test_a_last_edited_line_is_no_date_header_under_a_title_and_a_subtitle() -> None:
    text = _ARCHIVED.replace("{edited}", "### 台灯开关的焊接\n\n(2025/2/11) 文章最后编辑时间")
    try:
        posts = parse_text(text, "saved.md")
    except NotADump:
        posts = []  # skipped whole rather than a post titled by its first paragraph
    assert all(p.title in ("台灯维修笔记", "") for p in posts)


def test_a_count_below_the_hub_list_and_the_author_card_is_the_comment_count() -> None:
    post = _one(
        _HABR_HEAD
        + "\n".join(
            (
                "",
                "Теги:",
                "*   [логи](https://habr.com/ru/search/?q=[логи])",
                "",
                "Хабы:",
                "*   [DIY](https://habr.com/ru/hubs/diy/)",
                "",
                "+5",
                "",
                "31",
                "",
                "Вера Петрова[@vera_p](https://habr.com/ru/users/vera_p/)",
                "",
                "Инженер по чайникам",
                "",
                "[Комментарии 11](https://habr.com/ru/articles/200002/comments/)",
                "",
                "Публикации",
            )
        )
    )
    assert post.labels == ("логи",)
    assert post.comments == 11
    assert "Инженер" not in post.body


def test_a_last_edited_line_under_a_title_and_its_subtitle_dates_the_post() -> None:
    text = _ARCHIVED.replace("{edited}", "### 一次焊接开关的经历\n\n(2025/2/11) 文章最后编辑时间")
    post = _one(text)
    assert post.title == "台灯维修笔记"
    assert post.date == "2025-02-11"
    assert post.body.startswith("拆开底座以后")
    assert any("subtitle" in w and "一次焊接开关的经历" in w for w in post.warnings)


def test_two_headings_of_one_level_over_a_last_edited_line_date_no_post() -> None:
    text = _ARCHIVED.replace("{edited}", "## 一次焊接开关的经历\n\n(2025/2/11) 文章最后编辑时间")
    try:
        posts = parse_text(text, "saved.md")
    except NotADump:
        posts = []
    assert all(p.title in ("台灯维修笔记", "") for p in posts)
