"""Comments under a post whose heading was not read: their time stamps never become the post's date."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_PAGE = "\n".join(
    [
        "A cheaper way to descale a kettle",
        "",
        "Vinegar works, but the smell stays in the kitchen for a whole afternoon.",
        "",
        "Citric acid from the baking shelf does the same job and leaves no smell at all.",
        "",
        "This entry was posted in Kitchen and tagged kettles, cleaning on March 3, 2021",
        "",
        "3 thoughts on “A cheaper way to descale a",
        "",
        "kettle”",
        "",
        "Pavel Orsini",
        "May 2, 2022 at 4:10 pm",
        "",
        "Does this work on the glass kettles too?",
        "",
        "Ines Whitlock",
        "June 9, 2023 at 8:02 am",
        "",
        "I tried it last week and the scale came off in ten minutes.",
        "",
    ]
)


def test_a_comment_stamp_after_the_footer_is_not_the_post_date() -> None:
    (post,) = parse_text(_PAGE)
    assert post.title == "A cheaper way to descale a kettle"
    assert post.date == "2021-03-03"


def test_the_stamp_kept_aside_is_said() -> None:
    (post,) = parse_text(_PAGE)
    if post.comments:  # read as comments: nothing to say
        return
    assert any("comment" in w and "date" in w for w in post.warnings), post.warnings
