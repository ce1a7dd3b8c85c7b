"""A Substack post saved as plain text: its head stack, its likes and its comment list."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text
from tuiarchive.model import Post

_PAGE = "\n".join(
    (
        "",
        "The Copper Kettle",
        "The Copper Kettle",
        "",
        "",
        "",
        "Why every workshop needs a slow bench",
        "A corner where nothing is rushed, and everything gets finished",
        "Agnes Thornbury",
        "Mar 4, 2025",
        "",
        "un banco de madera lleno de herramientas",
        "Photo by Ravi Kole (source: Unsplash)",
        "For years my workshop had one bench, and it was always covered in half-done jobs.",
        "",
        "Then I built a second one, and gave it a single rule: no deadlines.",
        "",
        "What goes on the slow bench",
        "",
        "Repairs that need glue to cure overnight, and letters that need a second reading.",
        "",
        "See you at the bench next month 🔧",
        "",
        "Thanks for reading The Copper Kettle! Subscribe for free to receive new posts"
        " and support my work.",
        "",
        "41 Likes",
        "∙",
        "3 Restacks",
        "Discussion about this post",
        "Write a comment...",
        "Bram Okafor",
        "Mar 4",
        "",
        "I have a drawer like that, but a whole bench sounds like luxury.",
        "",
        "Like (3)",
        "Reply",
        "Share",
        "1 reply by Agnes Thornbury",
        "Lotte Vennik",
        "Lotte’s Notebook",
        "Mar 5",
        "",
        "Do you keep the slow bench in the same room as the fast one?",
        "",
        "Like (1)",
        "Reply",
        "Share",
        "2 more comments...",
        "",
        "The drawer of unfinished things",
        "What a single drawer taught me about patience",
        "Jan 20 • Agnes Thornbury",
        "88",
        "9",
        "",
        "Sharpening, slowly",
        "Ten minutes a day with a whetstone",
        "Feb 11 • Agnes Thornbury",
        "52",
        "4",
        "",
        "© 2025 Agnes Thornbury",
        "Privacy ∙ Terms ∙ Collection notice",
        "Start writing",
        "Get the app",
    )
)


def _post() -> Post:
    posts = parse_text(_PAGE, "kettle.txt")
    assert len(posts) == 1, [p.title for p in posts]
    return posts[0]


def test_the_head_stack_gives_title_author_and_date_and_leaves_the_subtitle_out() -> None:
    post = _post()
    assert post.title == "Why every workshop needs a slow bench"
    assert post.author == "Agnes Thornbury"
    assert post.blog == "The Copper Kettle"
    assert post.date == "2025-03-04"
    assert "nothing is rushed" not in post.body
    assert any("subtitle" in w for w in post.warnings)


def test_the_header_images_alt_text_and_credit_are_not_the_body() -> None:
    post = _post()
    assert post.body.splitlines()[0].startswith("For years my workshop had one bench")
    assert any("Ravi Kole" in w for w in post.warnings)


def test_the_body_ends_before_the_subscribe_prompt_and_the_likes() -> None:
    post = _post()
    assert post.body.splitlines()[-1] == "See you at the bench next month 🔧"


def test_the_comments_are_read_with_their_authors_and_the_teasers_are_not_comments() -> None:
    post = _post()
    assert tuple(c.author for c in post.comment_list) == ("Bram Okafor", "Lotte Vennik")
    texts = " ".join(c.text for c in post.comment_list)
    assert "same room" in texts
    assert "drawer of unfinished" not in texts and "whetstone" not in texts


def test_a_stack_under_two_different_header_lines_is_not_read_as_a_head() -> None:
    page = _PAGE.replace("The Copper Kettle\nThe Copper Kettle", "The Copper Kettle\nHome  Archive")
    posts = parse_text(page, "kettle.txt")
    assert all(not any("head stack" in w for w in p.warnings) for p in posts)
