"""A WordPress home page where one post lost its footer: the next post's title and byline still start a post."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def _post(title: str, day: str, body: list[str], footer: bool = True) -> list[str]:
    lines = [title, f"Posted on {day} by quillwort\t", "", *body, ""]
    if footer:
        lines.append("Posted in Uncategorized\t| Leave a comment")
    return lines


def _home_page() -> str:
    return "\n".join(
        _post("quillwort-3.1 released", "May 8, 2015", ["Small fixes to the spindle scheduler."])
        + _post(
            "quillwort-3.0 released",
            "November 3, 2012",
            [
                "The big version bump changes a few defaults.",
                "",
                "    renamed the :speed option",
                "    faster merges",
                "",
                "The timing page was refreshed as well.",
            ],
            footer=False,
        )
        + [""]
        + _post(
            "Progress report",
            "October 8, 2012",
            [
                "    The latest builds pass every test on two platforms.",
                "",
                "    Nothing else is known to break.",
            ],
        )
        + _post(
            "quillwort-2.4 released",
            "October 1, 2012",
            ["Another small release with a fix for the pool."],
        )
    )


def test_a_title_and_byline_under_a_post_with_no_footer_start_a_new_post() -> None:
    posts = parse_text(_home_page(), "home.txt")
    assert [p.title for p in posts] == [
        "quillwort-3.1 released",
        "quillwort-3.0 released",
        "Progress report",
        "quillwort-2.4 released",
    ]
    footerless, report = posts[1], posts[2]
    assert str(footerless.date) == "2012-11-03"
    assert footerless.body.splitlines()[-1] == "The timing page was refreshed as well."
    assert "Progress report" not in footerless.body
    assert str(report.date) == "2012-10-08"
    assert report.author == "quillwort"
    assert (
        report.body.splitlines()[0].strip() == "The latest builds pass every test on two platforms."
    )
    assert any("footer" in w for w in footerless.warnings)
