"""A WordPress magazine post saved by a scraper: its meta spread over three lines, shares at the end."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_SITE = "https://www.lagunews.example.it"
_URL = f"{_SITE}/2023/03/27/ponte-mobile/"


def _page(share: str) -> str:
    return "\n".join(
        (
            "---",
            "title: Il ponte mobile resta alzato",
            f"url: {_URL}",
            "source: Some Aggregator - news",
            "date: 2023-03-28",
            "---",
            "",
            "# Il ponte mobile resta alzato",
            "",
            f"* [Home]({_SITE}/)",
            f"* [Notizie]({_SITE}/notizie/)",
            "",
            "## Il ponte mobile resta alzato",
            "",
            f'Mar 27, 2023  [Lia Corvo]({_SITE}/author/lia-corvo/ "Articoli scritti da Lia Corvo")',
            f" [Trasporti]({_SITE}/category/trasporti/), [Città]({_SITE}/category/citta/)",
            f" [0]({_URL}#respond)",
            "",
            "---",
            "",
            "Il ponte mobile sul canale è rimasto alzato per tutta la giornata di lunedì.",
            "",
            "I battelli sono passati senza problemi, ma le auto hanno fatto il giro lungo.",
            "",
            share,
            "",
            "* [Tweet](https://twitter.com/share)",
            "",
            "---",
            "",
            f"* [ponti]({_SITE}/tag/ponti/), [canali]({_SITE}/tag/canali/)",
            "",
            f"[Un altro articolo qualsiasi]({_SITE}/2023/03/26/altro/)",
        )
    )


def _check(page: str) -> None:
    posts = parse_text(page, "ponte.md")
    assert len(posts) == 1
    post = posts[0]
    assert post.title == "Il ponte mobile resta alzato"
    assert post.date == "2023-03-27"
    assert post.author == "Lia Corvo"
    assert post.comments == 0
    assert post.labels == ("Trasporti", "Città", "ponti", "canali")
    body = post.body.split("\n")
    assert body[0].startswith("Il ponte mobile sul canale")
    assert (
        body[-1] == "I battelli sono passati senza problemi, ma le auto hanno fatto il giro lungo."
    )


def test_an_italian_magazine_post_reads_its_meta_over_three_lines_and_drops_its_shares() -> None:
    _check(_page("Condividi l'articolo"))


def test_an_english_one_reads_the_same() -> None:
    _check(_page("Share this article"))
