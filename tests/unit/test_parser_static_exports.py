"""Blog posts exported or migrated to static-site files: what their front matter says."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def _one(*lines: str):  # type: ignore[no-untyped-def]
    posts = parse_text("\n".join(lines), "page.txt")
    assert len(posts) == 1, [p.title for p in posts]
    return posts[0]


_BODY = (
    "Our allotment gave us far too many courgettes this year, so here is a soup.",
    "",
    "Chop them, fry them slowly with an onion and blend with stock.",
)


def test_blogger_orig_url_is_the_posts_address() -> None:
    post = _one(
        "---",
        "layout: post",
        "title: Courgette soup",
        "tags: [kitchen, garden]",
        "blogger_orig_url: https://veggiepatch.blogspot.com/2011/08/courgette-soup.html",
        "---",
        *_BODY,
    )
    assert post.url == "https://veggiepatch.blogspot.com/2011/08/courgette-soup.html"
    assert post.labels == ("kitchen", "garden")


def test_blogger_orig_url_without_layout_keeps_the_tags() -> None:
    post = _one(
        "---", "title: Courgette soup", "tags: [kitchen]",
        "blogger_orig_url: https://veggiepatch.blogspot.com/2011/08/courgette-soup.html",
        "---", *_BODY,
    )  # fmt: skip
    assert post.labels == ("kitchen",)


def test_relative_permalink_alone_is_no_address() -> None:
    post = _one(
        "---", "layout: post", "title: Courgette soup", 'permalink: "/courgette-soup/"',
        "date: 2011-08-02", "---", *_BODY,
    )  # fmt: skip
    assert post.url is None


_WORDPRESS = (
    "---",
    "layout: post",
    "status: publish",
    "published: true",
    "title: Courgette soup",
    "author:",
    "  display_name: Mirek Halas",
    "  login: mirekh",
    "  email: mirek@example.org",
    "  url: ''",
    "author_login: mirekh",
    "wordpress_id: 412",
    "wordpress_url: http://veggiepatch.example.org/?p=412",
    "date: '2011-08-02 19:20:00 +0200'",
    "categories:",
    "- Kitchen",
    "tags:",
    "- soup",
    "- kitchen",
    "comments:",
    "- id: 88",
    "  author: Dana Kowal",
    "  author_email: ''",
    "  date: '2011-08-03 08:15:00 +0200'",
    "  content: 'Tried it with mint, lovely.'",
    "- id: 91",
    "  author: Odile",
    "  date: '2011-08-04 21:40:00 +0200'",
    "  content: 'Mine went a bit grey but it tasted fine,",
    "    thank you.'",
    "---",
)


def test_wordpress_export_author_block_labels_and_address() -> None:
    post = _one(*_WORDPRESS, *_BODY)
    assert post.author == "Mirek Halas"
    assert post.labels == ("Kitchen", "soup")
    assert post.url == "http://veggiepatch.example.org/?p=412"
    assert post.date == "2011-08-02"


def test_wordpress_export_comments_in_front_matter() -> None:
    post = _one(*_WORDPRESS, *_BODY)
    assert [c.author for c in post.comment_list] == ["Dana Kowal", "Odile"]
    assert [c.date for c in post.comment_list] == ["2011-08-03T08:15", "2011-08-04T21:40"]
    assert post.comment_list[1].text == "Mine went a bit grey but it tasted fine, thank you."
    assert post.comments is None


def test_pelican_metadata_lines_with_no_fences() -> None:
    post = _one(
        "Title: Courgette soup, again",
        "Date: 2016/5/4 11:34:12 ",
        "Modified: 2016/5/4 11:40:00",
        "Category: Kitchen",
        "Tags: soup, garden",
        "Slug: ",
        "Author: mirekh",
        *_BODY,
    )
    assert post.title == "Courgette soup, again"
    assert post.date == "2016-05-04"
    assert post.author == "mirekh"
    assert post.labels == ("soup", "garden")
    assert post.body.startswith("Our allotment gave us")


def test_pelican_title_and_date_then_a_blank_line() -> None:
    post = _one("Title: Courgette soup", "Date: 2015-05-13", "Tags: soup", "", *_BODY)
    assert (post.title, post.date, post.labels) == ("Courgette soup", "2015-05-13", ("soup",))


def test_raw_html_body_reads_as_a_reader_sees_it() -> None:
    post = _one(
        *_WORDPRESS,
        "<p>Our allotment gave us far too many courgettes, so here is a soup.</p>",
        "<p><!--more--></p>",
        '<p><a href="http:&#47;&#47;example.org&#47;big.jpg"><img src="http://example.org/s.jpg"'
        ' alt="" /></a></p>',
        "<p>Fry them slowly with an onion&nbsp;and blend with stock: it&#8217;s "
        '<a href="http:&#47;&#47;example.org&#47;stock">my stock<&#47;a>.</p>',
    )
    lines = [line for line in post.body.split("\n") if line.strip()]
    assert lines == [
        "Our allotment gave us far too many courgettes, so here is a soup.",
        "Fry them slowly with an onion and blend with stock: it\u2019s my stock.",
    ]


def test_archived_comments_in_the_body_and_the_front_matter_date() -> None:
    post = _one(
        "---", "layout: post", 'title: "Courgette soup"', "date:   2012-03-14 10:00:00",
        "tags: soup", "---", "", *_BODY, "",
        "### Archived comments; imported from Posterous", "",
        "512 views and 2 responses", "",
        "Feb 2 2011, 9:05 PM", "", "Dana Kowal responded:", "",
        "Tried it with mint,", "lovely.", "",
        "Feb 3 2011, 7:30 AM", "", "Odile responded:", "", "Mine went grey.", "", "Still good.",
    )  # fmt: skip
    assert post.date == "2012-03-14"
    assert post.comments == 2
    assert [(c.author, c.date) for c in post.comment_list] == [
        ("Dana Kowal", "2011-02-02T21:05"),
        ("Odile", "2011-02-03T07:30"),
    ]
    assert post.comment_list[0].text == "Tried it with mint, lovely."
    assert post.body.rstrip().endswith("blend with stock.")


def test_closed_heading_with_no_space_before_its_closing_hashes() -> None:
    post = _one("Title: Courgette soup", "Date: 2015-05-13", "", *_BODY, "", "## The end##")
    assert post.body.rstrip().endswith("The end")
