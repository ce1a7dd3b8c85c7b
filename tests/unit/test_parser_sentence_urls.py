"""A Blogger item in Markdown whose body lists bare addresses, then a sentence holding one: no pasted post."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

REPO = "https://code.example.org/wren/kestrel/blob/main/notes"
POST = "https://wrenfield.blogspot.com/2024/03/teaching-a-loom-to-count.html"


def _page() -> str:
    links = [f"[{REPO}/{n}.md](https://wrenfield.blogspot.com/2024/03/goog_1234)" for n in "abcd"]
    body: list[str] = []
    for link in links:
        body += [link, ""]
    return "\n".join(
        [
            "---",
            "date: '2024-03-09'",
            f"link: {POST}",
            "title: 'Wrenfield: Teaching a loom to count'",
            "---",
            "",
            "# [Wrenfield](https://wrenfield.blogspot.com/)",
            "",
            "Notes on looms, counting and old machines.",
            "",
            "## Friday, March 8, 2024",
            "",
            "### Teaching a loom to count",
            "",
            "I spent a week making the old loom count its own threads without help.",
            "",
            "The first tries were poor, the counter slipped on every second row.",
            "",
            "After a few days it worked well enough that I was pleased with it.",
            "",
            "What came out of it is a handful of small notes, kept in these files:",
            "",
            *body,
            f"and the drawings under [{REPO}/drawings]({REPO}/drawings)",
            "",
            "Counting is not a natural task for a loom: it does better when it can check itself.",
            "",
            "So the loom now writes down each row, and a second pass reads the rows back.",
            "",
            "It will still be wrong now and then, but much less often than before.",
            "",
            "Posted by",
            '[wren.tally](https://www.blogger.com/profile/1234567 "author profile")',
            "at",
            "",
            f'[3:17 AM]({POST} "permanent link")',
            "",
            "#### No comments:",
            "",
            "[Post a Comment](https://www.blogger.com/comment/fullpage/post/1/2)",
        ]
    )


def test_a_sentence_holding_an_address_under_a_list_of_addresses_splits_no_post() -> None:
    posts = parse_text(_page(), "item.md")
    assert len(posts) == 1
    post = posts[0]
    assert post.title == "Teaching a loom to count"
    assert post.author == "wren.tally"
    assert post.comments == 0
    assert (
        post.body.splitlines()[-1]
        == "It will still be wrong now and then, but much less often than before."
    )
