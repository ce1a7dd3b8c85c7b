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


# -- a platform's bar and a carousel of other posts above the post's own heading ------------


def _platform_page(byline_lines: list[str], body: list[str], title: str) -> str:
    return "\n".join(
        [
            "[![Overblog](//assets.example.com/b/brand.png)](https://www.over-blog.com)",
            "",
            "[Editer l'article](https://admin.example.com/write/1) [Suivre ce"
            " blog](https://admin.example.com/follow/1) [Administration](https://admin.example.com/)"
            " [Connexion](https://connect.example.com/) [+ Créer mon blog](https://www.example.com/)",
            "",
            "Le carnet de Lou",
            "",
            "-   Accueil",
            "-   Contact",
            "",
            '[Le marché du samedi](http://carnet.example.com/2019/03/marche.html "Tous les'
            ' samedis, les mêmes visages")',
            "",
            '[Une soirée au port](http://carnet.example.com/2019/02/port.html "Le soir tombe'
            ' sur les bateaux")',
            "",
            f'[{title}](http://carnet.example.com/2019/06/cerises.html "Chaque année on en parle")',
            "=" * 60,
            "",
            *byline_lines,
            "",
            *body,
            "",
            "Partager cet article",
            "",
            "Vous aimerez aussi :",
            "",
            "[Le marché du samedi](http://carnet.example.com/2019/03/marche.html)",
        ]
    )


def test_a_setext_title_under_a_carousel_with_a_24_hour_pm_time_fr() -> None:
    post = _one(
        _platform_page(
            ["4 Juin 2019, 18:40pm", "", "\\| ", "", "Publié par Lou"],
            [
                "Les cerises sont arrivées plus tôt cette année, et le marché en était plein.",
                "",
                "Nous en avons fait des confitures pour tout l'hiver.",
            ],
            "Les cerises de juin",
        )
    )
    assert post.title == "Les cerises de juin"
    assert post.date == "2019-06-04"
    assert post.author == "Lou"
    assert post.body.startswith("Les cerises sont arrivées")
    assert post.blog == "Le carnet de Lou"


def test_a_setext_title_under_a_carousel_en() -> None:
    post = _one(
        _platform_page(
            ["June 4, 2019, 18:40pm", "", "\\| ", "", "Posted by Lou"],
            [
                "The cherries came early this year and the market was full of them.",
                "",
                "We made jam enough for the whole winter.",
            ],
            "June cherries",
        )
    )
    assert post.title == "June cherries"
    assert post.date == "2019-06-04"
    assert post.author == "Lou"
    assert post.body.startswith("The cherries came early")


# -- a WordPress.com page: skip link, like widget, author box after the text -----------------


def _wordpress_com_page(words: dict[str, str]) -> str:
    return "\n".join(
        [
            f"[{words['skip']}](#content)",
            "",
            "[-- Les carnets du phare --](https://phare.example.com/)",
            "",
            "The keepers of the light",
            "========================",
            "",
            f"[{words['published']} ]{{.screen-reader-text}}[{words['date']}](https://phare.example.com/2018/03/12/keepers/)",
            "",
            "The keepers took turns every two weeks, whatever the weather.",
            "",
            "The relief came by boat, when the sea allowed it, and sometimes it did not.",
            "",
            f"### {words['share']}",
            "",
            "-   [Twitter](https://phare.example.com/?share=twitter)",
            "-   [Facebook](https://phare.example.com/?share=facebook)",
            "",
            "### WordPress:",
            "",
            words["like"],
            "",
            f"{words['by']} [Les carnets du phare](https://phare.example.com/author/phare/)",
            "-----------------------------------------",
            "",
            f"[{words['all_by'].format('Les carnets du phare')}](https://phare.example.com/author/phare/)",
            "",
            words["post_nav"],
            "-----------------------",
            "",
            "[A winter on the rock](https://phare.example.com/2018/01/05/winter/)",
        ]
    )


def _check_wordpress_com(post: Post) -> None:
    assert post.title == "The keepers of the light"
    assert post.date == "2018-03-12"
    assert post.body.startswith("The keepers took turns")
    assert post.body.endswith("sometimes it did not.")
    assert post.author == "Les carnets du phare"
    assert post.blog == "Les carnets du phare"
    assert any("author" in w for w in post.warnings)


def test_a_wordpress_com_page_with_its_author_only_in_the_box_after_the_text_fr() -> None:
    words = {
        "skip": "Aller au contenu principal",
        "published": "Publié le",
        "date": "12 mars 2018",
        "share": "Partager :",
        "like": "J'aime chargement...",
        "by": "Publié par",
        "all_by": "Voir tous les articles par {}",
        "post_nav": "Navigation des articles",
    }
    _check_wordpress_com(_one(_wordpress_com_page(words)))


def test_a_wordpress_com_page_with_its_author_only_in_the_box_after_the_text_de() -> None:
    words = {
        "skip": "Zum Inhalt springen",
        "published": "Veröffentlicht am",
        "date": "12. März 2018",
        "share": "Teilen mit:",
        "like": "Gefällt mir Wird geladen …",
        "by": "Veröffentlicht von",
        "all_by": "Alle Beiträge von {} anzeigen",
        "post_nav": "Beitragsnavigation",
    }
    _check_wordpress_com(_one(_wordpress_com_page(words)))


# -- sidebar blocks after the post -----------------------------------------------------------


def _blogger_pandoc_page(words: dict[str, str]) -> str:
    widget = [
        "::: {#Text1 .widget .Text}",
        f"{words['site']} {{#site .title}}",
        "------------",
        "",
        "::: {.widget-content}",
        "<http://ana-lind.example.org/>",
        ":::",
        "",
        "::: {.clear}",
        ":::",
        ":::",
        "",
        "::: {#PageList3 .widget .PageList}",
        words["faq"],
        "---------------------------------",
        "",
        "::: {.widget-content}",
        "-   [Answers to the questions I get most](http://ana-lind.example.org/faq.html)",
        "",
        "::: {.clear}",
        ":::",
        ":::",
        "",
        "::: {#BlogSearch1 .widget .BlogSearch}",
        f"{words['search']} {{#search .title}}",
        "-----------------------",
        ":::",
    ]
    return "\n".join(
        [
            f"{words['date']} {{#d .date-header}}",
            "-------------------------",
            "",
            "### Notes from the ferry {#t .post-title}",
            "",
            "::: {.post-body}",
            "The ferry left late again, and the harbour was full of fog.",
            "",
            "We counted the gulls on the railing instead of the minutes.",
            ":::",
            "",
            f"{words['by']} [Ana Lind]{{.fn}} {words['at']} [18:32](http://blog.example.org/2017/01/ferry.html)",
            "",
            f"{words['labels']} [boats](http://blog.example.org/search/label/boats)",
            "",
            "",
            *widget,
        ]
    )


def test_a_sidebar_block_after_the_post_is_no_post_fr() -> None:
    words = {
        "date": "dimanche 15 janvier 2017",
        "by": "Publié par",
        "at": "à",
        "labels": "Libellés :",
        "site": "Mon site pro",
        "faq": "Une question? C'est dans la FAQ!",
        "search": "Rechercher dans ce blog",
    }
    post = _one(_blogger_pandoc_page(words))
    assert post.title == "Notes from the ferry"
    assert post.author == "Ana Lind"
    assert post.url != "http://ana-lind.example.org/"
    assert any("FAQ" in line for line in post.extra_text)


def test_a_sidebar_block_after_the_post_is_no_post_ru() -> None:
    words = {
        "date": "воскресенье, 15 января 2017 г.",
        "by": "Автор:",
        "at": "в",
        "labels": "Ярлыки:",
        "site": "Мой сайт",
        "faq": "Есть вопрос? Загляните в FAQ!",
        "search": "Поиск по этому блогу",
    }
    post = _one(_blogger_pandoc_page(words))
    assert post.title == "Notes from the ferry"
    assert post.url != "http://ana-lind.example.org/"
