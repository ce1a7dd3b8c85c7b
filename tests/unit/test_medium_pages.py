"""Medium stories as saved: an older head ("Sep 5, 2016 · 5 min read") deep under pandoc's
fenced divs, a title over its subtitle, the footer under the story (claps, tags, "Written by",
"More From Medium") kept out of the text, and reading times in other languages."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text
from tuiarchive.model import Post


def _one(text: str) -> Post:
    posts = parse_text(text, "story.txt")
    assert len(posts) == 1, [p.title for p in posts]
    return posts[0]


_NAV = "\n".join(f"::: {{.n{i} .p}}\n:::\n" for i in range(30))

_PANDOC_STORY = f"""\
::: {{#root}}
{_NAV}
[[Sign
in](https://medium.com/m/signin?operation=login){{.ax .ay}}]{{.aq .b}}

[[Harbour Notes]{{.aq .bt}}](/harbour-notes?source=post_page)

-   [[Boats](https://medium.com/harbour-notes/boats/home){{.cx .cy}}]{{.aq}}
-   [[Weather](https://medium.com/harbour-notes/weather/home){{.cx .cy}}]{{.aq}}

::: {{#31f4 .en .eo}}
Twelve winters on the night ferry {{#twelve-winters .eq .b}}
=================================
:::

What the crossing taught me about patience {{#fa5c .fh .eo}}
------------------------------------------

::: {{.fy}}
[![Oskar
Lindqvist](https://miro.medium.com/fit/c/96/96/avatar.jpeg){{.r width="48"
height="48"}}](/@oskarl?source=post_page)

::: {{.gh .n}}
[[Oskar
Lindqvist](/@oskarl?source=post_page){{.cx .cy}}]{{.aq .cs}}

::: {{.go .r}}
Follow
:::
:::

<div>

[Sep 5,
2016](/harbour-notes/twelve-winters-5cc0?source=post_page){{.cx
.cy}} · 5 min read

</div>
:::

The engines hum, the lights of the town fall behind, and nobody on the deck
talks much after the second bell.

Some nights the sea is flat as a table; some nights the cups slide along the
counter and the cook laughs at us.

I have learned to bring a thermos and a book, and to put both away when the
lighthouse comes round the point. Thank you for reading.

::: {{.dy test-id="post-sidebar"}}
Harbour Notes {{#harbour-notes .aq}}
-------------

#### Stories from the harbour and the boats in it. {{#stories .aq .cs}}

Follow

#### 212 {{#section .aq}}
:::

#### Thanks to Ilse Marten. {{#thanks .aq .cs}}

-   [Ferries](/tag/ferries){{.oz .pa .hg .av .r .pb .pc .a .b
    .ct}}
-   [Winter](/tag/winter){{.oz .pa}}
-   [Travel](/tag/travel){{.oz .pa}}

#### 212 claps {{#claps .aq}}

Written by

[Oskar Lindqvist](/@oskarl?source=follow_footer){{.cx}}
-------------------------------------------------------

Follow

#### Writes about boats and the people on them {{#writes .aq}}

[See responses (4)]{{.ax}}

More From Medium {{#more-from-medium .aq}}
----------------

#### Top on Medium {{#top-on-medium .aq}}

### Why I sold my sailboat {{#why-i-sold .ep}}

[[Mira Kallio](/@mirak?source=post_recirc){{.cx}}]{{.aq}}

[May
13](/why-i-sold-9d7e?source=post_recirc){{.cx}} · 6 min read

#### 11.2K {{#k .aq}}

Get the Medium app
:::
"""


def test_an_older_pandoc_medium_story_reads_its_head_under_many_divs() -> None:
    post = _one(_PANDOC_STORY)
    assert post.title == "Twelve winters on the night ferry"
    assert post.date == "2016-09-05"
    assert post.author == "Oskar Lindqvist"
    assert post.body.startswith("What the crossing taught me about patience")


def test_a_medium_storys_footer_is_kept_out_of_its_text_and_its_tags_are_labels() -> None:
    post = _one(_PANDOC_STORY)
    assert post.body.rstrip().endswith("Thank you for reading.")
    assert post.labels == ("Ferries", "Winter", "Travel")
    assert not any(w in post.body for w in ("Written by", "claps", "More From Medium"))
    assert any("Written by" in w for w in post.warnings)


def test_a_spanish_medium_head_with_its_reading_time() -> None:
    post = _one(
        "\n".join(
            (
                "Cómo aprendí a hacer pan en casa",
                "",
                "Lucía Ferrán",
                "",
                "Follow",
                "",
                "7 min de lectura",
                "·",
                "12 mar 2024",
                "",
                "Empecé con un saco de harina y mucha paciencia durante el invierno.",
                "",
                "Hoy el horno trabaja cada domingo y los vecinos ya preguntan por la hogaza.",
            )
        )
    )
    assert post.title == "Cómo aprendí a hacer pan en casa"
    assert post.author == "Lucía Ferrán"
    assert post.date == "2024-03-12"
    assert post.body.startswith("Empecé con un saco")
