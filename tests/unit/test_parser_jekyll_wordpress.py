"""WordPress posts moved to Jekyll: the old theme's footer kept as text, embeds kept raw."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def _one(*lines: str):  # type: ignore[no-untyped-def]
    posts = parse_text("\n".join(lines), "page.txt")
    assert len(posts) == 1, [p.title for p in posts]
    return posts[0]


def _migrated(footer: str, first: str = "") -> list[str]:
    return [
        "---",
        "title: 'Tuning the Kettle Drum: a primer'",
        "image: images/12.jpg",
        "date: 2016-05-09 10:11:12.000000000 -07:00",
        "---",
        *([first, ""] if first else []),
        "I have been meaning to write about drum heads for a while, so here it is.",
        "",
        "The best settings I found, are:",
        "",
        "`tune --head=calf --tension 4`",
        "",
        footer,
    ]


def test_tabbed_posted_in_tags_footer_gives_labels_and_leaves_the_body() -> None:
    post = _one(*_migrated("Posted in Music\t| Tags: drums, kettle, calf\t| Leave a comment |"))
    assert post.labels == ("Music", "drums", "kettle", "calf")
    assert post.body.strip().splitlines()[-1] == "`tune --head=calf --tension 4`"
    assert str(post.date)[:10] == "2016-05-09"


def test_tabbed_posted_in_footer_with_a_count() -> None:
    post = _one(*_migrated("Posted in Music\t| Tags: drums\t| 3 Comments |"))
    assert post.labels == ("Music", "drums")
    assert post.comments == 3


def test_a_raw_iframe_embed_is_not_the_first_line_of_text() -> None:
    embed = (
        '<iframe width="560" height="315" src="//video.example/embed/xyz" frameborder="0"></iframe>'
    )
    post = _one(*_migrated("Posted in Music\t| Leave a comment", first=embed))
    assert post.body.strip().splitlines()[0].startswith("I have been meaning")
