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
