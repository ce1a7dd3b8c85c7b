"""Blogger pages saved as text with every link on its own line (labels, bylines, body links)."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

SHARE = ["Email This", "BlogThis!", "Share to X", "Share to Facebook", "Share to Pinterest"]


def _post(date: str, title: str, body: list[str], time: str, labels: list[str]) -> list[str]:
    listed: list[str] = []
    for label in labels:
        listed += [",", label] if listed else [label]
    return [
        date,
        title,
        *body,
        "Posted by",
        "Ada Brennock",
        "at",
        time,
        "No comments:",
        *SHARE,
        "Labels:",
        *listed,
    ]


def _page() -> str:
    lines = [
        "Harbour Ledger",
        "Home",
        "Tide tables",
        "About",
        *_post(
            "Wednesday, 3 March 2021",
            "Counting gulls on the east pier",
            [
                "We counted the gulls again this morning, as every first Wednesday.",
                "Labels are useful when you sort the tallies later.",
                "The total came to ninety-one, a little down on last month.",
            ],
            "09:12",
            ["birds", "east pier", "monthly count"],
        ),
        *_post(
            "Monday, 1 March 2021",
            "Repainting the harbour light",
            [
                "This is the second note on the lighthouse work. In my",
                "previous post",
                "I described the scaffolding and the permits we needed.",
                "The paint went on in two thin coats over three dry days.",
            ],
            "18:40",
            ["lighthouse", "repairs"],
        ),
        "Newer Posts",
        "Older Posts",
        "Home",
    ]
    return "\n".join(lines)


def test_labels_one_a_line_with_comma_lines_between_them_are_all_read() -> None:
    first, second = parse_text(_page(), "harbour.txt")
    assert first.labels == ("birds", "east pier", "monthly count")
    assert second.labels == ("lighthouse", "repairs")
    assert first.author == "Ada Brennock"
    assert "," not in first.extra_text and not second.extra_text


def test_a_body_line_that_opens_with_labels_stays_in_the_body() -> None:
    first, _ = parse_text(_page(), "harbour.txt")
    assert "Labels are useful when you sort the tallies later." in first.body
    assert first.body.endswith("a little down on last month.")


def test_a_link_alone_on_its_line_mid_sentence_keeps_the_post_whole() -> None:
    posts = parse_text(_page(), "harbour.txt")
    assert [p.title for p in posts] == [
        "Counting gulls on the east pier",
        "Repainting the harbour light",
    ]
    second = posts[1]
    assert second.body.startswith("This is the second note on the lighthouse work.")
    assert "previous post" in second.body
    assert second.body.endswith("three dry days.")
    assert second.author == "Ada Brennock"
