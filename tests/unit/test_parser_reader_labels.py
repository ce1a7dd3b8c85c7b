"""A saver's short label line above a reader's header, and reference pages under such a header."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.parser import parse_text
from tuiarchive.errors import NotADump


def _text(*lines: str) -> str:
    return "\n".join(lines)


def test_a_reading_label_above_the_header_is_the_savers_not_the_posts() -> None:
    posts = parse_text(
        _text(
            "📖 Reading: https://kettleworks.example.com/blog/why-we-changed-our-tea-rota",
            "Title: Why we changed our tea rota",
            "",
            "URL Source: https://kettleworks.example.com/blog/why-we-changed-our-tea-rota",
            "",
            "Markdown Content:",
            "Last week the office voted to drop the old tea rota, and the kettle has never"
            " been happier.",
            "",
            "We now brew in pairs, one pot each morning and one after lunch.",
        ),
        "saved.md",
    )
    assert len(posts) == 1
    post = posts[0]
    assert post.title == "Why we changed our tea rota"
    assert post.url == "https://kettleworks.example.com/blog/why-we-changed-our-tea-rota"
    assert post.body.startswith("Last week the office voted")
    assert "Reading:" not in post.body + "\n".join(post.extra_text)


def test_a_reference_page_of_a_docs_site_under_a_reader_header_is_no_post() -> None:
    with pytest.raises(NotADump):
        parse_text(
            _text(
                "Title: Remove a widget hook | Widget Hooks API | REST API reference",
                "",
                "URL Source: https://docs.widgetcloud.example.com/api/workspace/widgethooks/remove",
                "",
                "Markdown Content:",
                "## Remove a widget hook",
                "",
                "Removes an existing hook from a widget. The caller must own the widget.",
                "",
                "### Path parameters",
                "",
                "`hook_id` required string",
                "",
                "### Responses",
                "",
                "**200** Request completed successfully.",
            ),
            "saved.md",
        )
