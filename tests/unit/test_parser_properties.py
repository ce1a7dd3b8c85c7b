"""Properties of the parser that must hold for every input, checked with hypothesis."""

from __future__ import annotations

import dataclasses
import os
from collections import Counter

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from tuiarchive.dumps.line_kinds import Kind, classify
from tuiarchive.dumps.parser import parse_dump, parse_text
from tuiarchive.dumps.serialize import serialize_page
from tuiarchive.errors import NotADump
from tuiarchive.model import Post


def serialize_post(post: Post) -> str:
    """One post as an item page: date header, title, author, body, footer, comments."""
    return serialize_page([post])


#: TUIARCHIVE_FUZZ=N runs N times the examples (locally, to hunt; CI keeps the default).
SCALE = int(os.environ.get("TUIARCHIVE_FUZZ", "1"))
NBSP_INDENT = "\u00a0" * 11 + " "
WORDS = [
    "ferry", "pipeline", "Baku", "harbour", "the", "tariff", "said", "Home", "Labels:", "at",
    "Posted", "by", "[bold]", "[/]", "comments:", "Reply", "\u2013", "\u201cquoted\u201d", "Ka\u017eakh",
    "\u4e00\u5e26", "\u0643\u062a\u0627\u0628", "e\u0301", "2014", "May", "23,", "\x1b[31m", "\u2028",
]  # fmt: skip
CHROME = [
    "No comments:", "1 comment:", "12 comments:", "Post a Comment", "Newer Post Older Post Home",
    "Older Post Home", "Subscribe to: Posts (Atom)", "Email ThisBlogThis!Share to X",
    "Share to Facebook", "Labels: energy, rivers", "Posted by Mara Lindqvist at 5:43 AM",
    "Posted by Aino Rask at July 31, 2013", "at July 31, 2015", "Search This Blog",
    "Blog Archive", "\u25bc 2014 (5)", "Total Pageviews", "1,204", "Popular Posts", "About Me",
    "View my complete profile", "Report Abuse", "Awesome Inc. theme. Powered by Blogger.",
    "Anonymous said...", "June 5, 2014 at 9:14 AM", "Delete", "Add comment", "Load more...",
]  # fmt: skip
HEADERS = [
    "Friday, May 23, 2014", "Wednesday, 20 July 2016", "Friday 4 December 2015",
    "Monday, February 09, 2009", "2014-06-02", "12/25/2008", "Sunday, February 30, 2014",
]  # fmt: skip
CHROME_KINDS = {
    Kind.DATE, Kind.FOOTER, Kind.BYLINE, Kind.POST_END, Kind.NAV, Kind.SUBSCRIBE,
    Kind.SIDEBAR, Kind.CHROME,
}  # fmt: skip

sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join)
title = st.lists(st.sampled_from(WORDS[:6] + ["Ledger", "Notes:"]), min_size=1, max_size=8).map(
    " ".join
)
paragraph = sentence.map(lambda s: NBSP_INDENT + s)
line = st.one_of(
    st.sampled_from(CHROME), st.sampled_from(HEADERS), title, paragraph, sentence,
    st.just(""), st.sampled_from(["Mara Lindqvist", "Juris K."]),
)  # fmt: skip
dump_text = st.lists(line, min_size=1, max_size=40).map("\n".join)


def content(post: Post) -> Post:
    """A post without the facts about where in a dump it was read (and the page's header,
    the blog's name and URL, which the page states once, not per post)."""
    return dataclasses.replace(
        post, warnings=(), line=0, extra_text=(), source="", blog=None, url=None
    )


@settings(max_examples=300 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_arbitrary_bytes_give_posts_or_a_reason(data: bytes) -> None:
    try:
        posts = parse_dump(data, "x")
    except NotADump as reason:
        assert str(reason)
    else:
        assert posts and all(isinstance(p, Post) for p in posts)


@settings(max_examples=400 * SCALE, deadline=None)
@given(dump_text)
def test_body_never_contains_chrome_lines(text: str) -> None:
    """No chrome line of the dump ends up in a body (an NBSP-indented paragraph is not chrome)."""
    try:
        posts = parse_text(text, "x")
    except NotADump:
        return

    def norm(line: str) -> str:
        return " ".join(line.split())

    raw_lines = text.split("\n")
    indented = Counter(norm(line) for line in raw_lines if line.startswith("\u00a0"))
    chrome = {
        norm(line)
        for line in raw_lines
        if not line.startswith("\u00a0") and classify(1, line).kind in CHROME_KINDS
    }
    in_bodies = Counter(norm(line) for post in posts for line in post.body.split("\n"))
    for line in chrome:
        assert in_bodies[line] <= indented[line], line
    for post in posts:
        assert post.title.strip() == post.title and post.title


@settings(max_examples=300 * SCALE, deadline=None)
@given(dump_text)
def test_parse_is_deterministic_and_ids_are_unique_per_content(text: str) -> None:
    try:
        first = parse_text(text, "x")
    except NotADump:
        return
    assert parse_text(text, "x") == first


@settings(max_examples=400 * SCALE, deadline=None)
@given(dump_text)
# Found by this property, each once: a title that is a byline's lead; a menu word or a
# number after "by"; comments with no count; a signature repeated at the body's end.
@example("Posted by Mara Lindqvist at 5:43 AM\n\u00a0\u00a0\u00a0\u00a0by\nferry")
@example("Anonymous said...\nferry\nby Home")
@example("ferry\nby 23, Baku")
@example(
    "Friday, May 23, 2014\nAnonymous said...\nAnonymous said...\nMara Lindqvist\nPost a Comment\nAnonymous said..."
)
@example("Friday, May 23, 2014\nAnonymous said...\nReply Reply")
@example("Juris K.\nFriday, May 23, 2014\nMara Lindqvist\n\u25bc 2014 (5)\nJuris K.\nJuris K.")
def test_serialized_posts_read_back_the_same(text: str) -> None:
    try:
        posts = parse_text(text, "x")
    except NotADump:
        return
    for post in posts:
        evidence = post.date or post.author or post.labels or post.comments is not None or post.time
        assume(evidence)
        again = parse_text(serialize_post(post), "x")
        assert [content(p) for p in again] == [content(post)]


def _canonical(title: str, author: str | None, paragraphs: list[str], labels: list[str],
               count: int | None, day: str) -> list[Post]:  # fmt: skip
    """A made-up post as the parser reads it back (some made-up posts are not representable)."""
    made = Post(id="", title=title, author=author, body="\n\n".join(paragraphs),
                labels=tuple(labels), comments=count, date=day)  # fmt: skip
    try:
        return parse_text(serialize_post(made), "x")
    except NotADump:
        return []


posts_strategy = st.builds(
    _canonical,
    title,
    st.sampled_from([None, "Mara Lindqvist", "Aino Rask"]),
    st.lists(sentence, max_size=4),
    st.lists(st.sampled_from(["energy", "rivers", "language policy"]), max_size=3, unique=True),
    st.one_of(st.none(), st.integers(0, 300)),
    st.sampled_from(["2014-05-23", "2009-02-09", "2016-07-20"]),
).filter(bool)


@settings(max_examples=200 * SCALE, deadline=None)
@given(st.lists(posts_strategy, min_size=1, max_size=5))
def test_a_page_of_posts_reads_back_the_same(readings: list[list[Post]]) -> None:
    posts = [reading[0] for reading in readings]
    assume(len({p.id for p in posts}) == len(posts))
    again = parse_text(serialize_page(posts), "x")
    key = lambda p: p.id  # noqa: E731
    assert sorted(map(content, again), key=key) == sorted(map(content, posts), key=key)
