"""The piped `--list` table drawn without Rich is the table Rich draws, character for character."""

from __future__ import annotations

import contextlib
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from tuiarchive.cli.plain_table import _SIMPLE, plain_table
from tuiarchive.cli.report import print_table

HEADERS = ("Date", "Title", "Author", "Labels")

# Simple text (drawn here) and text Rich must draw (wide, combining, zero-width characters).
SIMPLE_CHARS = st.characters(min_codepoint=0x20, max_codepoint=0x482, blacklist_characters="\x7f")
ANY_CHARS = st.one_of(
    SIMPLE_CHARS, st.sampled_from("\u201c\u201d\u2026\u2014中文한글\u0301\u200b\u00ad\ufe0f😀 ")
)
CELL = st.text(ANY_CHARS, max_size=30)


def rich_drawn(title: str, rows: list[tuple[str, ...]]) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        print_table(title, HEADERS, rows)
    return out.getvalue()


@settings(max_examples=300, deadline=None)
@given(
    title=st.text(ANY_CHARS, max_size=90),
    rows=st.lists(st.tuples(CELL, CELL, CELL, CELL), max_size=6),
)
def test_the_plain_table_is_richs_table(title: str, rows: list[tuple[str, ...]]) -> None:
    plain = plain_table(io.StringIO(), title, HEADERS, rows)
    if plain is not None:
        assert plain == rich_drawn(title, rows)


def test_a_listing_of_simple_text_is_drawn_plainly_and_the_rest_by_rich() -> None:
    rows = [("2014-05-23", "Caspian ferry, “at last”", "Mara Lind", "energy, Baku")]
    assert plain_table(io.StringIO(), "1 of 9 posts: all posts", HEADERS, rows) is not None
    assert plain_table(io.StringIO(), "1 of 9 posts", HEADERS, [("", "中文", "", "")]) is None
    assert (
        plain_table(io.StringIO(), "a title far wider than this table of no rows", HEADERS, [])
        is None
    )


def test_every_simple_character_is_one_cell_wide_for_rich() -> None:
    from rich.cells import cell_len

    simple = [chr(c) for c in range(0x30000) if _SIMPLE.fullmatch(chr(c))]
    assert len(simple) > 1000
    assert [c for c in simple if cell_len(c) != 1] == []
