"""WordPress bylines made of links that a converter ran together: "Posted on [date](u) by [name](u)Posted in [cat](u)"."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

SITE = "https://tidepools.example.org"


def _footer(day: str, iso: str, slug: str, cats: list[str]) -> str:
    listed = ", ".join(f"[{c}]({SITE}/category/{c.replace(' ', '-')}/)" for c in cats)
    return (
        f"Posted on [{day}]({SITE}/{iso}/{slug}/) by [Marta Quintela]({SITE}/author/marta/)"
        f"Posted in {listed}[Leave a comment]({SITE}/{iso}/{slug}/#respond)"
    )


def _home_page() -> str:
    return "\n".join(
        [
            "# [Poças de Maré](https://tidepools.example.org/)",
            "",
            "# [Anêmonas na rocha grande](https://tidepools.example.org/2022/04/09/anemonas/)",
            "",
            "Na maré baixa de sábado contamos quarenta anêmonas verdes.",
            "",
            "A água estava fria e muito clara.",
            "",
            _footer("April 9, 2022", "2022/04/09", "anemonas", ["vida marinha"]),
            "",
            "# [Caranguejos ao entardecer](https://tidepools.example.org/2022/03/28/caranguejos/)",
            "",
            "Os caranguejos saem das fendas quando o sol se põe.",
            "",
            _footer("March 28, 2022", "2022/03/28", "caranguejos", ["crustáceos", "passeios"]),
            "",
            "## Posts navigation",
            "",
            "[Older posts](https://tidepools.example.org/page/2/)",
        ]
    )


def test_fused_footers_on_a_home_page_end_each_post() -> None:
    posts = parse_text(_home_page(), "home.md")
    crabs = [p for p in posts if p.title == "Caranguejos ao entardecer"]
    assert len(crabs) == 1
    assert crabs[0].date == "2022-03-28"
    assert crabs[0].author == "Marta Quintela"
    assert crabs[0].labels == ("crustáceos", "passeios")
    assert "Posted" not in crabs[0].body
    first = [p for p in posts if p.date == "2022-04-09"]
    assert len(first) == 1
    assert first[0].author == "Marta Quintela"
    assert first[0].labels == ("vida marinha",)
    assert "Posted" not in first[0].body


def test_a_name_run_into_two_glued_dates_gives_the_first() -> None:
    text = "\n".join(
        [
            "# Notes from the reading room",
            "",
            "Posted by[quillon](https://margins.example.net/author/quillon/)"
            "[2021-05-032024-01-17](https://margins.example.net/2021/05/03/indexes/)"
            "Posted in[books](https://margins.example.net/category/books/), "
            "[archives](https://margins.example.net/category/archives/)"
            "Tags:[indexing](https://margins.example.net/tag/indexing/), "
            "[catalogues](https://margins.example.net/tag/catalogues/)",
            "",
            "A good index is a map of what the author thought mattered.",
            "",
            "We spent the week rebuilding the card catalogue of the east wing.",
        ]
    )
    (post,) = parse_text(text, "item.md")
    assert post.author == "quillon"
    assert post.date == "2021-05-03"
    assert post.labels == ("books", "archives", "indexing", "catalogues")


def test_a_spanish_fused_byline_is_read() -> None:
    text = "\n".join(
        [
            "# El faro del norte",
            "",
            "Publicado el [12 de mayo de 2020](https://faros.example.es/2020/05/12/faro/) por "
            "[Lucía Barral](https://faros.example.es/author/lucia/)"
            "Publicado en [faros](https://faros.example.es/category/faros/)"
            "[Deja un comentario](https://faros.example.es/2020/05/12/faro/#respond)",
            "",
            "El faro del norte se encendió por primera vez hace cien años.",
        ]
    )
    (post,) = parse_text(text, "faro.md")
    assert post.author == "Lucía Barral"
    assert post.date == "2020-05-12"
    assert post.labels == ("faros",)
    assert "Publicado" not in post.body


def _contempo_page() -> str:
    return "\n".join(
        [
            "---",
            "title: Reading the lighthouse logbooks",
            "url: https://keepers.example.com/2024/06/reading-lighthouse-logbooks.html",
            "date: 2024-06-12",
            "---",
            "",
            "# Reading the lighthouse logbooks",
            "",
            "[Skip to main content](#main)",
            "",
            "Search",
            "",
            "### Search This Blog",
            "",
            "### Reading the lighthouse logbooks",
            "",
            "Posted by",
            "",
            '[Ines Vardy](https://www.blogger.com/profile/1234567890 "author profile")',
            "",
            "[June 11, 2024](https://keepers.example.com/2024/06/reading-lighthouse-logbooks.html"
            ' "permanent link")',
            "",
            "* Get link",
            "* Facebook",
            "* Email",
            "* Other Apps",
            "",
            "The keepers wrote the wind and the weather every four hours, in pencil.",
            "",
            "Most pages also note which ships passed and which lamp was lit.",
        ]
    )


def test_a_contempo_byline_one_link_a_line_keeps_name_and_date_apart() -> None:
    (post,) = parse_text(_contempo_page(), "keepers.md")
    assert post.author == "Ines Vardy"
    assert post.date == "2024-06-11"  # the page's printed date, not the saver's


def test_the_search_button_over_its_widget_is_not_the_blog_name() -> None:
    (post,) = parse_text(_contempo_page(), "keepers.md")
    assert post.blog != "Search"


def test_a_byline_of_an_author_link_and_a_date_link_is_read() -> None:
    text = "\n".join(
        [
            "---",
            "authors: [Theo Marrow]",
            "publication_date: 2020-09-30",
            "---",
            "",
            "# Cataloguing moss on the north wall",
            "",
            '[editor](https://mosswall.example.net/author/editor/ "Posts by editor") / '
            "[September 29, 2020](https://mosswall.example.net/cataloguing-moss/)",
            "",
            "Six kinds of moss grow on the north wall, and two of them only in the shade.",
            "",
            "We photographed each patch and noted its size in the margin of the map.",
        ]
    )
    (post,) = parse_text(text, "moss.md")
    assert post.author == "editor"
    assert post.date == "2020-09-29"
    assert post.body.startswith("Six kinds of moss")


def test_a_link_byline_above_the_title_makes_no_unwarned_post_of_the_header() -> None:
    text = "\n".join(
        [
            "# [The Quiet Workshop](https://workshop.example.org/)",
            "",
            "Tools & timber",
            "",
            "[ruthm](https://workshop.example.org/author/ruthm/)",
            "[March 3, 2025](https://workshop.example.org/2025/03/03/planes/)",
            "[Tools](https://workshop.example.org/category/tools/)",
            "",
            "# Sharpening old planes",
            "",
            "An old plane needs a flat sole before its blade is worth sharpening.",
            "",
            "We lapped three of them on glass this weekend.",
        ]
    )
    for post in parse_text(text, "planes.md"):
        assert post.title == "Sharpening old planes" or post.warnings
