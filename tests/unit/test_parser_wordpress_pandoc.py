"""WordPress pages saved as pandoc Markdown: the post's title marked `{.entry-title}` below the
site's chrome, its published and updated dates glued together in the entry meta."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_HEAD = """\
::: {#page .hfeed .site}
[Aller au contenu principal](#content){.skip-link .screen-reader-text}

::: {.navbar}
::: {.navbar-action}
[Widgets](#slide-menu){#slide-menu-toggle .button .menu-toggle
.slide-menu-toggle}
:::
:::

::: {.site-branding}
::: {.inner}
[](https://jardinlent.wordpress.com/){.site-logo-link}

[Jardin Lent](https://jardinlent.wordpress.com/)

des poireaux et des mots
:::
:::

::: {#content .site-content}
::: {#primary .content-area .inner}
::: {#main .site-main role="main"}
Le voile de mariée du potager {#le-voile-de-mariée-du-potager .entry-title}
=============================

::: {.entry-meta}
"""

_BODY = """
:::

::: {.entry-content}
Ma voisine cultive des poireaux sous un vieux voile de mariée, et ses
choux tiennent jusqu'en mars sans une goutte d'arrosage.

Je n'ai jamais vu de mâche aussi verte en plein hiver, ni de voisine
aussi fière de son voile.
:::
:::
:::
:::
"""

_META = """\
[[Publié le ]{.screen-reader-text}[12 mars 2015](https://jardinlent.wordpress.com/2015/03/12/le-voile/)]{.posted-on}[[Catégories
]{.screen-reader-text}[Potager](https://jardinlent.wordpress.com/category/potager/)]{.cat-links}"""

_FUSED = """\
[[Publié le ]{.screen-reader-text}[12 mars 201514 mars
2015](https://jardinlent.wordpress.com/2015/03/12/le-voile/)]{.posted-on}[[Catégories
]{.screen-reader-text}[Potager](https://jardinlent.wordpress.com/category/potager/)]{.cat-links}"""


def test_the_title_marked_entry_title_starts_the_post_below_the_sites_chrome() -> None:
    posts = parse_text(_HEAD + _META + _BODY, "page.md")
    assert [p.title for p in posts] == ["Le voile de mariée du potager"]
    post = posts[0]
    assert post.date == "2015-03-12"
    assert post.labels == ("Potager",)
    assert post.body.startswith("Ma voisine cultive des poireaux")
    assert post.body.endswith("aussi fière de son voile.")
    assert "Widgets" not in post.body


def test_published_and_updated_dates_glued_together_read_as_the_first() -> None:
    posts = parse_text(_HEAD + _FUSED + _BODY, "page.md")
    assert [p.title for p in posts] == ["Le voile de mariée du potager"]
    assert posts[0].date == "2015-03-12"
    assert posts[0].labels == ("Potager",)
    assert posts[0].body.startswith("Ma voisine cultive des poireaux")
