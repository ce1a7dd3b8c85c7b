"""An older WordPress theme's head: the byline, a row of the post's own links ("Link |
Trackbacks | Links In |") and "Posted in [category]" above the text: chrome and labels."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_POST = "https://example.org/notes/mending-the-blue-net/"


def _page(head: list[str]) -> str:
    return "\n".join(
        [
            " [ Harbour Notes ](https://example.org/)",
            "",
            " Notes from a small harbour town",
            "",
            "### Mending the blue net",
            "",
            " Posted by [mara.lind](https://example.org/authors/mara.lind)",
            " On April 3rd, 2007 at 09:15",
            "",
            *head,
            " The blue net tore on the breakwater in the March gales, and nobody wanted it.",
            "",
            " I took it home in a wheelbarrow and laid it out on the garage floor to dry.",
            "",
            " By Sunday the worst holes were closed with green twine from the chandler.",
        ]
    )


def test_the_category_line_above_the_text_gives_the_labels() -> None:
    head = [
        " Posted in [Harbour Life](https://example.org/category/harbour-life/)"
        ", [Nets](https://example.org/category/nets/)",
        "",
    ]
    posts = parse_text(_page(head))
    assert [p.title for p in posts] == ["Mending the blue net"]
    post = posts[0]
    assert post.date == "2007-04-03"
    assert post.labels == ("Harbour Life", "Nets")
    assert post.body.startswith("The blue net tore on the breakwater")


def test_the_row_of_the_posts_own_links_is_no_text() -> None:
    head = [
        f" [Link]({_POST}) | [Trackbacks]({_POST}#trackbacks)"
        f" | [Links In](https://search.example.com/links?url={_POST}) |",
        "",
        " Posted in [Harbour Life](https://example.org/category/harbour-life/)",
        "",
    ]
    posts = parse_text(_page(head))
    post = posts[0]
    assert post.labels == ("Harbour Life",)
    assert post.body.startswith("The blue net tore on the breakwater")
    assert "Trackbacks" not in post.body
