"""A WordPress post whose comment count stands under its title and date, above the text."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_PAGE = (
    "---",
    "title: Lantern Makers Flood Harbour Town With Cheap Copies",
    "url: https://harbourwatch.example.org/2024/03/lantern-makers-flood-harbour/",
    "source: Harbour Watch",
    "date: 2024-03-09",
    "fetch_date: 2025-10-06T20:23:29.461614",
    "---",
    "",
    "# Lantern Makers Flood Harbour Town With Cheap Copies",
    "",
    "Advertisement",
    "",
    "[![](/b-one/1.png)](https://ads.example.com/one)",
    "",
    '[![Harbour Watch](https://harbourwatch.example.org/logo.jpg)](https://harbourwatch.example.org/ "Harbour Watch")',
    "",
    '[Skip to content](#content "Skip to content")',
    "",
    "* [Home](https://harbourwatch.example.org/)",
    "* [About the Author](https://harbourwatch.example.org/about/)",
    "",
    "# Lantern Makers Flood Harbour Town With Cheap Copies",
    "",
    "March 8, 2024",
    "",
    "[12 Comments](https://harbourwatch.example.org/2024/03/lantern-makers-flood-harbour/#comments)",
    "",
    "Shopkeepers along the quay have been finding crates of lanterns that look exactly like the old brass ones.",
    "",
    "The copies are lighter, and the glass cracks in the first frost, according to three sellers we spoke with.",
    "",
    "Nobody yet knows which workshop ships them, but the crates all carry the same blue stamp on the lid.",
    "",
    "*This entry was posted on Friday 8th of March 2024 02:10 PM*",
    "",
    "[Local Trade](https://harbourwatch.example.org/category/trade/) [Warnings](https://harbourwatch.example.org/category/warnings/)",
    "",
    "[brass](https://harbourwatch.example.org/tag/brass/) [lanterns](https://harbourwatch.example.org/tag/lanterns/) [quay](https://harbourwatch.example.org/tag/quay/)",
    "",
    "Post navigation",
    "",
    "[← Earlier Story About Nets](https://harbourwatch.example.org/2024/02/nets/)",
    "[Later Story About Sails →](https://harbourwatch.example.org/2024/03/sails/)",
    "",
)


def test_a_count_under_the_title_and_date_is_the_posts_and_the_text_follows() -> None:
    posts = parse_text("\n".join(_PAGE), "item.md")
    assert len(posts) == 1
    post = posts[0]
    assert post.title == "Lantern Makers Flood Harbour Town With Cheap Copies"
    assert str(post.date) == "2024-03-08"
    assert post.comments == 12
    assert post.body.startswith("Shopkeepers along the quay")
    assert post.body.endswith("the same blue stamp on the lid.")
    assert post.labels == ("Local Trade", "Warnings", "brass", "lanterns", "quay")
    assert any("comment count" in said for said in post.warnings)
