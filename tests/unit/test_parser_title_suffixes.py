"""An old WordPress theme's page title, "Post title « Blog name", read as the post's title."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_PAGE = """# {title}

The harbour masters met on Tuesday and talked about silt for three hours.

Posted on March 4, 2014 by Odile Brant
"""


def test_the_blogs_name_after_a_left_guillemet_is_not_the_posts_title() -> None:
    (post,) = parse_text(_PAGE.format(title="Notes from the silt summit « Odile Brant"), "a.md")
    assert post.title == "Notes from the silt summit"
    assert any("«" in w and "title" in w for w in post.warnings)


def test_french_quotes_in_a_title_stay() -> None:
    title = "Le mot « vase » expliqué aux enfants"
    (post,) = parse_text(_PAGE.format(title=title), "a.md")
    assert post.title == title


def test_the_title_printed_again_atop_the_body_goes_with_the_tail() -> None:
    page = _PAGE.format(title="Notes from the silt summit « Odile Brant").replace(
        "\n\nThe harbour", "\n\nNotes from the silt summit\n\nThe harbour"
    )
    (post,) = parse_text(page, "a.md")
    assert post.title == "Notes from the silt summit"
    assert post.body.startswith("The harbour masters met")
