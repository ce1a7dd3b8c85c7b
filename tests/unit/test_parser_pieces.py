"""A long dump read a piece at a time gives the posts the whole file gives, line numbers too."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tuiarchive.dumps.parser import parse_dump, read_dump_pieces
from tuiarchive.dumps.pieces import cut_points

HEAD = "Salt and Ice\nnotes from the far north\n\n"


def _post(n: int, comments: bool) -> str:
    text = (
        f"Monday, March {n % 28 + 1}, 2013\n\nField note {n}\n\nThe river rose {n} cm.\n"
        "Somebody wrote this.\n\nPosted by Jo Smith at 5:43 AM\n\n"
    )
    if comments:
        text += f"1 comments:\n\nAnn said...\n\nSeen it too, {n}.\n\nMarch 4, 2013 at 6:00 AM\n\n"
    return text


@settings(max_examples=40, deadline=None)
@given(st.lists(st.booleans(), min_size=1, max_size=30), st.integers(50, 900))
def test_pieces_read_as_the_whole_file_does(shape: list[bool], size: int) -> None:
    data = (HEAD + "".join(_post(n, c) for n, c in enumerate(shape))).encode()
    whole = parse_dump(data, "long.txt")
    pieces = list(read_dump_pieces(data, "long.txt", size=size))
    assert [p for piece in pieces for p in piece] == whole
    assert all(p.blog == "Salt and Ice" for p in whole)


def test_a_long_dump_is_cut_only_at_a_date_header_under_a_blank_line() -> None:
    text = HEAD + "".join(_post(n, False) for n in range(5))
    cuts = cut_points(text, 100)
    assert cuts and all(text[cut:].startswith("Monday, March") for cut in cuts)
    assert all(text[cut - 2 : cut] == "\n\n" for cut in cuts)


def test_a_piece_holding_no_post_is_read_with_its_neighbour_never_dropped() -> None:
    chrome_only = "Monday, March 9, 2013\n\n" + "\n\n".join(["Newer Post", "Home"] * 30) + "\n\n"
    data = (_post(1, False) + chrome_only + _post(2, False) + "tail words\n").encode()
    pieces = list(read_dump_pieces(data, "x.txt", size=40))
    posts = [p for piece in pieces for p in piece]
    assert [p.title for p in posts] == [p.title for p in parse_dump(data, "x.txt")]
    assert "tail words" in posts[-1].extra_text or "tail words" in posts[-1].body
