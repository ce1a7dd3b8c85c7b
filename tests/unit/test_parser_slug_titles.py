"""A clipping whose front matter title is the page's slug: the heading printed above the date is the title."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_BODY = (
    "Most gardeners water the beds at noon, which is the worst hour for it.\n\n"
    "Water at dawn instead: the soil keeps it and the leaves dry by midday.\n\n"
    "## Why dawn\n\nThe sun is low and the wind is still.\n"
)


def test_a_slug_title_gives_way_to_the_heading_above_the_italic_date() -> None:
    text = (
        '---\ntitle: "watering at dawn"\n'
        'source: "https://garden.example.net/notes/watering+at+dawn"\n'
        'created: 2025-03-26\ntags:\n  - "clippings"\n---\n'
        "## Why you should be watering your garden at dawn\n\n*March 3, 2023*\n\n" + _BODY
    )
    (post,) = parse_text(text, "note.md")
    assert post.title == "Why you should be watering your garden at dawn"
    assert post.date == "2023-03-03"
    assert post.body.startswith("Most gardeners water the beds at noon")
