"""Page shapes of held-out real dumps (issue 10): a page cut above its first title, a
comment saved alone, a translation's credit line, a WordPress footer's categories line,
a site-section category, a comment head wrapped over lines."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text
from tuiarchive.errors import NotADump


def test_a_multi_post_page_cut_inside_a_post_under_a_subheading_starts_untitled() -> None:
    posts = parse_text(
        "\n".join(
            [
                "",
                " ## Step two: note the hash of the lost commit with this command.",
                "hg log --limit 5",
                "",
                "# then bring it back",
                "hg update -C <hash>",
                "",
                "",
                "at March 4, 2019 ",
                "Email This",
                "BlogThis!",
                "Share to Twitter",
                "Share to Facebook",
                "Labels: Mercurial",
                "Sunday, January 6, 2019",
                "Installing Mercurial on a rented server",
                "Log in as the admin user first.",
                "sudo apt install mercurial",
                "hg version",
            ]
        )
    )
    assert [p.title for p in posts] == ["", "Installing Mercurial on a rented server"]
    first = posts[0]
    assert first.body.split("\n")[0].endswith("note the hash of the lost commit with this command.")
    assert first.labels == ("Mercurial",)
    assert any("cut above its title" in w for w in first.warnings)
    assert posts[1].date == "2019-01-06"


def test_a_reader_comment_saved_alone_makes_no_post() -> None:
    text = "\n".join(
        [
            "Lanterns",
            "--------",
            "",
            "",
            "Anonymous said...",
            '"Every lantern on the quay was lit by hand."',
            "",
            "Marit, the harbour office kept a ledger of the lamplighters until 1931.",
            "",
            "12 MARCH, 2009 07:45",
            "",
            "@ https://quayside.example.blogspot.com/2009/03/lanterns.html",
        ]
    )
    try:
        posts = parse_text(text)
    except NotADump:
        posts = []
    assert posts == []


_TRANSLATION_CLIPPING = """\
---
title: "Очереди задач на практике"
source: "https://articles.example.ru/companies/school/articles/120034/"
author:
  - "[[Журнал]]"
published: 2021-05-17
tags:
  - "clippings"
---
[{credit}](https://weblog.example.com/task-queues-in-practice-9f2c)

***Перевод подготовлен для слушателей курса «Бэкенд на Go».***  
  
Очередь задач помогает разнести тяжёлую работу по времени.  
  
Начнём с простого примера и постепенно усложним его.
"""


def test_a_translations_original_author_credit_is_not_the_body_nor_the_author() -> None:
    for credit in ("Автор оригинала: Walter Brennick", "Original author: Walter Brennick"):
        (post,) = parse_text(_TRANSLATION_CLIPPING.format(credit=credit))
        assert "Перевод подготовлен для слушателей" in post.body.split("\n")[0], credit
        assert "Brennick" not in post.body
        assert post.author == "Журнал"


def test_a_translated_from_credit_atop_a_post_is_not_its_text() -> None:
    (post,) = parse_text(
        "\n".join(
            [
                "Saturday, June 5, 2021",
                "Why the ferry runs late in winter",
                "Translated from the Norwegian of Sigrun Vatne",
                "",
                "The ice in the harbour sets in early some years.",
                "Posted by Olav at 10:15 AM",
                "Labels: ferries",
            ]
        )
    )
    assert post.body == "The ice in the harbour sets in early some years."
    assert post.author == "Olav"


def test_a_long_related_posts_line_of_run_together_titles_ends_the_body() -> None:
    titles = (
        "Перенос почтовых ящиков между лесами через Powershell и CSV",
        "Настройка отказоустойчивого файлового сервера на двух узлах",
        "Резервное копирование виртуальных машин без остановки сервиса",
        "Аудит входов в домен за последний месяц",
    )
    (post,) = parse_text(
        "\n".join(
            [
                "# Переезд почты на новый сервер                \t  ",
                "***Дата: 14.03.2016 Автор Admin***",
                "",
                "Сегодня расскажу, как перенести почту на новый сервер.",
                "Сначала проверьте, что все обновления установлены.",
                "Хорошего переезда =)",
                "&nbsp;",
                "Related posts:" + "".join(titles),
                " Exchange, PowerShell, Windows Server ",
                " Метки: Exchange, Почта  ",
                "",
                "Добавить комментарий Отменить ответ",
            ]
        )
    )
    assert post.body.split("\n")[-1] == "Хорошего переезда =)"
    assert post.labels == ("Exchange", "Почта")


_MIGRATED_POST = """\
---
layout: post
title: Sorting the tide tables twice
categories: {categories}
---

When the harbour office sent the new tide tables, the rows came
in the wrong order, so I sorted them twice to be sure.

### Comments

###### At [May 2, 2009 9:12 PM](#comment1){{:name='comment1'}}, Anonymous said...

Once would have done.
"""


def test_a_front_matter_category_naming_the_site_section_is_no_label() -> None:
    (post,) = parse_text(_MIGRATED_POST.format(categories="blog"))
    assert post.labels == ()
    assert any("'blog'" in w and "section" in w for w in post.warnings)
    (post,) = parse_text(_MIGRATED_POST.format(categories="[posts, tides]"))
    assert post.labels == ("tides",)


def test_a_commenter_whose_name_is_a_weekday_in_another_language_keeps_the_comment() -> None:
    (post,) = parse_text(
        "\n".join(
            [
                "Monday, 4 July 2016",
                "Lighthouse keepers of the north coast",
                "The last keeper left the island in 1987.",
                "Posted by Jas at 11:32",
                "Labels: lighthouses",
                "3 comments:",
                "",
                "Mara 5 July 2016 at 09:10",
                "Lovely story, thank you.",
                "",
                "Reply",
                "Anna 11 July 2016 at 18:06",
                "My grandfather kept that light.",
                "",
                "Reply",
                "Olav 12 July 2016 at 07:45",
                "Was it the one at the point?",
                "",
                "Reply",
            ]
        )
    )
    assert [c.author for c in post.comment_list] == ["Mara", "Anna", "Olav"]
    assert post.comment_list[1].text == "My grandfather kept that light."
