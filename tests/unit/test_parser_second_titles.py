"""A page with no date header: a short first line, then a title-like line, then the text. The
first may be the blog's name: whichever is read as the title, the doubt is said."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_PAGE = "\n".join(
    [
        "Kettle Notes",
        "",
        "A cheaper way to descale a kettle",
        "",
        "Vinegar works, but the smell stays in the kitchen for a whole afternoon.",
        "",
        "Citric acid from the baking shelf does the same job and leaves no smell at all.",
        "",
        "This entry was posted in Kitchen and tagged kettles, cleaning on March 3, 2021",
        "",
    ]
)


def test_a_blog_name_over_the_title_is_said_when_read_as_the_title() -> None:
    (post,) = parse_text(_PAGE)
    if post.title == "A cheaper way to descale a kettle":
        return  # read right: nothing to say
    assert any(
        "title" in w and "A cheaper way to descale a kettle" in w and "blog" in w
        for w in post.warnings
    ), post.warnings


def test_a_date_header_over_the_title_anchors_it_no_doubt_said() -> None:
    (post,) = parse_text("Wednesday, March 3, 2021\n\n" + _PAGE.replace("Kettle Notes\n\n", ""))
    assert post.title == "A cheaper way to descale a kettle"
    assert not any("blog's name" in w for w in post.warnings)
