"""Comment sections whose heads are a name with a stamp (on its line, the next line, or run
together), under an avatar or a list mark, with a reply button in the page's language;
and a post's meta (count, tags) printed above its body under a printed title."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.parser import parse_text

PRINTED_TITLE_META_ABOVE = """---
title: Ein Zähler für Regentage
date: '2019-06-14T08:20:00.000Z'
tags:
  - '7'
  - '8'
layout: ../../layouts/Eintrag.astro
---

# Werkstatt

Kleine Bausteine, die ich öfter brauche und darum hier für alle ablege.

[Zurück zur Übersicht](/werkstatt.html)

# Ein Zähler für Regentage

#Werkstatt#Python

* * *

![](/bilder/regen.png)

### Kommentare

[Es gibt 4 Kommentare](#comments)

* * *

### Tags

[#wetter](/tag.html?tag=7&cHash=aa11)[#python](/tag.html?tag=8&cHash=bb22)[#regen\\_tage](/tag.html?tag=9&cHash=cc33)

* * *

[Teilen](#)

Teilen

 [Facebook](#) [Twitter](#)

14\\. Jun 2019

Wer wissen will, wie oft es im Monat geregnet hat, kommt mit einer kleinen Schleife aus.

Die Messwerte liegen bei mir in einer einfachen Textdatei.

```
tage = sum(1 for wert in werte if wert > 0)
```

* * *

### Kommentare

*   ![](https://www.gravatar.com/avatar/11aa?s=75&d=mm&r=g)

    [Jo Brenner](http://brenner.example)

    Hallo,

    zählt die Schleife auch Tage mit nur einem Tropfen? ;)

    Gruß,
    J. B.

    20\\. Jun 2019 [Antworten](#)

    *   ![](https://www.gravatar.com/avatar/22bb?s=75&d=mm&r=g)

        [Lena Sommer](http://sommer.example)

        Hallo Jo,

        ja, jeder Wert über null zählt mit.

        Grüße
        Lena

        21\\. Jun 2019 [Antworten](#)


*   ![](https://www.gravatar.com/avatar/33cc?s=75&d=mm&r=g)

    Karl

    Läuft bei mir sofort, danke.

    02\\. Jul 2019 [Antworten](#)


*   ![](https://www.gravatar.com/avatar/33cc?s=75&d=mm&r=g)

    Karl

    Noch eine Frage: geht das auch mit Schnee?

    03\\. Jul 2019 [Antworten](#)

    *   ![](https://www.gravatar.com/avatar/22bb?s=75&d=mm&r=g)

        [Lena Sommer](http://sommer.example)

        Im Prinzip ja, die Werte sind nur anders.

        04\\. Jul 2019 [Antworten](#)


### Hinterlasse einen Kommentar

[Antworten abbrechen](#)

Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind markiert \\*
"""


def test_meta_above_the_body_under_a_printed_title_and_bulleted_comments() -> None:
    (post,) = parse_text(PRINTED_TITLE_META_ABOVE, "regentage.md")
    assert post.title == "Ein Zähler für Regentage"
    assert post.date == "2019-06-14"
    assert post.labels == ("wetter", "python", "regen_tage")
    assert post.comments == 4
    assert post.body.startswith("Wer wissen will, wie oft es im Monat geregnet hat")
    assert post.body.endswith("tage = sum(1 for wert in werte if wert > 0)")
    assert "#Werkstatt#Python" in post.extra_text  # kept aside, with a warning
    assert any("#Werkstatt#Python" in w for w in post.warnings)
    assert [c.author for c in post.comment_list] == [
        "Jo Brenner",
        "Lena Sommer",
        "Karl",
        "Karl",
        "Lena Sommer",
    ]
    first = post.comment_list[0]
    assert first.date == "2019-06-20"
    assert first.text.startswith("Hallo,")
    assert "J. B." in first.text
    assert post.comment_list[1].text.endswith("Lena")


WORDPRESS_RU = """# Резервные копии домашнего сервера

***Дата: 14.03.2016 Автор Admin***

Сегодня настроим ежедневные резервные копии каталога с документами.

Для этого хватит одной строки в планировщике задач.
```
rsync -a /home/docs/ /backup/docs/
```
rsync -a /home/docs/ /backup/docs/

Удачной настройки!
 Метки: Резервирование, Linux

Комментарии

Пётр.

02.04.2016 в 09:41 -
Ответить
Спасибо, всё заработало с первого раза.
А можно ли хранить копии на внешнем диске?

Admin

02.04.2016 в 18:05 -
Ответить
Да, достаточно указать путь к смонтированному диску.

Ольга

11.05.2017 в 23:17 -
Ответить
Добрый вечер, а как удалять старые копии?
Добавить комментарий Отменить ответВаш адрес email не будет опубликован.
"""


def test_wordpress_comments_with_the_stamp_under_the_name_and_reply_above_the_text() -> None:
    (post,) = parse_text(WORDPRESS_RU, "item.txt")
    assert post.title == "Резервные копии домашнего сервера"
    assert [c.author for c in post.comment_list] == ["Пётр.", "Admin", "Ольга"]
    assert [c.date for c in post.comment_list] == [
        "2016-04-02T09:41",
        "2016-04-02T18:05",
        "2017-05-11T23:17",
    ]
    assert post.comment_list[0].text.startswith("Спасибо, всё заработало")
    assert "внешнем диске" in post.comment_list[0].text
    assert post.comment_list[2].text == "Добрый вечер, а как удалять старые копии?"
    assert post.body.endswith("Удачной настройки!")


NUMBERED_FUSED = """Ten small habits for a calmer inbox

1. Archive what you have answered.

2. Unsubscribe from one list a day.

3. Read mail twice a day, not all day.

Posted by dana holt at 10:56
Labels: email, habits

4 comments:
\ufffc
1. Owen Marsh3 February 2013 at 15:38 nice list,can you add one about filters
"""


def test_a_numbered_comment_with_name_stamp_and_text_run_together() -> None:
    (post,) = parse_text(NUMBERED_FUSED, "mail.txt")
    assert post.author == "dana holt"
    assert post.comments == 4
    (comment,) = post.comment_list
    assert comment.author == "Owen Marsh"
    assert comment.date == "2013-02-03T15:38"
    assert comment.text == "nice list,can you add one about filters"
    assert post.body.endswith("3. Read mail twice a day, not all day.")


SPANISH_PLAIN = """Cómo guardar semillas de tomate

Publicado por Marta Ruiz el 12 de marzo de 2015

Las semillas se lavan, se secan sobre papel y se guardan en un sobre.

Etiquetas: huerto, semillas

3 comentarios

Lucía

14 de marzo de 2015 a las 10:05 -
Responder
¿Cuánto tiempo se conservan?

Marta Ruiz

14 de marzo de 2015 a las 12:30 -
Responder
Unos cuatro años si están bien secas.

Andrés

2 de abril de 2015 a las 19:45 -
Responder
Muy útil, gracias.
"""


def test_spanish_comments_with_a_las_stamps_and_reply_buttons() -> None:
    (post,) = parse_text(SPANISH_PLAIN, "semillas.txt")
    assert post.comments == 3
    assert [c.author for c in post.comment_list] == ["Lucía", "Marta Ruiz", "Andrés"]
    assert post.comment_list[1].date == "2015-03-14T12:30"
    assert post.comment_list[1].text == "Unos cuatro años si están bien secas."


NO_STAMPS = """A walk along the old canal

Posted by Ines Ward on March 3, 2014

We started at the lock keeper's cottage and walked until the light went.

Labels: walks

2 comments:

Harold

Lovely walk, we did it last spring.

Mary Finch

The cottage is a café now.
"""


def test_names_with_no_stamps_in_a_comment_section_make_no_comment_heads() -> None:
    (post,) = parse_text(NO_STAMPS, "walk.txt")
    assert post.comment_list == ()
    assert "Harold" in post.extra_text
    assert post.warnings


@pytest.mark.parametrize(
    ("heading", "stamp", "reply", "iso"),
    [
        ("Kommentare", "12. März 2014 um 10:15", "Antworten", "2014-03-12T10:15"),
        ("Commentaires", "12 mars 2014 à 10:15", "Répondre", "2014-03-12T10:15"),
        ("Comments", "March 12, 2014 at 10:15 am |", "Reply", "2014-03-12T10:15"),
    ],
)
def test_a_name_over_its_stamp_with_a_connector_and_a_reply_button(
    heading: str, stamp: str, reply: str, iso: str
) -> None:
    page = f"""Notes from the allotment

Posted by Ines Ward on March 3, 2014

We planted the first row of beans and watered them twice.

Labels: garden

{heading}

Tomás R.

{stamp}
{reply}
The beans in my plot came up after nine days.

Ines Ward

{stamp}
{reply}
Mine too, in the end.
"""
    (post,) = parse_text(page, "allotment.txt")
    assert [c.author for c in post.comment_list] == ["Tomás R.", "Ines Ward"]
    assert post.comment_list[0].date == iso
    assert post.comment_list[1].text == "Mine too, in the end."
