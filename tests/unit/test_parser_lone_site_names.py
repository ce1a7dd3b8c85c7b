"""A body line that is only a site's name ("Facebook") between two lines of prose: the author's
text, not share buttons ending the post (said on the post)."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text


def _page(site: str) -> str:
    return "\n".join(
        [
            "Monday, May 3, 2021",
            "",
            "Notes from the allotment",
            "",
            "The beans are up at last, three weeks late. I put a photo of them on",
            "",
            site,
            "",
            "and the frost took half of the potatoes, but the rest look healthy enough.",
            "",
            "Posted by Nell Hardy at 7:12 PM",
            "",
            "Labels: garden",
            "",
        ]
    )


def test_a_site_name_alone_inside_the_body_stays_in_it() -> None:
    for site in ("Facebook", "Twitter", "Reddit"):
        (post,) = parse_text(_page(site), "page.txt")
        assert post.title == "Notes from the allotment"
        assert post.author == "Nell Hardy"
        assert site in post.body.split("\n")
        assert post.body.rstrip().endswith("the rest look healthy enough.")
        assert any(site in w and "body" in w for w in post.warnings), post.warnings


def test_share_buttons_under_a_body_still_end_it() -> None:
    page = _page("Facebook").replace(
        "and the frost took half of the potatoes, but the rest look healthy enough.",
        "Twitter",
    )
    (post,) = parse_text(page, "page.txt")
    assert "Facebook" not in post.body
