"""A WordPress monthly archive saved as text: each post opens with its title and date on one
line ("Title March 9, 2014"), and its footer ("Posted in  Walks  |  2 Comments »") closes it."""

from __future__ import annotations

from tuiarchive.dumps.parser import parse_text

POSTS = [  # our own titles and paragraphs
    ("Week 3 – The ferry at dawn", "March 9, 2014", "The first boat leaves before the gulls wake."),
    ("Lanterns along the quay", "March 8, 2014", "Someone hangs a lantern at every bollard."),
    ("Week 2: Salt and pepper", "March 2, 2014", "The harbour café changed its soup again."),
]
FOOTERS = [
    "Posted in  Walks  |  2 Comments »",
    "Posted in  Walks  |  Leave a Comment »",
    "Posted in  Walks  |  1 Comment »",
]


def _archive(lost: str = "") -> str:
    blocks = []
    for index, (title, date, paragraph) in enumerate(POSTS):
        blocks.append(f"{title} {date}\n\n\n{paragraph}\n\nThe tide was out.\n\n\n{FOOTERS[index]}")
        if index == 0 and lost:
            blocks.append(lost)
    return "\n".join(blocks) + "\n"


def test_each_post_opens_with_its_title_run_into_its_date_and_ends_with_its_footer() -> None:
    posts = parse_text(_archive(), "archive.txt")
    assert [(p.title, p.date, p.labels, p.comments) for p in posts] == [
        ("Week 3 – The ferry at dawn", "2014-03-09", ("Walks",), 2),
        ("Lanterns along the quay", "2014-03-08", ("Walks",), None),
        ("Week 2: Salt and pepper", "2014-03-02", ("Walks",), 1),
    ]
    assert [p.body.splitlines()[0] for p in posts] == [paragraph for _, _, paragraph in POSTS]
    assert all(p.body.rstrip().endswith("The tide was out.") for p in posts)


def test_a_footer_left_alone_under_a_posts_footer_is_kept_aside_with_a_warning() -> None:
    lost = "\n\nTags: kites gulls\nPosted in  Walks  |  5 Comments »"
    posts = parse_text(_archive(lost), "archive.txt")
    assert [(p.title, p.labels, p.comments) for p in posts] == [
        ("Week 3 – The ferry at dawn", ("Walks",), 2),
        ("Lanterns along the quay", ("Walks",), None),
        ("Week 2: Salt and pepper", ("Walks",), 1),
    ]
    assert any("5 Comments" in text for text in posts[0].extra_text)
    assert any("kept aside" in w for w in posts[0].warnings)


def test_one_line_ending_in_a_date_is_no_title_by_itself() -> None:
    page = (
        "Notes from the quay\n\nWe met again on March 9, 2014\n\nThe gulls were loud.\n\n"
        "Posted in  Walks  |  2 Comments »\n"
    )
    posts = parse_text(page, "one.txt")
    assert [p.title for p in posts] == ["Notes from the quay"]


def test_the_clippers_source_line_closing_the_file_is_no_posts_text() -> None:
    page = _archive() + "\n\n来源： < http://harbour-walks.example.org/2014/03/ >  "
    posts = parse_text(page, "archive.txt")
    assert len(posts) == 3
    assert posts[-1].body.rstrip().endswith("The tide was out.")
    assert any("source line" in w for p in posts for w in p.warnings)
