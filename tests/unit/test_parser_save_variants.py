"""A page re-saved in a form that reads the same (a space added at every line's end, blank
lines around it) gives the posts it gives as first saved."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_dump, parse_text
from tuiarchive.model import Post


def _fields(text: str) -> list[tuple[object, ...]]:
    posts: list[Post] = parse_text(text, "page.md")
    return [
        (p.title, p.date, p.author, p.labels, p.comments, p.body.split()[:3], p.body.split()[-3:])
        for p in posts
    ]


def _trailing_added(text: str) -> str:
    return "\n".join(line + " " for line in text.split("\n"))


_PANDOC_HARD_BREAKS = """\
::: {.date-outer}
martes, 6 de mayo de 2014 {#martes .date-header}
-------------------------

::: {.post .hentry}
### El telescopio de la abuela {.post-title .entry-title}

::: {.post-body .entry-content}
Mi abuela guardaba un telescopio de latón en el desván.\\
Lo sacábamos las noches sin luna.\\
Para ver la lista completa de sus cuadernos, mira aquí.\\
\\
:::

::: {.post-footer}
[ Publicado por [Lucía Ferrán]{.fn} ]{.post-author .vcard} [ en
[10:12](http://abuela.example.es/2014/05/telescopio.html "permanent link"){.timestamp-link}
]{.post-timestamp}

[ Etiquetas: [Astronomía](http://abuela.example.es/search/label/Astronom%C3%ADa),
[Familia](http://abuela.example.es/search/label/Familia) ]{.post-labels}
:::
:::
:::
"""


def test_a_pandoc_hard_break_with_a_space_after_it_is_still_a_break() -> None:
    saved = _fields(_PANDOC_HARD_BREAKS)
    assert saved[0][-1] == ["cuadernos,", "mira", "aquí."]
    assert _fields(_trailing_added(_PANDOC_HARD_BREAKS)) == saved


_ARCHIVED = """\
---
layout: post
title: "Rhubarb jam"
date:   2012-05-20 09:00:00
tags: jam
---

Cut the stalks small and leave them in sugar overnight.

Boil hard for ten minutes and jar it hot.

### Archived comments; imported from Posterous

301 views and 2 responses

Jun 1 2011, 8:15 PM

Hedda Brink responded:

Mine set like glass.

Jun 2 2011, 6:40 AM

Olek responded:

Add ginger next time.
"""


def test_a_space_a_save_adds_to_every_line_changes_no_post() -> None:
    saved = _fields(_ARCHIVED)
    assert saved[0][:5] == ("Rhubarb jam", "2012-05-20", None, ("jam",), 2)
    assert _fields(_trailing_added(_ARCHIVED)) == saved
    posts = parse_text(_trailing_added(_ARCHIVED), "page.md")
    assert [c.author for c in posts[0].comment_list] == ["Hedda Brink", "Olek"]


def test_blank_lines_around_a_page_change_no_post_and_keep_its_line() -> None:
    saved = parse_text(_ARCHIVED, "page.md")
    around = parse_text("\n \n\n" + _ARCHIVED + "\n\n\n", "page.md")
    assert _fields("\n \n\n" + _ARCHIVED + "\n\n\n") == _fields(_ARCHIVED)
    assert [p.line for p in around] == [p.line + 3 for p in saved]


_CATEGORY_POST = """\
Posted in Logging | Tags: relay, filters | 2 Comments »

{day}, April {n}, 2013

Routing kernel messages, part {n}

The relay daemon can forward kernel messages to another machine with one rule. Let’s look at the
smallest setup first, then the one with a disk queue … just in case the far host is down.

Add the rule to the file under the drop-in folder and restart the daemon. That is all for the
simple case; the queue needs four more lines, shown below.

Continue reading »
"""


def test_an_english_page_saved_as_windows_1252_reads_its_apostrophes_and_marks() -> None:
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    page = "\n".join(_CATEGORY_POST.format(day=d, n=i + 1) for i, d in enumerate([*days, "Monday"]))
    posts = parse_dump(page.encode("cp1252"), "category.txt")
    assert [p.title for p in posts][:2] == ["Routing kernel messages, part 1"] + [
        "Routing kernel messages, part 2"
    ]
    assert all("Let’s look" in p.body and "queue … just" in p.body for p in posts)
    assert all(p.body.endswith("Continue reading »") for p in posts)
