"""Comments copied from an old Blogger page with their list numbers ("1)") on lines of their own."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_PAGE = """Ступени у реки
Шёл я как-то раз по набережной и думал о том, как считать ступени.

Автор: Ника на 3/14/2011 07:40:00 после полудня

  2 комментария:
 1)
    mirabel12 апреля 2011 г., 10:02

    А я считала фонари, а не ступени.

   2)
    Олег Петров13 апреля 2011 г., 8:15

    Сорок два, проверено.
"""


def test_numbered_comments_are_read_with_their_names_and_dates() -> None:
    (post,) = parse_text(_PAGE, "page.txt")
    assert post.comments == 2
    assert [(c.author, c.date) for c in post.comment_list] == [
        ("mirabel", "2011-04-12T10:02"),
        ("Олег Петров", "2011-04-13T08:15"),
    ]
    assert post.body == "Шёл я как-то раз по набережной и думал о том, как считать ступени."


def test_a_numbered_line_in_the_text_stays() -> None:
    text = _PAGE.replace("Шёл я", "1)\nШёл я")
    (post,) = parse_text(text, "page.txt")
    assert post.body.startswith("1)")
