"""A post's details row atop its text (a date with a reading time or its labels) on a page whose title a header gives."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_TEXT = [
    "The ferry to the outer island runs twice a day in summer and once in winter, and",
    "the timetable pinned to the harbour office door has not changed in nine years.",
    "",
    "We took the early one, with two bicycles and far too many sandwiches.",
]


def _jina(content: list[str]) -> str:
    return "\n".join(
        [
            "Title: The Slow Ferry",
            "",
            "URL Source: https://harbourlog.example.org/the-slow-ferry/",
            "",
            "Markdown Content:",
            *content,
        ]
    )


def test_a_date_and_reading_time_row_dates_the_post() -> None:
    posts = parse_text(_jina(["March 09, 2024 · 4 minutes to read", "", *_TEXT]), "j.md")
    assert [p.title for p in posts] == ["The Slow Ferry"]
    post = posts[0]
    assert str(post.date)[:10] == "2024-03-09"
    assert post.body.strip().splitlines()[0].startswith("The ferry to the outer island")
    assert any("details row" in warning for warning in post.warnings)


def test_a_row_with_linked_labels_gives_the_labels() -> None:
    row = (
        "09.03.2024 — [Islands](https://harbourlog.example.org/tags/islands),"
        " [Boats](https://harbourlog.example.org/tags/boats) — 4 min read"
    )
    posts = parse_text(_jina([row, "", *_TEXT]), "j.md")
    assert [(str(p.date)[:10], p.labels) for p in posts] == [("2024-03-09", ("Islands", "Boats"))]


def test_the_site_header_above_the_row_is_not_the_post() -> None:
    header = [
        "HARBOURLOG",
        "----------",
        "",
        "_Tides, timetables, and tea._",
        "",
        "*   [Home](https://harbourlog.example.org/)",
        "*   [Tags](https://harbourlog.example.org/tags)",
        "*   [Archive](https://harbourlog.example.org/archive)",
        "",
        "* * *",
        "",
        "_Mar 9, 2024_     Tags: [islands](https://harbourlog.example.org/tags#islands),"
        " [boats](https://harbourlog.example.org/tags#boats)",
        "",
    ]
    posts = parse_text(_jina([*header, *_TEXT]), "j.md")
    assert [p.title for p in posts] == ["The Slow Ferry"]
    post = posts[0]
    assert (str(post.date)[:10], post.labels) == ("2024-03-09", ("islands", "boats"))
    assert post.body.strip().splitlines()[0].startswith("The ferry to the outer island")
    assert "HARBOURLOG" not in post.body
    assert any("page's header" in warning for warning in post.warnings)


def test_a_row_of_the_pages_links_closing_the_text_is_set_aside() -> None:
    for row in (
        "[Share on Twitter](https://twitter.com/intent/tweet?url=x) ·"
        " [Edit on GitHub](https://github.com/harbourlog/site/edit/main/ferry.md)",
        "Discussions: [Mastodon](https://social.example/@harbour/1)"
        " [Reddit](https://reddit.com/r/harbour/comments/1)",
    ):
        text = _jina(["March 09, 2024 · 4 minutes to read", "", *_TEXT, "", row, "", "* * *"])
        post = parse_text(text, "j.md")[0]
        assert post.body.strip().splitlines()[-1] == _TEXT[-1]
        assert any("row of the page's links" in warning for warning in post.warnings)


def test_links_the_author_lists_at_the_end_stay_text() -> None:
    row = (
        "[the harbour timetable](https://ferries.example.com/timetable) and"
        " [the island map](https://maps.example.com/island)"
    )
    post = parse_text(_jina(["March 09, 2024 · 4 minutes to read", "", *_TEXT, "", row]), "j")[0]
    assert post.body.strip().splitlines()[-1] == "the harbour timetable and the island map"


def test_a_head_stack_over_the_row_gives_the_author_and_is_no_text() -> None:
    stack = [
        "The ferry to the outer island runs twice a day in summer and once in winter, and…",
        "",
        "*   [![Image 1: Ines](https://harbourlog.example.org/img/ines.png)]"
        "(https://harbourlog.example.org/author/ines/)",
        "",
        "#### [Ines](https://harbourlog.example.org/author/ines/)",
        "",
        "9 Mar 2024• 4 min read",
        "",
    ]
    text = "\n".join(
        ["# Source: https://harbourlog.example.org/the-slow-ferry/", "", _jina(stack + _TEXT)]
    )
    posts = parse_text(text, "j.md")
    assert [(p.title, p.author, str(p.date)[:10]) for p in posts] == [
        ("The Slow Ferry", "Ines", "2024-03-09")
    ]
    lines = [line for line in posts[0].body.splitlines() if line.strip()]
    assert lines[0].startswith("The ferry to the outer island") and not lines[0].endswith("…")
    assert lines[-1] == _TEXT[-1]
