"""Byline phrases of one length tried in the locale files' order: the same post in every run."""

from __future__ import annotations

import os
import subprocess
import sys

from tuiarchive.dumps.parser import parse_text

_PAGE = "\n".join(
    [
        "### Mending a Torn Jib",
        "",
        " Posted by tessa.v",
        " On March 21st, 2007 at 18:40",
        "",
        "The tear ran along the leech, a hand's width from the clew.",
        "",
        "We patched it with two layers of cloth and a zigzag seam.",
    ]
)


def test_a_byline_with_on_and_at_reads_the_name_and_the_date() -> None:
    (post,) = parse_text(_PAGE, "page.md")
    assert post.author == "tessa.v"
    assert post.date == "2007-03-21"


def test_the_post_is_the_same_whatever_the_string_hashes() -> None:
    code = (
        "import sys; from tuiarchive.dumps.parser import parse_text;"
        "print(repr(parse_text(sys.stdin.read(), 'page.md')))"
    )
    seen = set()
    for seed in ("0", "1", "5"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", code], input=_PAGE, env=env, capture_output=True, text=True
        )
        assert run.returncode == 0, run.stderr
        seen.add(run.stdout)
    assert len(seen) == 1
