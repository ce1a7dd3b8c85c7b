"""Keyword in context: every occurrence of the filter's words in post bodies, with context."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from tuiarchive.model import Post
from tuiarchive.words import WORD, Pattern, find_spans, normalise

#: How many lines a concordance holds at most; past it, reading stops and says so.
MAX_LINES = 5_000
#: Characters of context kept on each side of a hit (the screen cuts it further).
CONTEXT = 80
#: The orders a concordance can be sorted in.
SORTS = ("date", "left", "right")

_SPACE = re.compile(r"\s+")
# Typographic punctuation: no letters, no case, unchanged by NFC (see `_may_hold`).
_PUNCTUATION = str.maketrans(
    dict.fromkeys(
        "\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u00a0\u00ab\u00bb\u2022\u00b7"
    )
)


def flat(text: str) -> str:
    """`text` on one line: every run of whitespace (newlines, tabs ...) becomes one space."""
    return _SPACE.sub(" ", text)


def cut_left(text: str, width: int) -> str:
    """The end of `text`, at most `width` characters, starting at a word (not inside one)."""
    if len(text) <= width:
        return text
    if width <= 0:
        return ""
    kept = text[len(text) - width :]
    if text[len(text) - width - 1].isspace() or kept[0].isspace():
        return kept.lstrip()
    space = _SPACE.search(kept)
    return kept[space.end() :] if space else ""


def cut_right(text: str, width: int) -> str:
    """The start of `text`, at most `width` characters, ending at a word (not inside one)."""
    if len(text) <= width:
        return text
    if width <= 0:
        return ""
    kept = text[:width]
    if text[width].isspace() or kept[-1].isspace():
        return kept.rstrip()
    spaces = list(_SPACE.finditer(kept))
    return kept[: spaces[-1].start()] if spaces else ""


@dataclass(frozen=True)
class Line:
    """One occurrence: where it is (post, paragraph, offset) and the text around it."""

    post_id: str
    date: str | None
    title: str
    paragraph: int  # index of the body paragraph (body.split("\n\n"))
    offset: int  # where the hit starts in that paragraph
    left: str  # context before the hit, on one line, cut at a word
    hit: str  # the occurrence, on one line
    right: str  # context after the hit, on one line, cut at a word
    left_word: str  # the word just before the hit, folded ("" at the paragraph's start)
    right_word: str  # the word just after the hit, folded ("" at the paragraph's end)
    left_more: bool = False  # the paragraph goes on before `left`
    right_more: bool = False  # the paragraph goes on after `right`


@dataclass(frozen=True)
class Concordance:
    """The lines found, in reading order, with how many posts held them."""

    lines: tuple[Line, ...]
    posts_read: int  # posts looked through (all of them unless cut)
    posts_with_hits: int
    cut: bool  # reading stopped at the limit: there are more occurrences than lines

    def sorted(self, by: str) -> list[Line]:
        return sort_lines(self.lines, by)


def lines_of(post: Post, patterns: Sequence[Pattern], width: int = CONTEXT) -> list[Line]:
    """Every occurrence of the patterns in one post's body, in order."""
    found: list[Line] = []
    if not post.body:
        return found
    firsts = [p.words[0] for p in patterns if p.words]
    for index, paragraph in enumerate(post.body.split("\n\n")):
        if not _may_hold(paragraph, firsts):
            continue
        for start, end in find_spans(paragraph, patterns):
            before = _before(paragraph, start, width)
            after = _after(paragraph, end, width)
            left = cut_left(before, width)
            right = cut_right(after, width)
            found.append(
                Line(
                    post_id=post.id,
                    date=post.date,
                    title=post.title,
                    paragraph=index,
                    offset=start,
                    left=left,
                    hit=flat(paragraph[start:end]),
                    right=right,
                    left_word=_word_before(paragraph, start),
                    right_word=_word_after(paragraph, end),
                    left_more=len(left.strip()) < len(before.strip()),
                    right_more=len(right.strip()) < len(after.strip()),
                )
            )
    return found


def _may_hold(paragraph: str, firsts: Sequence[str]) -> bool:
    """False only if no pattern can start in `paragraph` (a quick test before `find_spans`).

    Exact for text that is ASCII but for typographic punctuation: there each word's
    normal form is its lower case, a piece of `paragraph.lower()`. Other text is always
    searched word by word."""
    if not paragraph.translate(_PUNCTUATION).isascii():
        return True
    lower = paragraph.lower()
    return any(first in lower for first in firsts)


# Only a window of the paragraph around each hit is looked at, so that a long paragraph
# with many hits costs its length once, not once per hit. The window is widened to the
# whole paragraph in the rare case that whitespace collapsing leaves it too short.


def _before(paragraph: str, start: int, width: int) -> str:
    """The paragraph before `start`, on one line: enough of it to cut `width` from."""
    begin = max(0, start - 2 * width - 1)
    text = flat(paragraph[begin:start])
    if begin > 0 and len(text) <= width + 1:
        text = flat(paragraph[:start])
    return text


def _after(paragraph: str, end: int, width: int) -> str:
    stop = end + 2 * width + 1
    text = flat(paragraph[end:stop])
    if stop < len(paragraph) and len(text) <= width + 1:
        text = flat(paragraph[end:])
    return text


def _word_before(paragraph: str, start: int) -> str:
    """The word just before `start`, folded ("" if none)."""
    begin = max(0, start - 100)
    words = WORD.findall(paragraph, begin, start)
    first_cut = begin > 0 and WORD.match(paragraph, begin - 1) is not None
    if begin > 0 and (not words or (len(words) == 1 and first_cut)):  # look further back
        words = WORD.findall(paragraph, 0, start)
    return normalise(words[-1]) if words else ""


def _word_after(paragraph: str, end: int) -> str:
    found = WORD.search(paragraph, end)
    return normalise(found.group()) if found else ""


def build(
    posts: Iterable[Post],
    patterns: Sequence[Pattern],
    width: int = CONTEXT,
    limit: int = MAX_LINES,
    progress: Callable[[int, int], object] | None = None,
    every: int = 200,
    first: Callable[[tuple[Line, ...]], object] | None = None,
    screenful: int = 50,
) -> Concordance:
    """The concordance of `patterns` over `posts`, stopping after `limit` lines.

    `progress(posts_read, lines_found)` is called every `every` posts, and
    `first(lines)` once, as soon as `screenful` lines are found (to show them early)."""
    lines: list[Line] = []
    read = with_hits = 0
    cut = False
    for post in posts:
        read += 1
        found = lines_of(post, patterns, width)
        if found:
            with_hits += 1
            if first is not None and len(lines) < screenful <= len(lines) + len(found):
                first(tuple(lines + found))
            if len(lines) + len(found) > limit:
                lines.extend(found[: limit - len(lines)])
                cut = True
                break
            lines.extend(found)
        if progress is not None and read % every == 0:
            progress(read, len(lines))
    return Concordance(tuple(lines), read, with_hits, cut)


def spread_order(count: int) -> list[int]:
    """0 … count-1 in an order whose every beginning is spread evenly over the whole range
    (0, the middle, the quarters, the eighths …: bit-reversed). Reading a filter's posts
    (newest first) in this order, a concordance cut at MAX_LINES keeps occurrences from
    across the years, not the newest posts' only."""
    if count <= 1:
        return list(range(count))
    bits = (count - 1).bit_length()
    order = (int(f"{n:0{bits}b}"[::-1], 2) for n in range(1 << bits))
    return [n for n in order if n < count]


def _date_key(line: Line) -> tuple[bool, str, str, int, int]:
    return (line.date is None, line.date or "", line.post_id, line.paragraph, line.offset)


def sort_lines(lines: Iterable[Line], by: str) -> list[Line]:
    """Lines by date (oldest first; then post, paragraph, offset), by the word just before
    the hit ("left", then the word after) or by the word just after ("right", then the hit)."""
    if by == "date":
        return sorted(lines, key=_date_key)
    if by == "left":
        return sorted(
            lines, key=lambda x: (x.left_word, normalise(x.hit), x.right_word, _date_key(x))
        )
    if by == "right":
        return sorted(
            lines, key=lambda x: (x.right_word, normalise(x.hit), x.left_word, _date_key(x))
        )
    raise ValueError(f"unknown order {by!r}; one of {', '.join(SORTS)}")


def describe_patterns(patterns: Sequence[Pattern]) -> str:
    """The words looked for, as a person would say them: “ferry” or “caspian ferry”."""
    return " or ".join("\u201c" + " ".join(p.words) + "\u201d" for p in patterns if p.words)
