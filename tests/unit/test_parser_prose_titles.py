"""A post whose title is a whole sentence of text (a paragraph's line, no heading) says so:
the page may print no title, or the post's own title was not where the parser looked."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_LONG = (
    "The ferry was late again this morning, and the whole queue of cars stood on the quay"
    " with their engines off while the gulls worked the bins behind the cafe."
)

_PAGE = f"""Monday, March 2, 2009

{_LONG}

Nobody complained, which is what the island does best.

Posted by Ana Lind at 9:00 AM
"""


def test_a_sentence_read_as_the_title_is_warned_about() -> None:
    (post,) = parse_text(_PAGE, "page.txt")
    assert post.author == "Ana Lind"
    assert any("title" in warning and "sentence" in warning for warning in post.warnings)


def test_a_short_title_that_ends_a_sentence_is_not() -> None:
    page = _PAGE.replace(_LONG, "Waiting for the ferry.\n\n" + _LONG)
    (post,) = parse_text(page, "page.txt")
    assert post.title == "Waiting for the ferry."
    assert not any("sentence" in warning for warning in post.warnings)


def test_a_list_item_read_as_the_title_is_warned_about() -> None:
    for item in ("* Ferries", "- Ferries", "1. Ferries", "• Ferries"):
        page = _PAGE.replace(_LONG, item + "\n\nThe ferry was late again this morning.")
        (post,) = parse_text(page, "page.txt")
        assert post.title == item
        assert any("title" in warning and "list item" in warning for warning in post.warnings)
