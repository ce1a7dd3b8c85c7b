"""A title read from a heading that links to the site's home or to an author's page."""

from tuiarchive.dumps.parser import parse_dump

AUTHOR_HEADING = """\
## [Mira's Workbench](http://example.org/notes/?author=3)
## [ropeknot 1.4](http://ropeknot.example.net)
ropeknot is a small library for tying tasks together. It runs them in order.

## [Queues Made of Paper Cups](http://example.org/notes/?p=52)
After a week of fighting with callbacks I sat down and wrote the smallest queue I could.
It holds the tasks in a list and hands them out one by one to whoever asks.
Posted in Programming | 3 Comments
"""

HOME_HEADING = """\
# [The Lantern Room](https://lanternroom.example.com/)

Some thoughts on lighthouses, lenses and the people who kept them.

Posted on March 3, 2019 by Odile Ferrand
The keeper wrote in the log every night, even when nothing happened.
She noted the wind, the oil used and the ships that passed.
"""


def test_a_title_from_a_heading_linking_to_an_author_page_says_so() -> None:
    post = parse_dump(AUTHOR_HEADING.encode(), "x.md")[0]
    if post.title == "Mira's Workbench":  # a guess: it must say so, and not keep the link
        assert any("author" in w and "Mira's Workbench" in w for w in post.warnings)
        assert post.url != "http://example.org/notes/?author=3"


def test_a_title_from_a_heading_linking_to_the_site_home_says_so() -> None:
    post = parse_dump(HOME_HEADING.encode(), "x.md")[0]
    if post.title == "The Lantern Room":
        assert any("home" in w and "The Lantern Room" in w for w in post.warnings)
        assert post.url != "https://lanternroom.example.com/"
