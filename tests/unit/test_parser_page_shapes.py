"""Page shapes of held-out real dumps (issue 10): a page cut above its first title, a
comment saved alone, a translation's credit line, a WordPress footer's categories line,
a site-section category, a comment head wrapped over lines."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text
from tuiarchive.errors import NotADump


def test_a_multi_post_page_cut_inside_a_post_under_a_subheading_starts_untitled() -> None:
    posts = parse_text(
        "\n".join(
            [
                "",
                " ## Step two: note the hash of the lost commit with this command.",
                "hg log --limit 5",
                "",
                "# then bring it back",
                "hg update -C <hash>",
                "",
                "",
                "at March 4, 2019 ",
                "Email This",
                "BlogThis!",
                "Share to Twitter",
                "Share to Facebook",
                "Labels: Mercurial",
                "Sunday, January 6, 2019",
                "Installing Mercurial on a rented server",
                "Log in as the admin user first.",
                "sudo apt install mercurial",
                "hg version",
            ]
        )
    )
    assert [p.title for p in posts] == ["", "Installing Mercurial on a rented server"]
    first = posts[0]
    assert first.body.split("\n")[0].endswith("note the hash of the lost commit with this command.")
    assert first.labels == ("Mercurial",)
    assert any("cut above its title" in w for w in first.warnings)
    assert posts[1].date == "2019-01-06"


def test_a_reader_comment_saved_alone_makes_no_post() -> None:
    text = "\n".join(
        [
            "Lanterns",
            "--------",
            "",
            "",
            "Anonymous said...",
            '"Every lantern on the quay was lit by hand."',
            "",
            "Marit, the harbour office kept a ledger of the lamplighters until 1931.",
            "",
            "12 MARCH, 2009 07:45",
            "",
            "@ https://quayside.example.blogspot.com/2009/03/lanterns.html",
        ]
    )
    try:
        posts = parse_text(text)
    except NotADump:
        posts = []
    assert posts == []
