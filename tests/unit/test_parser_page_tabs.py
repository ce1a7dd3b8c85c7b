"""A clipped post's tabs under its meta line: links to anchors of its own page, not its text."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_CLIP = (
    "---",
    'title: "Tidewatch: a small app for harbour tide tables - Quay Notes"',
    'source: "https://quaynotes.example.net/4412/"',
    "author:",
    '  - "[[quaynotes]]"',
    "published: 2025-06-02",
    "created: 2025-06-09",
    "tags:",
    '  - "clippings"',
    "---",
    "## Tidewatch: a small app for harbour tide tables",
    "",
    "2025-06-02 [Apps](https://quaynotes.example.net/apps/) [0](https://quaynotes.example.net/4412/#comments)",
    "",
    "- [Details](https://quaynotes.example.net/4412/#pills-details)",
    "- [Questions](https://quaynotes.example.net/4412/#pills-faq)",
    "- [Feedback](https://quaynotes.example.net/4412/#pills-comments)",
    "",
    "## About Tidewatch",
    "",
    "Tidewatch shows the next high and low water for every harbour on the coast, offline.",
    "",
    "## Features",
    "",
    "It warns the evening before a spring tide and keeps a log of the boats you moor.",
)


def test_tabs_linking_to_the_pages_own_anchors_are_not_the_text() -> None:
    (post,) = parse_text("\n".join(_CLIP), "clip.md")
    assert post.body.startswith("About Tidewatch")
    assert "Questions" not in post.body


def test_a_table_of_contents_naming_the_headings_stays_in_the_text() -> None:
    contents = "\n".join(_CLIP).replace(
        "- [Details](https://quaynotes.example.net/4412/#pills-details)\n"
        "- [Questions](https://quaynotes.example.net/4412/#pills-faq)\n"
        "- [Feedback](https://quaynotes.example.net/4412/#pills-comments)",
        "- [About Tidewatch](#about-tidewatch)\n- [Features](#features)",
    )
    (post,) = parse_text(contents, "clip.md")
    assert post.body.startswith("- About Tidewatch")
