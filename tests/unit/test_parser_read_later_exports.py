"""Pages saved by read-later apps and exported to Markdown: the export's own frame is the saver's."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

_BODY = [
    "The orchard behind the old mill had been left alone for eleven winters, and the",
    "pear trees had grown into one another like people leaning in to hear a secret.",
    "",
    "* We cut back the dead wood first.",
    "* Then we counted what was left: forty-one trees, nine of them still bearing.",
    "",
    "Next spring we will graft the two oldest ones and see what takes.",
]


def _omnivore(tag_line: str, front: list[str]) -> str:
    return "\n".join(
        [
            "---",
            "id: 3b1f0c2e-9a4d-4c55-8e21-7f0d9a6b1c44",
            *front,
            "tags:",
            "  - RSS",
            "date_published: 2023-04-17 09:12:00",
            "---",
            "",
            "# Pruning the Mill Orchard",
            tag_line,
            "",
            "[Read on Omnivore](https://omnivore.app/me/pruning-the-mill-orchard-18a2b3c4d5e)",
            "[Read Original](https://orchardnotes.example.net/2023/04/pruning-the-mill-orchard/)",
            "",
            "",
            "",
            *_BODY,
        ]
    )


def test_an_omnivore_export_is_read_below_its_frame() -> None:
    for tag_line in ("#Omnivore", "[[Omnivore]]"):
        posts = parse_text(_omnivore(tag_line, ["title: Pruning the Mill Orchard"]), "o.md")
        assert [p.title for p in posts] == ["Pruning the Mill Orchard"]
        post = posts[0]
        assert str(post.date)[:10] == "2023-04-17"
        assert post.url == "https://orchardnotes.example.net/2023/04/pruning-the-mill-orchard/"
        lines = [line for line in post.body.splitlines() if line.strip()]
        assert lines[0].startswith("The orchard behind the old mill")
        assert lines[-1] == "Next spring we will graft the two oldest ones and see what takes."
        assert post.labels == ()  # the saver's tag (RSS), not the post's
        assert any("Omnivore" in warning for warning in post.warnings)

