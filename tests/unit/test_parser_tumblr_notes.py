"""Tumblr pages: the notes (count, likes, reblogs), share menu and app nag are chrome, the
date printed under the text is the post's, a split "day / month / year" date heads the
post, and "More you might like" with the other posts under it is kept aside, never posts."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_FR_ITEM = """\
Carnet des marées --- Le phare de la pointe\\... {#hidden style="display: none;"}
=================================================

::: {.app-nag}
1.2M ratings

See, that's what the app is perfect for. {#see .app-nag-callout}
----------------------------------------

[Sounds perfect]{.button} [Wahhhh, I don't wanna]{.deny}
:::

[Carnet des marées](/) {#carnet .blog-title}
======================

-   [Posts](/){.label}
-   [Ask me anything](/ask){.label}
-   [Archive](/archive){.label}

[Le phare de la pointe](https://carnetdesmarees.tumblr.example/post/1234/le-phare) {#le-phare .title}
------------------------------------------------------------------------

::: {.body-text}
Nous sommes montés au phare un matin de brume, quand la mer restait
invisible derrière le muret des gardiens.

Le gardien nous a montré la lentille, grande comme une armoire, et les
carnets où ses prédécesseurs notaient le vent de chaque nuit.

En redescendant, le brouillard s'était levé sur toute la baie.
:::

[7
notes](https://carnetdesmarees.tumblr.example/post/1234/le-phare#notes){.post-notes}

7 notes

[Mar 3rd,
2017](https://carnetdesmarees.tumblr.example/post/1234/le-phare "3 years ago"){.post-date}

-   [Open in app](#){.share-item}
-   [Facebook](https://facebook.com/sharer.php?u=x){.share-item}
-   [Tweet](https://twitter.com/intent/tweet?text=x){.share-item}
-   [Mail](mailto:?subject=x){.share-item}
-   [Embed](https://carnetdesmarees.tumblr.example/post/1234/embed){.share-item}
-   [Permalink](https://carnetdesmarees.tumblr.example/post/1234){.share-item}

1.  [lune-rousse](https://lune-rousse.tumblr.example/) aime ce billet
2.  [goelands](https://goelands.tumblr.example/) a reblogué ce billet depuis carnetdesmarees
3.  [vieux-port](https://vieux-port.tumblr.example/) liked this
4.  [carnetdesmarees](https://carnetdesmarees.tumblr.example/) posted this

More you might like
-------------------

[La digue](https://carnetdesmarees.tumblr.example/post/999/la-digue?is_related_post=1) {#la-digue .title}
---------------------------------------------------------------------

La digue a tenu tout l'hiver, malgré les trois tempêtes de janvier.

[3
notes](https://carnetdesmarees.tumblr.example/post/999/la-digue#notes){.post-notes}

-   [Tweet](https://twitter.com/intent/tweet?text=y){.share-item}
-   [Mail](mailto:?subject=y){.share-item}

[Les mouettes](https://carnetdesmarees.tumblr.example/post/998/mouettes?is_related_post=1) {#mouettes .title}
---------------------------------------------------------------------

Elles reviennent chaque soir sur le toit de la criée.

-   [Tweet](https://twitter.com/intent/tweet?text=z){.share-item}
"""


def test_a_tumblr_item_gives_its_one_post_and_no_phantom() -> None:
    posts = parse_text(_FR_ITEM, "fr_tumblr.txt")
    assert len(posts) == 1
    post = posts[0]
    assert post.title == "Le phare de la pointe"
    assert post.date == "2017-03-03"
    assert post.body.startswith("Nous sommes montés au phare")
    assert post.body.endswith("toute la baie.")
    assert "notes" not in post.body and "aime ce billet" not in post.body


def test_the_date_under_the_text_is_read_with_a_warning() -> None:
    post = parse_text(_FR_ITEM, "fr_tumblr.txt")[0]
    assert any("date stands under the text" in w for w in post.warnings)


def test_more_you_might_like_is_kept_aside_with_a_warning() -> None:
    post = parse_text(_FR_ITEM, "fr_tumblr.txt")[0]
    assert "La digue" in post.extra_text and "Les mouettes" in post.extra_text
    assert "La digue" not in post.body
    assert any("More you might like" in w for w in post.warnings)


_EN_WAYBACK = """\
[Field Notes on Moss](https://web.archive.org/web/2016/http://fieldmoss.tumblr.example/) {#blog .title}
==========================================================

A slow blog about small plants.

::: {#posts .section}
::: {.post .text}
[14]{.day} 9 / 2014

[Under the old bridge](https://web.archive.org/web/2016/http://fieldmoss.tumblr.example/post/42/bridge) {#bridge .title}
------------------------------------------------

The stones under the old bridge carry three kinds of moss, one of which
only grows where the spray of the weir reaches.

I went back with a hand lens on a dry afternoon and counted the tufts.

[Permalink](https://web.archive.org/web/2016/http://fieldmoss.tumblr.example/post/42/bridge)
[[25
notes]{.notes}](https://web.archive.org/web/2016/http://fieldmoss.tumblr.example/post/42/bridge#notes)

1.  [ferngully](https://ferngully.tumblr.example/) liked this
2.  [stonewort](https://stonewort.tumblr.example/) reblogged this from fieldmoss
3.  [lichenlady](https://lichenlady.tumblr.example/) liked this
4.  Show more notes Loading...
:::
:::

Powered by Tumblr
"""


def test_a_split_day_month_year_date_heads_the_post() -> None:
    posts = parse_text(_EN_WAYBACK, "en_tumblr.txt")
    assert [p.title for p in posts] == ["Under the old bridge"]
    assert posts[0].date == "2014-09-14"
    assert posts[0].body.endswith("counted the tufts.")


_DE_ITEM = """\
[Küchenbuch](/) {#blog .blog-title}
===============

-   [Beiträge](/)
-   [Archiv](/archive)

::: {#posts .section}
::: {.post-content}
[Apfelkuchen vom Blech](https://kuechenbuch.tumblr.example/post/77/apfelkuchen) {#apfel .title}
-----------------------------------------------------------------

Der Teig ruht eine Stunde im Kühlschrank, bevor er auf das Blech kommt.

Die Äpfel werden dünn geschnitten und dachziegelartig gelegt.

Mit Zimt und braunem Zucker bestreut backt er vierzig Minuten.
:::
:::

5 Anmerkungen

[12. Okt.
2018](https://kuechenbuch.tumblr.example/post/77/apfelkuchen){.post-date}

1.  [zimtstern](https://zimtstern.tumblr.example/) gefällt das
2.  [backstube](https://backstube.tumblr.example/) hat das von kuechenbuch gerebloggt
3.  [kuechenbuch](https://kuechenbuch.tumblr.example/) hat das gepostet

Mehr davon
----------

[Brot ohne Kneten](https://kuechenbuch.tumblr.example/post/76/brot) {#brot .title}
-----------------------------------------------------

Das Brot geht über Nacht und braucht am Morgen nur eine heiße Form.
"""


def test_a_german_tumblr_item_gives_its_post_only() -> None:
    posts = parse_text(_DE_ITEM, "de_tumblr.txt")
    assert [p.title for p in posts] == ["Apfelkuchen vom Blech"]
    assert posts[0].date == "2018-10-12"
    assert "gefällt das" not in posts[0].body
    assert "Brot ohne Kneten" in posts[0].extra_text


_EN_ARCHIVE = """\
Field Notes on Moss

March 2, 2015

Moss on the north wall

The north wall stays damp all winter and the moss there liked this
weather more than any other year.

Posted by Ada at 9:10 AM 2 comments

March 1, 2015

A visit to the heath

We walked the heath for an hour and found only two small cushions.

Posted by Ada at 8:00 AM 12 notes

February 27, 2015

Rain again

It rained for the third day; the gutters are green with it.

Posted by Ada at 7:45 AM 0 comments
"""


def test_an_archive_page_with_several_dated_posts_still_gives_every_post() -> None:
    posts = parse_text(_EN_ARCHIVE, "en_archive.txt")
    assert [p.title for p in posts] == [
        "Moss on the north wall",
        "A visit to the heath",
        "Rain again",
    ]
    assert [p.date for p in posts] == ["2015-03-02", "2015-03-01", "2015-02-27"]
    assert "liked this" in posts[0].body  # a sentence of the text, not a Tumblr note


def test_a_sentence_ending_in_liked_this_is_text_on_a_notes_page() -> None:
    text = _FR_ITEM.replace(
        "En redescendant, le brouillard",
        "My neighbour said she liked this\n\nEn redescendant, le brouillard",
    )
    post = parse_text(text, "fr_tumblr.txt")[0]
    assert "My neighbour said she liked this" in post.body
