"""WordPress post details in the shapes real themes print them, in the blog's language."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

SITE = "https://pomar.example.com.br/blog"


def _fused_details(lead: str, day: str, cats: str, tags: str) -> str:
    """An avatar, then author, date, categories and tags run together with no spaces."""

    def listed(kind: str, names: list[str]) -> str:
        return ", ".join(f"[{n}]({SITE}/{kind}/{n.lower().replace(' ', '-')}/)" for n in names)

    return (
        f"![img](https://avatars.example.net/avatar/3f2a?s=49&d=mm)"
        f"Autor[Joana Mendes]({SITE}/author/joana-mendes/){lead}[{day}]({SITE}/podar-laranjeiras/)"
        f"{cats}{listed('category', ['Pomar', 'Poda'])}{tags}{listed('tag', ['Pomar', 'laranjeiras'])}"
    )


def _fused_page(lead: str, day: str, cats: str, tags: str) -> str:
    return "\n".join(
        [
            "# Como podar laranjeiras no fim do inverno",
            "",
            "Neste artigo conto como podamos as laranjeiras velhas do quintal.",
            "",
            "### Ferramentas",
            "",
            "Uma tesoura bem afiada e luvas grossas bastam para o trabalho.",
            "",
            "Depois da poda, regue pouco durante duas semanas.",
            "",
            _fused_details(lead, day, cats, tags),
            "",
            "## Um comentário em “Como podar laranjeiras no fim do inverno”",
            "",
            f"1. Pingback: [Adubar o pomar – Pomar da Joana]({SITE}/adubar-o-pomar/)",
        ]
    )


def test_fused_details_after_the_body_give_author_date_labels_and_address() -> None:
    (post,) = parse_text(
        _fused_page("Publicado em", "3 de agosto de 2021", "Categorias", "Tags"), "p.md"
    )
    assert post.author == "Joana Mendes"
    assert post.date == "2021-08-03"
    assert post.labels == ("Pomar", "Poda", "laranjeiras")
    assert post.url == f"{SITE}/podar-laranjeiras/"
    assert post.body.splitlines()[-1] == "Depois da poda, regue pouco durante duas semanas."


def test_fused_details_are_read_by_their_links_whatever_the_words() -> None:
    """The same details with lead words no phrase file lists: the links say what each is."""
    (post,) = parse_text(
        _fused_page("Gepubliceerd op", "2021-08-03", "Rubrieken", "Trefwoorden"), "p.md"
    )
    assert post.author == "Joana Mendes"
    assert post.date == "2021-08-03"
    assert post.labels == ("Pomar", "Poda", "laranjeiras")
    assert "Rubrieken" not in post.body


RU = "https://zametki.example.ru"


def _russian_item(crumb: bool = False) -> str:
    head = [
        f"[Главная]({RU}/) >\\> [Советы]({RU}/sovety) >\\> Как настроить резервное копирование",
        "",
    ]
    return "\n".join(
        [
            *(head if crumb else []),
            "# Как настроить резервное копирование",
            "",
            f'Опубликовано: 4 марта, 2019 от [editor]({RU}/author/editor "Все записи editor")'
            " , 2 комментария, время чтения: 4 минут, 12 секунд",
            "",
            "Резервная копия нужна каждому, кто хранит фотографии на одной карте памяти.",
            "",
            "Сначала подключите внешний диск и проверьте, что он виден системе.",
            "",
            "Потом настройте ежедневный запуск копирования по расписанию.",
            "",
            f"Рубрики [Советы]({RU}/sovety) Метки [raspberry]({RU}/tag/raspberry),"
            f" [backup]({RU}/tag/backup)",
        ]
    )


def test_a_one_line_byline_in_the_blogs_words_gives_date_and_author() -> None:
    (post,) = parse_text(_russian_item(), "ru.md")
    assert post.title == "Как настроить резервное копирование"
    assert post.date == "2019-03-04"
    assert post.author == "editor"
    assert post.body.splitlines()[0].startswith("Резервная копия")


def test_a_line_of_lead_words_and_category_and_tag_links_gives_the_labels() -> None:
    (post,) = parse_text(_russian_item(), "ru.md")
    assert post.labels == ("Советы", "raspberry", "backup")
    assert (
        post.body.splitlines()[-1] == "Потом настройте ежедневный запуск копирования по расписанию."
    )


def test_a_breadcrumb_over_the_title_heading_is_no_title() -> None:
    (post,) = parse_text(_russian_item(crumb=True), "ru.md")
    assert post.title == "Как настроить резервное копирование"
    assert post.blog is None
    assert post.body.splitlines()[0].startswith("Резервная копия")


def _comment(name: str, day: str, text: str, number: int) -> list[str]:
    return [
        f'<li class="comment depth-1 clearfix" id="li-comment-{number}">',
        f'<h6 class="author">{name}</h6> <span class="date">{day}</span>',
        "",
        "",
        "",
        text,
        "",
        f'<a rel="nofollow" class="comment-reply-link" href="#comment-{number}"'
        f' aria-label="Antworte auf {name}">Auf diesen Kommentar reagieren</a>',
        "",
        "</li>",
    ]


def test_a_commenter_whose_name_ends_like_a_weekday_keeps_the_whole_name() -> None:
    """ "JensMo 5. Februar, 2018": "Mo" reads as a weekday, yet it is the name's end."""
    text = "\n".join(
        [
            "---",
            'date: "2018-02-04 09:10:00"',
            'categories: ["garten"]',
            'title: "Schnee im Februar"',
            'author: "Greta Lindholm"',
            "---",
            "",
            "Über Nacht fiel so viel Schnee, dass die Hecke ganz verschwand.",
            "",
            "Am Morgen haben wir den Weg zum Schuppen freigeschaufelt.",
            "",
            '<h5 class="comments-h">',
            "2 Kommentare </h5>",
            '<ul class="commentlist">',
            *_comment("Karla Brandt", "5. Februar, 2018", "Bei uns liegt noch mehr davon.", 11),
            *_comment("JensMo", "5. Februar, 2018", "Schöne Bilder aus dem Garten!", 12),
            "</ul>",
        ]
    )
    (post,) = parse_text(text, "de.md")
    assert [c.author for c in post.comment_list] == ["Karla Brandt", "JensMo"]


def test_an_embed_shortcode_alone_after_the_text_is_no_body_line() -> None:
    text = "\n".join(
        [
            "---",
            'date: "2019-06-02 18:00:00"',
            'title: "Die Fähre im Nebel"',
            'author: "Greta Lindholm"',
            "---",
            "",
            "Die Fähre legte trotz des Nebels pünktlich ab.",
            "",
            "Vom Deck aus sah man nur die Lichter am Ufer.",
            "",
            "[youtube]Qx7_abcD12k[/youtube]",
            "",
            "[embed]https://video.example.org/watch/88213[/embed]",
        ]
    )
    (post,) = parse_text(text, "de.md")
    assert post.body.splitlines()[-1] == "Vom Deck aus sah man nur die Lichter am Ufer."


def test_a_reposted_blogs_row_of_signature_links_leaves_the_body_with_a_warning() -> None:
    text = "\n".join(
        [
            "---",
            "title: Un faro apagado en la costa",
            "date: 2015-03-08T10:00:00+00:00",
            "author: marinero",
            "categories:",
            "  - Historias",
            "---",
            "<div>",
            "  El faro de la punta lleva tres inviernos apagado y nadie sabe quién lo cuida.",
            "</div>",
            "",
            "<div>",
            "  Los pescadores dicen que la luz volverá cuando llegue el nuevo farero.",
            "</div>",
            "",
            "<div>",
            "  ¡Hasta la próxima marea!",
            "</div>",
            "",
            "<div>",
            '  <a href="http://faros.example.net">Diario de un farero</a> &#8211;'
            ' <a href="http://social.example.net/farero">Social</a>'
            ' <a href="http://feeds.example.net/Farero">RSS</a>'
            ' <a href="http://libros.example.net">Libros</a><br />'
            '<a href="http://libros.example.net/"><img src="http://img.example.net/l5.png" /></a>',
            "</div>",
        ]
    )
    (post,) = parse_text(text, "es.md")
    assert post.body.splitlines()[-1] == "¡Hasta la próxima marea!"
    assert any("Diario de un farero" in extra for extra in post.extra_text)
    assert any("links" in warning for warning in post.warnings)


def _year_index(prose: bool) -> str:
    items = [
        f"{n}. 2016-0{n}-1{n}: [Notiz Nummer {n} aus dem Archiv](../2016-0{n}-1{n}-notiz-{n})"
        for n in range(1, 8)
    ]
    intro = ["Hier sammle ich alles, was ich in diesem Jahr über Leuchttürme geschrieben habe.", ""]
    return "\n".join(
        [
            "---",
            'title: "Jahr: 2016"',
            'date: "2016-12-31 23:55:00"',
            "draft: false",
            "---",
            "",
            *(intro if prose else []),
            *items,
        ]
    )


def test_a_year_index_of_dated_links_alone_is_no_post() -> None:
    import pytest

    from tuiarchive.errors import NotADump

    with pytest.raises(NotADump):
        parse_text(_year_index(prose=False), "index.md")


def test_a_post_with_text_over_its_list_of_dated_links_is_kept() -> None:
    (post,) = parse_text(_year_index(prose=True), "index.md")
    assert post.title == "Jahr: 2016"


def _russian_comment(number: int, name: str, stamp: str, text: str, anchor: int) -> list[str]:
    link = f"{RU}/kak-nastroit-kopirovanie#comment-{anchor}"
    return [
        f"{number}.  ![](../_resources/avatar_{anchor}.jpg)",
        "    ",
        f"    {name}",
        "    ",
        f"    [{stamp}]({link})",
        "    ",
        f"    {text}",
        "    ",
        f"    [Ответить](#comment-{anchor})",
        "    ",
    ]


def test_comments_under_an_author_box_are_the_posts() -> None:
    """An author box between the labels and the comments, whose heading quotes the title."""
    text = "\n".join(
        [
            _russian_item(),
            "",
            "## Об авторе",
            "",
            f"[editor]({RU}/author/editor)",
            "",
            "Пишу о домашних серверах и о том, как ничего не потерять.",
            "",
            "### 2 комментария к “Как настроить резервное копирование”",
            "",
            *_russian_comment(
                1, "Василий", "5 марта, 2019 в 8:15 дп", "Спасибо, всё заработало.", 301
            ),
            *_russian_comment(2, "Ольга", "6 марта, 2019 в 4:40 пп", "А если диск сетевой?", 302),
        ]
    )
    (post,) = parse_text(text, "ru.md")
    assert post.title == "Как настроить резервное копирование"
    assert post.comments == 2
    assert [c.author for c in post.comment_list] == ["Василий", "Ольга"]
    assert any("Пишу о домашних серверах" in extra for extra in post.extra_text)
