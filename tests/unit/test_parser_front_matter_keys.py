"""Front matter that names the post's date and address under other keys, or lost its opening fence."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.parser import parse_text

_BODY = (
    "Every spring the heron comes back to the same willow by the mill pond.\n\n"
    "This year she brought a mate, and the two of them stood there all morning.\n"
)


@pytest.mark.parametrize(
    "key", ["date_published", "published", "pubDate", "publish_date", "published_date"]
)
def test_a_publication_date_key_dates_the_post(key: str) -> None:
    text = (
        "---\nurl: https://pondnotes.example.org/2024/03/heron.html\n"
        "title: The heron at the mill pond\nauthor: wenna\n"
        f"date_fetched: 2024-05-01\n{key}: 2024-03-28\n---\n\n" + _BODY
    )
    (post,) = parse_text(text, "note.md")
    assert post.title == "The heron at the mill pond"
    assert post.date == "2024-03-28"
    assert post.url == "https://pondnotes.example.org/2024/03/heron.html"


def test_a_fetch_date_alone_does_not_date_the_post() -> None:
    text = "---\ntitle: The heron at the mill pond\ndate_fetched: 2024-05-01\n---\n\n" + _BODY
    posts = parse_text(text, "note.md")
    assert all(post.date != "2024-05-01" for post in posts)


@pytest.mark.parametrize("key", ["original_url", "canonical_url", "link"])
def test_the_posts_address_under_another_key(key: str) -> None:
    text = (
        '---\ntitle: "The heron at the mill pond"\ndate: 2024-03-28T06:10:00Z\n'
        f'source: "pondfeed"\n{key}: "https://pondnotes.example.org/heron/"\n---\n\n' + _BODY
    )
    (post,) = parse_text(text, "note.md")
    assert post.url == "https://pondnotes.example.org/heron/"
    assert post.date == "2024-03-28"


_SCRAPED = (
    '---\ntitle: "Mending a dry stone wall"\ndate: 2025-02-14T08:00:00Z\n'
    'source: "stonefeed"\noriginal_url: "https://wallers.example.net/mending-wall/"\n---\n\n'
    "# Mending a dry stone wall\n\n"
    "## {summary}\n\n"
    "The text explains how to rebuild a fallen stretch of wall.  \n"
    "It covers footings, through-stones and the cope.\n\n"
    "## {full}\n\n"
    "Thank you for reading this post, don't forget to subscribe!\n\n"
    "First take the fallen stones off the footing and sort them by size.\n\n"
    "Then lay the biggest ones back along the line, each touching its neighbour.\n"
)


@pytest.mark.parametrize(
    ("summary", "full"),
    [("Summary", "Full article"), ("TL;DR", "Full text"), ("Краткое содержание", "Полная статья")],
)
def test_a_savers_summary_atop_the_post_is_not_its_text(summary: str, full: str) -> None:
    (post,) = parse_text(_SCRAPED.format(summary=summary, full=full), "note.md")
    assert post.body.startswith("First take the fallen stones off the footing")
    assert "rebuild a fallen stretch" not in post.body
    assert any("rebuild a fallen stretch" in line for line in post.extra_text)
    assert any(summary in warning for warning in post.warnings)


def test_a_summary_heading_lower_in_the_text_is_the_authors() -> None:
    text = _SCRAPED.format(summary="Before we start", full="Summary")
    (post,) = parse_text(text, "note.md")
    assert post.body.startswith("Before we start")
    assert "Then lay the biggest ones back" in post.body


@pytest.mark.parametrize(
    "head", ["title: |\n  Tuning a kite's bridle\n", "title: Tuning a kite's bridle\n"]
)
def test_front_matter_that_lost_its_opening_fence(head: str) -> None:
    text = (
        head + "tags:\n  - Kites\n  - Wind\ncategories:\n  - Outdoors\n"
        "author: Pell Marrow\ndate: 2016-04-09 10:20:00\n---\n"
        "**Hello everyone,**  \n\n"
        "Today I want to explain how the bridle decides the angle the kite flies at.\n\n"
        "See you next time.\n"
    )
    (post,) = parse_text(text, "kite.md")
    assert post.title == "Tuning a kite's bridle"
    assert post.date == "2016-04-09"
    assert post.author == "Pell Marrow"
    assert post.labels == ("Kites", "Wind")
    assert post.body.split("\n")[0].strip("*") == "Hello everyone,"
    assert "title:" not in post.body
    assert any("opening '---'" in warning for warning in post.warnings)


def test_a_text_opening_with_a_colon_line_above_a_rule_is_no_front_matter() -> None:
    text = (
        "Note: this is the second part of the series.\n"
        "The first part covered the frame.\n---\n"
        "Posted by Pell Marrow at 10:20 AM\n"
    )
    posts = parse_text(text, "kite.txt")
    assert all("opening '---'" not in w for post in posts for w in post.warnings)


def test_a_generators_embed_tag_ending_the_post_is_no_text() -> None:
    text = (
        "---\ntitle: Tuning a kite's bridle\nauthor: Pell Marrow\ndate: 2016-04-09 10:20:00\n"
        "tags:\n  - Kites\n---\n"
        "Today I want to explain how the [bridle](https://kites.example.org/b) sets the angle.\n\n"
        "See you next time.\n\n{% youtube Ab3dEf9HiJk %}\n"
    )
    (post,) = parse_text(text, "kite.md")
    assert post.body.endswith("See you next time.")


def test_a_camel_case_published_date_key_of_a_feed_clipping_dates_the_post() -> None:
    text = (
        '---\ntitle: "Pruning the old pear tree"\n'
        'source: "https://orchardco.example.com/blog/pruning-pear"\n'
        'publishedDate: "2023-10-05"\ncategory: "garden"\nfeedName: "Orchard Co"\n'
        'author: "Mira Feld"\n---\n\n3 min read\n\nOct 5, 2023\n\n' + _BODY
    )
    (post,) = parse_text(text, "note.md")
    assert post.date == "2023-10-05"
    assert post.author == "Mira Feld"
    assert post.body.startswith("Every spring the heron")
