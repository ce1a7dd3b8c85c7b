"""A byline a saver printed a piece a line (every link on its own line): read as one."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def test_a_byline_with_its_date_then_each_link_on_a_line_gives_author_date_and_labels() -> None:
    page = "\n".join(
        [
            "# Notes from the silt summit",
            "",
            "The harbour masters met on Tuesday and talked about silt for three hours.",
            "",
            "Nobody agreed on the dredging, but everybody agreed to meet again.",
            "",
            "Posted on November 14th, 2014 by ",
            "Odile Brant",
            " in ",
            "Harbours",
            ", ",
            "Meetings",
            " |   ",
            "No Comments »",
        ]
    )
    (post,) = parse_text(page, "summit.txt")
    assert post.date == "2014-11-14"
    assert post.author == "Odile Brant"
    assert post.labels == ("Harbours", "Meetings")
    assert post.body.endswith("everybody agreed to meet again.")


def test_a_name_run_into_the_categories_lead_is_not_read_with_it() -> None:
    page = "\n\n".join(
        [
            "# Notes from the silt summit",
            "The harbour masters met on Tuesday and talked about silt for three hours.",
            "Posted on May 2, 2021 by Odile BrantPosted in HarboursLeave a comment",
        ]
    )
    (post,) = parse_text(page, "summit.txt")
    assert post.author == "Odile Brant"
    assert post.labels == ("Harbours",)
