"""A byline continued on lines that open with a separator is the byline's, not the text's start."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

PAGE = "\n".join(
    [
        "---",
        "title: A quiet terminal for small servers",
        "url: https://mirela.example.info/post/2024/03/quiet-terminal.html",
        "date: 2024-03-15",
        "---",
        "",
        "- [Home](https://mirela.example.info/)",
        "- [Archive](https://mirela.example.info/archive.html)",
        "",
        "# A quiet terminal for small servers",
        "",
        "Posted on 03/14/2024",
        ", Last modified on 03/15/2024",
        "by [Mirela Oak](https://social.example.com/mirela)",
        "| [View revision history](https://code.example.com/mirela/blog/commits/post.md)",
        "",
        "I keep my small servers in a plain config file, and that has served me for years.",
        "",
        "This week I tried a browser terminal instead, and it was lighter than I feared.",
        "",
    ]
)


def test_a_byline_continued_on_separator_lines_leaves_the_body_to_the_text_en() -> None:
    posts = parse_text(PAGE, "page.md")
    assert len(posts) == 1
    post = posts[0]
    assert post.title == "A quiet terminal for small servers"
    assert (post.date, post.author) == ("2024-03-14", "Mirela Oak")
    assert post.body.startswith("I keep my small servers")
    assert "Last modified" not in post.body and "revision history" not in post.body


def test_a_table_under_a_byline_stays_in_the_body_en() -> None:
    table = PAGE.replace(", Last modified on 03/15/2024\n", "").replace(
        "| [View revision history](https://code.example.com/mirela/blog/commits/post.md)\n",
        "\n| host | port |\n|------|------|\n| alder | 22 |\n",
    )
    post = parse_text(table, "page.md")[0]
    assert "| alder | 22 |" in post.body
