"""A page clipped at its top that opens with a sentence of the body: no title, with a warning."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def test_a_first_line_that_is_a_sentence_of_prose_is_the_body_not_a_title() -> None:
    text = "\n".join(
        (
            "[Last time][1], we walked through the sorter's split step, so today the merge"
            " step will be easier to follow.",
            "",
            "The code lives in src/sorter/merge.c:",
            "",
            "\tint merge(int *a, int n) {",
            "\t    return n;",
            "\t}",
            "",
            "That is all for now. Next time, I will show how to make it twice as fast.",
            "",
            "### Share this:",
            "",
            "* [Twitter][2]",
            "",
            "### Like this:",
            "",
            "Like Loading...",
            "",
            "  [1]: https://sortnotes.example.net/2019/03/01/split/",
            '  [2]: https://sortnotes.example.net/2019/03/02/merge/?share=twitter "Click to share on Twitter"',
        )
    )
    posts = parse_text(text, "clipped.txt")
    assert len(posts) == 1
    post = posts[0]
    assert post.title == ""
    assert post.body.startswith("Last time, we walked through")
    assert any("no title" in w for w in post.warnings)
