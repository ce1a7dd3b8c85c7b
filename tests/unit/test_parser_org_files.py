"""Org-mode files of blog posts: ox-hugo subtrees, one-post `#+TITLE:` files, Nikola's."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.parser import NotADump, parse_text

_ALL_POSTS = """\
#+hugo_base_dir: ~/sites/kettle-notes
#+HUGO_AUTO_SET_LASTMOD: t
# org-hugo-auto-export-on-save: t


* DONE Brewing tea on a camping stove. Part one              :tea:outdoors:
:PROPERTIES:
:EXPORT_FILE_NAME: camping-tea
:EXPORT_DATE: <2022-08-14 Sun>
:END:
The kettle took far longer than I thought it would.

#+BEGIN_QUOTE
Patience is the first ingredient (c) my aunt
#+END_QUOTE

My stove settings, for the record:
#+BEGIN_SRC toml
flame = "low"
title = "Kettle notes"
#+END_SRC

To export a subtree, give it properties:
#+BEGIN_SRC
:PROPERTIES:
:EXPORT_FILE_NAME: my-post
:END:
#+END_SRC

Next time I will bring a lid.

* DONE Second batch. Green tea at altitude. :tea:mountains:stove_tips:
:PROPERTIES:
:EXPORT_FILE_NAME: altitude-tea
:EXPORT_DATE: <2022-08-20 Sat>
:END:

*** The climb
We carried the stove up to the [[https://example.org/lake][upper lake]] at dawn.

*** The cup
Water boils early up there, so the leaves stayed bitter and the cup was pale.

* Footnotes
* COMMENT Local Variables                          :ARCHIVE:
# Local Variables:
# eval: (org-hugo-auto-export-mode)
# End:
"""


def test_each_exported_subtree_of_an_ox_hugo_file_is_a_post() -> None:
    first, second = parse_text(_ALL_POSTS, "all-posts.org")
    assert first.title == "Brewing tea on a camping stove. Part one"
    assert first.date == "2022-08-14"
    assert first.labels == ("tea", "outdoors")
    assert first.body.startswith("The kettle took far longer than I thought it would.")
    assert 'title = "Kettle notes"' in first.body  # a code block's line, not a header
    assert ":PROPERTIES:" in first.body  # inside the code block: the author's text
    assert first.body.endswith("Next time I will bring a lid.")
    assert first.line == 6
    assert second.title == "Second batch. Green tea at altitude."
    assert second.date == "2022-08-20"
    assert second.labels == ("tea", "mountains", "stove_tips")
    assert second.body.startswith("The climb")
    assert "upper lake at dawn" in second.body
    assert second.body.endswith("the cup was pale.")
    assert second.extra_text == ()


_SITE = """\
#+STARTUP: content
#+AUTHOR: Oskar Lindqvist
#+HUGO_BASE_DIR: ../.
* Pages
  :PROPERTIES:
  :EXPORT_HUGO_MENU: :menu main
  :EXPORT_HUGO_SECTION: pages
  :END:
** TODO Who writes here
   :PROPERTIES:
   :EXPORT_FILE_NAME: who
   :END:

   Oskar fixes bicycles and writes about them.

* Posts
  :PROPERTIES:
  :EXPORT_HUGO_SECTION: posts
  :END:

** Repairs                                                         :@repairs:

*** TODO Truing a wheel without a stand                          :wheels:
    SCHEDULED: <2021-06-30 Wed>
    :PROPERTIES:
    :EXPORT_DATE: 2021-06-02
    :EXPORT_FILE_NAME: truing-a-wheel
    :EXPORT_HUGO_TAGS: spokes
    :END:
    :LOGBOOK:
    - State "DONE"       from "TODO"       [2021-06-05 Sat 10:12]
    :END:

    You can true a wheel [[https://example.org/frame][in the frame]] with two zip ties.

*** DONE Patching a tube by the road
    CLOSED: [2021-07-11 Sun 18:40]
    :PROPERTIES:
    :EXPORT_FILE_NAME: roadside-patch
    :END:

    Carry a patch kit, and sand the rubber before the glue.

*** TODO Ideas for later [0/2]                                       :idea:
**** TODO Chain wear gauge
**** TODO Brake pads in the rain
"""


def test_an_ox_hugo_site_file_reads_its_posts_and_keeps_pages_aside() -> None:
    wheel, patch = parse_text(_SITE, "site.org")
    assert wheel.title == "Truing a wheel without a stand"
    assert wheel.date == "2021-06-02"  # the export date, not the SCHEDULED one
    assert wheel.author == "Oskar Lindqvist"
    assert wheel.labels == ("wheels", "spokes")  # '@repairs' is a category
    assert wheel.body == "You can true a wheel in the frame with two zip ties."
    assert patch.title == "Patching a tube by the road"
    assert patch.date == "2021-07-11"  # the day it was closed
    assert patch.body == "Carry a patch kit, and sand the rubber before the glue."
    # the menu page and the to-do list are no posts: their lines are kept, said
    assert "Oskar fixes bicycles and writes about them." in wheel.extra_text
    assert "Ideas for later" in patch.extra_text
    assert "Brake pads in the rain" in patch.extra_text
    assert any("no post" in w for w in wheel.warnings)
    assert any("no post" in w for w in patch.warnings)


@pytest.mark.parametrize(
    "head",
    [
        "#+TITLE: A walk by the river\n#+DATE: <2019-05-04 Sat 09:30>\n"
        "#+AUTHOR: Mira Talvik\n#+FILETAGS: :walks:spring:\n",
        "#+title: A walk by the river\n#+date: 2019-05-04\n#+author: Mira Talvik\n"
        "#+tags: walks spring\n",
        "#+BEGIN_COMMENT\n.. title: A walk by the river\n.. slug: river-walk\n"
        ".. date: 2019-05-04 09:30:00 UTC+02:00\n.. tags: walks, spring\n"
        ".. author: Mira Talvik\n#+END_COMMENT\n",
    ],
)
def test_a_one_post_org_file_is_read(head: str) -> None:
    text = (
        head + "\nThe river was high this morning and the mill path was under water.\n\n"
        "* What we saw\nTwo herons and a very wet dog.\n"
    )
    (post,) = parse_text(text, "river.org")
    assert post.title == "A walk by the river"
    assert post.date == "2019-05-04"
    assert post.author == "Mira Talvik"
    assert post.labels == ("walks", "spring")
    assert post.body.startswith("The river was high this morning")
    assert post.body.endswith("Two herons and a very wet dog.")


def test_an_org_file_of_notes_is_no_post() -> None:
    text = "#+STARTUP: overview\n* Groceries\n- milk\n- bread\n* Calls\n- the plumber\n"
    with pytest.raises(NotADump):
        parse_text(text, "notes.org")


def test_a_page_quoting_org_keywords_in_its_text_is_read_as_before() -> None:
    text = (
        '---\ntitle: "How I keep my recipes in Org"\ndate: 2023-03-01\n---\n\n'
        "Each recipe file opens like this:\n\n```\n#+TITLE: Lentil soup\n#+DATE: 2020-01-01\n"
        "* DONE Lentil soup :soup:\n:PROPERTIES:\n:EXPORT_FILE_NAME: lentil-soup\n:END:\n```\n\n"
        "That is all there is to it.\n"
    )
    (post,) = parse_text(text, "page.md")
    assert post.title == "How I keep my recipes in Org"
    assert post.date == "2023-03-01"
    assert "#+TITLE: Lentil soup" in post.body
