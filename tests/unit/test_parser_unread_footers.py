"""A footer the parser could not read, left as the body's last line: when a part of it is a
comment count, the post either has that count or says in a warning that a footer went unread."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_PAGE = """# Harbour Log: March 2009

## Monday, March 2, 2009

### [Waiting for the ferry](http://harbourlog.example.com/2009/03/waiting.html)

The ferry was late again this morning, and the queue of cars stood on the quay.

Nobody complained, which is what the island does best.

{footer}
Labels: [ferries](http://harbourlog.example.com/search/label/ferries)
"""

_FOOTERS = (
    "At [9:00 AM](http://harbourlog.example.com/2009/03/waiting.html)  [, 3 comments]"
    "(https://www.blogger.com/comment.g?blogID=1&postID=2)",
    "Filed at 9:00 AM | 3 comments",
)


def test_a_count_in_an_unread_footer_is_read_or_warned_about() -> None:
    for footer in _FOOTERS:
        (post,) = parse_text(_PAGE.format(footer=footer), "page.txt")
        assert post.title == "Waiting for the ferry"
        warned = any("holds a comment count" in warning for warning in post.warnings)
        assert post.comments == 3 or warned, footer
        assert post.body.endswith("what the island does best.") or warned, footer


def test_a_sentence_that_mentions_comments_is_no_footer() -> None:
    page = _PAGE.format(footer="").replace(
        "does best.", "does best.\n\nSo far, 3 comments, all kind."
    )
    (post,) = parse_text(page, "page.txt")
    assert not any("holds a comment count" in warning for warning in post.warnings)


def test_a_row_of_share_buttons_with_one_unknown_name_ends_no_body() -> None:
    page = _PAGE.format(footer="").replace(
        "does best.", "does best.\n\ndel.icio.us Digg it reddit Google StumbleUpon"
    )
    (post,) = parse_text(page, "page.txt")
    assert post.body.endswith("what the island does best.")
    assert any("share buttons" in warning for warning in post.warnings)


def test_a_short_line_naming_one_site_stays() -> None:
    page = _PAGE.format(footer="").replace("does best.", "does best.\n\nAsk Google")
    (post,) = parse_text(page, "page.txt")
    assert post.body.endswith("Ask Google")
