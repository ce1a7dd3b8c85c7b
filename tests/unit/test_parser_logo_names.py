"""A header's logo link saved with its alt text run into the blog's name: "VentolabVentolab"."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_SITE = "https://ventolab.example.org"


def _page(name: str) -> str:
    return "\n".join(
        (
            "[Skip to the content](#site-content)",
            "",
            f"[![{name}]({_SITE}/logo.png)]({_SITE}/){name}",
            "",
            "Menu",
            "",
            "## Saturday, March 8, 2025",
            "",
            "### A Walk Along the Dyke",
            "",
            "We walked the whole dyke from the sluice to the old mill and back again.",
            "",
            "Posted by Tessa Rinaldi at 9:14 AM",
            "",
            "No comments:",
        )
    )


def test_a_logo_s_alt_run_into_the_name_is_the_name_once() -> None:
    posts = parse_text(_page("Ventolab Field Notes"), "dyke.md")
    assert len(posts) == 1
    assert posts[0].title == "A Walk Along the Dyke"
    assert posts[0].blog == "Ventolab Field Notes"
