"""A blog page flattened into one long line (a string in code, a JSON field, a log): its
posts read back with their line breaks guessed, and never posts made out of code or prose."""

from __future__ import annotations

import json

import pytest

from tuiarchive.dumps.parser import parse_text
from tuiarchive.errors import NotADump

_PL_SHARE = (
    "Wyślij pocztą e-mailWrzuć na blogaUdostępnij w usłudze Twitter"
    "Udostępnij w usłudze FacebookUdostępnij w serwisie Pinterest"
)

_PL_PAGE = " ".join(
    [
        "Ogródek na balkonie: marzec 2014 Strony o mnie przepisy kontakt",
        "poniedziałek, 17 marca 2014",
        "Pierwsze rzodkiewki w skrzynce",
        "W sobotę wysiałam rzodkiewki do długiej skrzynki na balkonie od południa.",
        "Ziemia była jeszcze zimna, ale słońce grzało tak mocno, że nie mogłam czekać.",
        "Po czterech dniach pokazały się pierwsze listki i bardzo się z nich cieszę.",
        "Etykiety: warzywa, skrzynki balkonowe 4 komentarze:",
        _PL_SHARE,
        "Podlewanie w czasie wyjazdu",
        "Kilka osób pytało mnie, jak podlewać rośliny, kiedy wyjeżdżam na weekend.",
        "Używam butelek z dziurką w nakrętce wbitych w ziemię do góry dnem.",
        "Woda kapie powoli i wystarcza na trzy dni nawet w upale.",
        "Etykiety: porady 2 komentarze:",
        _PL_SHARE,
        "niedziela, 16 marca 2014",
        "Nasiona z wymiany",
        "Dostałam paczkę nasion od sąsiadki z trzeciego piętra i nie mogę się doczekać wiosny.",
        "Są tam pomidory koktajlowe, bazylia cytrynowa i nasturcje w trzech kolorach.",
        "Etykiety: nasiona 7 komentarzy:",
        _PL_SHARE,
        "Nowsze posty Starsze posty Strona główna Subskrybuj: Posty (Atom)",
        "Popularne posty Pierwsze rzodkiewki w skrzynce Nasiona z wymiany",
    ]
)

_ES_SHARE = "Enviar por correo electrónicoEscribe un blogCompartir en TwitterCompartir en Facebook"

_ES_PAGE = " ".join(
    [
        "Cuaderno de la sierra: abril 2016 Inicio Rutas Contacto",
        "martes, 12 de abril de 2016",
        "Subida al pico nevado",
        "Salimos del pueblo antes del amanecer con las linternas todavía encendidas.",
        "El sendero sube entre pinos durante dos horas y luego se abre en una pradera.",
        "Desde la cima se ven los dos valles y, con suerte, algún buitre planeando.",
        "Publicado por Lucía Ferrán en 9:14",
        "3 comentarios:",
        _ES_SHARE,
        "Etiquetas: montaña, rutas de un día",
        "sábado, 9 de abril de 2016",
        "Botas nuevas",
        "Por fin me he comprado unas botas de media caña después de muchos años con zapatillas.",
        "Las he probado en un paseo corto por el río y de momento no hacen rozaduras.",
        "Publicado por Lucía Ferrán en 18:40",
        "No hay comentarios:",
        _ES_SHARE,
        "Etiquetas: equipo",
        "Entradas más recientes Entradas antiguas Página principal Suscribirse a: Entradas (Atom)",
    ]
)


def _scala_source(page: str) -> str:
    quoted = page.replace('"', '\\"')
    return "\n".join(
        [
            "package org.example.crawl",
            "",
            "object Samples {",
            "  def main(args: Array[String]): Unit = {",
            f'//    process("{quoted}", workers)',
            '    process("Krótki opis bloga o ogrodzie.", workers)',
            "  }",
            "}",
            "",
        ]
    )


def _json_record(page: str) -> str:
    return json.dumps({"url": "http://example.invalid/2016/04/", "text": page}, ensure_ascii=False)


def test_a_polish_archive_page_flattened_into_a_code_string_gives_its_posts() -> None:
    posts = parse_text(_scala_source(_PL_PAGE))
    assert [p.title for p in posts] == [
        "Pierwsze rzodkiewki w skrzynce",
        "Podlewanie w czasie wyjazdu",
        "Nasiona z wymiany",
    ]
    assert [p.date for p in posts] == ["2014-03-17", "2014-03-17", "2014-03-16"]
    assert [p.labels for p in posts] == [
        ("warzywa", "skrzynki balkonowe"),
        ("porady",),
        ("nasiona",),
    ]
    assert [p.comments for p in posts] == [4, 2, 7]
    assert posts[0].body.startswith("W sobotę wysiałam rzodkiewki")
    assert posts[0].body.endswith("bardzo się z nich cieszę.")
    assert posts[2].body.endswith("nasturcje w trzech kolorach.")
    assert all(p.blog == "Ogródek na balkonie" for p in posts)
    assert all(any("flattened" in w for w in p.warnings) for p in posts)


def test_a_spanish_archive_page_flattened_into_a_json_field_gives_its_posts() -> None:
    posts = parse_text(_json_record(_ES_PAGE) + "\n")
    assert [p.title for p in posts] == ["Subida al pico nevado", "Botas nuevas"]
    assert [p.date for p in posts] == ["2016-04-12", "2016-04-09"]
    assert [p.author for p in posts] == ["Lucía Ferrán", "Lucía Ferrán"]
    assert [p.comments for p in posts] == [3, 0]
    assert posts[0].labels == ("montaña", "rutas de un día")
    assert posts[1].body.endswith("de momento no hacen rozaduras.")
    assert all(any("flattened" in w for w in p.warnings) for p in posts)


def test_a_page_kept_with_escaped_line_breaks_is_read_with_them() -> None:
    page = "\n".join(
        [
            "Cuaderno de la sierra",
            "",
            "martes, 12 de abril de 2016",
            "",
            "Subida al pico nevado",
            "",
            *["Salimos del pueblo antes del amanecer con las linternas todavía encendidas."] * 12,
            "",
            "Publicado por Lucía Ferrán en 9:14",
            "3 comentarios:",
            "Etiquetas: montaña",
            "",
            "Página principal",
        ]
    )
    line = json.dumps({"id": 7, "html_text": page}, ensure_ascii=False)
    assert "\\n" in line and "\n" not in line  # one line, its breaks escaped
    posts = parse_text(line + "\n")
    assert [p.title for p in posts] == ["Subida al pico nevado"]
    assert posts[0].date == "2016-04-12"
    assert posts[0].comments == 3
    assert any("line breaks" in w for w in posts[0].warnings)


def test_minified_code_on_one_long_line_makes_no_post() -> None:
    minified = ";".join(
        f'function f{i}(a,b){{var d=new Date("Monday, March 3, 2014");return a.share(b,"{i} comments:")}}'
        for i in range(40)
    )
    with pytest.raises(NotADump):
        parse_text("// build output\n" + minified + "\n")


def test_a_long_paragraph_mentioning_dates_makes_no_post() -> None:
    sentences = [
        "On Monday, 3 March 2014 the committee met for the first time in the old library.",
        "It met again on Friday, 14 March 2014, when the budget was finally agreed.",
        "Labels were printed for every box of the archive and three comments were filed.",
        "The minutes say little more, and the next meeting was put off until the summer.",
    ] * 6
    with pytest.raises(NotADump):
        parse_text("Notes\n\n" + " ".join(sentences) + "\n")


def test_the_same_flattened_page_kept_several_times_in_code_is_data_not_posts() -> None:
    page = " ".join(
        [
            "Field notes: a scraper test page About Me View my complete profile Blog Archive",
            "Tuesday, May 4, 2010",
            "A scraper test page",
            "Nothing to see here but a few words of text.",
            "Posted by Odo Brandt at 3:15 PM 0 comments: Post a Comment Older Post Home",
            "Subscribe to: Post Comments (Atom)",
        ]
    )
    page = page + " " + "Archive " * 120
    text = "\n".join(
        [
            "(def page (slurp* url))",
            f'"{page}"',
            "",
            f'"{page.replace("Blog Archive", "Blog Archive 2010 (3)")}"',
            "(count page)",
        ]
    )
    with pytest.raises(NotADump):
        parse_text(text + "\n")


def test_a_flattened_blog_page_cut_short_below_its_date_header_gives_its_post() -> None:
    flat = " ".join(
        [
            "Harbour Ledger: Fixing a mast step with West System epoxy",
            "skip to main | skip to sidebar Harbour Ledger Notes from a small boat yard",
            "Tuesday, March 9, 2021",
            "Fixing a mast step with West System epoxy",
            "The old mast step had gone soft where rainwater pooled under the foot of the mast.",
            "We cut out the rotten wood, dried the hollow for a week and glued in a block of",
            "white oak with thickened epoxy, then drilled the drain hole again so that the",
            "water has somewhere to go next time, which is more than the builder ever gave",
            "it. The whole job took three weekends and one very cold evening, and the boat",
            "now sits a little prouder on her mooring. Next spring we will look at the chain",
            "plates, which weep after every hard blow, and at the hatch that never quite",
            "closed since the day we bought her from the old man at the end of the pont",
        ]
    )
    text = (
        "# Mast step repair with epoxy (harbourledger)\n\n| Field | Value |\n|---|---|\n"
        "| **Score** | 12 |\n| **Posted** | Wed, 10 Mar 2021 08:12:40 GMT |\n\n"
        f"## Article Preview\n{flat}\n\n---\n_Auto-generated · Wed, 10 Mar 2021 09:00:00 GMT_\n"
    )
    (post,) = parse_text(text, "note.md")
    assert post.title == "Fixing a mast step with West System epoxy"
    assert post.date == "2021-03-09"
    assert post.body.startswith("The old mast step had gone soft")
    assert any("flattened" in w for w in post.warnings)
