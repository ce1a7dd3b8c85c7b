"""A byline written as the author's name, a comma and a timestamp, under the post's title."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def test_a_name_and_stamp_byline_under_the_title() -> None:
    text = "\n".join(
        [
            "Harbour Notes",
            "",
            "The Morning Ferry",
            "Anna Berg, Friday, June 6, 2008 @ 4:04 pm",
            "",
            "The ferry left at seven, as it always does, and the gulls followed it out past",
            "the breakwater.",
            "",
            "We will take it again next week.",
        ]
    )
    posts = parse_text(text, "n.txt")
    assert [(p.title, p.author, str(p.date)[:10]) for p in posts] == [
        ("The Morning Ferry", "Anna Berg", "2008-06-06")
    ]
    assert posts[0].body.strip().splitlines()[-1] == "We will take it again next week."


def test_a_place_and_time_in_the_text_is_no_byline() -> None:
    text = "\n".join(
        [
            "The Morning Ferry",
            "Posted by Anna Berg on June 6, 2008",
            "",
            "We left from the north quay.",
            "Port Ellen, Friday, June 6, 2008 @ 4:04 pm was the time on the ticket.",
            "And the gulls followed us out.",
        ]
    )
    posts = parse_text(text, "n.txt")
    assert [(p.title, p.author) for p in posts] == [("The Morning Ferry", "Anna Berg")]
    assert "Port Ellen" in posts[0].body
