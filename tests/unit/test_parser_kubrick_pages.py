"""Classic WordPress (Kubrick/Default theme) items saved from the browser: the saved
`<title>` line over the real linked title, and the footer sentence with the date."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def _one(*lines: str):  # type: ignore[no-untyped-def]
    posts = parse_text("\n".join(lines), "page.txt")
    assert len(posts) == 1, [p.title for p in posts]
    return posts[0]


def _kubrick_item() -> list[str]:
    return [
        "Quiet Harbour Notes - Archive » Mending Nets Before Winter",
        "",
        " [![Quiet Harbour Notes](http://harbour.example.org/header.png)](http://harbour.example.org/)",
        "",
        "## [Mending Nets Before Winter](http://harbour.example.org/2007/10/mending-nets/)",
        "",
        "The boats came in early this week and the whole quay smelled of tar.",
        "",
        "Old Tomas showed the children how to tie the knot that never slips.",
        "",
        "  This entry was posted on Tuesday, October 9th, 2007 at 6:12 pm and is filed under"
        " [Harbour Life](http://harbour.example.org/category/harbour-life/). You can follow any"
        " responses to this entry through the [RSS 2.0](http://harbour.example.org/feed/) feed."
        " You can leave a response, or [trackback](http://harbour.example.org/trackback/)"
        " from your own site.",
    ]


def test_kubrick_footer_gives_the_date_and_category() -> None:
    post = _one(*_kubrick_item())
    assert post.date == "2007-10-09"
    assert list(post.labels) == ["Harbour Life"]
    assert post.body.rstrip().endswith("the knot that never slips.")


def test_saved_title_line_gives_way_to_the_linked_title() -> None:
    page = [line for line in _kubrick_item() if "header.png" not in line]
    post = _one(*page)
    assert post.title == "Mending Nets Before Winter"
    assert post.blog == "Quiet Harbour Notes"
    assert post.url == "http://harbour.example.org/2007/10/mending-nets/"
    assert post.body.startswith("The boats came in early")


def test_front_matter_copying_the_saved_title_gives_way_too() -> None:
    """A saver's front matter took the page's <title> ("Blog - Archive » Title") whole."""
    item = _kubrick_item()
    post = _one("---", f'title: "{item[0]}"', "---", "", *item)
    assert post.title == "Mending Nets Before Winter"
    assert post.blog == "Quiet Harbour Notes"
    assert post.date == "2007-10-09"


def test_byline_with_its_date_on_the_next_line() -> None:
    """An older theme's "Posted by [name]" / " On March 2nd, 2005 at 18:40": the name alone,
    and the date (whatever order the phrase patterns are built in)."""
    post = _one(
        " [ Kelp Notes ](http://kelp.example.org/)",
        "",
        " A rooftop almanac",
        "",
        "### Drying Kelp on the Roof",
        "",
        " Posted by [mara.quill](http://kelp.example.org/authors/mara.quill)",
        " On March 2nd, 2005 at 18:40",
        "",
        " The roof is flat, the sun is out, and the kelp needs **three** days.",
        "",
        " By Sunday the whole street smelled of the [sea](http://sea.example.org/).",
        "",
        "```",
        "kelp = dry(3)",
        "```",
    )
    assert post.title == "Drying Kelp on the Roof"
    assert post.author == "mara.quill"
    assert post.date == "2005-03-02"
