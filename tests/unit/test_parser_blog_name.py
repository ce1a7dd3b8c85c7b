"""The blog's name, from the header of the page: never a post's title or a wrapper's heading."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

POST = [
    "## Friday, 1 July 2011",
    "",
    "### Counting storks in Latgale",
    "",
    "Forty nests this year, six more than last.",
    "",
    "Posted by Anna at 9:00 PM",
]


def _blogs(*lines: str) -> list[str | None]:
    return [p.blog for p in parse_text("\n".join(lines), "page.md")]


def test_a_page_title_blog_colon_post_title_gives_the_blog() -> None:
    assert _blogs("---", "title: 'Bird Notes: Counting storks in Latgale'", "---", "", *POST) == [
        "Bird Notes"
    ]


def test_a_joplin_title_with_its_host_gives_the_blog() -> None:
    assert _blogs(
        "# Bird Notes: Counting storks in Latgale [birdnotes.example.org]",
        "",
        "# [Bird Notes](https://birdnotes.example.org/)",
        "",
        "notes from the marshes",
        "",
        *POST,
    ) == ["Bird Notes"]


def test_the_posts_own_title_atop_the_page_is_not_the_blogs_name() -> None:
    assert _blogs(
        "# Counting storks in Latgale", "", "# [Bird Notes](https://b.example/)", "", *POST
    ) == ["Bird Notes"]


def test_a_wrappers_section_heading_a_quote_or_a_shell_line_is_no_blog_name() -> None:
    assert _blogs("## Full Article", "", *POST) == [None]
    assert _blogs("> Saved for the storks project.", "", *POST) == [None]
    assert _blogs("#vim /home/anna/notes/storks.txt", "", *POST) == [None]


def test_an_unrelated_front_matter_title_is_no_blog_name_but_a_home_pages_is() -> None:
    assert _blogs("---", "title: Radio modules", "---", "", "Bird Notes", "", *POST) == [
        "Bird Notes"
    ]
    second = [line.replace("storks", "cranes").replace("Forty", "Nine") for line in POST]
    assert _blogs("---", "title: Bird Notes", "---", "", *POST, "", *second) == [
        "Bird Notes",
        "Bird Notes",
    ]


def test_a_lower_case_menu_run_together_is_chrome_and_the_blog_name_stands_above_it() -> None:
    posts = parse_text(
        "\n".join(
            [
                "",
                "Rail67",
                "Notes on railways of the north, timetables and old maps for travellers.",
                "",
                "Homeroutes timetablesmapsold photographsarchivecontactfaqabout ussupport",
                "The Vorkuta line in winter",
                "The line was built in the forties and still runs through the snow most days.",
                "",
                "Posted by Pavel at 10:00 AM",
                "Labels: railways, winter",
            ]
        ),
        "page.txt",
    )
    assert [(p.title, p.blog) for p in posts] == [("The Vorkuta line in winter", "Rail67")]
    assert posts[0].labels == ("railways", "winter")


def test_an_archive_pages_title_blog_colon_month_gives_the_blog() -> None:
    posts = parse_text(
        "\n".join(
            [
                "Kasine robótki: styczeń 2013",
                "",
                "czwartek, 31 stycznia 2013",
                "",
                "Nowy komin",
                "Skończyłam komin z kapturem.",
                "",
                "Etykiety: komin",
                "2 komentarze:",
                "",
                "Nowsze posty Starsze posty Strona główna",
                "Szukaj w tym blogu",
                "Ładowanie...",
                "Najciekawsze posty",
            ]
        ),
        "archive.txt",
    )
    assert [(p.title, p.blog, p.date, p.labels) for p in posts] == [
        ("Nowy komin", "Kasine robótki", "2013-01-31", ("komin",))
    ]
    assert posts[0].body == "Skończyłam komin z kapturem."


def test_a_hash_in_a_post_is_body_not_a_run_together_menu() -> None:
    posts = parse_text(
        "Monday, March 4, 2013\n\nChecksums\n\nThe file's digest:\n\n"
        "sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709\n\nPosted by Jo at 5:43 AM\n",
        "x",
    )
    assert "da39a3ee5e6b4b0d3255bfef95601890afd80709" in posts[0].body


def test_a_header_image_linked_home_names_the_blog_and_a_menu_item_does_not() -> None:
    header = [
        "# Counting storks in Latgale",
        "",
        "[![Stork Notes](https://example.org/img/header.png)](https://storknotes.example.org/)",
        "",
        "## Pages",
        "",
        "* [Home](https://storknotes.example.org/)",
        "",
        "[Mobile and print friendly view](https://storknotes.example.org/?m=1) |",
        "",
    ]
    assert _blogs(*header, *POST) == ["Stork Notes"]
    # Without the header image, the menu line with its separator names nothing.
    assert _blogs(*header[3:], *POST) == [None]


def test_a_breadcrumb_ending_in_the_title_names_no_blog_and_spacing_does_not_cut_it() -> None:
    # Home / category / the post's title, run together: a breadcrumb, not "Blog: Post".
    assert _blogs("Home  Storks  Counting storks in  Latgale", "", *POST) == [None]
    # A page title "Blog: Post" whose post title has a double space keeps the whole name.
    assert _blogs("Stork Notes: Counting storks in  Latgale", "", *POST) == ["Stork Notes"]


_TITLE_SPELT_TWO_WAYS = """---
title: Le Cisterne Romane Di Fermo
url: http://quaderno-di-valle.blogspot.com/2022/09/le-cisterne.html
source: Quaderno Di Valle
date: 2022-09-09
fetch_date: 2025-02-01T10:00:00.000000
---

# Le Cisterne Romane Di Fermo

## Visite Totali

[![Quaderno Di Valle](https://blogger.googleusercontent.com/img/testata.png)](https://quaderno-di-valle.blogspot.com/)

## giovedì 8 settembre 2022

### Le Cisterne Romane di Fermo: una visita

Sotto la piazza si aprono trenta sale di pietra, costruite per raccogliere l'acqua.

La visita dura un'ora e la guida racconta la storia dei restauri.

Pubblicato da
[Marta Ghedini](https://www.blogger.com/profile/123456789 "author profile")

alle
[09:40](https://quaderno-di-valle.blogspot.com/2022/09/le-cisterne.html "permanent link")

Etichette:
[Viaggi](https://quaderno-di-valle.blogspot.com/search/label/Viaggi)
"""


def test_a_scrapers_heading_repeating_the_front_matter_title_is_no_blog_name() -> None:
    (post,) = parse_text(_TITLE_SPELT_TWO_WAYS, "cisterne.md")
    assert post.title == "Le Cisterne Romane di Fermo: una visita"
    assert post.blog != "Le Cisterne Romane Di Fermo"
