"""Numeric dates whose day and month order is not certain: read the valid way, and say so."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def _page(date: str) -> str:
    return "\n\n".join(
        [
            date,
            "Un dimanche au marché aux puces",
            "Nous avons trouvé une vieille lampe en laiton pour trois fois rien.",
            "Publié par Maëlle Tanguy à 10:05",
            "Aucun commentaire:",
        ]
    )


def test_a_dotted_date_impossible_day_first_is_read_month_first_with_a_warning() -> None:
    (post,) = parse_text(_page("8.26.2019"), "puces.txt")
    assert post.date == "2019-08-26"
    assert any("month" in w and "8.26.2019" in w for w in post.warnings)


def test_a_dotted_date_valid_both_ways_is_read_day_first_and_warned_ambiguous() -> None:
    (post,) = parse_text(_page("4.9.2019"), "puces.txt")
    assert post.date == "2019-09-04"
    assert any("ambiguous" in w and "4.9.2019" in w for w in post.warnings)


def test_a_dotted_date_with_day_over_twelve_needs_no_warning() -> None:
    (post,) = parse_text(_page("26.8.2019"), "puces.txt")
    assert post.date == "2019-08-26"
    assert not any("8.2019" in w for w in post.warnings)


def test_a_date_impossible_both_ways_stays_undated_with_a_warning() -> None:
    (post,) = parse_text(_page("31.31.2019"), "puces.txt")
    assert post.date is None
    assert any("31.31.2019" in w for w in post.warnings)
