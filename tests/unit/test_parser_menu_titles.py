"""A new-theme Blogger item copied as plain lines: the blog's name and menu, then the post's
title, its share buttons and its date: the title under the menu is the post's."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def test_the_title_between_the_menu_and_the_share_buttons_is_the_posts() -> None:
    text = "\n".join(
        [
            "refs: https://www.tidepoolnotes.example/2019/10/limpets.html",
            "",
            "",
            "# Tide Pool Notes",
            "",
            "- Home",
            "- About this blog",
            "- Home",
            "",
            "",
            "### What limpets do at low tide",
            "",
            "- Get link",
            "- Facebook",
            "- Email",
            "Get link",
            "Facebook",
            "Email",
            "October 3, 2019",
            "They clamp down and wait, sealing a little water under the shell.",
            "",
            "Each one returns to the same scar on the rock.",
        ]
    )
    posts = parse_text(text)
    assert [p.title for p in posts] == ["What limpets do at low tide"]
    assert posts[0].date == "2019-10-03"
    assert posts[0].body.startswith("They clamp down")
