"""A README whose heading is its repository's name, with a blog post pasted below it."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_README = (
    "# harbour-lantern-tools",
    "Small scripts for counting lanterns in the harbour stock list",
    "",
    "    python count.py --all",
    "",
    "Notes for the stock list:",
    "    python count.py --lanterns",
    "",
    "Cleaning brass lanterns without scratching them",
    "Posted: March 3rd, 2019 | Author: quaykeeper | Filed under: Workshop, Brass",
    "",
    "Brass darkens in salty air faster than most people expect, so the lanterns on the quay",
    "need a gentle wash every few weeks before the green spots take hold.",
    "",
    "Use warm water with a little soap and a soft cloth, then dry the lantern at once.",
)


def test_a_readmes_repository_name_is_not_the_blogs_name() -> None:
    posts = parse_text("\n".join(_README), "README.md")
    assert len(posts) == 1
    post = posts[0]
    assert post.title == "Cleaning brass lanterns without scratching them"
    assert post.author == "quaykeeper"
    assert post.blog is None
