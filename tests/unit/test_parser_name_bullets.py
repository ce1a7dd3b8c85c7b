"""A bullet that parted two things on the page: a commenter's name from its stamp ("Ana •"), a byline from its comment link."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_PAGE = """## Nobody has broken the lighthouse cipher

The rumour spread fast, but the cipher holds.

Tags: [ciphers](https://keeper.example.org/tag/ciphers/), [rumours](https://keeper.example.org/tag/rumours/)

[Posted on October 22, 2024 at 7:03 AM](https://keeper.example.org/2024/10/cipher.html)
[2 Comments](https://keeper.example.org/2024/10/cipher.html#comments)

### Comments

Odile Brant •
[October 22, 2024 8:02 AM](https://keeper.example.org/2024/10/cipher.html#comment-1)

The rumour came from a misread press release.

Who? •
[October 22, 2024 9:48 AM](https://keeper.example.org/2024/10/cipher.html#comment-2)

Every year somebody claims the cipher is broken.
"""


def test_the_bullet_after_a_commenters_name_is_not_part_of_it() -> None:
    (post,) = parse_text(_PAGE, "cipher.md")
    assert [c.author for c in post.comment_list] == ["Odile Brant", "Who?"]


def test_a_byline_ending_in_the_bullet_before_its_comment_link_gives_the_date() -> None:
    page = "---\ntitle: Nobody has broken the lighthouse cipher\ndate: 2024-10-23\n---\n\n" + _PAGE
    page = page.replace(
        "[Posted on October 22, 2024 at 7:03 AM](https://keeper.example.org/2024/10/cipher.html)",
        "[Posted on October 22, 2024 at 7:03 AM](https://keeper.example.org/2024/10/cipher.html) •",
    )
    (post,) = parse_text(page, "cipher.md")
    assert post.date == "2024-10-22"
    assert post.comments == 2
