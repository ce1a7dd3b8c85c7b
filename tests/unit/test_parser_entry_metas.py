"""WordPress pages saved as pandoc Markdown whose entry meta the theme's classes mark
(`.posted-on`, `.byline`, `.cat-links`, `.tags-links`, `.entry-meta` divs): its date,
author, categories and tags read from those, wherever the theme prints them."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_SITE = """\
::: {#page .hfeed .site}
::: {.site-branding}
[Le Potager Bavard](https://potagerbavard.example.net/) {#le-potager-bavard .site-title}
=======================================================

(Indice : les poireaux parlent.) {#indice .site-description}
--------------------------------
:::

::: {#top-nav}
Menu {#menu .menu-toggle}
====

::: {.menu-main-container}
-   [[Les
    semis](https://potagerbavard.example.net/category/semis/)]{#menu-item-11}
-   [[Les
    récoltes](https://potagerbavard.example.net/category/recoltes/)]{#menu-item-12}
:::
:::

::: {#content .site-content}
::: {#main .site-main role="main"}
"""

_TITLE = """\
Les poireaux qui passent l'hiver dehors {#les-poireaux .entry-title}
=======================================

"""

_BODY = """
::: {.entry-content}
Ma voisine laisse ses poireaux dehors tout l'hiver, sous un vieux
voile de mariée, et ils tiennent jusqu'en mars.

Je n'ai jamais vu de poireaux aussi fiers de leur voile.
:::
"""

_END = """
:::
:::
"""

_URL = "https://potagerbavard.example.net/2016/05/10/les-poireaux-dehors/"


def _one(text: str) -> object:
    posts = parse_text(text, "page.md")
    assert [p.title for p in posts] == ["Les poireaux qui passent l'hiver dehors"]
    return posts[0]


def test_a_posted_on_span_and_a_byline_span_make_the_post_meta() -> None:
    meta = f"""\
::: {{.entry-meta}}
[ [10 mai 201618 novembre
2019]({_URL})]{{.posted-on}}[
[[Mirabelle](https://potagerbavard.example.net/author/mirabelle/){{.url
.fn .n}}]{{.author .vcard}}]{{.byline}}
:::
"""
    post = _one(_SITE + _TITLE + meta + _BODY + _END)
    assert post.date == "2016-05-10"
    assert post.author == "Mirabelle"
    assert post.url == _URL
    assert post.body.startswith("Ma voisine laisse ses poireaux")
    assert post.body.endswith("aussi fiers de leur voile.")


def test_categories_above_the_title_and_tags_run_together_after_the_body() -> None:
    above = """\
::: {.entry-meta}
[[Potager](https://potagerbavard.example.net/category/potager/),
[Voisinage](https://potagerbavard.example.net/category/voisinage/)]{.cat-links}
:::

"""
    meta = f"""\
::: {{.posted-info}}
[Publié par [[Mirabelle](https://potagerbavard.example.net/author/mirabelle/){{.url
.fn .n}}]{{.author .vcard}}]{{.byline}}[ [le]{{.date-published-word}} [10 mai
2016]({_URL})]{{.posted-on}}
:::
"""
    tags = """
::: {.tags-links}
[hiver](https://potagerbavard.example.net/tag/hiver/)[poireaux](https://potagerbavard.example.net/tag/poireaux/)[voile](https://potagerbavard.example.net/tag/voile/)
:::
"""
    post = _one(_SITE + above + _TITLE + meta + _BODY + tags + _END)
    assert post.date == "2016-05-10"
    assert post.author == "Mirabelle"
    assert post.labels == ("Potager", "Voisinage", "hiver", "poireaux", "voile")
    assert post.body.endswith("aussi fiers de leur voile.")


def test_a_day_and_month_spans_with_the_update_glued_after() -> None:
    meta = f"""\
::: {{.entry-meta}}
[[10]{{.day}}[mai 2016]{{.month-year}}18 nov.
2019]({_URL}){{.posted-on}}

[Un
commentaire]({_URL}#comments){{.comments-link}}
:::
"""
    cats = """
::: {.sharedaddy .sd-sharing-enabled}
### Partager : {#partager .sd-title}

::: {.sd-content}
-   [Twitter](https://potagerbavard.example.net/?share=twitter){.share-twitter}
-   [Facebook](https://potagerbavard.example.net/?share=facebook){.share-facebook}
:::
:::

[[Catégories :]{.category-title}]{.cat-links}

-   [Potager](https://potagerbavard.example.net/category/potager/)

::: {.entry-author .author-avatar-show}
::: {.author-heading}
Publié par [Mirabelle]{.author-name} {#publié-par-mirabelle .author-title}
-------------------------------------
:::

[Voir tous les articles par
Mirabelle](https://potagerbavard.example.net/author/mirabelle/){.author-link}
:::
"""
    post = _one(_SITE + _TITLE + meta + _BODY + cats + _END)
    assert post.date == "2016-05-10"
    assert post.author == "Mirabelle"
    assert post.labels == ("Potager",)
    assert post.url == _URL
    assert post.body.startswith("Ma voisine laisse ses poireaux")


def test_an_author_slash_date_meta_and_a_date_in_categories_tags_footer() -> None:
    meta = f"""\
::: {{.entry-meta}}
[Collectif du
Potager](https://potagerbavard.example.net/author/collectif/){{.author}}
/ [10 mai
2016]({_URL}){{.entry-date}}
:::
"""
    footer = f"""
[10 mai
2016]({_URL}){{.entry-date}}
dans
[Potager](https://potagerbavard.example.net/category/potager/).
Étiquettes :[hiver](https://potagerbavard.example.net/tag/hiver/),
[vieux
voiles](https://potagerbavard.example.net/tag/vieux-voiles/)
"""
    post = _one(_SITE + _TITLE + meta + _BODY + footer + _END)
    assert post.date == "2016-05-10"
    assert post.author == "Collectif du Potager"
    assert post.labels == ("Potager", "hiver", "vieux voiles")
    assert post.body.startswith("Ma voisine laisse ses poireaux")
    assert post.body.endswith("aussi fiers de leur voile.")


_ES_SITE = """\
::: {#wrapper .hfeed}
::: {#header}
[La Huerta de Rosario](https://huertarosario.example.es/){.site-title}

Tomates, vecinos y otras plagas
:::

::: {#access role="navigation"}
Menú principal {#menú-principal .assistive-text}
--------------

-   [Inicio](https://huertarosario.example.es/)
-   [Sobre mí](https://huertarosario.example.es/sobre-mi/)
-   [Contacto](https://huertarosario.example.es/contacto/)
:::

::: {#main}
::: {#content role="main"}
El gazpacho de mi abuela nunca llevaba pepino {#el-gazpacho .entry-title}
---------------------------------------------

"""

_ES_BODY = """
::: {.entry-content}
Mi abuela nunca medía nada: un puñado de pan duro, tres tomates
maduros y un chorrito de aceite que ella llamaba lo justo.

El pepino, decía, es para los que no saben esperar al tomate.
:::
:::
:::
"""

_ES_URL = "https://huertarosario.example.es/2013/07/12/el-gazpacho/"


def test_a_this_entry_was_posted_on_meta_in_an_english_theme_with_a_spanish_date() -> None:
    meta = f"""\
::: {{.entry-meta}}
This entry was posted on julio 12, 2013, in [Cocina de
verano](https://huertarosario.example.es/category/cocina-de-verano/) and
tagged [tomates
maduros](https://huertarosario.example.es/tag/tomates-maduros/),
[abuelas](https://huertarosario.example.es/tag/abuelas/). Bookmark the
[permalink]({_ES_URL} "Permalink to El gazpacho").
[[4
comentarios]({_ES_URL}#comments)]{{.comments-link}}
:::
"""
    posts = parse_text(_ES_SITE + meta + _ES_BODY, "pagina.md")
    assert [p.title for p in posts] == ["El gazpacho de mi abuela nunca llevaba pepino"]
    post = posts[0]
    assert post.date == "2013-07-12"
    assert post.labels == ("Cocina de verano", "tomates maduros", "abuelas")
    assert post.url == _ES_URL
    assert post.body.startswith("Mi abuela nunca medía nada")
    assert post.body.endswith("esperar al tomate.")


_DE_PAGE = """\
::: {.cb-post-entry}
::: {.cb-post-header}
::: {.cb-post-cat}
-   [Gartenarbeit](https://gartenzwerg.example.de/category/gartenarbeit/)
:::

[Warum meine Tomaten nie rot werden](https://gartenzwerg.example.de/2016/08/12/tomaten/) {#tomaten .cb-post-title}
========================================================================

::: {.cb-post-meta}
-   Von
    [Gartenzwerg](https://gartenzwerg.example.de/author/admin/ "Beiträge von Gartenzwerg")
-   12. August 2016
-   Kommentare deaktiviert[ für Warum meine Tomaten nie rot werden]{.screen-reader-text}
:::
:::

::: {.cb-post-content}
Mein Nachbar sagt, es liegt am Wind. Ich glaube, es liegt am Nachbarn,
der jeden Abend mit der Gießkanne kommt.

Nächstes Jahr pflanze ich gelbe Tomaten.
:::
:::
"""


def test_a_category_bullet_above_a_linked_title_and_meta_bullets_below_it() -> None:
    posts = parse_text(_DE_PAGE, "seite.md")
    assert [p.title for p in posts] == ["Warum meine Tomaten nie rot werden"]
    post = posts[0]
    assert post.date == "2016-08-12"
    assert post.author == "Gartenzwerg"
    assert post.labels == ("Gartenarbeit",)
    assert post.url == "https://gartenzwerg.example.de/2016/08/12/tomaten/"
    assert post.body.startswith("Mein Nachbar sagt")
    assert post.body.endswith("gelbe Tomaten.")


_IT_PAGE = """\
::: {#page .hfeed .site}
::: {.site-branding}
[L'Orto di Nonna Pina](http://ortopina.example.it/) {#orto .site-title}
===================================================
:::

::: {#content .site-content}
::: {#main .site-main role="main"}
Il basilico non si taglia con le forbici {#il-basilico .entry-title}
========================================

::: {.entry-meta}
[ [3 giugno 20157 luglio
2018](http://ortopina.example.it/2015/06/03/il-basilico/)]{.posted-on}[
[[Pina](http://ortopina.example.it/author/pina/){.url
.fn .n}]{.author .vcard}]{.byline}
:::

::: {.entry-content}
Mia nonna strappava le foglie di basilico con due dita, mai con le
forbici, perché diceva che il ferro lo fa diventare nero.

Aveva ragione lei, come sempre.
:::

[Erbe
aromatiche](http://ortopina.example.it/category/erbe-aromatiche/)
[basilico](http://ortopina.example.it/tag/basilico/),
[nonne](http://ortopina.example.it/tag/nonne/)
[Permalink](http://ortopina.example.it/2015/06/03/il-basilico/)
:::
:::

::: {#secondary .widget-area role="complementary"}
Citazione {#citazione .widget-title}
=========

::: {.textwidget}
Chi semina vento raccoglie tempesta, chi semina basilico raccoglie pesto.
:::
:::
"""


def test_category_and_tag_links_alone_after_the_text_with_the_permalink() -> None:
    posts = parse_text(_IT_PAGE, "pagina.md")
    assert [p.title for p in posts] == ["Il basilico non si taglia con le forbici"]
    post = posts[0]
    assert post.date == "2015-06-03"
    assert post.author == "Pina"
    assert post.labels == ("Erbe aromatiche", "basilico", "nonne")
    assert post.body.endswith("Aveva ragione lei, come sempre.")


_PT_PAGE = """\
::: {#page .site}
::: {.site-branding}
[Caderno da Beatriz](https://cadernobeatriz.example.pt/){.site-title}

Receitas, vizinhos e outras pragas
:::

::: {#content .site-content}
::: {#main .site-main role="main"}
Porque é que o bacalhau demora três dias a demolhar {#porque .entry-title}
=================================================

::: {.entry-meta}
[[Beatriz Lopes](https://cadernobeatriz.example.pt/author/beatriz/){.url
.fn .n}]{.author .vcard}[[2 março 20179 abril
2018](https://cadernobeatriz.example.pt/2017/03/02/bacalhau/)]{.entry-tags-date}[[Cozinha](https://cadernobeatriz.example.pt/category/cozinha/),
[Família](https://cadernobeatriz.example.pt/category/familia/)]{.entry-categories}
:::

Navegação de artigos {#navegacao .screen-reader-text}
--------------------

::: {.nav-links}
::: {.nav-previous}
[[Anterior]{.meta-nav
aria-hidden="true"}](https://cadernobeatriz.example.pt/2017/02/20/sardinhas/)
:::

::: {.nav-next}
[[Seguinte]{.meta-nav
aria-hidden="true"}](https://cadernobeatriz.example.pt/2017/03/15/polvo/)
:::
:::

::: {.entry-content}
A minha avó mudava a água do bacalhau de oito em oito horas, mesmo de
madrugada, com um despertador de corda que acordava a casa inteira.

Três dias depois, o bacalhau estava perfeito e ninguém tinha dormido.
:::

::: {.entry-meta}
[[avós](https://cadernobeatriz.example.pt/tag/avos/),
[bacalhau](https://cadernobeatriz.example.pt/tag/bacalhau/)]{.entry-tags}
:::

::: {.nav-links}
::: {.nav-previous}
[[Anterior]{.meta-nav
aria-hidden="true"}](https://cadernobeatriz.example.pt/2017/02/20/sardinhas/)
:::
:::
:::
:::
"""


def test_the_post_navigation_between_the_meta_and_the_text_is_no_text() -> None:
    posts = parse_text(_PT_PAGE, "pagina.md")
    assert [p.title for p in posts] == ["Porque é que o bacalhau demora três dias a demolhar"]
    post = posts[0]
    assert post.date == "2017-03-02"
    assert post.author == "Beatriz Lopes"
    assert post.labels == ("Cozinha", "Família", "avós", "bacalhau")
    assert post.body.startswith("A minha avó mudava a água")
    assert post.body.endswith("ninguém tinha dormido.")


_EN_SHARED = """\
::: {#page .site}
::: {.site-branding}
[Allotment Diaries](https://allotmentdiaries.example.org/) {#allotment-diaries .site-title}
==========================================================

Notes from plot nine {#notes .site-description}
--------------------
:::

::: {#content .site-content}
Why my marrows sulk in June {#why-my-marrows .entry-title}
===========================

::: {.entry-meta}
[[4]{.day}[Jun 2019]{.month-year}6 Jun
2019](https://allotmentdiaries.example.org/2019/06/04/marrows/){.posted-on}
:::

::: {.entry-content}
The marrows on plot nine have stopped growing again, and the old man on
plot ten says it is because I talk to them too much.

I shall keep talking to them.

Wendell

::: {#jp-post-flair .sharedaddy .sd-sharing-enabled}
::: {.sharedaddy .sd-sharing-enabled}
::: {.robots-nocontent .sd-block .sd-social .sd-sharing}
### Share this: {#share-this .sd-title}

::: {.sd-content}
-   [[Flattr]{style="color:red;"}](https://allotmentdiaries.example.org/2019/06/04/marrows/?share=custom-1 "Click to share on Flattr"){.share-custom
    .sd-button}
-   [Twitter](https://allotmentdiaries.example.org/2019/06/04/marrows/?share=twitter "Click to share on Twitter"){.share-twitter
    .sd-button}
-   [Facebook](https://allotmentdiaries.example.org/2019/06/04/marrows/?share=facebook "Click to share on Facebook"){.share-facebook
    .sd-button}
-   
:::
:::
:::

::: {#like-post-wrapper-1 .sharedaddy .sd-block .sd-like .jetpack-likes-widget-wrapper}
### Like this: {#like-this .sd-title}

::: {.likes-widget-placeholder .post-likes-widget-placeholder}
[Like]{.button} [Loading...]{.loading}
:::
:::
:::
:::

:::
"""


def test_share_buttons_in_jetpack_divs_end_the_text_and_no_line_above_is_read_as_labels() -> None:
    posts = parse_text(_EN_SHARED, "page.md")
    assert [p.title for p in posts] == ["Why my marrows sulk in June"]
    post = posts[0]
    assert post.date == "2019-06-04"
    assert post.labels == ()
    assert post.body.endswith("I shall keep talking to them.\n\nWendell")
    assert post.extra_text == ()  # no share button kept as an unplaced line


def test_empty_list_items_after_the_text_are_no_text() -> None:
    page = _DE_PAGE.replace(
        "Nächstes Jahr pflanze ich gelbe Tomaten.\n",
        "Nächstes Jahr pflanze ich gelbe Tomaten.\n\n-   \n-   \n-   \n",
    )
    posts = parse_text(page, "seite.md")
    assert [p.title for p in posts] == ["Warum meine Tomaten nie rot werden"]
    assert posts[0].body.endswith("Nächstes Jahr pflanze ich gelbe Tomaten.")


def _es_comment(number: int, name: str, text: str) -> str:
    return f"""\
{number}.  ::: {{#comment-{number}}}
    ::: {{#div-comment-{number} .comment-body}}
    ::: {{.comment-author .vcard}}
    {name} [dice:]{{.says}}
    :::

    ::: {{.comment-meta .commentmetadata}}
    [13 julio 2013 a las 10:0{number}]({_ES_URL}#comment-{number})
    :::

    {text}

    ::: {{.reply}}
    [Responder]({_ES_URL}?replytocom={number}#respond){{.comment-reply-link}}
    :::
    :::
    :::

"""


def test_the_comments_titles_count_is_the_posts_comment_count() -> None:
    meta = f"""\
::: {{.entry-meta}}
[[Publicado el ]{{.screen-reader-text}}[12 julio
2013]({_ES_URL})]{{.posted-on}}
:::
"""
    comments = (
        """
::: {#comments .comments-area}
3 comentarios [Añadir un comentario](#respond){.add-comment-link} {#comentarios .comments-title}
---------------------------------------------------------------

"""
        + _es_comment(1, "Lucía", "Mi abuela tampoco ponía pepino, y ponía mucho pan.")
        + _es_comment(2, "Tomás", "En mi casa el pepino era obligatorio, lo siento.")
        + _es_comment(3, "Lucía", "Tomás, tu casa no cuenta.")
        + ":::\n"
    )
    posts = parse_text(_ES_SITE + meta + _ES_BODY + comments, "pagina.md")
    assert [p.title for p in posts] == ["El gazpacho de mi abuela nunca llevaba pepino"]
    post = posts[0]
    assert post.date == "2013-07-12"
    assert post.comments == 3
    assert [c.author for c in post.comment_list] == ["Lucía", "Tomás", "Lucía"]
    assert post.body.endswith("esperar al tomate.")


def test_a_single_comments_title_in_words_counts_one() -> None:
    meta = f"""\
::: {{.entry-meta}}
[ [10 mai 2016]({_URL})]{{.posted-on}}[
[[Mirabelle](https://potagerbavard.example.net/author/mirabelle/){{.url
.fn .n}}]{{.author .vcard}}]{{.byline}}
:::
"""
    comments = """
::: {#comments .comments-area}
Un commentaire {#un-commentaire .comments-title}
--------------

1.  ::: {#comment-7}
    ::: {#div-comment-7 .comment-body}
    ::: {.comment-author .vcard}
    **[Rosalie](https://rosalie.example.net)** [dit :]{.says}
    :::

    ::: {.comment-meta .commentmetadata}
    [11 mai 2016 à 9 h 12 min](https://potagerbavard.example.net/2016/05/10/les-poireaux-dehors/#comment-7)
    :::

    Chez moi les poireaux gèlent même sous trois voiles.
    :::
    :::
:::
"""
    post = _one(_SITE + _TITLE + meta + _BODY + comments + _END)
    assert post.date == "2016-05-10"
    assert post.comments == 1
    assert [c.author for c in post.comment_list] == ["Rosalie"]
    assert post.body.endswith("aussi fiers de leur voile.")


_MIRROR = """\
::: {#page .hfeed .site}
::: {.site-branding}
[Huerto en Gante](../../index.html){.site-title}

Tomates belgas y otras rarezas
:::

::: {#content .site-content}
[Los tomates de mi vecino flamenco](../../../index.html?p=41) {#los-tomates .entry-title}
------------------------------------------------------------

::: {.entry-content}
Mi vecino flamenco cultiva tomates en un invernadero del tamaño de una
cabina telefónica, y le salen mejores que los míos.

No pienso preguntarle el secreto.

::: {.blogger-post-footer}
Tomates, vecinos y lluvia. www.huertoengante.example.es
:::
:::

[[Publicado el
]{.screen-reader-text}[23/10/2009](../../../index.html?p=41)]{.posted-on}[[[Autor
]{.screen-reader-text}[Lucía
Ferrer](../../2010/04/30/index.html?author=2){.url .fn
.n}]{.author .vcard}]{.byline}[[Categorías
]{.screen-reader-text}[Huerto](../../huerto/index.html), [Vecinos
y vecinas](../../vecinos/index.html)]{.cat-links}[[[2
comentarios[ en Los tomates de mi vecino flamenco]{.screen-reader-text}]{.dsq-postid
dsqidentifier="41 http://huertoengante.example.es/2009/10/los-tomates.html"}](../../../index.html?p=41#comments)]{.comments-link}
:::
"""


def test_a_saved_copys_relative_links_meta_read_by_its_classes() -> None:
    posts = parse_text(_MIRROR, "pagina.md")
    assert [p.title for p in posts] == ["Los tomates de mi vecino flamenco"]
    post = posts[0]
    assert post.date == "2009-10-23"
    assert post.author == "Lucía Ferrer"
    assert post.labels == ("Huerto", "Vecinos y vecinas")
    assert post.comments == 2
    assert post.body.endswith("No pienso preguntarle el secreto.")
    assert post.url is None  # "../../../index.html?p=41": a saved copy's link, no address


def _it_post(number: int, title: str, day: int, text: str) -> str:
    url = f"http://ortopina.example.it/2015/06/{day:02d}/post-{number}/"
    return f"""\
[{title}]({url}) {{#post-{number} .entry-title}}
------------------------------------------------------------

::: {{.entry-content}}
{text}
:::

[[Pubblicato il
]{{.screen-reader-text}}[{day} giugno 2015]({url})]{{.posted-on}}[[[Autore
]{{.screen-reader-text}}[Pina](http://ortopina.example.it/author/pina/){{.url .fn
.n}}]{{.author .vcard}}]{{.byline}}[[Categorie
]{{.screen-reader-text}}[Orto](http://ortopina.example.it/category/orto/)]{{.cat-links}}

"""


_BASIL = (
    "Mai con le forbici, diceva mia nonna: il ferro annerisce le foglie\ne il pesto viene amaro."
)
_SNAILS = "Sono salite dal primo piano in una notte sola, e hanno mangiato\ntutta la lattuga della signora Bice."


def test_an_author_archives_title_and_description_are_no_post() -> None:
    page = (
        """\
::: {#page .hfeed .site}
::: {.site-branding}
[L'Orto di Nonna Pina](http://ortopina.example.it/){.site-title}

Diario di un orto sul balcone
:::

::: {#content .site-content}
::: {#main .site-main role="main"}
Autor: [Pina]{.vcard} {#autor-pina .page-title}
====================

::: {.taxonomy-description}
Sono una nonna con un balcone di quattro metri quadrati e quaranta vasi
di basilico. Scrivo qui quello che imparo sbagliando, cioè quasi tutto.
:::

"""
        + _it_post(1, "Il basilico non si taglia con le forbici", 3, _BASIL)
        + _it_post(2, "Le lumache del secondo piano", 5, _SNAILS)
        + ":::\n:::\n"
    )
    posts = parse_text(page, "archivio.md")
    assert [p.title for p in posts] == [
        "Il basilico non si taglia con le forbici",
        "Le lumache del secondo piano",
    ]
    assert [p.date for p in posts] == ["2015-06-03", "2015-06-05"]
    assert [p.author for p in posts] == ["Pina", "Pina"]
    assert [p.labels for p in posts] == [("Orto",), ("Orto",)]
    assert posts[0].body == _BASIL.replace("\n", " ")
