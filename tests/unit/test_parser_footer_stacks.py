"""Twenty Twenty's entry footer, one fact a line: the date, then categories and tags."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_PAGE = "\n".join(
    (
        "Mooring lines",
        "A mooring line wears fastest where it rubs the edge of the quay.",
        "Tagged along with the harbour master, I learned to wrap that spot in old canvas.",
        "The canvas lasts a season and costs nothing.",
        "",
        "Share this:",
        "Like this:",
        "Published March 14, 2024",
        "Categorized as Boats",
        "Tagged ferries, winter",
        " By quay keeper",
    )
)


def test_the_categories_and_tags_under_the_footers_date_are_the_labels() -> None:
    (post,) = parse_text(_PAGE, "post.txt")
    assert post.date == "2024-03-14"
    assert post.labels == ("Boats", "ferries", "winter")
    assert post.author == "quay keeper"  # a user's name, as the stack's last line gives it


def test_a_sentence_starting_with_tagged_in_the_text_stays_text() -> None:
    (post,) = parse_text(_PAGE, "post.txt")
    assert "Tagged along with the harbour master" in post.body
