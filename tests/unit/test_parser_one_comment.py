"""A comment section headed by its count in words ("One thought on “Title”"): one comment."""

import pytest

from tuiarchive.dumps.parser import parse_dump

PAGE = """\
The Lantern Room

Keeping the light

Posted on March 3, 2019 by Odile Ferrand

The keeper wrote in the log every night, even when nothing happened.
She noted the wind, the oil used and the ships that passed.

Posted in Lighthouses | Tagged keepers, logs

{head}

Yann Le Goff says:
March 4, 2019 at 9:12 am
My grandfather knew this lighthouse well.

Leave a Reply
"""


@pytest.mark.parametrize(
    "head",
    [
        "One thought on “Keeping the light”",
        "One Response to “Keeping the light”",
        "Une réflexion au sujet de « Keeping the light »",
    ],
)
def test_a_count_in_words_heads_one_comment(head: str) -> None:
    (post,) = parse_dump(PAGE.format(head=head).encode(), "x.txt")
    assert post.date == "2019-03-03"
    assert post.comments == 1
    assert [c.author for c in post.comment_list] == ["Yann Le Goff"]
