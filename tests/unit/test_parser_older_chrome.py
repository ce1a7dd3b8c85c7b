"""Chrome that older Blogger pages print: bylines in the wording of their day, comment heads
whose author's name runs into an English timestamp in any script."""

from __future__ import annotations

import pytest

from tuiarchive.dumps.parser import parse_text

ITEM = """Minggu, 08 Februari 2009

Lampu pelabuhan menyala lagi

Kapal feri ke dermaga gandum terlambat lagi hari Jumat.

{byline}
{labels} pelabuhan, feri
{none}
"""


@pytest.mark.parametrize(
    ("byline", "labels", "none"),
    [
        ("Diposkan oleh Ratna Wulandari di 15:44", "Label:", "0 komentar:"),
        ("Diposkan oleh Ratna Wulandari", "Label:", "Tidak ada komentar:"),
        ("Opublikowany przez Ratna Wulandari o 15:44", "Etykiety:", "Brak komentarzy:"),
    ],
)
def test_an_older_blogger_byline_names_the_author_and_leaves_the_body(
    byline: str, labels: str, none: str
) -> None:
    (post,) = parse_text(ITEM.format(byline=byline, labels=labels, none=none), "old.txt")
    assert post.author == "Ratna Wulandari"
    assert post.body == "Kapal feri ke dermaga gandum terlambat lagi hari Jumat."
    assert (post.labels, post.comments) == (("pelabuhan", "feri"), 0)
