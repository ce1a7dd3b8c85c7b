"""Pages whose front matter writes the post's time in UTC near midnight while the page
prints the post's own day, in a CMS's head of count, tags and share buttons over the date."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_FRONT = """---
title: 'Werkbank: Hobel richtig einstellen'
date: '{stamp}'
slug: werkbank-hobel-richtig-einstellen
tags: []
description: "Ein stumpfer Hobel reißt das Holz auf, statt es zu glätten."
layout: ../../layouts/BlogPost.astro
---
"""

_SECTION_AND_TITLE = """
# Werkstatt

Kurze Anleitungen aus der Werkstatt, die ich selbst oft nachschlage und hier sammle.

[Zurück zur Übersicht](/werkstatt.html)

# Werkbank: Hobel richtig einstellen

#Werkstatt#Holz
"""

_NO_TITLE = """

Kurze Anleitungen aus der Werkstatt, die ich selbst oft nachschlage und hier sammle.



#Werkstatt#Holz
"""

_META_AND_BODY = """
* * *

![](/bilder/hobel.png)

### Kommentare

[Es gibt 0 Kommentare](#comments)

* * *

### Tags

[\\# hobel](/tag.html?tag=7&cHash=aa11)[#holz](/tag.html?tag=8&cHash=bb22)[#klinge](/tag.html?tag=9&cHash=cc33)

* * *

[Teilen](#)

Teilen

 [Facebook](#) [Twitter](#)

14\\. Okt 2020

Ein stumpfer Hobel reißt das Holz auf, statt es zu glätten.

Die Klinge erst schärfen, dann mit der Stellschraube nur ganz wenig herausdrehen.

* * *

### Kommentare

Es gibt noch keine Kommentare. Sei der Erste!

### Hinterlasse einen Kommentar

[Antworten abbrechen](#)

Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind markiert \\*
"""


def _page(stamp: str, head: str) -> str:
    return _FRONT.format(stamp=stamp) + head + _META_AND_BODY


def test_a_utc_stamp_the_evening_before_gives_the_printed_day_and_one_post() -> None:
    for head in (_SECTION_AND_TITLE, _NO_TITLE):
        (post,) = parse_text(_page("2020-10-13T22:00:00.000Z", head), "hobel.md")
        assert post.title == "Werkbank: Hobel richtig einstellen"
        assert post.date == "2020-10-14"
        assert post.body.startswith("Ein stumpfer Hobel reißt")
        assert post.body.endswith("nur ganz wenig herausdrehen.")


def test_the_same_day_in_the_stamp_reads_the_same() -> None:
    (post,) = parse_text(_page("2020-10-14T07:30:00.000Z", _NO_TITLE), "hobel.md")
    assert post.date == "2020-10-14"
    assert post.body.startswith("Ein stumpfer Hobel reißt")


def test_a_tag_whose_hash_is_escaped_is_a_label() -> None:
    (post,) = parse_text(_page("2020-10-13T22:00Z", _NO_TITLE), "hobel.md")
    assert post.labels == ("hobel", "holz", "klinge")


def test_no_comments_yet_is_no_post_and_no_body() -> None:
    (post,) = parse_text(_page("2020-10-13T22:00Z", _NO_TITLE), "hobel.md")
    assert "noch keine Kommentare" not in post.body
    assert any("noch keine Kommentare" in line for line in post.extra_text)
