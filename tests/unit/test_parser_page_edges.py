"""Page chrome at a post's edges: an empty related widget's heading, post navigation, a
comment section saved as a numbered list under it."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def test_an_empty_related_widgets_heading_over_another_related_list_is_kept_aside() -> None:
    text = "\n".join(
        (
            "Tuning the Old Loom",
            "",
            "Posted on March 3, 2010",
            "by Weftworks",
            "",
            "The loom in the back room had not been tuned since the flood.",
            "",
            "Next week we restring the heddles, so check back then for the rest of it.",
            "",
            "Related Threads",
            "",
            "Related Articles",
            "",
            "Dyeing With Onion Skins",
            "A Short History of the Shuttle",
            "Why Linen Frays",
            "This entry was posted in Workshop. Bookmark the permalink.",
        )
    )
    posts = parse_text(text, "loom.txt")
    assert len(posts) == 1
    post = posts[0]
    last = post.body.rstrip().splitlines()[-1]
    assert last == "Next week we restring the heddles, so check back then for the rest of it."
    assert "Related Threads" in post.extra_text


def test_post_navigation_and_a_numbered_comment_list_stay_with_the_post() -> None:
    text = "\n".join(
        (
            "---",
            'title: "Against the Tidy Postmortem"',
            "date: 2024-02-11T03:10:00Z",
            "---",
            "",
            "# Against the Tidy Postmortem",
            "",
            "Every review I sat through last winter ended with the same neat sentence.",
            "",
            "We can ask better questions than who slipped.",
            "",
            "### Share this:",
            "",
            "-   [Share on X (Opens in new window) X][5]",
            "",
            "Like Loading...",
            "",
            "## Published by Ivo Marsh",
            "",
            "[View all posts by Ivo Marsh][6]",
            "",
            "**Published** February 10, 2024February 10, 2024",
            "",
            "## Post navigation",
            "",
            "[Previous Post A week of pager silence][7]",
            "",
            "[Next Post Notes from the runbook swamp][8]",
            "",
            "## One thought on “Against the Tidy Postmortem”",
            "",
            "1.  ![Petra's avatar](https://avatars.example.com/p.png) **Petra** says:",
            "    ",
            "    [March 1, 2024 at 9:12 am][9]",
            "    ",
            "    Agreed, the neat sentence hides the interesting part.",
            "    ",
            "    [Reply][10]",
            "",
            "### Leave a comment [Cancel reply][11]",
        )
    )
    posts = parse_text(text, "tidy.md")
    assert [p.title for p in posts] == ["Against the Tidy Postmortem"]
    post = posts[0]
    assert post.comments == 1
    assert [c.author for c in post.comment_list] == ["Petra"]
    assert post.body.rstrip().splitlines()[-1] == "We can ask better questions than who slipped."
