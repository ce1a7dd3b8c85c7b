"""A link card spread over lines (an embedded tweet saved as "[" / its text and date / "](url)") inside a post."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def test_a_date_inside_a_spread_card_does_not_split_the_post() -> None:
    text = "\n".join(
        [
            "---",
            'title: "Keep State Small"',
            'source: "https://pondcode.example.dev/blog/keep-state-small"',
            'publishedDate: "2021-02-14"',
            "---",
            "",
            "Most of the state in a form does not need to live in the component at all.",
            "",
            "Someone put it better than I could:",
            "",
            "[",
            "",
            "![Image 1](https://pbs.example.com/avatar.jpg)",
            "",
            "marta_codes",
            "",
            "If you can compute it, do not store it.",
            "",
            "Feb 2, 2021",
            "",
            "](https://x.com/marta_codes/status/1356012345678901234)",
            "",
            "Derived values are computed on render, and that is cheap.",
            "",
            "One source of truth.",
        ]
    )
    posts = parse_text(text, "s.md")
    assert [p.title for p in posts] == ["Keep State Small"]
    post = posts[0]
    assert str(post.date)[:10] == "2021-02-14"
    lines = [line for line in post.body.splitlines() if line.strip()]
    assert lines[0].startswith("Most of the state in a form")
    assert lines[-1] == "One source of truth."
    assert "If you can compute it, do not store it." in post.body
