"""A note that keeps a copy of a page: the note's own closing line under a rule at the end."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_NOTE = "\n".join(
    (
        "# Winter Gardens: Planting Garlic Before the Frost",
        "",
        "**Source:** https://medium.com/@orla.fenn/winter-gardens-planting-garlic-4b1c2d3e",
        "**Author:** Orla Fenn",
        "**Published:** None",
        "**Scraped:** 2026-01-05",
        "",
        "---",
        "",
        "Winter Gardens: Planting Garlic Before the Frost",
        "Orla Fenn",
        "4 min read",
        "·",
        "Nov 3, 2025",
        "--",
        "Every autumn my neighbour asks me when the garlic should go in.",
        "The answer is always the same: a few weeks before the ground freezes.",
        "Choosing the cloves",
        "Pick the fattest cloves from the outside of the bulb and keep the small ones for the kitchen.",
        "Plant them pointy end up, two fingers deep, a hand apart.",
        "{tail}",
    )
)


def test_the_notes_closing_line_under_a_rule_is_not_the_body() -> None:
    (post,) = parse_text(
        _NOTE.replace("{tail}", "\n---\n*Gathered for the Kitchen Garden Reading List*"),
        "note.md",
    )
    assert post.title == "Winter Gardens: Planting Garlic Before the Frost"
    assert post.author == "Orla Fenn"
    assert post.date == "2025-11-03"
    assert post.body.splitlines()[-1] == "Plant them pointy end up, two fingers deep, a hand apart."
    assert "Reading List" not in post.body
    assert any("closing" in w for w in post.warnings)


def test_a_rule_and_a_sentence_of_the_text_at_the_end_stay_in_the_body() -> None:
    (post,) = parse_text(
        _NOTE.replace("{tail}", "\n---\nNext spring I will tell you how the harvest went."),
        "note.md",
    )
    assert post.body.splitlines()[-1] == "Next spring I will tell you how the harvest went."
