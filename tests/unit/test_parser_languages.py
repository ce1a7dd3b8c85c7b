"""Pages in other languages and other forms: Russian, Spanish, Italian chrome, Markdown, new comments."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.parser import parse_text

RUSSIAN = """Записки с парома

пятница, 6 июня 2014 г.

Паром снова ходит в Усть-Лугу

Паромная линия возобновила рейсы после двухмесячного перерыва, сообщила администрация порта.

Капитан сказал, что расписание останется прежним до осени.

Автор: Ирина Соколова на 13:56
Отправить по электронной почтеНаписать об этом в блогеПоделиться в X
Ярлыки: порты, паромы
Комментариев нет:

Отправить комментарий

Следующее Предыдущее Главная страница
Подписаться на: Комментарии к сообщению (Atom)
"""

SPANISH_COMMENTS = """martes, 3 de marzo de 2015

El muelle de grano cambia de manos

La junta del puerto votó el jueves a favor de arrendar el viejo muelle de grano a una naviera.

Publicado por Ana Ruiz en 09:16
Etiquetas: puertos, grano
2 comentarios:

Tomás dijo...
Por fin una buena noticia para el muelle.
9 de marzo de 2015 03:43

Lucía dijo...
No para los estibadores.
10 de marzo de 2015 18:02

Publicar un comentario en la entrada
"""

NEW_STYLE = """Harbour Ledger

Friday, May 23, 2014

Ferry talks resume at the grain berth

The harbour office said on Friday that the talks would resume after the spring storms.

Posted by Mara Lind at 5:43 AM
Labels: ferries
3 comments:

Ola Berg23 May 2014 at 22:34
Good news at last.

Reply
Replies

UnknownMay 24, 2014 at 9:02 AM
Not for the berth.

Reply
Per8:26 AM
Short and late.

Reply

Post a Comment

Blog Archive
Popular Posts
"""

MARKDOWN = """---
title: "Ferry talks resume"
url: https://harbour-ledger.example/2014/05/ferry-talks.html
tags:
  - clippings
---
# [Harbour Ledger](https://harbour-ledger.example/)

## venerdì 23 maggio 2014

### [Ferry talks resume](https://harbour-ledger.example/2014/05/ferry-talks.html)

The [harbour office](https://harbour-ledger.example/office) said on Friday that talks would resume.

Pubblicato da
[Mara Lind](https://profile.example/mara "author profile")
alle
[05:43](https://harbour-ledger.example/2014/05/ferry-talks.html "permanent link")

Etichette: [ferries](https://harbour-ledger.example/search/label/ferries)

#### Nessun commento:

#### Posta un commento
"""


def test_a_russian_item_page_gives_its_post_with_author_labels_and_count() -> None:
    (post,) = parse_text(RUSSIAN, "ru.txt")
    assert post.title == "Паром снова ходит в Усть-Лугу"
    assert (post.date, post.author, post.time) == ("2014-06-06", "Ирина Соколова", "13:56")
    assert post.labels == ("порты", "паромы")
    assert post.comments == 0
    assert post.body.startswith("Паромная линия") and post.body.endswith("до осени.")
    assert post.blog == "Записки с парома"


def test_spanish_comments_in_the_old_style_are_kept_with_their_stamps() -> None:
    (post,) = parse_text(SPANISH_COMMENTS, "es.txt")
    assert (post.date, post.author, post.labels) == ("2015-03-03", "Ana Ruiz", ("puertos", "grano"))
    assert [(c.author, c.date) for c in post.comment_list] == [
        ("Tomás", "2015-03-09T03:43"),
        ("Lucía", "2015-03-10T18:02"),
    ]


def test_new_style_comments_split_the_name_from_its_stamp_and_the_sidebar_is_no_post() -> None:
    posts = parse_text(NEW_STYLE, "new.txt")
    assert [p.title for p in posts] == ["Ferry talks resume at the grain berth"]
    (post,) = posts
    assert [(c.author, c.date) for c in post.comment_list] == [
        ("Ola Berg", "2014-05-23T22:34"),
        ("Unknown", "2014-05-24T09:02"),
        ("Per", None),
    ]
    assert post.comment_list[0].text == "Good news at last."
    assert "Reply" not in post.body


def test_a_markdown_clipping_reads_like_the_page_it_was() -> None:
    (post,) = parse_text(MARKDOWN, "md.txt")
    assert post.title == "Ferry talks resume"
    assert (post.date, post.author, post.time) == ("2014-05-23", "Mara Lind", "05:43")
    assert post.labels == ("ferries",)
    assert post.comments == 0
    assert post.body == "The harbour office said on Friday that talks would resume."
    assert post.url == "https://harbour-ledger.example/2014/05/ferry-talks.html"
    assert post.blog == "Harbour Ledger"


@pytest.mark.parametrize(
    ("header", "iso"),
    [
        ("пятница, 6 июня 2014 г.", "2014-06-06"),
        ("понеділок, 5 липня 2010 р.", "2010-07-05"),
        ("mardi 15 mai 2012", "2012-05-15"),
        ("martes, 3 de marzo de 2015", "2015-03-03"),
        ("segunda-feira, 5 de julho de 2010", "2010-07-05"),
        ("Montag, 5. Juli 2010", "2010-07-05"),
        ("venerdì 24 luglio 2026", "2026-07-24"),
        ("maandag 5 juli 2010", "2010-07-05"),
        ("poniedziałek, 5 lipca 2010", "2010-07-05"),
        ("5 Temmuz 2010 Pazartesi", "2010-07-05"),
        ("Senin, 05 Juli 2010", "2010-07-05"),
        # languages with no chrome file: read from CLDR when a date-shaped line needs them
        ("2010. július 5., hétfő", "2010-07-05"),
        ("pondělí 5. července 2010", "2010-07-05"),
        ("5 шілде 2010 ж.", "2010-07-05"),
        ("2010年7月5日", "2010-07-05"),
    ],
)
def test_date_headers_in_many_languages(header: str, iso: str) -> None:
    page = f"{header}\n\nA title\n\nA first paragraph of the post.\n\nLabels: x\n"
    (post,) = parse_text(page, "d.txt")
    assert post.date == iso
    assert post.title == "A title"


def test_a_sentence_with_a_year_and_a_number_is_no_date_header() -> None:
    page = "Friday, May 23, 2014\n\nA title\n\nIn 2014 we had 5 ferries\n\nLabels: x\n"
    (post,) = parse_text(page, "d.txt")
    assert post.body == "In 2014 we had 5 ferries"


CLIPPING = """---
title: "Notes on the grain berth"
date: 2014-05-23
author: Mara Lind
url: https://harbour-ledger.example/2014/05/notes.html
---

The harbour office said on Friday that the talks would resume after the storms.

A second paragraph, with nothing a blog page would print around it.
"""


def test_a_clipping_with_only_front_matter_is_one_post_and_says_what_came_from_it() -> None:
    (post,) = parse_text(CLIPPING, "clip.md")
    assert (post.title, post.date, post.author) == (
        "Notes on the grain berth",
        "2014-05-23",
        "Mara Lind",
    )
    assert post.url == "https://harbour-ledger.example/2014/05/notes.html"
    assert post.body.startswith("The harbour office said") and post.body.endswith(
        "print around it."
    )
    assert "the title is the front matter's: the page itself prints none" in post.warnings
    assert "the date is the front matter's: the page shows none" in post.warnings


MARKDOWN_ARCHIVE = """# [Harbour Ledger](https://harbour-ledger.example/)

## May 23, 2014

### [Ferry talks resume](https://harbour-ledger.example/2014/05/ferry-talks.html)

The harbour office said on Friday that the talks would resume after the storms.

Posted by [Mara Lind](https://profile.example/mara) at [5:43 AM](https://harbour-ledger.example/2014/05/ferry-talks.html)

## May 20, 2014

### [Grain berth leased](https://harbour-ledger.example/2014/05/grain-berth.html)

The board voted on Tuesday to lease the old grain berth to a ferry operator.

Posted by [Aino Rask](https://profile.example/aino) at [9:10 AM](https://harbour-ledger.example/2014/05/grain-berth.html)
"""


def test_each_post_of_a_markdown_archive_page_keeps_its_title_links_address() -> None:
    posts = parse_text(MARKDOWN_ARCHIVE, "archive.md")
    assert [(p.title, p.date, p.author, p.blog) for p in posts] == [
        ("Ferry talks resume", "2014-05-23", "Mara Lind", "Harbour Ledger"),
        ("Grain berth leased", "2014-05-20", "Aino Rask", "Harbour Ledger"),
    ]
    assert [p.url for p in posts] == [
        "https://harbour-ledger.example/2014/05/ferry-talks.html",
        "https://harbour-ledger.example/2014/05/grain-berth.html",
    ]


def test_a_by_line_after_the_body_names_the_author_and_by_the_way_does_not() -> None:
    page = (
        "Friday, May 23, 2014\n\nFerry talks resume\n\n"
        "By the way, the harbour office said on Friday that the talks would resume.\n\n"
        "By Mara Lind\n\nLabels: ferries\n"
    )
    (post,) = parse_text(page, "by.txt")
    assert post.author == "Mara Lind"
    assert post.body == "By the way, the harbour office said on Friday that the talks would resume."


def test_a_scrapers_site_name_after_the_title_is_no_part_of_it() -> None:
    page = (
        '---\ntitle: "Notes on the grain berth - Harbour Ledger"\nsite_name: Harbour Ledger\n'
        "date: 2014-05-23\n---\n\nThe harbour office said on Friday that the talks would resume.\n"
    )
    (post,) = parse_text(page, "clip.md")
    assert post.title == "Notes on the grain berth"


CZECH_PAGE = """Zápisky z Brna
O městě, tramvajích a lidech

pondělí 6. června 2014
Nová linka na Líšeň
Dnes ráno jsem poprvé jel novou tramvají až na konečnou.
Cestující byli spokojení, jen řidič si stěžoval na zatáčku u kostela.
Vystavil Petr Novák v 10:15
Odeslat e-mailemBlogThis!Sdílet na TwitterSdílet na FacebookSdílet na Pinterestu
Štítky: doprava, Líšeň
2 komentáře:

Jana Malá 7. června 2014 v 9:02
Konečně! Čekali jsme na to roky.
Odpovědět
Anonymní 8. června 2014 v 11:40
A kdy pojede v noci?
Odpovědět
Přidat komentář
Novější příspěvek Starší příspěvek Domovská stránka
"""


def test_a_page_in_a_language_with_no_phrase_file_is_read_by_its_shape_and_says_so() -> None:
    posts = parse_text(CZECH_PAGE, "brno.txt")
    assert [p.title for p in posts] == ["Nová linka na Líšeň"]
    post = posts[0]
    assert (post.date, post.time, post.author) == ("2014-06-06", "10:15", "Petr Novák")
    assert post.labels == ("doprava", "Líšeň")
    assert post.comments == 2
    # The reply button under every comment is no part of it; what follows the last
    # one is the page's, kept aside.
    assert [(c.author, c.text) for c in post.comment_list] == [
        ("Jana Malá", "Konečně! Čekali jsme na to roky."),
        ("Anonymní", "A kdy pojede v noci?"),
    ]
    assert "Novější příspěvek Starší příspěvek Domovská stránka" in post.extra_text
    assert post.body.splitlines()[-1].startswith("Cestující byli spokojení")
    assert post.blog == "Zápisky z Brna"
    guessed = [w for w in post.warnings if "no language tuiarchive knows" in w]
    assert len(guessed) == 3  # the byline, the labels and the count, each named


def test_a_sentence_naming_twitter_and_facebook_is_body_not_a_footer() -> None:
    post = parse_text(
        "Monday, June 9, 2014\n\nWhere to follow the tram works\n\n"
        "The city posts updates on Twitter and Facebook every morning.\n"
        "Follow them on Twitter, Facebook\n"
        "and read the notices at each stop.\n\n"
        "Posted by Petr at 10:15\n",
        "works.txt",
    )[0]
    assert "Follow them on Twitter, Facebook" in post.body.splitlines()
    assert post.body.splitlines()[-1] == "and read the notices at each stop."


def test_wordpress_posts_in_spanish_and_german_give_author_date_and_labels() -> None:
    spanish = parse_text(
        "Cuaderno de puertos\n\nEl ferry de la mañana\n\nPublicado el 2 de junio de 2025 por ana\n\n"
        "El ferry sale a las siete y llega a las nueve.\n\nEl puerto estaba tranquilo.\n\n"
        "Esta entrada fue publicada en Viajes y etiquetada ferris, invierno por ana. "
        "Guarda el enlace permanente.\n\nDeja una respuesta\n\nTu nombre\n",
        "es.txt",
    )
    german = parse_text(
        "Hafenbuch\n\nDie Fähre am Morgen\n\nVeröffentlicht am 2. Juni 2025 von Udo\n\n"
        "Die Fähre fährt um sieben ab.\n\n"
        "Dieser Eintrag wurde veröffentlicht in Reisen und verschlagwortet mit Fähre, Winter "
        "von Udo. Setze ein Lesezeichen auf den Permalink.\n\nSchreibe einen Kommentar\n",
        "de.txt",
    )
    for posts, title, blog, author, labels, last in (
        (
            spanish,
            "El ferry de la mañana",
            "Cuaderno de puertos",
            "ana",
            ("Viajes", "ferris", "invierno"),
            "El puerto estaba tranquilo.",
        ),
        (
            german,
            "Die Fähre am Morgen",
            "Hafenbuch",
            "Udo",
            ("Reisen", "Fähre", "Winter"),
            "Die Fähre fährt um sieben ab.",
        ),
    ):
        assert len(posts) == 1
        post = posts[0]
        # The blog's name above the title, the dated byline under it.
        assert (post.title, post.blog) == (title, blog)
        assert (post.date, post.author, post.labels) == ("2025-06-02", author, labels)
        assert post.body.splitlines()[-1] == last


def test_a_wordpress_comment_form_after_the_post_starts_no_post() -> None:
    posts = parse_text(
        "Cuaderno de puertos\n\nEl ferry de la mañana\n\nPublicado el 2 de junio de 2025 por ana\n\n"
        "El ferry sale a las siete.\n\n"
        "Deja una respuesta Cancelar la respuesta\n\n"
        "Tu dirección de correo electrónico no será publicada.\n\nComentario *\n\nNombre *\n\n"
        "Publicar un comentario\n",
        "es.txt",
    )
    assert [p.title for p in posts] == ["El ferry de la mañana"]
    assert posts[0].body == "El ferry sale a las siete."
    assert "Tu dirección de correo electrónico no será publicada." in posts[0].extra_text


def test_old_style_comments_in_a_language_with_no_phrase_file_are_read_by_their_shape() -> None:
    page = "\n".join(
        [
            "pondělí 6. června 2014",
            "Nová linka na Líšeň",
            "Dnes ráno jsem poprvé jel novou tramvají až na konečnou.",
            "Vystavil Petr Novák v 10:15",
            "Odeslat e-mailemBlogThis!Sdílet na TwitterSdílet na FacebookSdílet na Pinterestu",
            "2 komentáře:",
            "",
            "Jana Malá napsal(a)...",
            "Konečně! Čekali jsme na to roky...",
            "7. června 2014 9:02",
            "",
            "Anonymní napsal(a)...",
            "A kdy pojede v noci?",
            "8. června 2014 11:40",
        ]
    )
    (post,) = parse_text(page, "brno.txt")
    # The comments' stamps are theirs: the post keeps its own time.
    assert post.time == "10:15"
    assert [(c.author, c.date, c.text) for c in post.comment_list] == [
        ("Jana Malá", "2014-06-07T09:02", "Konečně! Čekali jsme na to roky..."),
        ("Anonymní", "2014-06-08T11:40", "A kdy pojede v noci?"),
    ]


def test_a_footer_in_an_unknown_language_with_no_share_buttons_is_read_by_its_shape() -> None:
    page = "\n".join(
        [
            "pondělí 6. června 2014",
            "Nová linka na Líšeň",
            "Dnes ráno jsem poprvé jel novou tramvají až na konečnou.",
            "Vystavil Petr Novák v 10:15",
            "Štítky: doprava, Líšeň",
            "0 komentářů:",
            "Přidat komentář",
        ]
    )
    (post,) = parse_text(page, "brno.txt")
    assert (post.author, post.time, post.labels, post.comments) == (
        "Petr Novák",
        "10:15",
        ("doprava", "Líšeň"),
        0,
    )
    assert post.body == "Dnes ráno jsem poprvé jel novou tramvají až na konečnou."
    assert sum("no language tuiarchive knows" in w for w in post.warnings) == 3


def test_a_line_ending_in_a_time_with_a_numbered_list_under_it_stays_body() -> None:
    posts = parse_text(
        "Monday, June 9, 2014\n\nThe tram timetable\n\nThe first tram leaves at 5:10\n"
        "2 lines: 4 and 9\n\nPosted by Petr at 10:15\n",
        "tram.txt",
    )
    assert posts[0].body.splitlines() == ["The first tram leaves at 5:10", "2 lines: 4 and 9"]
