"""WordPress themes' meta lines, bylines and entry footers, in the shapes pages print them."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def _one(*lines: str):  # type: ignore[no-untyped-def]
    posts = parse_text("\n".join(lines), "page.txt")
    assert len(posts) == 1, [p.title for p in posts]
    return posts[0]


def test_a_classic_meta_line_under_a_pasted_title_heads_the_post() -> None:
    post = _one(
        "Notas del huerto",
        "================",
        "",
        "\tPara regar ver la guía de abajo.",
        "",
        "Guía rápida de balcones verdes",
        "Posted: marzo 3rd, 2014 | Author: lmoreno | Filed under: Sin categoría"
        " | Tags: balcón, huerto | No Comments »",
        "Un balcón bien orientado basta para tres macetas de tomates y algo de albahaca.",
        "",
        "Se riega al atardecer, nunca a pleno sol, y se revisa la tierra con el dedo.",
    )
    assert post.title == "Guía rápida de balcones verdes"
    assert post.date == "2014-03-03"
    assert post.author == "lmoreno"
    assert post.labels == ("Sin categoría", "balcón", "huerto")
    assert post.comments == 0
    assert post.body.startswith("Un balcón bien orientado")


def test_a_meta_line_with_a_count_run_into_its_bar_reads_the_count() -> None:
    post = _one(
        "---",
        "layout: post",
        'title: "Lanterns over the quiet harbour | Quay Notes"',
        "date: 2016-11-22T23:04:23.159Z",
        "---",
        "",
        "## Lanterns over the quiet harbour",
        "Posted: June 8, 2012 | Author: quaymaster | Filed under: harbours, Night walks |17 Comments",
        "The lanterns were lit one by one as the fishing boats came in.",
        "",
        "By midnight the whole quay glowed like a string of beads.",
    )
    assert post.title == "Lanterns over the quiet harbour"
    assert post.date == "2012-06-08"
    assert post.author == "quaymaster"
    assert post.labels == ("harbours", "Night walks")
    assert post.comments == 17
