"""Chrome that older Blogger pages print: bylines in the wording of their day, comment heads
whose author's name runs into an English timestamp in any script."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.parser import parse_text

ITEM = """Minggu, 08 Februari 2009

Lampu pelabuhan menyala lagi

Kapal feri ke dermaga gandum terlambat lagi hari Jumat.

{byline}
{labels} pelabuhan, feri
{none}
"""


@pytest.mark.parametrize(
    ("byline", "labels", "none"),
    [
        ("Diposkan oleh Ratna Wulandari di 15:44", "Label:", "0 komentar:"),
        ("Diposkan oleh Ratna Wulandari", "Label:", "Tidak ada komentar:"),
        ("Opublikowany przez Ratna Wulandari o 15:44", "Etykiety:", "Brak komentarzy:"),
    ],
)
def test_an_older_blogger_byline_names_the_author_and_leaves_the_body(
    byline: str, labels: str, none: str
) -> None:
    (post,) = parse_text(ITEM.format(byline=byline, labels=labels, none=none), "old.txt")
    assert post.author == "Ratna Wulandari"
    assert post.body == "Kapal feri ke dermaga gandum terlambat lagi hari Jumat."
    assert (post.labels, post.comments) == (("pelabuhan", "feri"), 0)


COMMENTS = """Friday, May 23, 2014

Ferry talks resume

The ferry to the grain berth ran late again on Friday.

Posted by Ada Kask at 2:01 PM
Labels: ferries
3 comments:

MichałJanuary 17, 2013 at 9:51 AM
Good news at last.
Reply
林小雨January 17, 2013 at 9:55 AM
Thanks, fixed.
Reply
BarışJuly 16, 2013 at 12:24 PM
Will it run on Sundays?
Reply

Newer Post Older Post Home
"""


def test_a_comment_authors_name_in_any_script_is_split_from_its_english_stamp() -> None:
    (post,) = parse_text(COMMENTS, "comments.txt")
    assert [(c.author, c.date, c.text) for c in post.comment_list] == [
        ("Michał", "2013-01-17T09:51", "Good news at last."),
        ("林小雨", "2013-01-17T09:55", "Thanks, fixed."),
        ("Barış", "2013-07-16T12:24", "Will it run on Sundays?"),
    ]
    assert post.body == "The ferry to the grain berth ran late again on Friday."


PASTED_TAIL = """int main(void)
{
int harbour = 3;
return harbour;
}

{opener}
Posted by Ada Kask at 1:08 PM Email ThisBlogThis!Share to TwitterShare to Facebook
Labels: Harbour code
2 comments:

    AnonymousMarch 8, 2013 at 6:25 PM

    It does not build.
    Reply
    Ola BergMarch 9, 2013 at 7:25 PM

    Works here.
    Reply

Newer Post Older Post Home
*/
"""


@pytest.mark.parametrize(
    "opener", ["/*Related Posts : Harbour code", "Related Posts : Harbour code", "/*", "<!--"]
)
def test_the_comment_a_pages_tail_was_pasted_into_is_not_the_bodys_end(opener: str) -> None:
    (post,) = parse_text(PASTED_TAIL.replace("{opener}", opener), "clock.c")
    assert post.body.endswith("return harbour;\n}")
    assert (post.author, post.labels, post.comments) == ("Ada Kask", ("Harbour code",), 2)
    assert [c.author for c in post.comment_list] == ["Anonymous", "Ola Berg"]


SOURCE_ABOVE_A_PAGE = """import Foundation

func harbourLog(message: String) {
    let stamp = Date()
    let line = (message as NSString).trimmingCharacters(in: .whitespaces)
    var count = 0
    print(stamp, line, count)
}

/*
Friday, May 23, 2014
Ferry talks resume
The ferry to the grain berth ran late again on Friday.
Posted by Ada Kask at 2:01 PM
Labels: ferries
No comments:
*/
"""


def test_a_programs_lines_above_a_pasted_page_name_no_blog() -> None:
    (post,) = parse_text(SOURCE_ABOVE_A_PAGE, "Harbour.swift")
    assert (post.title, post.author, post.labels) == (
        "Ferry talks resume",
        "Ada Kask",
        ("ferries",),
    )
    assert post.blog is None


LANGUAGE_LIST_ABOVE_THE_DATE = """Harbour Ledger
Notes from the grain berth, one ferry at a time.

English
Français
2014-05-23
Ferry talks resume
The ferry to the grain berth ran late again on Friday, the harbour office said.

It will run on Sundays from June.
Posted by Ada Kask at 2:01 PM
Labels: ferries
No comments:
"""


def test_a_header_list_above_a_date_is_not_the_title_when_one_stands_under_it() -> None:
    (post,) = parse_text(LANGUAGE_LIST_ABOVE_THE_DATE, "ledger.txt")
    assert (post.title, post.date, post.author) == ("Ferry talks resume", "2014-05-23", "Ada Kask")
    assert post.body.startswith("The ferry to the grain berth")
