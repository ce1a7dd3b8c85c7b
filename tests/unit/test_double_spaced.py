"""A page re-saved double-spaced (a blank line under every line) gives the posts it gave as
first saved, with a warning saying how it was read; an ordinary page is left as it is."""

from __future__ import annotations

from benchmarks.save_variants import blank_between
from tuiarchive.dumps.parser import parse_dump
from tuiarchive.model import Post

_PAGE = """\
Notes from the Lantern Street Garden

Tuesday, March 4, 2014

Planting the first beans of the season

The soil along the east fence was still cold this morning, but the beans went in
anyway because the forecast promised a mild week and the neighbours had started
theirs already.

We marked each row with a painted stick and a string so that the children could
find their own patch when they came back after school on Thursday afternoon.

Posted by Marta Vidal at 9:14 AM

Labels: beans, spring

Sunday, March 2, 2014

Mending the old wheelbarrow

The wheel had a flat spot that made every trip to the compost heap a small
adventure, so we took it apart on the porch and found a bent axle inside it.

A bolt from the hardware shop on the corner and an hour of patient work made it
roll again, and it now squeaks only when it is full of wet leaves.

Posted by Marta Vidal at 4:40 PM

Labels: tools

Friday, February 28, 2014

Seed catalogue evenings

Every winter the catalogues arrive in a bundle and we read them aloud at supper,
choosing far more varieties than the beds could ever hold in one summer.

Posted by Oskar Lind at 8:02 PM

Labels: seeds, winter
"""


def _fields(posts: list[Post]) -> list[tuple[object, ...]]:
    return [
        (p.title, p.date, p.author, p.labels, p.body.split()[:4], p.body.split()[-4:])
        for p in posts
    ]


def _doubled(text: str) -> str:
    return text.replace("\n", "\n\n")


def test_a_page_saved_with_every_line_end_doubled_reads_as_first_saved() -> None:
    saved = parse_dump(_PAGE.encode(), "garden.txt")
    doubled = parse_dump(_doubled(_PAGE).encode(), "garden.txt")
    assert len(saved) == 3
    assert _fields(doubled) == _fields(saved)
    assert all(any("double-spaced" in w for w in p.warnings) for p in doubled)


def test_a_page_with_a_blank_line_put_between_its_lines_reads_its_posts() -> None:
    saved = parse_dump(_PAGE.encode(), "garden.txt")
    spaced = parse_dump(blank_between(_PAGE).encode(), "garden.txt")
    assert [(p.title, p.date, p.author, p.labels) for p in spaced] == [
        (p.title, p.date, p.author, p.labels) for p in saved
    ]
    assert all(any("blank line between every two lines" in w for w in p.warnings) for p in spaced)


def test_a_page_of_one_line_paragraphs_is_not_read_as_double_spaced() -> None:
    paragraphs = "\n\n".join(
        f"Paragraph {n} of the walk along the river tells of the herons we counted."
        for n in range(30)
    )
    page = f"# A walk along the river\n\nPosted by Ines Roca on June 3, 2015\n\n{paragraphs}\n"
    posts = parse_dump(page.encode(), "walk.md")
    assert not any("spaced" in w or "every two lines" in w for p in posts for w in p.warnings)


def test_a_re_spaced_page_s_posts_point_at_their_lines_in_the_file_as_saved() -> None:
    for respaced in (_doubled(_PAGE), blank_between(_PAGE)):
        saved_lines, respaced_lines = _PAGE.split("\n"), respaced.split("\n")
        saved = parse_dump(_PAGE.encode(), "garden.txt")
        posts = parse_dump(respaced.encode(), "garden.txt")
        assert [respaced_lines[p.line - 1] for p in posts] == [
            saved_lines[p.line - 1] for p in saved
        ]
