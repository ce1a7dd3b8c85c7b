"""No phantom posts: a new post starts only where a new post frame starts; the headings,
comment heads, reply buttons and addresses of a post's page open none."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

NBSP = "\u00a0"

_FR_WORDPRESS = f"""\
::: {{#page .hfeed .site}}
::: {{.masthead-inner}}
[carnets](https://carnets.example.fr/ "carnets") {{#carnets .site-title}}
===========================================

Des notes sur les jardins partagés {{#des-notes .site-description}}
----------------------------------

Menu {{#menu .assistive-text}}
====

::: {{.menu}}
-   [Accueil](https://carnets.example.fr/)
-   [À propos](https://carnets.example.fr/a-propos/)
:::
:::

::: {{#main}}
::: {{#content role="main"}}
Le compost de la rue des Lilas {{#le-compost .entry-title}}
==============================

::: {{.entry-meta}}
[mars 3,
2015](https://carnets.example.fr/2015/03/03/le-compost/ "08:12  ")[
par [[Jeanne
Dubois](https://carnets.example.fr/author/jeanne/ "Voir tous les articles par Jeanne Dubois"){{.url
.fn .n}}]{{.author .vcard}}]{{.byline}}
:::

::: {{.entry-content}}
Les voisins ont installé trois bacs au fond de la cour, entre le local
à vélos et le vieux tilleul, et chacun y vide ses épluchures le
dimanche matin.

Au bout de six mois, le premier bac a donné un terreau noir et fin que
nous avons réparti entre les jardinières du troisième étage.
:::

::: {{#jp-post-flair .sharedaddy}}
::: {{.likes-widget-placeholder}}
[J\\'aime]{{.button}} [chargement...]{{.loading}}
:::

::: {{#jp-relatedposts .jp-relatedposts}}
### *En lien* {{#en-lien .jp-relatedposts-headline}}
:::
:::

Cette entrée, publiée dans
[Jardins](https://carnets.example.fr/category/jardins/),
est marquée [compost](https://carnets.example.fr/tag/compost/),
[voisinage](https://carnets.example.fr/tag/voisinage/).
Mettre ce
[permalien](https://carnets.example.fr/2015/03/03/le-compost/ "Permalien")
en signet.

::: {{#comments .comments-area}}
3 avis sur « Le compost de la rue des Lilas » {{#avis .comments-title}}
---------------------------------------------

1.  ::: {{#li-comment-11}}
    ::: {{.comment-author .vcard}}
    Paulette [dit{NBSP}:]{{.says}}
    :::

    ::: {{.comment-meta .commentmetadata}}
    [mars 4, 2015 à 9:20
     ](https://carnets.example.fr/2015/03/03/le-compost/#comment-11)
    :::

    ::: {{.comment-content}}
    Et les guêpes, elles ne viennent pas en été ?
    :::

    ::: {{.reply}}
    [Répondre](https://carnets.example.fr/2015/03/03/le-compost/?replytocom=11#respond){{.comment-reply-link}}
    :::
    :::

2.  ::: {{#li-comment-12}}
    ::: {{.comment-author .vcard}}
    carnets [dit{NBSP}:]{{.says}}
    :::

    ::: {{.comment-meta .commentmetadata}}
    [mars 4, 2015 à 11:02
     ](https://carnets.example.fr/2015/03/03/le-compost/#comment-12)
    :::

    ::: {{.comment-content}}
    Un peu, mais un couvercle bien fermé suffit. Le guide de la mairie en
    parle longuement, le voici :

    <https://mairie.example.fr/environnement/guide-du-compost-collectif>
    :::

    ::: {{.reply}}
    [Répondre](https://carnets.example.fr/2015/03/03/le-compost/?replytocom=12#respond){{.comment-reply-link}}
    :::
    :::

3.  ::: {{#li-comment-13}}
    ::: {{.comment-author .vcard}}
    Marc L. [dit{NBSP}:]{{.says}}
    :::

    ::: {{.comment-meta .commentmetadata}}
    [mars 9, 2015 à 18:40
     ](https://carnets.example.fr/2015/03/03/le-compost/#comment-13)
    :::

    ::: {{.comment-content}}
    Merci pour l\\'idée, nous allons essayer dans notre immeuble.
    :::

    ::: {{.reply}}
    [Répondre](https://carnets.example.fr/2015/03/03/le-compost/?replytocom=13#respond){{.comment-reply-link}}
    :::
    :::
:::

::: {{#respond .comment-respond}}
### Laisser un commentaire [Annuler la réponse](#respond){{#cancel}} {{#reply-title}}
:::
:::
:::
"""


def test_a_pandoc_wordpress_page_with_setext_headings_and_comments_gives_one_post() -> None:
    posts = parse_text(_FR_WORDPRESS, "page.md")
    assert [p.title for p in posts] == ["Le compost de la rue des Lilas"]
    post = posts[0]
    assert post.date == "2015-03-03"
    assert post.author == "Jeanne Dubois"
    assert "compost" in post.labels and "voisinage" in post.labels
    assert post.comments == 3
    assert [c.author for c in post.comment_list] == ["Paulette", "carnets", "Marc L."]
    assert "guide-du-compost-collectif" in post.comment_list[1].text
    assert "Les voisins ont installé trois bacs" in post.body
    assert "En lien" not in post.body


def test_a_french_comment_head_with_a_no_break_space_before_its_colon_is_a_comment() -> None:
    text = "\n".join(
        [
            "Mardi 3 mars 2015",
            "",
            "Le marché du samedi",
            "",
            "Les producteurs reviennent sur la place dès la fin de l'hiver.",
            "",
            "Publié par Jeanne à 10:15",
            "2 commentaires :",
            "",
            f"Paulette dit{NBSP}:",
            "Enfin des radis !",
            "",
            f"Marc L. dit{NBSP}:",
            "Et des fraises bientôt.",
        ]
    )
    posts = parse_text(text, "page.txt")
    assert len(posts) == 1
    assert [c.author for c in posts[0].comment_list] == ["Paulette", "Marc L."]


_DE_WORDPRESS = """\
Werkstattnotizen
================

Die Fahrradwerkstatt im Hinterhof
=================================

12. Mai 2016 von Jonas Keller

Seit April reparieren wir jeden Donnerstag Fahrräder im Hinterhof der
Bäckerei, und inzwischen kommen auch Leute aus den Nachbarstraßen.

Werkzeug haben wir aus einer Haushaltsauflösung, Ersatzteile spendet
der Laden an der Ecke.

Gefällt mir Wird geladen...

Ähnliche Beiträge
-----------------

Dieser Eintrag wurde veröffentlicht in Nachbarschaft, Reparatur. Setze ein Lesezeichen auf den Permalink.

2 Gedanken zu „Die Fahrradwerkstatt im Hinterhof“
-------------------------------------------------

Ute sagt:

13. Mai 2016 um 08:10

Tolle Sache, ich bringe nächste Woche mein altes Rad vorbei.

Antworten

Bernd sagt:

14. Mai 2016 um 19:45

Gibt es auch Schläuche in 28 Zoll?

Antworten
"""


def test_a_german_page_with_setext_titles_gives_one_post_with_its_comments() -> None:
    posts = parse_text(_DE_WORDPRESS, "page.md")
    assert [p.title for p in posts] == ["Die Fahrradwerkstatt im Hinterhof"]
    post = posts[0]
    assert post.date == "2016-05-12"
    assert post.author == "Jonas Keller"
    assert post.comments == 2
    assert "Ähnliche Beiträge" not in post.body


_EN_ARCHIVE = """\
Harbour Notes
=============

The new ferry timetable
=======================

March 2, 2017 by Tom Hale

The morning boat now leaves at ten past seven, which suits the school run.

This entry was posted in Ferries and tagged timetable. Bookmark the permalink.

A gull on the mast
==================

March 5, 2017 by Tom Hale

It stood there for an hour while the crew loaded the crates.

This entry was posted in Birds. Bookmark the permalink.

Storm warning
=============

March 9, 2017 by Tom Hale

All sailings were cancelled on Thursday; the harbour wall held.

This entry was posted in Weather. Bookmark the permalink.
"""


def test_an_archive_of_setext_titled_posts_each_with_its_frame_gives_every_post() -> None:
    posts = parse_text(_EN_ARCHIVE, "archive.md")
    assert [p.title for p in posts] == [
        "The new ferry timetable",
        "A gull on the mast",
        "Storm warning",
    ]
    assert [p.date for p in posts] == ["2017-03-02", "2017-03-05", "2017-03-09"]
    assert posts[2].labels == ("Weather",)
