"""A WordPress news post saved by a scraper: breadcrumb, "# title", a numeric date, tag links, text."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_SITE = "https://osservatorio.example.it"
#: A long site menu above the post (its length is part of the shape).
_WORDS = ("ancora", "banchina", "bitta", "boa", "cima", "chiglia", "deriva", "falla", "gassa")
_GLOSSARY = [f"{word}-{n}" for n in (1, 2, 3, 4, 5) for word in _WORDS]


def _page(title: str, crumbs: tuple[str, str], paragraphs: tuple[str, ...]) -> str:
    return "\n".join(
        (
            "---",
            f"title: {title}",
            f"url: {_SITE}/news/pagina/",
            "source: Some Aggregator - news",
            "date: 2025-11-08",
            "---",
            "",
            f"# {title}",
            "",
            "* [Vai al contenuto](#main)",
            "",
            f"# [Osservatorio del Porto]({_SITE}/)",
            "",
            "Seguici su",
            "",
            f'* [RSS]({_SITE}/feed/ "RSS")',
            '* [Telegram](https://t.me/osservatorio "Telegram")',
            "",
            "## Menu di navigazione",
            "",
            "* Documenti",
            f"  + [Guide]({_SITE}/guide/)",
            f"* [Chi siamo]({_SITE}/chi-siamo/)",
            "* Glossario",
            *(f"  + [{word}]({_SITE}/glossario/{word}/)" for word in _GLOSSARY),
            "",
            f"* [{crumbs[0]}]({_SITE}/)",
            f"* [{crumbs[1]}]({_SITE}/category/news/)",
            f"* {title}",
            "",
            f"# {title}",
            "",
            "08/11/2025",
            "",
            f" [vela]({_SITE}/tag/vela/)",
            f"[porto]({_SITE}/tag/porto/)",
            "",
            f"![]({_SITE}/wp-content/uploads/2025/11/foto.png)",
            "",
            *(line for text in paragraphs for line in (text, "")),
        )
    )


_ITALIAN = (
    "Nella notte tra venerdì e sabato una mareggiata ha spostato tre barche dal loro ormeggio.",
    "Il porto è stato chiuso per alcune ore e i pescatori sono rimasti a terra per tutta la mattina.",
    "Secondo la capitaneria non ci sono stati feriti, ma una delle barche ha perso il timone.",
    "I lavori per rinforzare la diga cominceranno in primavera, con una spesa che non è ancora nota.",
)
_SPANISH = (
    "Durante la noche del viernes un temporal movió tres barcos de su amarre en el puerto.",
    "El puerto estuvo cerrado durante varias horas y los pescadores no pudieron salir por la mañana.",
    "Según la capitanía no hubo heridos, pero uno de los barcos perdió el timón para siempre.",
    "Las obras para reforzar el dique empezarán en primavera, con un coste que todavía no se conoce.",
)
_ENGLISH = (
    "During the night a storm moved three boats from their moorings in the harbour.",
    "The port was closed for several hours and the fishermen could not go out in the morning.",
    "According to the harbour master nobody was hurt, but one of the boats lost its rudder.",
    "The work to strengthen the breakwater will begin in the spring, at a cost that is not known.",
)


def _one(page: str) -> object:
    posts = parse_text(page, "news.md")
    assert len(posts) == 1
    return posts[0]


def test_an_italian_news_post_is_one_post_its_date_read_day_first() -> None:
    post = _one(_page("La mareggiata di novembre", ("Home", "Notizie"), _ITALIAN))
    assert post.title == "La mareggiata di novembre"
    assert post.date == "2025-11-08"
    assert post.labels == ("vela", "porto")
    assert post.body.split("\n")[0] == _ITALIAN[0]


def test_a_spanish_one_reads_the_same() -> None:
    post = _one(_page("El temporal de noviembre", ("Inicio", "Noticias"), _SPANISH))
    assert post.title == "El temporal de noviembre"
    assert post.date == "2025-11-08"
    assert post.labels == ("vela", "porto")


def test_an_english_one_reads_month_first_and_says_it_is_unsure() -> None:
    post = _one(_page("The November storm", ("Home", "News"), _ENGLISH))
    assert post.title == "The November storm"
    assert post.date == "2025-08-11"
    assert any("ambiguous" in warning for warning in post.warnings)
