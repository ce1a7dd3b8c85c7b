"""Looking for a pattern at line starts only finds what a line-by-line search finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tuiarchive.dumps.line_search import LineStart

BODY = r"(?:quote|zitat)[ \t]?:[ \t]*$|said\.\.\."
PAGE = st.text(alphabet=st.sampled_from(list("quoteZITAsaid.: \t\nx")), max_size=60)


@settings(max_examples=500, deadline=None)
@given(PAGE)
def test_a_line_start_is_found_exactly_where_a_multiline_search_finds_one(text: str) -> None:
    plain = re.compile(rf"^[ \t]*(?:{BODY})", re.IGNORECASE | re.MULTILINE)
    assert LineStart(BODY, re.IGNORECASE).found_in(text) == (plain.search(text) is not None)


def test_only_a_line_start_counts() -> None:
    quote = LineStart(r"quote:[ \t]*$", re.IGNORECASE)
    assert quote.found_in("text\n  Quote:\nmore")
    assert quote.found_in("Quote:")
    assert not quote.found_in("as the quote: goes")
    assert not quote.found_in("a Quote: b")
