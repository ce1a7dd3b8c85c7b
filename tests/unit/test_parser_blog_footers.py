"""Blog platforms' footers in French and Russian (Over-blog, Canalblog, WordPress.com, WordPress
saved as plain text): the byline, labels and comments they print after or around a post."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text
from tuiarchive.model import Post


def _one(text: str, name: str = "page.md") -> Post:
    posts = parse_text(text, name)
    assert len(posts) == 1, [p.title for p in posts]
    return posts[0]


# -- Over-blog: 'Rédigé par', '#tag' labels, 'Commenter cet article' --------------------------


def _overblog(footer: list[str]) -> str:
    return "\n".join(
        [
            "::: {.title}",
            '[Le jardin de Maëlle](http://jardin.example.com "Des graines et des mots")',
            "",
            "Des graines et des mots",
            ":::",
            "",
            "::: {.article}",
            "[Semer les tomates en mars](http://jardin.example.com/2019/03/tomates.html){.post-title}",
            "=========================================================================",
            "",
            "::: {.date}",
            "Publié le 14 Mars 2019",
            ":::",
            "",
            "::: {.ob-section}",
            "Cette année j'ai semé les tomates plus tôt, sous la fenêtre de la cuisine.",
            "",
            "Les pousses ont levé en huit jours, et je les ai repiquées en avril.",
            "",
            "[- Le carnet d'un potager](http://potager.example.org/)",
            ":::",
            ":::",
            "",
            *footer,
            "",
            "::: {#comments .item-comments}",
            "###### Commenter cet article",
            "",
            "::: {.ob-comment}",
            "[]{.ob-avatar} [ [ [Hortense]{.ob-website} ]{.ob-name} [16/03/2019",
            "09:12]{.ob-date} ]{.ob-user}",
            "",
            "[Merci pour l\\'astuce, je vais essayer.]{.ob-text}",
            ":::",
            "",
            "::: {.ob-comment}",
            "[]{.ob-avatar} [ [ [Maëlle]{.ob-website} ]{.ob-name} [16/03/2019",
            "10:40]{.ob-date} ]{.ob-user}",
            "",
            "[Avec plaisir !]{.ob-text}",
            ":::",
            ":::",
        ]
    )


def test_an_overblog_footer_gives_the_author_hashtag_labels_and_the_comments() -> None:
    post = _one(
        _overblog(
            [
                "::: {.tags}",
                "Rédigé par Maëlle",
                "",
                "Publié dans [\\#Potager](/tag/potager/),",
                "[\\#Semis et graines](/tag/semis%20et%20graines/)",
                ":::",
            ]
        )
    )
    assert post.title == "Semer les tomates en mars"
    assert post.date == "2019-03-14"
    assert post.author == "Maëlle"
    assert post.labels == ("Potager", "Semis et graines")
    assert [c.author for c in post.comment_list] == ["Hortense", "Maëlle"]
    assert post.body.rstrip().endswith("Le carnet d'un potager")


# -- Canalblog: 'Posté par NAME à 23:15 - Commentaires [3]' under the body ---------------------


def _canalblog(comments: list[str]) -> str:
    title = 'La "grande" lessive du printemps'
    link = "http://lessive.example.com/archives/2017/04/09/1234.html"
    return "\n".join(
        [
            "[Les jours de Bastien](http://lessive.example.com/)",
            "",
            "[Messages avril 2017](http://lessive.example.com/archives/2017/04/index.html)",
            "",
            "\\>",
            "",
            title.replace('"', '\\"') + ' {#la-grande-lessive style="display:inline;"}',
            "=========================================",
            "",
            "::: {.dateheader}",
            "09 avril 2017",
            ":::",
            "",
            f'[{title}]({link} "{title}") {{#la-grande-lessive-1 .articletitle}}',
            "-------------------------------------------------",
            "",
            "::: {.articlebody}",
            "Tous les ans, au premier soleil, on sort les draps dans la cour. ",
            "",
            "Cette année le vent les a emportés jusque chez la voisine. ",
            ":::",
            "",
            "::: {.itemfooter}",
            "Posté par [Bastien]{.articlecreator} à [21:05]{.articledate} -",
            "[Commentaires",
            f'\\[2\\]]({link}#comments "Tous les commentaires sur "{title}"")',
            "- Permalien",
            f'\\[[\\#]({link} ""{title}"")\\]\\',
            "Tags :",
            "[lessive](http://lessive.example.com/tag/lessive),",
            "[printemps](http://lessive.example.com/tag/printemps)\\",
            ":::",
            "",
            *comments,
        ]
    )


def test_a_canalblog_footer_gives_the_author_the_count_and_the_tags() -> None:
    post = _one(_canalblog([]))
    assert post.title == 'La "grande" lessive du printemps'
    assert post.date == "2017-04-09"
    assert post.author == "Bastien"
    assert post.comments == 2
    assert post.labels == ("lessive", "printemps")
    assert post.body.startswith("Tous les ans")


def test_the_title_printed_again_as_a_link_over_the_body_gives_the_posts_address() -> None:
    post = _one(_canalblog([]))
    assert post.url == "http://lessive.example.com/archives/2017/04/09/1234.html"
    assert post.body.startswith("Tous les ans")


def test_canalblog_comments_whose_name_and_date_follow_their_text() -> None:
    post = _one(
        _canalblog(
            [
                '### []{#comments}Commentaires sur \\"La \\"grande\\" lessive du printemps\\"',
                "",
                "-   ::: {.blockquote}",
                "    Chez nous aussi, le vent a tout emporté !",
                "",
                "    Posté par Odile, 10 avril 2017 à 08:12 \\| \\| Répondre",
                "    :::",
                "",
                "-   ::: {.blockquote}",
                "    Il faut des pinces en bois, pas en plastique.",
                "",
                "    Mon grand-père le disait toujours.",
                "",
                "    Posté par Jean-Marc Roy, 11 avril 2017 à 19:40 \\| \\| Répondre",
                "    :::",
                "",
                "Nouveau commentaire",
                "",
                "Annuler la réponse",
            ]
        )
    )
    assert post.comments == 2
    assert [c.author for c in post.comment_list] == ["Odile", "Jean-Marc Roy"]
    assert post.comment_list[0].date == "2017-04-10T08:12"
    assert post.comment_list[1].text.startswith("Il faut des pinces")
    assert "Mon grand-père" in post.comment_list[1].text
    assert post.body.endswith("chez la voisine.")
    assert not any("Posté par" in line for line in post.extra_text)


def test_canalblog_comments_below_the_neighbouring_posts_teasers_are_the_posts() -> None:
    post = _one(
        _canalblog(
            [
                "-   *Article précédent (02/03/2017)* LES POIREAUX",
                "",
                "    On les arrache en mars, quand la terre est encore lourde... ",
                "",
                "    *» Lire la suite*",
                "",
                "-   *Article suivant (15/05/2017)* LE PRESSOIR",
                "",
                "    Le pressoir du village a repris du service cette année... ",
                "",
                "    *» Lire la suite*",
                "",
                '### []{#comments}Commentaires sur \\"La \\"grande\\" lessive du printemps\\"',
                "",
                "-   ::: {.blockquote}",
                "    Quelle histoire, ces draps chez la voisine !",
                "",
                "    Posté par Odile, 10 avril 2017 à 08:12 \\| \\| Répondre",
                "    :::",
                "",
                "Nouveau commentaire",
            ]
        )
    )
    assert [c.author for c in post.comment_list] == ["Odile"]
    assert post.comment_list[0].text.startswith("Quelle histoire")
    assert any("comment(s) read from below" in w for w in post.warnings)
    assert any("LES POIREAUX" in line for line in post.extra_text)


# -- WordPress.com (fr): the meta line after the body, the like widget's title -----------------


_PLAIN_HEAD = [
    "[Aller au contenu principal](#content){.skip-link}",
    "",
    '[Le carnet de Paul](https://carnetdepaul.example.com/ "Le carnet de Paul"){rel="home"}',
    "",
    "Des haies, des oiseaux, des chemins",
    "",
]


def _wordpress_com(
    meta: list[str], comments: list[str], head: list[str] = _PLAIN_HEAD, byline: bool = True
) -> str:
    link = "https://carnetdepaul.example.com/2018/05/02/les-haies/"
    return "\n".join(
        [
            *head,
            "::: {#content}",
            f'[Replanter les haies]({link}){{rel="bookmark"}}',
            "===================================================",
            "",
            *(["Publié le 2 mai 2018 par Paul", ""] if byline else []),
            "::: {.entry-content}",
            "Les haies abritent les oiseaux, et nous en avons arraché beaucoup trop.",
            "",
            "Cet hiver, la commune en a replanté deux kilomètres le long des champs.",
            "",
            "::: {.sharedaddy}",
            "### Partager : {.sd-title}",
            "",
            f"-   [Twitter]({link}?share=twitter){{.share-twitter}}",
            f"-   [Facebook]({link}?share=facebook){{.share-facebook}}",
            "-   ",
            ":::",
            "",
            "::: {.sharedaddy .sd-like}",
            "### WordPress: {#wordpress .sd-title}",
            "",
            "[J\\'aime]{.button} [chargement...]{.loading}",
            ":::",
            ":::",
            "",
            *meta,
            ":::",
            "",
            *comments,
        ]
    )


def test_a_wordpress_com_meta_line_under_the_likes_gives_tags_and_no_phantom() -> None:
    post = _one(
        _wordpress_com(
            [
                "Cet article, publié dans [Nature](https://carnetdepaul.example.com/c/nature/),"
                " est tagué [haies](https://carnetdepaul.example.com/t/haies/),"
                " [oiseaux](https://carnetdepaul.example.com/t/oiseaux/). Ajoutez ce"
                " [permalien](https://carnetdepaul.example.com/2018/05/02/les-haies/) à vos favoris.",
            ],
            [
                "### 2 commentaires pour *Replanter les haies*",
                "",
                "1.  Ping : Les oiseaux du bocage -- Un autre carnet",
                "2.  Ping : Haies et talus -- Carnet vert",
            ],
        )
    )
    assert post.title == "Replanter les haies"
    assert post.labels == ("haies", "oiseaux")
    assert post.comments == 2
    assert post.body.endswith("le long des champs.")


def test_a_wordpress_com_meta_line_with_category_tags_date_author_and_count() -> None:
    post = _one(
        _wordpress_com(
            [
                "Publié dans [Nature](https://carnetdepaul.example.com/c/nature/), et classé"
                " [Haies](https://carnetdepaul.example.com/t/haies/),"
                " [Oiseaux](https://carnetdepaul.example.com/t/oiseaux/),[ le [2 mai",
                "2018](https://carnetdepaul.example.com/2018/05/02/les-haies/)]{.on-date}[ par"
                " [Paul](https://carnetdepaul.example.com/author/paul/)]{.by-author}. [3",
                "Commentaires](https://carnetdepaul.example.com/2018/05/02/les-haies/#comments)",
            ],
            [],
            byline=False,
        )
    )
    assert post.date == "2018-05-02"
    assert post.author == "Paul"
    assert post.labels == ("Haies", "Oiseaux")
    assert post.comments == 3


# -- WordPress saved as plain text (ru): words of a half-translated theme run together --------


def test_a_fused_byline_and_a_fused_posted_in_tagged_line_ru() -> None:
    text = "\n".join(
        [
            "Заметки садовода",
            "",
            "Как мы сажали яблони весной",
            "by ОлегОпубликовано12.03.2024",
            "",
            "В этом году мы посадили у забора четыре молодые яблони.",
            "",
            "Через месяц на всех появились первые листья.",
            "",
            "Posted in Сад, ОгородПомеченные яблони, весна",
            "",
            "Навигация по записям",
        ]
    )
    post = _one(text, "page.txt")
    assert post.title == "Как мы сажали яблони весной"
    assert post.date == "2024-03-12"
    assert post.author == "Олег"
    assert post.labels == ("яблони", "весна")
    assert post.body.startswith("В этом году")


def test_a_plain_text_wordpress_page_header_menu_then_title_on_its_fused_byline_ru() -> None:
    text = "\n".join(
        [
            "Сад и огород",
            "",
            "Записки дачника",
            "",
            "Перейти к содержимому",
            "Главная",
            "Сад",
            "Огород",
            "Инструменты",
            "О блоге",
            "Как мы сажали яблони весной",
            "by ОлегОпубликовано12.03.2024",
            "В этом году мы посадили у забора четыре молодые яблони.",
            "",
            "",
            "Соседи советовали подождать до мая, но земля уже прогрелась.",
            "Через месяц на всех появились первые листья.",
            "Posted in Сад, ОгородПомеченные яблони, весна",
            "",
            "Опубликовано Олег",
            "Смотреть все записи от Олег",
            "",
            "Навигация по записям",
            "Назад",
            "Как мы выбирали лопату",
        ]
    )
    posts = parse_text(text, "page.txt")
    assert [p.title for p in posts] == ["Как мы сажали яблони весной"]
    post = posts[0]
    assert post.date == "2024-03-12"
    assert post.author == "Олег"
    assert post.labels == ("яблони", "весна")
    assert post.body.startswith("В этом году")
    assert post.blog == "Сад и огород"
