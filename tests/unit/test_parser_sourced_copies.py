"""A saved copy of one post with no date anywhere: its title heading first, then a line
naming the post's address (a quoted "来源：[url](url)", a read-later "_Captured: … from
[site](url)_"). One post, undated and said so; the save's own time is not its date."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_BLOGGER = "http://willowandreed.blogspot.com/2011/05/planting-the-lower-bed.html"
_TEXT = [
    "On Saturday we finally dug the lower bed, the one that floods every March"
    " ([last year's flood](http://willowandreed.blogspot.com/2010/03/flood.html)).",
    "",
    "![The lower bed](http://willowandreed.blogspot.com/images/bed.jpg)",
    "",
    "We raised it by a spade's depth with compost from the heap behind the shed.",
    "",
    "The beans went in along the fence and the lettuce in two short rows.",
]


def test_a_quoted_source_line_under_the_heading_makes_the_copy_a_post() -> None:
    text = "\n".join(
        [
            "<!--yml",
            "category: 未分类",
            "date: 2024-02-10 09:12:30",
            "-->",
            "",
            "# Planting the lower bed",
            "",
            f"> 来源：[{_BLOGGER}]({_BLOGGER})",
            "",
            *_TEXT,
        ]
    )
    posts = parse_text(text)
    assert [p.title for p in posts] == ["Planting the lower bed"]
    post = posts[0]
    assert post.url == _BLOGGER
    assert post.date is None
    assert any("no date" in w for w in post.warnings)
    assert post.body.startswith("On Saturday we finally dug")


def test_the_blogs_name_before_the_title_is_read_by_the_blogs_address() -> None:
    text = "\n".join(
        [
            "# Willow and Reed: Planting the lower bed",
            "",
            f"> 来源：[{_BLOGGER}]({_BLOGGER})",
            "",
            *_TEXT,
        ]
    )
    post = parse_text(text)[0]
    assert post.title == "Planting the lower bed"
    assert post.blog == "Willow and Reed"
    assert post.series is None


def test_a_title_with_a_colon_of_its_own_keeps_it() -> None:
    text = "\n".join(
        [
            "# Beans: a second sowing",
            "",
            f"> Source: [{_BLOGGER}]({_BLOGGER})",
            "",
            *_TEXT,
        ]
    )
    post = parse_text(text)[0]
    assert post.title.startswith("Beans")


def test_a_read_later_capture_line_gives_the_address_not_the_date() -> None:
    url = "https://shop.example.co.uk/blog/choosing-a-soldering-iron/"
    text = "\n".join(
        [
            "# Choosing a Soldering Iron",
            "",
            f"_Captured: 2019-04-02 at 21:07 from [shop.example.co.uk]({url})_",
            "",
            "## Power",
            "",
            "A 25 watt iron is plenty for [through-hole](https://shop.example.co.uk/th/) work.",
            "",
            "![An iron in its stand](https://shop.example.co.uk/img/iron.png)",
            "",
            "## Tips",
            "",
            "A chisel tip holds more heat than a fine conical one and lasts longer.",
        ]
    )
    posts = parse_text(text)
    assert [p.title for p in posts] == ["Choosing a Soldering Iron"]
    assert posts[0].url == url
    assert posts[0].date is None


def test_a_wordpress_posts_capture_with_its_post_navigation_is_a_post() -> None:
    url = "https://shop.example.co.uk/blog/choosing-a-soldering-iron/"
    text = "\n".join(
        [
            "# Choosing a Soldering Iron",
            "",
            f"_Captured: 2019-04-02 at 21:07 from [shop.example.co.uk]({url})_",
            "",
            "## Power",
            "",
            "A 25 watt iron is plenty for [through-hole](https://shop.example.co.uk/th/) work.",
            "",
            "![iron](https://shop.example.co.uk/wp/wp-content/uploads/2016/02/iron.png)",
            "",
            "A chisel tip holds more heat than a fine conical one and lasts longer.",
            "",
            "> _<- Previous Post Next Post ->_",
            "",
            '## One thought on "Choosing a Soldering Iron"',
            "",
            "  * Comment ",
        ]
    )
    posts = parse_text(text)
    assert [p.title for p in posts] == ["Choosing a Soldering Iron"]
    assert posts[0].comments == 1
    assert "lasts longer." in posts[0].body
    assert "One thought" not in posts[0].body
