"""A saved page's title with the blog's name joined to it: the post's own title kept apart."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def _clipped(title: str, printed: tuple[str, ...]) -> str:
    return "\n".join(
        (
            "---",
            "layout: post",
            f'title: "{title}"',
            "date: 2019-03-02T10:00:00Z",
            "link: https://tidewater.example.org/2015/04/09/lanterns-of-the-quay/",
            "---",
            "",
            *printed,
            "The lamplighters kept their own ledger of every wick on the quay.",
            "",
            "Most of the entries are about oil, a few about gulls.",
        )
    )


def test_a_site_name_after_the_front_matters_title_is_cut_where_the_page_prints_the_title() -> None:
    text = _clipped("Lanterns of the Quay  | Tidewater Ledger", ("## Lanterns of the Quay", ""))
    posts = parse_text(text, "clip.md")
    assert len(posts) == 1
    post = posts[0]
    assert post.title == "Lanterns of the Quay"
    assert post.blog is None
    assert post.body.startswith("The lamplighters kept")
    assert any("without 'Tidewater Ledger' after it" in w for w in post.warnings)


def test_a_clippers_heading_of_the_whole_title_is_neither_body_nor_the_blog() -> None:
    printed = ("# Lanterns of the Quay « Orla Brennick", "", "Lanterns of the Quay", "")
    posts = parse_text(_clipped("Lanterns of the Quay « Orla Brennick", printed), "clip.md")
    assert len(posts) == 1
    post = posts[0]
    assert post.title == "Lanterns of the Quay"
    assert post.blog is None
    assert post.body.startswith("The lamplighters kept")


def test_a_title_with_its_own_dash_printed_whole_keeps_it() -> None:
    text = _clipped("Lanterns - a Winter Count", ("## Lanterns - a Winter Count", ""))
    posts = parse_text(text, "clip.md")
    assert posts[0].title == "Lanterns - a Winter Count"


def _reader(title: str) -> str:
    return "\n".join(
        (
            f"Title: {title}",
            "",
            "URL Source: https://pellnotes.example.net/how-i-taught-the-kettle-to-sing.html",
            "",
            "Markdown Content:",
            "Posted on 2023-05-02",
            "",
            "The kettle had always hissed; this spring I wanted it to hum a tune instead.",
            "",
            "It took a funnel, two washers and a great deal of patience.",
        )
    )


def test_a_reader_title_with_the_blog_name_first_keeps_the_part_the_address_spells() -> None:
    posts = parse_text(_reader("Pell's notebook - How I taught the kettle to sing"), "r.md")
    assert len(posts) == 1
    post = posts[0]
    assert post.title == "How I taught the kettle to sing"
    assert post.blog is None
    assert any("name before it" in w for w in post.warnings)


def test_a_reader_title_with_the_blog_name_after_is_read_as_before() -> None:
    posts = parse_text(_reader("How I taught the kettle to sing - Pell's notebook"), "r.md")
    assert posts[0].title == "How I taught the kettle to sing"
    assert posts[0].blog == "Pell's notebook"
