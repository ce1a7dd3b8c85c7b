"""Blog pages saved as HTML and turned into Markdown by pandoc: its fenced divs, attribute
spans, heading and link attributes and wrapped lines are markup, read as on any page."""

from __future__ import annotations

from tuiarchive.dumps.dates import match_moment
from tuiarchive.dumps.markup import read_page
from tuiarchive.dumps.parser import parse_text


def _one(text: str):  # type: ignore[no-untyped-def]
    posts = parse_text(text, "page.md")
    assert len(posts) == 1, [p.title for p in posts]
    return posts[0]


_FR_BLOGGER = """\
::: {#navbar .navbar .section}
:::

::: {.columns-inner}
::: {#main .main .section}
::: {.blog-posts .hfeed}
::: {.date-outer}
mardi 4 mars 2014 {#mardi-4-mars-2014 .date-header}
------------------

::: {.date-posts}
::: {.post .hentry}
[]{#1234567890}

### Le potager d\\'hiver de ma voisine {#le-potager .post-title .entry-title}

::: {#post-body-1234567890 .post-body .entry-content}
::: {.MsoNormal}
[[Ma voisine](http://potager.example.fr/voisine.html) cultive des poireaux
sous un vieux voile de mariée, et ses choux tiennent jusqu\\'en mars sans
une seule goutte d\\'arrosage.]{style="font-family: Georgia;"}
:::

::: {.separator style="clear: both;"}
[![](http://img.example.fr/poireaux.jpg){width="320"
height="240"}](http://img.example.fr/poireaux-grand.jpg)
:::

::: {.MsoNormal}
Je n\\'ai jamais vu de mâche aussi verte en plein hiver.
:::
:::

::: {.post-footer}
::: {.post-footer-line .post-footer-line-1}
[ Publié par [Colette Marchand]{.fn} ]{.post-author .vcard} [ à
[09:15](http://potager.example.fr/2014/03/potager-hiver.html "permanent link"){.timestamp-link}
]{.post-timestamp} [ ]{.post-comment-link}
:::

::: {.post-footer-line .post-footer-line-2}
[ Libellés : [jardin
d\\'hiver](http://potager.example.fr/search/label/jardin%20d%27hiver),
[légumes](http://potager.example.fr/search/label/l%C3%A9gumes), [voisins
et voisines](http://potager.example.fr/search/label/voisins)
]{.post-labels}
:::
:::
:::
:::
:::
:::
:::
:::
"""


def test_a_pandoc_blogger_page_gives_its_title_date_author_and_wrapped_labels() -> None:
    post = _one(_FR_BLOGGER)
    assert post.title == "Le potager d'hiver de ma voisine"
    assert post.date == "2014-03-04"
    assert post.author == "Colette Marchand"
    assert post.labels == ("jardin d'hiver", "légumes", "voisins et voisines")
    assert post.body.startswith("Ma voisine cultive des poireaux sous un vieux voile")
    assert post.body.endswith("de mâche aussi verte en plein hiver.")
    assert ":::" not in post.body and "{" not in post.body


_EN_BLOGGER = """\
::: {.date-outer}
Sunday, June 8, 2014 {#sunday-june-8-2014 .date-header}
--------------------

::: {.date-posts}
### Why my kite will not fly {#why-my-kite .post-title .entry-title itemprop="name"}

::: {.post-body .entry-content}
The spar is too heavy and the tail is too short, says my neighbour, who
has flown kites on this beach for forty years.

I think the wind simply dislikes me.
:::

::: {.post-footer}
::: {.post-footer-line .post-footer-line-1}
[ Posted by [ [Malcolm Fairweather]{itemprop="name"} ]{.fn
itemprop="author" itemscope="itemscope"
itemtype="http://schema.org/Person"} ]{.post-author .vcard} [ on
]{.post-timestamp}

[Sunday, June 8,
2014](http://kites.example.com/2014/06/why-my-kite.html "permanent link"){.timestamp-link}
[ ]{.post-comment-link}
:::

::: {.post-footer-line .post-footer-line-2}
[ Labels: [beach](http://kites.example.com/search/label/beach),
[kites](http://kites.example.com/search/label/kites) ]{.post-labels}
:::
:::
:::
:::
"""


def test_a_byline_whose_date_pandoc_set_apart_is_one_byline() -> None:
    post = _one(_EN_BLOGGER)
    assert post.title == "Why my kite will not fly"
    assert post.author == "Malcolm Fairweather"
    assert post.date == "2014-06-08"
    assert post.labels == ("beach", "kites")
    assert post.body.endswith("I think the wind simply dislikes me.")


_ES_BLOGGER = """\
::: {.date-outer}
::: {.date-header}
sábado, 12 de julio de 2014
:::

::: {.post .hentry}
[Receta de la abuela para el gazpacho]{.post-title .entry-title}
----------------------------------------------------------------

::: {.post-body .entry-content}
Mi abuela nunca medía nada: un puñado de pan duro, tres tomates
maduros y un chorrito de aceite que ella llamaba \\"lo justo\\".
:::

::: {.post-footer}
[ Publicado por [Rosario Quintana]{.fn} ]{.post-author .vcard} [ en
[13:40](http://cocina.example.es/2014/07/gazpacho.html){.timestamp-link}
]{.post-timestamp}

[ Etiquetas: [recetas](http://cocina.example.es/search/label/recetas)
]{.post-labels}
:::
:::
:::
"""


def test_a_spanish_pandoc_page_with_a_span_title_and_a_dashed_underline() -> None:
    post = _one(_ES_BLOGGER)
    assert post.title == "Receta de la abuela para el gazpacho"
    assert post.date == "2014-07-12"
    assert post.author == "Rosario Quintana"
    assert post.labels == ("recetas",)
    assert post.body.startswith("Mi abuela nunca medía nada")
    assert post.body.endswith('que ella llamaba "lo justo".')


_FR_WORDPRESS = """\
::: {#page .hfeed .site}
[Aller au contenu principal](#content){.skip-link .screen-reader-text}

::: {.site-branding}
[Carnets de la Loire](https://carnetsloire.example.com/)
:::

::: {#main .site-main role="main"}
Une crue de printemps à Saumur {#une-crue .entry-title}
==============================

::: {.entry-meta}
[[Publié le ]{.screen-reader-text}[3 mars 20159 mars
2015](https://carnetsloire.example.com/2015/03/03/crue/)]{.posted-on}
:::

::: {.entry-content}
La Loire est montée de deux mètres en une nuit, et les pêcheurs ont
rangé leurs barques dans les jardins.

Le pont a tenu, comme toujours.
:::

### Partager : {#partager .sd-title}
:::
:::
"""


def test_a_wordpress_title_above_a_run_together_published_and_updated_date() -> None:
    post = _one(_FR_WORDPRESS)
    assert post.title == "Une crue de printemps à Saumur"
    assert post.date == "2015-03-03"  # published; 9 mars is the update
    assert post.body.startswith("La Loire est montée de deux mètres")
    assert post.body.endswith("Le pont a tenu, comme toujours.")


def test_published_and_updated_dates_run_together_year_into_day() -> None:
    moment = match_moment("3 mars 20159 mars 2015")
    assert moment is not None and moment.date is not None
    assert moment.date.iso == "2015-03-03"
    assert match_moment("3 mars 20159") is None  # a date and a number: no second date


def test_pandoc_markup_keeps_every_line_in_place() -> None:
    page = read_page(_FR_BLOGGER)
    assert len(page.lines) == _FR_BLOGGER.count("\n") + 1
    assert not any(line.startswith(":::") for line in page.lines)


_CODE_WITH_COLONS = """\
# Notes on a template engine

Friday, 3 October 2014

## Blocks and their markers

[The engine](https://tmpl.example.org/) marks its blocks with colons, as in
[this page](https://tmpl.example.org/blocks):

```
::: {.warning}
Never nest blocks deeper than three.
:::
values = [a]{.first}
```

Its markers `[x]{.y}` and plain braces like [draft]{v2} stay as written.

Posted by Ilse Vermeer at 10:02
"""


def test_colons_and_braces_in_code_and_text_that_is_no_pandoc_markup_stay() -> None:
    post = _one(_CODE_WITH_COLONS)
    assert "::: {.warning}\nNever nest blocks deeper than three.\n:::" in post.body
    assert "values = [a]{.first}" in post.body
    assert "[draft]{v2}" in post.body
    assert "[x]{.y}" in post.body


def test_a_code_block_on_a_pandoc_page_keeps_its_colons_and_braces() -> None:
    text = "::: {.post}\nA line.\n:::\n\n::: {.post-body}\n```\n::: {.x}\nf(a){.b}\n:::\n```\n:::\n"
    page = read_page(text)
    assert page.lines[6:9] == ("::: {.x}", "f(a){.b}", ":::")
    assert page.lines[0] == "" and page.lines[1] == "A line."
