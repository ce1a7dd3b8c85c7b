"""A style sheet leaked into a post's text ("p.p1 {margin: 0.0px; font: 12.0px Helvetica}"): page chrome."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def test_a_line_of_css_rules_above_the_text_is_not_the_body() -> None:
    posts = parse_text(
        "\n".join(
            (
                "---",
                "title: 'Counting owls'",
                "date: 2011-02-07T09:00:00.001-05:00",
                "---",
                "",
                "p.p1 {margin: 0.0px 0.0px 0.0px 0.0px; font: 13.0px Georgia}"
                " span.s1 {letter-spacing: 0.0px}  ",
                "",
                "We counted eleven owls in the park on Sunday, more than any year before.",
                "",
                "Next year we will bring a better lamp.",
            )
        ),
        "export.md",
    )
    assert len(posts) == 1
    assert posts[0].body.startswith("We counted eleven owls")
    assert "margin" not in posts[0].body
