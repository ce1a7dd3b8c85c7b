"""A post exported to Markdown with a header block under its `# Title` (keys in the exporter's language)."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.parser import parse_text


@pytest.mark.parametrize(
    ("date_key", "url_key", "labels_key"),
    [("Datum", "URL", "Labels"), ("Date", "Link", "Tags"), ("Fecha", "URL", "Etiquetas")],
)
def test_a_header_block_under_the_title_is_the_posts_front_matter(
    date_key: str, url_key: str, labels_key: str
) -> None:
    text = "\n".join(
        [
            "# Counting Herons on the Lower Weir ",
            "",
            f"{date_key}: 2022-10-03",
            f"{url_key}: https://weirwatch.example.blogspot.com/2022/10/counting-herons.html",
            f"{labels_key}: Birds, River",
            "",
            "---",
            "",
            "Eleven herons this morning, which is two more than last week and one more than",
            "anyone in the village believes.",
            "",
            "I will count again on Saturday.",
        ]
    )
    posts = parse_text(text, "h.md")
    assert [p.title for p in posts] == ["Counting Herons on the Lower Weir"]
    post = posts[0]
    assert (str(post.date)[:10], post.labels) == ("2022-10-03", ("Birds", "River"))
    assert post.url == "https://weirwatch.example.blogspot.com/2022/10/counting-herons.html"
    assert post.body.strip().splitlines()[0].startswith("Eleven herons this morning")
    assert post.body.strip().splitlines()[-1] == "I will count again on Saturday."
    assert any("header block" in warning for warning in post.warnings)
