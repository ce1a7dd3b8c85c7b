"""Several saved pages in one file, each opened by its address: each page's posts stand alone."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

FIRST = [
    "https://saltice.blogspot.com/2009/02/winter-road.html",
    "",
    "Salt and Ice",
    "notes from the far north",
    "",
    "Monday, February 2, 2009",
    "The winter road",
    "",
    "Trucks cross the lake when the ice reaches ninety centimetres.",
    "for (int i = 0; i < 3; i++) {",
    "}",
]
SECOND = [
    "",
    "",
    "",
    "https://ferrylog.example.net/2009/01/ice-breakers/",
    "",
    "",
    "Ferry Log",
    "Icebreakers at DudinkaJanuary 28, 2009 at 6:10 pm · Filed under Ports, Ice",
    "",
    "Two icebreakers kept the channel open all week.",
    "",
    "Permalink",
    "",
    "2 Comments »",
    "Anna said,",
    "January 29, 2009 @ 9:00 am",
    "Thank you for the photographs.",
    "Oleg said,",
    "January 30, 2009 @ 7:45 am",
    "Which ship was first?",
]
THIRD = [
    "",
    "",
    "",
    "https://saltice.blogspot.com/2008/12/first-snow.html",
    "",
    "Salt and Ice",
    "notes from the far north",
    "",
    "Sunday, December 7, 2008",
    "First snow",
    "",
    "The first snow came late this year.",
    "",
    "Posted by Pavel at 10:00 AM",
    "No comments:",
    "Post a Comment",
    "",
    "",
    "",
    "https://courses.example.edu/projects/sled.htm",
    "",
    "",
    "<< INTRODUCTION >>",
    "A sled game built for the lab course.",
]


def test_a_bundle_of_saved_pages_gives_each_page_its_post_address_and_blog() -> None:
    posts = parse_text("\n".join(FIRST + SECOND + THIRD), "bundle.txt")
    assert [p.title for p in posts] == ["The winter road", "Icebreakers at Dudinka", "First snow"]
    first, second, third = posts
    assert first.body.endswith("}")  # the page stops in its code; the next page is not its
    assert first.comments is None and first.comment_list == ()
    assert first.url == "https://saltice.blogspot.com/2009/02/winter-road.html"
    assert (second.date, second.labels, second.comments) == ("2009-01-28", ("Ports", "Ice"), 2)
    assert [c.author for c in second.comment_list] == ["Anna", "Oleg"]
    assert second.body == "Two icebreakers kept the channel open all week."
    assert second.url == "https://ferrylog.example.net/2009/01/ice-breakers/"
    assert (second.blog, first.blog, third.blog) == ("Ferry Log", "Salt and Ice", "Salt and Ice")
    assert third.url == "https://saltice.blogspot.com/2008/12/first-snow.html"
    # the last page holds no post: kept with the post before it, and said so
    assert "A sled game built for the lab course." in third.extra_text
    assert any("no post's date or footer" in w for w in third.warnings)


def test_a_link_alone_in_a_post_is_no_new_page() -> None:
    posts = parse_text(
        "\n".join(
            [
                "Monday, February 2, 2009",
                "The winter road",
                "",
                "The map is here:",
                "",
                "",
                "https://maps.example.org/winter-road",
                "",
                "Trucks cross when the ice is thick.",
                "",
                "Posted by Pavel at 10:00 AM",
            ]
        ),
        "page.txt",
    )
    assert len(posts) == 1
    assert "https://maps.example.org/winter-road" in posts[0].body
    assert posts[0].body.endswith("Trucks cross when the ice is thick.")


def test_a_signature_line_repeating_the_blogs_name_is_not_the_bodys_end() -> None:
    posts = parse_text(
        "\n".join(
            [
                "Ferry Log",
                "Icebreakers at DudinkaJanuary 28, 2009 at 6:10 pm · Filed under Ports, Ice",
                "",
                "Two icebreakers kept the channel open all week.",
                "Ferry Log",
                "",
                "Permalink",
            ]
        ),
        "page.txt",
    )
    assert [p.title for p in posts] == ["Icebreakers at Dudinka"]
    assert posts[0].body == "Two icebreakers kept the channel open all week."
    assert "Ferry Log" in posts[0].extra_text


def test_a_post_without_its_signature_has_the_identity_of_what_it_keeps() -> None:
    from tuiarchive.model import post_identity

    post = parse_text(
        "Ferry Log\n\nFriday, May 23, 2014\n\nHarbour ice\n\nIce in the bay.\nFerry Log\n\n"
        "Posted by Ana at 5:43 AM",
        "x",
    )[0]
    assert post.body == "Ice in the bay."
    assert post.id == post_identity(post.date, post.title, post.body)
