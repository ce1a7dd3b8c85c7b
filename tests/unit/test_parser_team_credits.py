"""A team blog's item: "By Ana Lund, Harbour Team" over the text, the footer's byline the team's."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_BLOG = "https://harbourteam.example.com"


def _page(credit: str, poster: str) -> str:
    return "\n".join(
        (
            "## Wednesday, August 2, 2023",
            "",
            "### Tides Measured Again",
            "",
            credit,
            "",
            "Last spring we were lent a new gauge for the outer pier, and this is what it showed.",
            "",
            "The readings agree with the old gauge to within a centimetre.",
            "",
            "Posted by",
            "",
            f"[{poster}](https://www.blogger.com/profile/1234)",
            "",
            "at",
            "",
            f"[9:30 AM]({_BLOG}/2023/08/tides-measured-again.html)",
            "",
            "#### No comments:",
            "",
            "#### Post a Comment",
        )
    )


def test_a_writer_s_credit_over_the_text_stays_the_text_s_when_the_team_posts() -> None:
    posts = parse_text(_page("By Ana Lund, Harbour Team", "Harbour Team"), "tides.md")
    assert len(posts) == 1
    post = posts[0]
    assert post.title == "Tides Measured Again"
    assert post.author == "Harbour Team"
    assert post.body.split("\n")[0] == "By Ana Lund, Harbour Team"
    assert any("Ana Lund" in warning for warning in post.warnings)


def test_a_byline_over_the_text_that_names_the_poster_is_no_text() -> None:
    posts = parse_text(_page("By Ana Lund", "Ana Lund"), "tides.md")
    assert posts[0].author == "Ana Lund"
    assert posts[0].body.split("\n")[0].startswith("Last spring")
