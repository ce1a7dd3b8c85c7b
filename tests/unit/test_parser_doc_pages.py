"""A clipping of a developer-docs page (no date, no author, an address in a docs tree) is no post."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.parser import NotADump, parse_text

_PAGE = (
    '---\ntitle: "Quickstart  |  Lantern API  |  Lantern for Developers"\n'
    'source: "{url}"\nauthor:\npublished:\ncreated: 2025-02-11\n'
    'description: "Get started with the Lantern API"\ntags:\n  - "clippings"\n---\n'
    "This quickstart shows you how to install the SDK and make your first request.\n\n"
    "## Install the library\n\n```\npip install lantern-sdk\n```\n\n"
    "## Make your first request\n\n```\nfrom lantern import Client\nprint(Client().ping())\n```\n\n"
    "Last updated 2025-01-30 UTC.\n"
)


@pytest.mark.parametrize(
    "url",
    [
        "https://lantern.example.dev/lantern-api/docs/quickstart?hl=en",
        "https://docs.lantern.example.dev/quickstart/",
    ],
)
def test_a_clipped_docs_page_gives_no_post(url: str) -> None:
    try:
        posts = parse_text(_PAGE.format(url=url), "note.md")
    except NotADump:
        posts = []
    assert posts == []


def test_a_dated_clipping_from_a_docs_tree_is_still_a_post() -> None:
    text = _PAGE.format(url="https://lantern.example.dev/docs/quickstart").replace(
        "published:\n", "published: 2025-01-30\n"
    )
    (post,) = parse_text(text, "note.md")
    assert post.date == "2025-01-30"
