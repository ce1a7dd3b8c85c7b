"""Where a post's body ends: a platform's related-post list, a rating line with promo lines,
or the labels printed again under the text are kept aside, not read as the author's words."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text
from tuiarchive.model import Post


def _one(text: str) -> Post:
    posts = parse_text(text, "page.md")
    assert len(posts) == 1, [p.title for p in posts]
    return posts[0]


def _blogger(date: str, title: str, body: list[str], footer: list[str]) -> str:
    return "\n".join([date, "", title, "", *body, "", *footer, ""])


def _last(post: Post) -> str:
    return post.body.rstrip().splitlines()[-1]


# -- a heading meaning "related / you may also like" over a list of titles -----------------


def test_a_promo_list_and_signature_after_the_text_are_kept_aside_zh() -> None:
    text = "\n".join(
        [
            "Title: 慢慢读书的几种方法 - 林木的小站",
            "",
            "URL Source: http://linmu.example.cn/posts/slow-reading.html",
            "",
            "Markdown Content:",
            "[首页](http://linmu.example.cn/) > [读书](http://linmu.example.cn/tags/reading) > 正文",
            "",
            "慢慢读书的几种方法2023-05-12",
            "",
            "",
            "-----",
            "",
            "* * *",
            "",
            "读书这件事，快并不总是好的。我想聊一聊自己这几年慢慢读书的体会。",
            "",
            "第一，每天只读二十页，但是每一页都做笔记，过一周再回头看一遍。",
            "",
            "（正文完）",
            "",
            "##### 参考文献：",
            "",
            "*   \\[1\\] [一本关于阅读的小书](https://books.example.org/reading).",
            "",
            "**其它精选文章**：",
            "",
            "*   [如何安排一天的时间](https://mp.example.cn/s/aaa111)",
            "*   [写作的三个小习惯](https://mp.example.cn/s/bbb222)",
            "*   [从零开始学画画](https://mp.example.cn/s/ccc333)",
            "",
            "**原创文章，转载请注明出处！**  ",
            "**欢迎关注我的公众号：林木的小站。**",
            "",
        ]
    )
    post = _one(text)
    assert post.title == "慢慢读书的几种方法"
    assert _last(post).startswith("*   [1] 一本关于阅读的小书")
    assert "其它精选文章" not in post.body
    assert "欢迎关注" not in post.body
    kept = " ".join(post.extra_text)
    assert "其它精选文章" in kept and "写作的三个小习惯" in kept and "欢迎关注" in kept
    assert any("related" in w for w in post.warnings)


def test_a_you_may_also_like_list_after_the_text_is_kept_aside_fr() -> None:
    text = _blogger(
        "samedi 4 juin 2016",
        "Petit guide du jardin en ville",
        [
            "Un balcon suffit pour faire pousser des tomates, à condition de les arroser.",
            "",
            "Le reste est une affaire de patience et de bon terreau.",
            "",
            "### Vous aimerez aussi :",
            "",
            "Des herbes aromatiques sur le rebord",
            "",
            "Quel pot pour quel légume ?",
            "",
            "Le compost en appartement",
        ],
        [
            "Publié par Liane à 13:15",
            "",
            "Libellés : jardin, balcon",
        ],
    )
    post = _one(text)
    assert post.author == "Liane"
    assert post.labels == ("jardin", "balcon")
    assert _last(post) == "Le reste est une affaire de patience et de bon terreau."
    assert any("Vous aimerez aussi" in line for line in post.extra_text)
    assert "Le compost en appartement" in post.extra_text
    assert any("related" in w for w in post.warnings)


def test_a_read_also_list_of_links_is_kept_aside_es() -> None:
    text = _blogger(
        "martes, 3 de marzo de 2020",
        "Cómo ordenar una biblioteca pequeña",
        [
            "Empecé por separar los libros que nunca vuelvo a abrir.",
            "",
            "Después los ordené por el color del lomo, y funcionó mejor de lo esperado.",
            "",
            "**También te puede interesar:**",
            "",
            "- [Estanterías con cajas de fruta](https://blog.example.es/cajas)",
            "- [Diez libros para el verano](https://blog.example.es/verano)",
        ],
        ["Publicado por Marta en 10:02", "", "Etiquetas: casa, libros"],
    )
    post = _one(text)
    assert _last(post).startswith("Después los ordené")
    assert "**También te puede interesar:**" in post.extra_text
    assert post.labels == ("casa", "libros")


def test_a_related_posts_list_of_links_is_kept_aside_en() -> None:
    text = _blogger(
        "Monday, March 2, 2015",
        "Mending a bicycle chain",
        [
            "The chain snapped halfway up the hill, so I walked the rest.",
            "",
            "A spare link and a chain tool fixed it in ten minutes.",
            "",
            "## More posts you might enjoy",
            "",
            "* [Choosing a saddle](https://wheels.example.com/saddle)",
            "* [Winter tyres, one year on](https://wheels.example.com/tyres)",
            "* [A ride to the coast](https://wheels.example.com/coast)",
        ],
        ["Posted by Hal Brenner at 5:43 PM", "", "Labels: bikes, repairs"],
    )
    post = _one(text)
    assert _last(post) == "A spare link and a chain tool fixed it in ten minutes."
    assert any("related" in w for w in post.warnings)


def test_a_related_work_section_with_prose_stays_in_the_body_en() -> None:
    text = _blogger(
        "Monday, March 2, 2015",
        "Counting birds with a cheap microphone",
        [
            "We recorded the garden every morning for a month.",
            "",
            "## Related work",
            "",
            "Others have tried this with expensive arrays; our point is that a phone will do.",
            "",
            "A second study counted owls at night, which we did not attempt.",
        ],
        ["Posted by Ines Ward at 9:10 AM", "", "Labels: birds"],
    )
    post = _one(text)
    assert _last(post) == "A second study counted owls at night, which we did not attempt."
    assert "Related work" in post.body
    assert not any("related" in w for w in post.warnings)


def test_a_related_heading_over_one_paragraph_stays_in_the_body_en() -> None:
    text = _blogger(
        "Monday, March 2, 2015",
        "Notes from the harbour",
        [
            "The ferries were late again this week.",
            "",
            "### Related posts",
            "",
            "I keep meaning to write a proper list of the older harbour notes, but for now the"
            " archive page will have to do, sorted by month and by the weather that day.",
        ],
        ["Posted by Ines Ward at 9:10 AM"],
    )
    post = _one(text)
    assert _last(post).endswith("by the weather that day.")


def test_a_read_also_list_in_the_middle_of_the_text_stays_en() -> None:
    text = _blogger(
        "Monday, March 2, 2015",
        "A long walk",
        [
            "We set off before dawn with two maps and a flask.",
            "",
            "**You may also like:**",
            "",
            "- [Packing light](https://walks.example.com/light)",
            "- [Boots that last](https://walks.example.com/boots)",
            "",
            "By noon the path had vanished under the snow, and we turned back towards the"
            " village, where the inn was closed and the bus had already gone for the day.",
            "",
            "We walked the last eight miles in the dark and reached home after midnight, tired"
            " and happy, and swore we would buy a better map before the next long walk.",
            "",
            "The next morning the snow was gone as if it had never fallen, and the hills looked"
            " as innocent as they do on the postcards they sell at the station kiosk.",
        ],
        ["Posted by Ines Ward at 9:10 AM"],
    )
    post = _one(text)
    assert "Packing light" in post.body
    assert _last(post).startswith("The next morning")


# -- a rating line and a platform's promo lines under the text --------------------------------


def test_a_rating_and_promo_lines_after_a_clipped_article_are_kept_aside_ru() -> None:
    text = "\n".join(
        [
            "---",
            'title: "Как настроить домашний маршрутизатор"',
            'source: "https://articles.example.ru/ru/articles/51230/"',
            "author:",
            '  - "[[Ирина Котова]]"',
            "published: 2018-06-11",
            "tags:",
            '  - "clippings"',
            "---",
            "В этой статье я расскажу, как настроить маршрутизатор без лишних хлопот.  ",
            "",
            "## Пароль",
            "",
            "Первым делом смените пароль администратора на длинный и надёжный.  ",
            "",
            "Это помогает закрыть самые простые дыры в домашней сети.  ",
            "",
            "+27",
            "",
            "Как выбрать ноутбук для учёбы",
            "",
            "Курсы по сетям со скидкой",
            "",
            "Карьера в разработке",
            "",
        ]
    )
    post = _one(text)
    assert post.title == "Как настроить домашний маршрутизатор"
    assert _last(post) == "Это помогает закрыть самые простые дыры в домашней сети."
    assert "+27" in post.extra_text
    assert "Карьера в разработке" in post.extra_text
    assert any("rating" in w for w in post.warnings)


def test_a_signed_number_in_the_text_stays_en() -> None:
    text = _blogger(
        "Monday, March 2, 2015",
        "Temperatures this week",
        [
            "The lowest reading on the roof this week was:",
            "",
            "-12",
            "",
            "That is the coldest March morning since we started keeping records here in the"
            " garden, and the pipes froze twice before we lagged them properly.",
        ],
        ["Posted by Ines Ward at 9:10 AM"],
    )
    post = _one(text)
    assert _last(post).endswith("before we lagged them properly.")


# -- the labels printed again as the body's last lines ----------------------------------------


def test_tag_links_equal_to_the_labels_at_the_end_of_the_text_are_the_labels_en() -> None:
    text = _blogger(
        "Monday, March 2, 2015",
        "Ferries in winter",
        [
            "The crossing took four hours in the storm.",
            "",
            "Nobody on board seemed to mind very much.",
            "",
            '[travel](/tag/travel/ "travel"),',
            '[ferries](/tag/ferries/ "ferries")',
        ],
        ["Posted by Hal Brenner at 5:43 PM", "", "Labels: travel, ferries"],
    )
    post = _one(text)
    assert post.labels == ("travel", "ferries")
    assert _last(post) == "Nobody on board seemed to mind very much."


def test_an_over_blog_share_heading_newsletter_and_related_titles_end_the_body_fr() -> None:
    text = "\n".join(
        [
            "[Les carnets de Liane](http://carnets.example-blog.fr/)",
            "",
            "[Petit guide du jardin en ville](http://carnets.example-blog.fr/2016/06/jardin.html)",
            "===============================",
            "",
            "4 Juin 2016, 13:15pm",
            "",
            "Publié par Liane",
            "",
            "Un balcon suffit pour faire pousser des tomates, à condition de les arroser.",
            "",
            "...et le reste est une affaire de patience.",
            "",
            "### Partager cet article",
            "",
            "[Repost]0",
            "",
            "S'inscrire à la newsletter",
            "",
            "Pour être informé des derniers articles, inscrivez vous :",
            "",
            "### Vous aimerez aussi :",
            "",
            "Des herbes aromatiques sur le rebord",
            "",
            "Le compost en appartement",
            "",
            '[jardin](/tag/jardin/ "jardin"),',
            '[balcon](/tag/balcon/ "balcon")',
            "",
            "[« Article précédent](http://carnets.example-blog.fr/2016/05/semis.html)",
            "",
        ]
    )
    post = _one(text)
    assert post.title == "Petit guide du jardin en ville"
    assert post.labels == ("jardin", "balcon")
    assert _last(post) == "...et le reste est une affaire de patience."
    assert "newsletter" not in post.body  # the platform's chrome
    assert "Le compost en appartement" in " ".join(post.extra_text)


def _zh_clipping(after_list: list[str]) -> str:
    return "\n".join(
        [
            "---",
            'title: "竹林小记：如何给旧电脑换硬盘"',
            'source: "https://telegra.ph/old-disk-05-01"',
            "published: 2023-05-01",
            "---",
            "",
            "换硬盘其实不难，先把螺丝拧下来，再把旧盘轻轻抽出。",
            "",
            "### 如果开不了机怎么办?",
            "",
            "请查看-> [旧电脑救急手册](https://telegra.ph/old-pc-help-04-02)",
            "",
            "### 相关阅读",
            "",
            "1.[旧电脑该买哪种内存?](https://telegra.ph/old-ram-04-10)",
            "",
            "2.[笔记本风扇怎么清灰?](https://telegra.ph/old-fan-03-21)",
            "",
            "3.[二手显示器值得买吗？](https://telegra.ph/old-screen-02-11)",
            "",
            *after_list,
            "",
        ]
    )


def test_a_related_list_with_more_of_the_authors_sections_below_stays_zh() -> None:
    post = _one(
        _zh_clipping(
            [
                "### ↓↓↓↓更多阅读-点击下方的链接查看↓↓↓↓",
                "",
                "**※※** [**旧电脑常见问题合集**](https://telegra.ph/old-faq-01-07) **※※**",
                "",
                "**本系列的订阅频道->** [**https://t.me/zhulin\\_sub**](https://t.me/zhulin_sub)",
            ]
        )
    )
    assert "二手显示器值得买吗" in post.body
    assert _last(post).startswith("**本系列的订阅频道->**")
    assert not any("related" in w for w in post.warnings)


def test_a_related_list_with_only_a_signature_below_is_kept_aside_zh() -> None:
    post = _one(_zh_clipping(["**原创文章，转载请注明出处！**"]))
    assert _last(post).startswith("请查看->")
    assert "二手显示器值得买吗" in " ".join(post.extra_text)
    assert any("related" in w for w in post.warnings)


def test_a_likes_widget_title_over_the_like_button_is_not_the_body_fr() -> None:
    text = "\n".join(
        [
            "# Carnet de Léonie",
            "",
            "## [Le pain du dimanche](https://leonie.example.wordpress.com/2015/03/01/pain/)",
            "",
            "Publié le 1 mars 2015 par Léonie",
            "",
            "Le pain du dimanche se fait la veille, avec une pâte qui repose toute la nuit.",
            "",
            "Le matin, il suffit de le cuire vingt minutes dans un four très chaud.",
            "",
            "### WordPress:",
            "",
            "J'aime chargement...",
            "",
        ]
    )
    post = _one(text)
    assert _last(post).startswith("Le matin, il suffit")
    assert "WordPress:" in post.extra_text
    assert any("WordPress:" in w for w in post.warnings)


def test_a_heading_of_the_text_over_its_paragraph_stays_above_the_like_button_fr() -> None:
    text = "\n".join(
        [
            "# Carnet de Léonie",
            "",
            "## [Le pain du dimanche](https://leonie.example.wordpress.com/2015/03/01/pain/)",
            "",
            "Publié le 1 mars 2015 par Léonie",
            "",
            "Le pain du dimanche se fait la veille, avec une pâte qui repose toute la nuit.",
            "",
            "### Ce qu'il faut :",
            "",
            "De la farine, de l'eau, du sel et un peu de levain.",
            "",
            "J'aime chargement...",
            "",
        ]
    )
    post = _one(text)
    assert _last(post).startswith("De la farine")
    assert "Ce qu'il faut :" in post.body


def test_an_empty_related_widgets_heading_stacked_over_the_related_list_goes_with_it() -> None:
    page = "\n\n".join(
        [
            "Dredging the north basin",
            "The dredger worked through the night and cleared the north basin at last.",
            "Please check back next week for the second part of this story.",
            "Related Threads",
            "Related Articles",
            "The pier lights are on again\nA new ferry for the islands\nThe old crane comes down",
            "This entry was posted in Harbours. Bookmark the permalink.",
        ]
    )
    (post,) = parse_text(page, "basin.txt")
    assert post.body.endswith("second part of this story.")
