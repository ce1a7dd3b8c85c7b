"""A WordPress (GeneratePress) item saved by a scraper: "<date> di [name]", "Categorie … Tag …"."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_SITE = "https://orsolab.example.net"


def _page(by: str, categories: str, tags: str, leave: str) -> str:
    return "\n".join(
        (
            "---",
            "title: Lanterne Sul Molo",
            f"url: {_SITE}/2024/06/lanterne-sul-molo/",
            "source: Some Aggregator - news",
            "date: 2024-09-30",
            "fetch_date: 2025-01-02T10:11:12.000000",
            "---",
            "",
            "# Lanterne Sul Molo",
            "",
            f"[Orsolab]({_SITE}/)",
            "",
            "Menu",
            "",
            "# Lanterne Sul Molo",
            "",
            f'2024-06-14 {by} [quinto]({_SITE}/author/quinto/ "quinto")',
            "",
            "## Prima parte",
            "",
            "Le lanterne del molo restano accese fino all'alba da quando il faro è spento.",
            "",
            "Il custode le controlla una per una ogni sera, con una scala di legno.",
            "",
            "FINE",
            "",
            f"{categories} [vecchi porti]({_SITE}/category/vecchi-porti/) {tags}"
            f" [lanterne]({_SITE}/tag/lanterne/), [molo nord]({_SITE}/tag/molo-nord/),"
            f" [notte]({_SITE}/tag/notte/)",
            "",
            f"[~/note/scala.txt]({_SITE}/2024/05/scala/)",
            "",
            f"[~/note/faro.txt]({_SITE}/2024/07/faro/)",
            "",
            f"### {leave} [x](/2024/06/lanterne-sul-molo/#respond)",
            "",
        )
    )


def _check(page: str) -> None:
    posts = parse_text(page, "molo.md")
    assert len(posts) == 1
    post = posts[0]
    assert post.title == "Lanterne Sul Molo"
    assert post.date == "2024-06-14"
    assert post.author == "quinto"
    assert post.labels == ("vecchi porti", "lanterne", "molo nord", "notte")
    body = post.body.split("\n")
    assert body[0] == "Prima parte"
    assert body[-1] == "FINE"


def test_an_italian_generatepress_item_reads_its_date_di_byline_and_its_categories_and_tags() -> (
    None
):
    _check(_page("di", "Categorie", "Tag", "Lascia un commento"))


def test_a_french_one_reads_the_same_shape() -> None:
    _check(_page("par", "Catégories", "Étiquettes", "Laisser un commentaire"))


def test_a_spanish_one_reads_the_same_shape() -> None:
    _check(_page("por", "Categorías", "Etiquetas", "Deja un comentario"))
