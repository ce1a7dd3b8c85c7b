"""Teasers of other posts under a post's text, untitled: each a linked thumbnail, an
opening sentence and a "Read More »" link to that post. They are not the post's text."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_SITE = "https://example.com/blog"


def _teaser(slug: str, opening: str) -> list[str]:
    return [
        f"[![]({_SITE}/uploads/{slug}-300x169.png)]({_SITE}/{slug})",
        "",
        opening,
        "",
        f"[Read More »]({_SITE}/{slug})",
        "",
    ]


def _page(tail: list[str]) -> str:
    return "\n".join(
        [
            "---",
            'title: "Faster builds for the mapping team"',
            f'source: "{_SITE}/faster-builds"',
            "author:",
            '  - "[[Irene Okafor]]"',
            "published: 2025-02-11",
            "tags:",
            '  - "clippings"',
            "---",
            f"![A chart of build times]({_SITE}/uploads/chart.png)",
            "",
            "Our map tiles used to take forty minutes to build. This month they take six.",
            "",
            "#### What changed",
            "",
            "We cached the coastline data and split the work by zoom level.",
            "",
            "Tell us how your own builds went, and let us know what you think!",
            "",
            *tail,
        ]
    )


def test_thumbnail_teasers_after_the_text_are_cut_and_said() -> None:
    tail = (
        _teaser("river-tiles", "The river layer now draws in half the time it did in spring.")
        + _teaser("night-mode", "Night mode arrives for every map, with softer labels.")
        + _teaser("team-offsite", "We spent a week in the hills planning the next year.")
    )
    posts = parse_text(_page(tail))
    assert [p.title for p in posts] == ["Faster builds for the mapping team"]
    post = posts[0]
    assert post.body.endswith("let us know what you think!")
    assert "Night mode" not in post.body
    assert any("teaser" in w for w in post.warnings)


def test_one_read_more_link_under_the_text_stays_its_own() -> None:
    posts = parse_text(_page(_teaser("river-tiles", "The river layer draws faster now.")))
    assert "The river layer draws faster now." in posts[0].body
