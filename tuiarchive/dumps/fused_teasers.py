"""A "Related posts:" line too long for the phrase: other posts' titles run together after it."""

from __future__ import annotations

import re
from functools import cache

from tuiarchive.dumps.line_kinds import MAX_LINE_PHRASE, Kind, Line
from tuiarchive.dumps.phrases import phrase_fields

#: Where one title runs into the next: a small letter, digit or bracket, then a capital;
#: or a Latin letter and a Cyrillic one touching ("…CSVУстановка…").
_JOIN = re.compile(r"[a-zа-яё0-9)\]»\"][A-ZА-ЯЁ]|[A-Za-z][А-ЯЁа-яё]|[А-ЯЁа-яё][A-Za-z]")
_MOST_CHARS = 2000
_MIN_JOINS = 2


@cache
def _heads() -> tuple[str, ...]:
    """The teaser phrases that end in a colon before the titles, folded ("related posts:")."""
    heads = set()
    for phrase in phrase_fields().get("teasers", ()):
        head = phrase.removesuffix("{any}").strip()
        if head.endswith(":") and "{" not in head:
            heads.add(" ".join(head.casefold().replace(" :", ":").split()))
    return tuple(sorted(heads, key=len, reverse=True))


def fused_teasers(lines: list[Line]) -> list[Line]:
    """Each text line longer than a chrome phrase is read that starts with a teasers
    heading and a colon ("Related posts:") and goes on with titles run together (two
    joins of a small letter and a capital or more): the teasers line it is."""
    out = lines
    for index, line in enumerate(lines):
        text = line.text
        if line.kind is not Kind.TEXT or not MAX_LINE_PHRASE < len(text) <= _MOST_CHARS:
            continue
        if ":" not in text[:40]:
            continue
        start = " ".join(text[:40].casefold().replace(" :", ":").split())
        head = next((h for h in _heads() if start.startswith(h)), None)
        if head is None or len(_JOIN.findall(text)) < _MIN_JOINS:
            continue
        if out is lines:
            out = list(lines)
        out[index] = Line(line.number, line.raw, Kind.TEASERS, text)
    return out
