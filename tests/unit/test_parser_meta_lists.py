"""Twenty Twenty's post meta saved as a list under the title: author, date, comment link."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_SITE = "https://ventolab.example.org"
_URL = f"{_SITE}/cronache/il-ponte-sospeso/"


def _page(author: str, by: str, date_label: str, date: str, count: str, categories: str) -> str:
    return "\n".join(
        (
            "---",
            "title: Il ponte sospeso",
            f"url: {_URL}",
            "source: Some Aggregator - news",
            "date: 2025-03-14",
            "---",
            "",
            "# Il ponte sospeso",
            "",
            "[Skip to the content](#site-content)",
            "",
            f"[Ventolab]({_SITE}/)",
            "",
            "Menu",
            "",
            f"* [Home]({_SITE}/)",
            f"* [Archivio]({_SITE}/archivio/)",
            "",
            categories,
            "",
            f"[Cronache]({_SITE}/cronache/)",
            "",
            "# Il ponte sospeso",
            "",
            f"* {author}",
            "",
            f"  {by} Tessa Rinaldi",
            f"* {date_label}",
            "",
            f"  [{date}]({_URL})",
            f"* [{count} Il ponte sospeso]({_URL}#respond)",
            "",
            "Il vecchio ponte sospeso sul torrente è stato chiuso dopo la piena di febbraio.",
            "",
            "## Cosa succede ora",
            "",
            "I lavori cominceranno in primavera, se il tempo lo permette.",
        )
    )


def _check(page: str) -> None:
    posts = parse_text(page, "ponte.md")
    assert len(posts) == 1
    post = posts[0]
    assert post.title == "Il ponte sospeso"
    assert post.author == "Tessa Rinaldi"
    assert post.date == "2025-03-12"
    assert post.comments == 0
    assert post.labels == ("Cronache",)
    body = post.body.split("\n")
    assert body[0].startswith("Il vecchio ponte sospeso")
    assert body[-1] == "I lavori cominceranno in primavera, se il tempo lo permette."


def test_the_english_theme_s_meta_list_gives_author_date_and_count() -> None:
    _check(_page("Post author", "By", "Post date", "12 March 2025", "No Comments on", "Categories"))


def test_the_italian_theme_s_meta_list_reads_the_same() -> None:
    _check(
        _page(
            "Autore dell'articolo",
            "Di",
            "Data dell'articolo",
            "12 Marzo 2025",
            "Nessun commento su",
            "Categorie",
        )
    )
