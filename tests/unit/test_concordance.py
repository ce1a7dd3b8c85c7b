"""Keyword in context: lines, contexts cut at words, sorting, the cap."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tuiarchive.model import Post
from tuiarchive.query.language import parse_filter
from tuiarchive.research.concordance import (
    Line,
    build,
    cut_left,
    cut_right,
    describe_patterns,
    flat,
    lines_of,
    sort_lines,
)
from tuiarchive.words import WORD, Pattern, normalise


def concordance(posts: Iterable[Post], patterns: Sequence[Pattern]) -> list[Line]:
    """Every occurrence of the patterns in the posts' bodies, by date."""
    return sort_lines(build(posts, patterns).lines, "date")


def post(pid: str, body: str, date: str | None = "2014-05-23", title: str = "T") -> Post:
    return Post(id=pid, title=title, body=body, date=date)


def patterns(text: str):  # type: ignore[no-untyped-def]
    return parse_filter(text).highlights


def test_one_hit_with_context_and_neighbour_words() -> None:
    body = "First paragraph.\n\nWe took the Ferry across\tthe bay at dawn."
    [line] = lines_of(post("a", body), patterns("ferry"), 80)
    assert (line.paragraph, line.offset) == (1, body.split("\n\n")[1].index("Ferry"))
    assert (line.left, line.hit, line.right) == (
        "We took the ",
        "Ferry",
        " across the bay at dawn.",
    )
    assert (line.left_word, line.right_word) == ("the", "across")
    assert not line.left_more and not line.right_more


def test_prefixes_phrases_and_case_follow_the_filter() -> None:
    body = "Ferries and ferrymen. The grain\nberth, the GRAIN BERTH; grain berths."
    found = lines_of(post("a", body), patterns('ferr "grain berth"'), 80)
    assert [x.hit for x in found] == ["Ferries", "ferrymen", "grain berth", "GRAIN BERTH"]


def test_context_is_cut_at_word_boundaries() -> None:
    words = " ".join(f"word{n:02d}" for n in range(40))
    body = f"{words} HIT {words}"
    [line] = lines_of(post("a", body), patterns("hit"), 30)
    assert len(line.left) <= 30 and len(line.right) <= 30
    assert line.left.endswith("word39 ") and re.match(r"word\d\d ", line.left)
    assert line.right.startswith(" word00") and re.search(r" word\d\d$", line.right)
    assert line.left_more and line.right_more


def test_cut_helpers() -> None:
    assert cut_left("alpha beta gamma", 10) == "beta gamma"
    assert cut_left("alpha beta gamma", 11) == "beta gamma"
    assert cut_left("alpha beta gamma", 4) == ""
    assert cut_right("alpha beta gamma", 10) == "alpha beta"
    assert cut_right("alpha beta gamma", 9) == "alpha"
    assert cut_right("short", 10) == "short"


def test_sorting_by_date_left_and_right_word() -> None:
    posts = [
        post("p1", "Zebra ferry apple.", "2015-01-01"),
        post("p2", "Mango ferry zulu. Apple ferry mango.", "2013-01-01"),
        post("p3", "ferry banana.", None),
    ]
    lines = build(posts, patterns("ferry")).lines
    by_date = sort_lines(lines, "date")
    assert [(x.post_id, x.left_word) for x in by_date] == [
        ("p2", "mango"), ("p2", "apple"), ("p1", "zebra"), ("p3", "")
    ]  # fmt: skip
    assert [x.left_word for x in sort_lines(lines, "left")] == ["", "apple", "mango", "zebra"]
    assert [x.right_word for x in sort_lines(lines, "right")] == [
        "apple", "banana", "mango", "zulu"
    ]  # fmt: skip
    assert concordance(posts, patterns("ferry")) == by_date
    with pytest.raises(ValueError):
        sort_lines(lines, "title")


def test_the_cap_stops_reading_and_says_so() -> None:
    posts = [post(f"p{n}", "ferry " * 3) for n in range(10)]
    full = build(posts, patterns("ferry"))
    assert len(full.lines) == 30 and not full.cut and full.posts_with_hits == 10
    capped = build(posts, patterns("ferry"), limit=10)
    assert len(capped.lines) == 10 and capped.cut and capped.posts_read < 10


def test_progress_is_reported() -> None:
    seen: list[tuple[int, int]] = []
    build([post(f"p{n}", "ferry") for n in range(5)], patterns("ferry"),
          progress=lambda r, n: seen.append((r, n)), every=2)  # fmt: skip
    assert seen == [(2, 2), (4, 4)]


def test_no_patterns_or_empty_body_give_nothing() -> None:
    assert lines_of(post("a", "ferry"), (), 80) == []
    assert lines_of(post("a", ""), patterns("ferry"), 80) == []
    assert (
        describe_patterns(patterns('ferry "grain berth"'))
        == "\u201cferry\u201d or \u201cgrain berth\u201d"
    )


TEXT = st.lists(
    st.sampled_from(
        list("ab ferryFERRY\n\t.,-é\u00a0\u2019\u2014\u0301İ") + ["\n\n", "ferry", "Ferr", "   "]
    ),
    max_size=120,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(body=TEXT, width=st.integers(min_value=0, max_value=40),
       term=st.sampled_from(["ferry", "ferr", "a", '"ferry a"', "b OR ferry"]))  # fmt: skip
def test_lines_are_the_paragraph_text_and_hits_match(body: str, width: int, term: str) -> None:
    pats = patterns(term)
    found = lines_of(post("a", body), pats, width)
    paragraphs = body.split("\n\n")
    assert len(found) == sum(
        len(list(_spans(p, pats))) for p in paragraphs
    )  # every occurrence, once
    for line in found:
        raw = paragraphs[line.paragraph]
        paragraph = flat(raw)
        where = len(flat(raw[: line.offset])) - len(line.left)
        assert paragraph[where:].startswith(line.left + line.hit + line.right)
        assert len(line.left) <= width and len(line.right) <= width
        before_words = WORD.findall(raw[: line.offset])
        assert line.left_word == (normalise(before_words[-1]) if before_words else "")
        hit_words = [normalise(w) for w in WORD.findall(line.hit)]
        assert any(p.found_in(hit_words) for p in pats)
        # Cut at words: the context never starts or ends inside a word of the paragraph.
        before = paragraph[where - 1] if where > 0 else " "
        stop = where + len(line.left + line.hit + line.right)
        after = paragraph[stop] if stop < len(paragraph) else " "
        if line.left:
            assert not (WORD.match(before) and WORD.match(line.left[0]))
        if line.right:
            assert not (WORD.match(after) and WORD.match(line.right[-1]))
        assert isinstance(line, Line)


def _spans(paragraph: str, pats):  # type: ignore[no-untyped-def]
    from tuiarchive.words import find_spans

    return find_spans(paragraph, pats)


def test_the_first_screenful_is_handed_over_early() -> None:
    posts = [Post(id=f"p{n}", title=f"T{n}", body="a ferry here and a ferry there",
                  date=f"2014-05-{n + 1:02d}") for n in range(10)]  # fmt: skip
    early: list[tuple[int, int]] = []
    read = 0

    def counted(items: list[Post]) -> Iterator[Post]:
        nonlocal read
        for item in items:
            read += 1
            yield item

    found = build(counted(posts), parse_filter("ferry").highlights, screenful=5,
                  first=lambda lines: early.append((len(lines), read)))  # fmt: skip
    assert early == [(6, 3)]  # once, after the third post (two hits each), before the rest
    assert len(found.lines) == 20


def test_past_the_cap_the_posts_read_are_spread_over_the_dates() -> None:
    from tuiarchive.research.concordance import build, spread_order
    from tuiarchive.words import Pattern

    assert sorted(spread_order(100)) == list(range(100))
    assert spread_order(0) == [] and spread_order(1) == [0]
    for k in (2, 4, 10, 30):  # any first k of them reach across the whole range, evenly
        first = sorted(spread_order(100)[:k]) + [100]
        assert first[0] == 0
        assert max(b - a for a, b in zip(first, first[1:], strict=False)) <= 3 * 100 / k
    posts = [
        Post(id=f"p{n}", title="t", body="a ferry here", date=f"{2020 - n // 12:04d}-{n % 12 + 1:02d}-01")
        for n in range(120)  # newest first, ten years
    ]  # fmt: skip
    order = spread_order(len(posts))
    found = build([posts[n] for n in order], (Pattern(("ferry",), prefix=True),), limit=10)
    assert found.cut and len(found.lines) == 10
    assert len({line.date[:4] for line in found.lines if line.date}) >= 7  # not the newest 10
