"""The posts read from a dump are the same however a tool re-saved it: CRLF line ends, a
byte-order mark, spaces at line ends trimmed or added, no-break spaces and spaces
swapped, blank lines around the page (its posts' lines move down by as many)."""

from __future__ import annotations

import codecs
import random
import re
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.dumps import item_page
from tests.fixtures.independent_corpus import FILES
from tuiarchive.dumps.decode import decode_dump
from tuiarchive.dumps.parser import parse_dump
from tuiarchive.errors import NotADump

_DATA = Path(__file__).resolve().parents[2] / "data"


def _text(data: bytes) -> str | None:
    try:
        return decode_dump(data).text
    except NotADump:
        return None


#: Our own sample dumps and the fixtures' pages that hold text (a blank or binary file has
#: no form to re-save).
_DUMPS = sorted(
    (name, data)
    for name, data in [(p.name, p.read_bytes()) for p in _DATA.glob("*.txt")] + list(FILES.items())
    if _text(data) is not None
)

Fields = tuple[object, ...]


def _read(data: bytes) -> list[Fields] | str:
    """What a reader notices of each post (the body as its words), or why it was skipped."""
    try:
        posts = parse_dump(data, "dump.txt")
    except NotADump as error:
        return f"skipped: {error}"
    return [
        (
            p.title, p.date, p.author, p.labels, p.comments,
            tuple((c.author, c.date) for c in p.comment_list),
            " ".join(p.body.split()), p.line,
        )
        for p in posts
    ]  # fmt: skip


def _lines(text: str, fix: Callable[[str, random.Random], str], rnd: random.Random) -> str:
    return "\n".join(fix(line, rnd) for line in text.split("\n"))


#: A re-save of the decoded text: name -> (text, a random source) -> bytes.
_SAVES: dict[str, Callable[[str, random.Random], bytes]] = {
    "crlf": lambda t, r: t.replace("\n", "\r\n").encode("utf-8"),
    "crlf on some lines": lambda t, r: _lines(
        t, lambda x, r: x + ("\r" if r.random() < 0.5 else ""), r
    ).encode("utf-8"),
    "bom": lambda t, r: codecs.BOM_UTF8 + t.encode("utf-8"),
    "bom and crlf": lambda t, r: codecs.BOM_UTF8 + t.replace("\n", "\r\n").encode("utf-8"),
    "trailing spaces trimmed": lambda t, r: _lines(t, lambda x, r: x.rstrip(" \t"), r).encode(),
    "a space added to every line": lambda t, r: _lines(t, lambda x, r: x + " ", r).encode(),
    "a space or tab added to some lines": lambda t, r: _lines(
        t,
        lambda x, r: x + r.choice(" \t") if x[-1:] not in " \t" and r.random() < 0.5 else x,
        r,
    ).encode("utf-8"),
    "no-break spaces to spaces": lambda t, r: t.replace("\u00a0", " ").encode("utf-8"),
    "utf-16": lambda t, r: t.encode("utf-16"),
}


def _same_posts(data: bytes, save: str, seed: int) -> None:
    text = decode_dump(data).text
    resaved = _SAVES[save](text, random.Random(seed))
    assert _read(resaved) == _read(data), save


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    dump=st.sampled_from(_DUMPS),
    save=st.sampled_from(sorted(_SAVES)),
    seed=st.integers(0, 2**32),
)
def test_our_dumps_read_the_same_posts_however_resaved(
    dump: tuple[str, bytes], save: str, seed: int
) -> None:
    _same_posts(dump[1], save, seed)


@settings(max_examples=30, deadline=None)
@given(dump=st.sampled_from(_DUMPS), above=st.integers(1, 4), below=st.integers(0, 4))
def test_blank_lines_around_a_dump_move_its_posts_down_and_change_nothing_else(
    dump: tuple[str, bytes], above: int, below: int
) -> None:
    text = decode_dump(dump[1]).text
    saved = _read(dump[1])
    around = _read(("\n" * above + text + "\n" * below).encode("utf-8"))
    if isinstance(saved, str):
        assert isinstance(around, str)
        return
    assert around == [(*post[:-1], post[-1] + above) for post in saved]  # type: ignore[operator]


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüéñ", min_size=2, max_size=9)
_SENTENCE = st.lists(_WORD, min_size=4, max_size=14).map(lambda w: " ".join(w).capitalize() + ".")


@settings(max_examples=40, deadline=None)
@given(
    title=st.lists(_WORD, min_size=2, max_size=6).map(lambda w: " ".join(w).title()),
    paragraphs=st.lists(_SENTENCE, min_size=1, max_size=4),
    save=st.sampled_from(sorted(_SAVES)),
    seed=st.integers(0, 2**32),
)
def test_an_invented_item_page_reads_the_same_however_resaved(
    title: str, paragraphs: list[str], save: str, seed: int
) -> None:
    page = item_page(title=title, paragraphs=paragraphs).encode("utf-8")
    saved = _read(page)
    assert not isinstance(saved, str) and saved[0][0] == title
    _same_posts(page, save, seed)


_NAME = st.lists(_WORD, min_size=1, max_size=2).map(lambda w: " ".join(w).title())


@settings(max_examples=40, deadline=None)
@given(
    title=st.lists(_WORD, min_size=2, max_size=5).map(lambda w: " ".join(w).title()),
    body=st.lists(_SENTENCE, min_size=1, max_size=3),
    comments=st.lists(st.tuples(_NAME, _SENTENCE, st.integers(1, 28)), min_size=1, max_size=4),
    save=st.sampled_from(sorted(_SAVES)),
    seed=st.integers(0, 2**32),
)
def test_an_invented_page_with_archived_comments_reads_the_same_however_resaved(
    title: str, body: list[str], comments: list[tuple[str, str, int]], save: str, seed: int
) -> None:
    blocks = [
        "---", "layout: post", f'title: "{title}"', "date:   2012-05-20 09:00:00", "---", "",
        "\n\n".join(body), "", "### Archived comments; imported from Posterous", "",
        f"{len(comments) * 7} views and {len(comments)} responses", "",
    ]  # fmt: skip
    for name, text, day in comments:
        blocks += [f"Jun {day} 2011, 8:15 PM", "", f"{name} responded:", "", text, ""]
    page = "\n".join(blocks).encode("utf-8")
    saved = _read(page)
    assert not isinstance(saved, str)
    assert [c[0] for c in saved[0][5]] == [name for name, _, _ in comments]  # type: ignore[index]
    _same_posts(page, save, seed)


def test_every_save_is_tried() -> None:
    assert {re.sub(r"\W", "", name) for name in _SAVES} >= {"crlf", "bom", "utf16"}
