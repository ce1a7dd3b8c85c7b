"""Blogger posts exported to Hugo: each comment under an excerpt heading, its head "[Name](…) - <time>"."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def _post(*lines: str):  # type: ignore[no-untyped-def]
    posts = parse_text("\n".join(lines), "export.md")
    assert len(posts) == 1, [p.title for p in posts]
    return posts[0]


_BODY = (
    "I finally sorted the shed this weekend and found three rakes I did not know I owned.",
    "",
    "The spiders were not pleased, but the garden tools now hang in a neat row.",
    "",
)


def test_comments_under_excerpt_headings_give_their_authors_and_leave_the_body() -> None:
    post = _post(
        "---",
        "title: 'Sorting the shed'",
        "date: 2012-04-03T10:15:00.001-05:00",
        "url: /2012/04/sorting-shed.html",
        "tags: ",
        "- Garden",
        "---",
        "",
        *_BODY,
        "---",
        "### Comments:",
        "#### Three rakes is nothing, we found five ...",
        '[Morwen](https://www.blogger.com/profile/0123 "noreply@blogger.com") -'
        ' <time datetime="2012-04-05T09:00:00.000-05:00">Apr 5, 2012</time>',
        "",
        "Three rakes is nothing, we found five in ours last spring.",
        "<hr />",
    )
    assert [c.author for c in post.comment_list] == ["Morwen"]
    assert post.body.endswith("hang in a neat row.")


def test_toml_export_with_comments_split_by_rules() -> None:
    post = _post(
        "+++",
        'title = "Sorting the shed"',
        "date = 2012-04-03T10:15:00.000-06:00",
        "url = '/2012/04/sorting-shed.html'",
        'tags = ["Garden","Sheds"]',
        "+++",
        "",
        *_BODY,
        "### Comments",
        "",
        "#### Where did you hang the…",
        "",
        "[Anonymous](mailto:noreply@blogger.com) -"
        ' <time datetime="2012-04-06T12:28:00.000-06:00">Apr 6, 2012</time>',
        "",
        "Where did you hang the rakes? Pictures please!",
        "",
        "---",
        "",
        "#### On hooks, …",
        "",
        '[Tamsin Quill](https://www.blogger.com/profile/0456 "noreply@blogger.com") -'
        ' <time datetime="2012-04-06T19:28:00.000-06:00">Apr 6, 2012</time>',
        "",
        "On hooks, see the [next post](/2012/04/hooks.html).",
        "",
        "---",
        "",
    )
    assert [c.author for c in post.comment_list] == ["Anonymous", "Tamsin Quill"]
    assert post.body.endswith("hang in a neat row.")


def test_a_relative_url_in_the_front_matter_is_the_posts_path() -> None:
    post = _post(
        "+++",
        'title = "Sorting the shed"',
        "date = 2012-04-03T10:15:00.000-06:00",
        "url = '/2012/04/sorting-shed.html'",
        "+++",
        "",
        *_BODY,
    )
    assert post.url == "/2012/04/sorting-shed.html"
