"""A numeric date that reads both ways, read as the page's language or its other dates write it."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def _post(date: str, byline: str, count: str, body: str) -> list[str]:
    return [date, "Une journée au bord du lac", body, byline, count]


def _french(*dates: str) -> str:
    blocks: list[str] = []
    for date in dates:
        blocks += _post(
            date,
            "Publié par Maëlle Tanguy à 10:05",
            "Aucun commentaire:",
            "Nous avons longé la rive jusqu'au vieux ponton, sous un ciel très clair.",
        )
    return "\n\n".join(blocks)


def _english(*dates: str) -> str:
    blocks: list[str] = []
    for date in dates:
        blocks += _post(
            date,
            "Posted by Tobias Wren at 10:05 AM",
            "No comments:",
            "We walked along the shore as far as the old jetty, under a clear sky.",
        )
    return "\n\n".join(blocks)


def test_a_french_page_reads_a_date_that_reads_both_ways_day_first_and_says_why() -> None:
    (post,) = parse_text(_french("12/07/2016"), "lac.txt")
    assert post.date == "2016-07-12"
    assert any("12/07/2016" in w and "day first" in w and "French" in w for w in post.warnings)


def test_an_english_page_keeps_month_first_with_its_warning() -> None:
    (post,) = parse_text(_english("12/07/2016"), "lake.txt")
    assert post.date == "2016-12-07"
    assert any("ambiguous" in w and "12/07/2016" in w for w in post.warnings)


def test_a_page_with_no_chrome_keeps_month_first_with_its_warning() -> None:
    text = "12/07/2016\n\nA day by the lake\n\nWe walked along the shore.\n\nAnd back again."
    (post,) = parse_text(text, "lake.txt")
    assert post.date == "2016-12-07"
    assert any("ambiguous" in w and "12/07/2016" in w for w in post.warnings)


def test_an_english_page_whose_other_date_puts_the_day_first_reads_day_first() -> None:
    first, second = parse_text(_english("12/07/2016", "25/07/2016"), "lake.txt")
    assert first.date == "2016-07-12"
    assert any("12/07/2016" in w and "day first" in w and "25/07/2016" in w for w in first.warnings)
    assert second.date == "2016-07-25"


def test_a_french_page_whose_other_date_puts_the_month_first_reads_month_first() -> None:
    first, second = parse_text(_french("6.27.2016", "7.4.2016"), "lac.txt")
    assert second.date == "2016-07-04"
    assert any("7.4.2016" in w and "month first" in w and "6.27.2016" in w for w in second.warnings)
    assert first.date == "2016-06-27"


def test_dates_that_disagree_in_the_same_layout_decide_nothing() -> None:
    posts = parse_text(_english("12/07/2016", "25/07/2016", "07/26/2016"), "lake.txt")
    assert posts[0].date == "2016-12-07"
    assert any("ambiguous" in w and "12/07/2016" in w for w in posts[0].warnings)


def test_a_comment_stamp_under_a_french_comment_heading_reads_day_first() -> None:
    text = "\n\n".join(
        [
            "Une journée au bord du lac",
            "4 Juin 2016, 13:15pm",
            "Publié par Maëlle Tanguy",
            "Nous avons longé la rive jusqu'au vieux ponton, sous un ciel très clair.",
            "Le soir, la brume est montée sur l'eau et nous sommes rentrés à pied.",
            "Partager cet article",
            "Commenter cet article",
            "Gaspard  12/07/2016 21:04",
            "Merci pour ce récit, j'ai reconnu le vieux ponton tout de suite.",
        ]
    )
    (post,) = parse_text(text, "lac.txt")
    assert [(c.author, c.date) for c in post.comment_list] == [("Gaspard", "2016-07-12T21:04")]
    assert "Commenter" not in post.body
    assert any("12/07/2016" in w and "day first" in w for w in post.warnings)
