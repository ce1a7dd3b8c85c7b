"""A post's id is what its date, title and body give, whatever pass changed them last:
`--check` compares the two, and an import of the same post from two dumps relies on it."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.parser import parse_text
from tuiarchive.model import post_identity

PAGES = {
    "a date from front matter": (
        "---\ntitle: Salt on the pier\ndate: 2015-06-05\n---\n"
        "We crossed the sound before dawn and nobody spoke.\n\nThe gulls came back in March.\n"
    ),
    "an embed line dropped from the body": (
        "Friday, June 5, 2015\n\nSalt on the pier\n\n"
        '<iframe src="https://video.example.org/embed/1" width="560"></iframe>\n'
        "We crossed the sound before dawn and nobody spoke.\n\nPosted by Ana Lobo at 5:43 AM\n"
    ),
}


@pytest.mark.parametrize("shape", PAGES)
def test_a_posts_id_is_its_final_date_title_and_body(shape: str) -> None:
    [post] = parse_text(PAGES[shape], "x")
    assert post.date == "2015-06-05"
    assert post.id == post_identity(post.date, post.title, post.body)
