"""Blog posts pasted into a larger document: a thread, a notes file, a README, a mail."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.parser import parse_text
from tuiarchive.errors import NotADump


def _thread_reply(*quoted: str) -> list[str]:
    return [
        "### Post by gravelroad on 2012-03-04",
        "[http://quietbench.blogspot.com/2012/03/fixing-the-printer.html](http://quietbench.blogspot.com/2012/03/fixing-the-printer.html)",
        "",
        "Quote:",
        "",
        *quoted,
        "",
        "---",
        "",
    ]


def test_a_blogger_byline_inside_a_forum_quote_makes_no_post() -> None:
    quoted = (
        "To fix it, put the driver line into the config file.",
        "",
        "    driver = lp0",
        "",
        "Restart the spooler and it prints again.",
        "Posted by Mira Kovalenko at 04:22",
        "Email This BlogThis! Share to Twitter Share to Facebook",
    )
    text = "\n".join(
        [
            "### Post by lanternfish on 2012-03-03",
            "Since the upgrade my printer prints nothing at all.",
            "",
            "---",
            "",
            *_thread_reply(*quoted),
            "### Post by lanternfish on 2012-03-05",
            "Thanks, that worked for me.",
            "",
            "---",
        ]
    )
    with pytest.raises(NotADump):
        parse_text(text, "thread.md")


def test_a_quote_in_a_posts_own_text_keeps_the_posts_byline() -> None:
    posts = parse_text(
        "\n".join(
            [
                "Tuesday, March 6, 2012",
                "",
                "What the printer manual says",
                "",
                "Quote:",
                "",
                "Restart the spooler before you call us.",
                "",
                "Good advice, as it turned out.",
                "Posted by Mira Kovalenko at 04:22",
                "Email This BlogThis! Share to Twitter Share to Facebook",
            ]
        ),
        "page.txt",
    )
    assert [(p.title, p.author, p.date) for p in posts] == [
        ("What the printer manual says", "Mira Kovalenko", "2012-03-06")
    ]
