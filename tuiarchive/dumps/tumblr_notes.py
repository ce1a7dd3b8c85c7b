"""Tumblr's chrome around a post: its notes (count, likes, reblogs), share menu, split date and "More you might like" tail."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tuiarchive.dumps.dates import DumpDate, match_date
from tuiarchive.dumps.line_kinds import BLANK_LINE, Kind, Line
from tuiarchive.dumps.line_search import holds
from tuiarchive.dumps.phrases import longest_first, phrase_fields
from tuiarchive.model import Post

#: A page that could show Tumblr's notes: a count of them, maybe split over two lines.
#: "12 notes": a digit, then the word in any case. The same as `\d\s+(?:notes?|…)\b` with
#: re.I, quicker: the search skips what is neither an ASCII digit nor past ASCII (a fast
#: test; written as what it is not, which compiles at once) and asks whether a character
#: is a digit (`\d`, a slower test) only there.
_GATE = re.compile(r"[^\x00-\x2f\x3a-\x7f](?<=\d)\s+(?i:notes?|Anmerkung(?:en)?|notas?)\b")
_GATE_WORDS = ("notes", "Notes", "Anmerkung", "notas")
#: "[23]{.day} 6 / 2013": a theme's day, then its month and year.
_SPLIT_DATE = re.compile(r"(?P<day>\d{1,2})\s+(?P<month>\d{1,2})\s*/\s*(?P<year>(?:19|20)\d\d)")
_ITEM = r"(?:(?:\d{1,4}\.|[-*+])\s+)?"
_MAX_NOTE = 200


@dataclass(frozen=True)
class _Patterns:
    count: re.Pattern[str]  # "12 notes", "Permalien 814 notes"
    note: re.Pattern[str]  # a count, "NAME liked this", share items: a whole line of them
    reaction: re.Pattern[str]  # "NAME liked this", "NAME a reblogué ce billet depuis NAME"
    more: re.Pattern[str]  # "More you might like"


def _regex(phrase: str) -> str:
    out = r"\s+".join(re.escape(word) for word in phrase.split())
    out = out.replace(re.escape("{n}"), r"\d[\d,.]*\s*[kKM]?")
    return out.replace(re.escape("{name}"), r"\S.{0,79}?")


def _alternation(phrases: list[str]) -> str:
    return "|".join(_regex(p) for p in longest_first(phrases)) or "(?!)"


@cache
def _patterns() -> _Patterns:
    fields = phrase_fields()
    notes = list(fields.get("notes", ()))
    counts = [p for p in notes if p.startswith("{n}")]
    reactions = [p for p in notes if not p.startswith("{n}")]
    menu = list(fields.get("post_menu", ()))
    any_piece = _alternation(counts + reactions + menu)
    return _Patterns(
        count=re.compile(rf"(?:(?:{_alternation(menu)})\s*)?(?:{_alternation(counts)})", re.I),
        note=re.compile(rf"{_ITEM}(?:\s*(?:{any_piece}))+\s*", re.I),
        reaction=re.compile(rf"{_ITEM}(?:{_alternation(reactions)})\s*", re.I),
        more=re.compile(rf"#*\s*(?:{_alternation(list(fields.get('more_posts', ())))})\s*", re.I),
    )


def may_hold_notes(text: str) -> bool:
    """Whether the page could show a Tumblr notes count (most pages cannot: a substring test)."""
    return any(holds(text, word) for word in _GATE_WORDS) and _GATE.search(text) is not None


@dataclass(frozen=True)
class NotesPage:
    """A Tumblr page's lines with its notes and share menu made chrome, and the tail
    under a "More you might like" heading kept aside (its line index, its lines)."""

    lines: list[Line]
    tail_at: int | None
    tail: tuple[str, ...]


def tumblr_notes(lines: list[Line]) -> NotesPage:
    """On a page that shows a notes count ("12 notes"), every line of notes, likes,
    reblogs and share items is chrome, a day over "month / year" is a date, and what
    stands under a "More you might like" heading is other posts' (the tail)."""
    patterns = _patterns()
    counts = [
        i
        for i, line in enumerate(lines)
        if line.kind is Kind.TEXT
        and len(line.text) < 40
        and line.text[:1].isalnum()
        and patterns.count.fullmatch(line.text)
    ]
    if not counts:
        return NotesPage(lines, None, ())
    out = list(lines)
    for index in range(counts[0]):  # "- Posts" / "- Archive": the page's menu, no widget
        if lines[index].kind is Kind.SIDEBAR or lines[index].kind is Kind.NAV:
            for at in _menu(lines, index):
                line = lines[at]
                out[at] = Line(line.number, line.raw, Kind.NAV, line.text)
    tail_at: int | None = None
    for index, line in enumerate(lines):
        if line.kind is not Kind.TEXT or len(line.text) > _MAX_NOTE:
            continue
        text = line.text
        if index > counts[0] and patterns.more.fullmatch(text):
            tail_at = index
            break
        if patterns.note.fullmatch(text) and (
            index in counts or not patterns.reaction.fullmatch(text) or _among_notes(lines, index)
        ):
            out[index] = Line(line.number, line.raw, Kind.CHROME, text)
            continue
        split = _SPLIT_DATE.fullmatch(text) if text[:1].isdigit() else None
        if split is not None:
            iso = f"{split['year']}-{int(split['month']):02d}-{int(split['day']):02d}"
            read = match_date(iso)
            if read is not None and read.iso is not None:
                out[index] = Line(
                    line.number, line.raw, Kind.DATE, text, date=DumpDate(text, read.iso)
                )
    if tail_at is None:
        return NotesPage(out, None, ())
    tail = tuple(ln.text for ln in lines[tail_at:] if ln.kind is not Kind.BLANK and ln.text)
    out[tail_at:] = [BLANK_LINE] * (len(out) - tail_at)  # each line keeps its number
    return NotesPage(out, tail_at, tail)


def _among_notes(lines: list[Line], index: int) -> bool:
    """Whether a reaction line ("NAME liked this") has another notes line next to it
    (blank lines between): one alone may be a sentence of the text."""
    pattern = _patterns().note
    for step in (-1, 1):
        at = index + step
        while 0 <= at < len(lines) and lines[at].kind is Kind.BLANK:
            at += step
        if 0 <= at < len(lines) and pattern.fullmatch(lines[at].text):
            return True
    return False


def with_tail(post: Post, page: NotesPage) -> Post:
    """The post with the lines under "More you might like" kept aside, and a warning."""
    said = (
        f"line {(page.tail_at or 0) + 1}: {page.tail[0]!r} and the {len(page.tail) - 1} line(s)"
        " under it are other posts' texts (Tumblr's teasers): kept aside"
    )
    return post.with_changes(
        extra_text=post.extra_text + page.tail, warnings=(*post.warnings, said)
    )


def _menu(lines: list[Line], index: int) -> list[int]:
    """The list items next to each other around `index` (none when it is no list item),
    when each is a short link's words: a page's menu."""
    if not _LIST_ITEM.match(lines[index].raw):
        return []
    start = index
    while start > 0 and _LIST_ITEM.match(lines[start - 1].raw):
        start -= 1
    end = index + 1
    while end < len(lines) and _LIST_ITEM.match(lines[end].raw):
        end += 1
    items = range(start, end)
    if len(items) < 2 or len(items) > _MENU_ITEMS:
        return []
    if any(len(lines[at].text.split()) > _MENU_WORDS for at in items):
        return []
    return list(items)


_MENU_ITEMS = 8
_MENU_WORDS = 4
_LIST_ITEM = re.compile(r"\s{0,3}[-*+]\s+\S")
