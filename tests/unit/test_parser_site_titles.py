"""A title read from the line a pandoc page marks as the site's title (`{.site-title}`)."""

from tuiarchive.dumps.parser import parse_dump

PAGE = """\
::: {#page .hfeed .site}
[](https://lanternroom.example.com/ "The Lantern Room"){.home-link}

The Lantern Room {#the-lantern-room .site-title}
================

Notes on lighthouses and their keepers {#notes .site-description}
--------------------------------------

::: {#main .site-main}
Keeping the light {#keeping-the-light .entry-title}
=================

::: {.entry-content}
The keeper wrote in the log every night, even when nothing happened.
She noted the wind, the oil used and the ships that passed.
:::

::: {.entry-meta}
[Posted on [March 3, 2019](https://lanternroom.example.com/2019/03/03/keeping/){rel="bookmark"}]{.posted-on} [by [Odile Ferrand](https://lanternroom.example.com/author/odile/){.url}]{.byline}
:::
:::
:::
"""


def test_a_title_that_is_the_site_title_says_so() -> None:
    (post,) = parse_dump(PAGE.encode(), "x.md")
    if post.title == "The Lantern Room":  # the blog's name: a guess that must say so
        assert any("site's title" in w and "The Lantern Room" in w for w in post.warnings)
