"""A post signed off above its share buttons ("Cheers," / a name): the text's end, no labels."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.parser import parse_text

SHARE = ("Get link", "Facebook", "X", "Pinterest", "Email", "Other Apps")


def _item(sign_off: str) -> str:
    return "\n\n".join(
        [
            "Lantern Quay Notes",
            "The night ferry gets a second deck",
            "\n".join(SHARE),
            "May 23, 2014",
            "The yard finished the work two weeks early.",
            "Crews say the upper deck is colder but quieter.",
            f"{sign_off}\nOrla Vance",
            "\n".join(SHARE),
            "Comments",
            "Post a Comment",
        ]
    )


@pytest.mark.parametrize("sign_off", ["./peace", "Cheers,", "-- regards", "Thanks!"])
def test_a_sign_off_and_a_name_above_the_share_run_end_the_text(sign_off: str) -> None:
    (post,) = parse_text(_item(sign_off))
    assert post.title == "The night ferry gets a second deck"
    assert post.labels == ()
    assert post.body.endswith(f"{sign_off}\nOrla Vance") or post.body.endswith(
        f"{sign_off}\n\nOrla Vance"
    )


def test_a_commenter_whose_name_ends_in_digits_run_into_the_day_is_read() -> None:
    comments = [
        ("Unknown", "8 November 2017 at 04:32", "lovely work on the deck"),
        ("Petra Lind", "8 November 2017 at 08:40", "When does it sail first?"),
        ("k1ngf1sh3r80", "8 November 2017 at 12:40", "Nice shot of the stern"),
        ("Joss", "9 November 2017 at 01:42", "Thanks for the pictures"),
    ]
    section = [
        f"{name}{stamp}\n\n{text}\n\nReply Delete\n\nReplies\n\nReply"
        for name, stamp, text in comments
    ]
    page = _item("Cheers,").replace("Comments\n\nPost a Comment", "")
    page += "\n\n".join(["Comments", *section, "Post a Comment"])
    (post,) = parse_text(page)
    assert [c.author for c in post.comment_list] == [name for name, _, _ in comments]
    assert post.comment_list[2].text == "Nice shot of the stern"
