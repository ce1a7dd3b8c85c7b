"""Comments saved with no head and no names, told apart only by Blogger's fused buttons."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def test_comments_between_fused_reply_delete_buttons_leave_the_body_with_a_warning() -> None:
    text = "\n".join(
        [
            "---",
            "title: Sorting the seed drawer",
            "url: https://seedkeeper.example.net/2014/09/sorting-seed-drawer.html",
            "author: Tomas",
            "published: '2014-09-12'",
            "source_blog: Seed keeper",
            "---",
            "",
            "every packet had slipped behind the divider again, so I emptied the drawer.",
            "",
            "The beans went to the left, the brassicas to the right, the rest in the middle.",
            "",
            "*A photo of the drawer after sorting.*",
            "",
            "Do you keep the packets in the cold or just in a dry place?",
            "",
            "ReplyDeleteJust dry and dark. The fridge made the paper damp.",
            "",
            "ReplyDeleteThis comment has been removed by the author.",
            "",
            "ReplyDeleteWhat about the tomato seeds you saved yourself?",
            "",
            "They are in jars on the top shelf, labelled by year.",
            "",
            "ReplyDelete",
        ]
    )
    (post,) = parse_text(text)
    assert post.title == "Sorting the seed drawer"
    assert post.body.endswith("A photo of the drawer after sorting.*") or post.body.endswith(
        "A photo of the drawer after sorting."
    )
    assert "ReplyDelete" not in post.body
    assert "Do you keep the packets" not in post.body
    assert any("Do you keep the packets" in line for line in post.extra_text)
    assert any("ReplyDelete" in w for w in post.warnings)
