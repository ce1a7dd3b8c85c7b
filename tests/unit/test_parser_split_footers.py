"""A WordPress footer printed one item a line ("Posted in Boats" / "4 Comments" / "Tags:
…"), as a plain-text save keeps it: the categories are labels, not the text's last line."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def _page(footer: list[str]) -> str:
    return "\n".join(
        [
            "Harbour Notes",
            "",
            "Sunday, March 3, 2019",
            "",
            "Mending the blue net",
            "",
            "The blue net tore on the breakwater in the March gales, and nobody wanted it.",
            "I took it home and laid it out on the garage floor to dry.",
            "By Sunday the worst holes were closed with green twine.",
            "",
            *footer,
        ]
    )


def test_the_category_line_over_the_comment_count_gives_labels() -> None:
    posts = parse_text(_page(["Posted in Boats, Harbour", "", "4 Comments", "Tags: nets, rope"]))
    assert [p.title for p in posts] == ["Mending the blue net"]
    post = posts[0]
    assert post.labels == ("Boats", "Harbour", "nets", "rope")
    assert post.comments == 4
    assert post.body.endswith("closed with green twine.")


def test_a_sentence_that_starts_so_stays_text() -> None:
    posts = parse_text(
        _page(["Posted in a hurry, sorry for the typos.", "", "4 Comments", "Tags: nets"])
    )
    assert posts[0].body.endswith("sorry for the typos.")
