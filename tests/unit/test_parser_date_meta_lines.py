"""A WordPress theme's one meta line under the title: the date, the categories, the comment link."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.parser import parse_text


@pytest.mark.parametrize(("link", "count"), [("Leave a comment", None), ("3 Comments", 3)])
def test_a_date_categories_and_comment_link_line_gives_date_and_labels(
    link: str, count: int | None
) -> None:
    page = "\n\n".join(
        [
            "# Notes from the harbour summit",
            '[October 24, 2022](https://quay.example.org/2022/10/24/summit/ "17:58")'
            " [Harbours](https://quay.example.org/category/harbours/),"
            " [Events](https://quay.example.org/category/events/)"
            f" [{link}](https://quay.example.org/2022/10/24/summit/#respond)",
            "It has been a while since the last summit, and the harbour masters had a lot to say.",
            "Most of the talks were about silt, as always.",
        ]
    )
    (post,) = parse_text(page, "summit.md")
    assert post.date == "2022-10-24"
    assert post.labels == ("Harbours", "Events")
    assert post.comments == count
    assert post.body.startswith("It has been a while")
