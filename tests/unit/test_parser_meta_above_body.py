"""Posts whose byline, labels or share buttons stand between the title and the body, and
bylines that print the time before the date."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.parser import parse_text

EXPORT = """#### Catatan kecil dari kebun teh
_Diposkan oleh Rahmat Santoso di {when}_
<br>
Label: Kebun, Perjalanan

Pagi itu kabut turun pelan di lereng, dan para pemetik sudah mulai bekerja sejak subuh.

Kami berjalan menyusuri jalan setapak sampai ke pondok jaga di ujung kebun.

Sampai jumpa di perjalanan berikutnya!
"""


@pytest.mark.parametrize(
    ("when", "time"),
    [
        ("09:12 . Sabtu, 2011 Maret 19", "09:12"),
        ("09:12, Sabtu, 19 Maret 2011", "09:12"),
        ("Sabtu, 19 Maret 2011 09:12", "09:12"),
        ("Sabtu, 2011 Maret 19", None),
    ],
)
def test_a_blogger_export_with_its_byline_and_labels_above_the_body(
    when: str, time: str | None
) -> None:
    (post,) = parse_text(EXPORT.format(when=when), "export.md")
    assert post.title == "Catatan kecil dari kebun teh"
    assert (post.date, post.time) == ("2011-03-19", time)
    assert post.author == "Rahmat Santoso"
    assert post.labels == ("Kebun", "Perjalanan")
    assert post.body.startswith("Pagi itu kabut turun")
    assert post.body.endswith("Sampai jumpa di perjalanan berikutnya!")
    assert not post.extra_text


@pytest.mark.parametrize(
    ("byline", "iso", "time"),
    [
        ("Posted by Ada Kask at 7:05 PM, Tuesday, July 3, 2012", "2012-07-03", "19:05"),
        ("Eingestellt von Ada Kask um 19:05 · Dienstag, 3. Juli 2012", "2012-07-03", "19:05"),
        ("Publicado por Ada Kask en 19:05, martes, 3 de julio de 2012", "2012-07-03", "19:05"),
    ],
)
def test_a_byline_with_the_time_before_the_date_gives_both(
    byline: str, iso: str, time: str
) -> None:
    page = f"""Harbour lights again

The ferry to the grain berth ran late again on Friday.

Nobody at the quay could say when the next one would come.

{byline}
"""
    (post,) = parse_text(page, "item.txt")
    assert (post.date, post.time, post.author) == (iso, time, "Ada Kask")
    assert post.body.startswith("The ferry to the grain berth")


def test_heading_marks_never_stay_in_a_title() -> None:
    page = """## Harbour lights again

The ferry to the grain berth ran late again on Friday.

Posted by Ada Kask at 7:05 PM
Labels: ferries
"""
    (post,) = parse_text(page, "item.txt")
    assert post.title == "Harbour lights again"


HEADER_ABOVE_BODY = """---
title: Kleine Helfer für den Gartenkalender
date: '2018-04-03T09:12:00.000Z'
tags:
  - '12'
  - '13'
---


Ein paar Notizen, die ich immer wieder brauche und hier für alle sammle.



#Garten#Kalender

* * *

![](/bilder/kalender.png)

### Kommentare

[Es gibt 2 Kommentare](#comments)

* * *

### Tags

[#garten](/tag.html?tag=12&cHash=ab12)[#kalender](/tag.html?tag=13&cHash=cd34)

* * *

[Teilen](#)

Teilen

 [Facebook](#) [Twitter](#)

03\\. Apr 2018

Im Frühjahr lohnt es sich, den Kalender für die Aussaat neu anzulegen.

Die Tomaten kommen erst nach den Eisheiligen ins Beet.

* * *

### Kommentare

*   ![](https://www.gravatar.com/avatar/0a?s=75)

    Jonas

    Sehr hilfreich, danke!

    05\\. Mai 2019 [Antworten](#)


*   ![](https://www.gravatar.com/avatar/1b?s=75)

    Mira

    Genau das habe ich gesucht.

    07\\. Apr 2018 [Antworten](#)


### Hinterlasse einen Kommentar

[Antworten abbrechen](#)
"""


def test_count_tags_and_share_buttons_above_the_date_and_the_body() -> None:
    (post,) = parse_text(HEADER_ABOVE_BODY, "notiz.md")
    assert post.title == "Kleine Helfer für den Gartenkalender"
    assert any("front matter" in w for w in post.warnings)
    assert post.date == "2018-04-03"
    assert post.labels == ("garten", "kalender")
    assert post.comments == 2
    assert [c.author for c in post.comment_list] == ["Jonas", "Mira"]
    assert post.body.startswith("Im Frühjahr lohnt es sich")
    assert post.body.endswith("Eisheiligen ins Beet.")
    assert "Ein paar Notizen" not in post.body
