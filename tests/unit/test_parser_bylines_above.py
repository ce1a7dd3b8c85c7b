"""Pages that print each post's byline above its title: each byline opens the post below it."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_SITE = "https://lantern.example.org"


def _page() -> str:
    lines = [f"# [Harbour Lantern Notes]({_SITE}/)", ""]
    for date, name, title, slug, text in [
        ("March 4, 2021", "Mira Tenn", "Painting the old ferry", "painting", "The hull was worse than we feared."),
        ("February 11, 2021", "oskar", "Winter moorings", "moorings", "Every boat needs two lines in winter."),
        ("January 20, 2021", "Mira Tenn", "Lamps along the breakwater", "lamps", "New lamps are promised by spring."),
    ]:  # fmt: skip
        lines += [
            f"Posted on {date} by {name}",
            "",
            f"## [{title}]({_SITE}/2021/{slug}/)",
            "",
            text,
            "",
            "We will see how it goes by the end of the month.",
            "",
        ]
    return "\n".join(lines)


def test_each_byline_above_a_title_is_the_post_below_its() -> None:
    posts = parse_text(_page(), "page.md")
    assert [p.title for p in posts] == [
        "Painting the old ferry",
        "Winter moorings",
        "Lamps along the breakwater",
    ]
    assert [p.date for p in posts] == ["2021-03-04", "2021-02-11", "2021-01-20"]
    assert [p.author for p in posts] == ["Mira Tenn", "oskar", "Mira Tenn"]
    assert [p.url for p in posts] == [
        f"{_SITE}/2021/painting/",
        f"{_SITE}/2021/moorings/",
        f"{_SITE}/2021/lamps/",
    ]
    assert posts[0].body.startswith("The hull was worse")
    assert any("byline above its title" in w for w in posts[0].warnings)
