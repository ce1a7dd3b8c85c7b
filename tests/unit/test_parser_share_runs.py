"""A post copied into a notes file: title, text and Blogger's share buttons run together on one line."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.parser import parse_text
from tuiarchive.errors import NotADump

_NOTES = (
    " Tuning the bridle of a delta kite\n"
    "It is not possible to tune a bridle once and for all. Instead we can do it per wind.\n\n"
    "1) Loosen the towing knot\n"
    "Slide it two fingers towards the nose.\n\n"
    "2) Fly it and watch the nose\n"
    "If it dives, slide the knot back a little.\n"
    "{share}\n\n\n"
    "-----------------------------------------\n"
    "--- moje notatki, nie ruszac\n"
    "knot A: 14 cm\n"
    "knot B: 16 cm\n"
)


def test_a_post_ending_in_a_fused_share_line_is_read_and_the_notes_kept_aside() -> None:
    share = "Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest"
    (post,) = parse_text(_NOTES.format(share=share), "notes.txt")
    assert post.title == "Tuning the bridle of a delta kite"
    assert post.body.startswith("It is not possible to tune a bridle once and for all.")
    assert post.body.endswith("If it dives, slide the knot back a little.")
    assert "knot A: 14 cm" not in post.body
    assert any("knot A: 14 cm" in line for line in post.extra_text)
    assert post.warnings


def test_share_buttons_apart_make_no_post_of_a_notes_file() -> None:
    with pytest.raises(NotADump):
        parse_text(_NOTES.format(share="Facebook Twitter"), "notes.txt")
