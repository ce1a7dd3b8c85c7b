"""A page translated line by line: chrome or a date printed with its translation on one line."""

from __future__ import annotations

import re

from tuiarchive.dumps.dates import match_date
from tuiarchive.dumps.line_kinds import Kind, Line, classify

#: A year, then the same year again a little further on the line.
_YEAR_TWICE = re.compile(r"((?:1[89]|20)\d\d)[^\n]{1,40}?\1")
#: Where a translation in another script starts: kana, CJK, Hangul, Cyrillic, Greek, Arabic...
_OTHER_SCRIPT = re.compile(r"[\u0370-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_LONGEST = 80


def twin_lines(lines: list[Line]) -> list[Line]:
    """Text lines that are one date in two languages ("March 3, 2019 2019年3月3日"), or a
    chrome line with its translation after it ("Get link リンクを取得"), read as the first."""
    out = lines
    for index, line in enumerate(lines):
        text = line.text
        if line.kind is not Kind.TEXT or len(text) > _LONGEST or text.isascii():
            continue
        first = _first_of_twins(text) if _YEAR_TWICE.search(text) else _translated_chrome(text)
        if first is None:
            continue
        read = classify(line.number, first)
        if read.kind is Kind.TEXT or read.kind is Kind.BLANK:
            continue
        if out is lines:
            out = list(lines)
        out[index] = read
    return out


def _first_of_twins(text: str) -> str | None:
    """The first half of a line whose two halves (split at a space) read as the same day."""
    at = text.find(" ")
    while at != -1:
        left, right = text[:at].strip(), text[at + 1 :].strip()
        one = match_date(left) if left else None
        two = match_date(right) if one is not None else None
        if one is not None and two is not None and one.iso is not None and one.iso == two.iso:
            return left
        at = text.find(" ", at + 1)
    return None


def _translated_chrome(text: str) -> str | None:
    """The Latin-script words before a translation in another script (none of Latin after)."""
    found = _OTHER_SCRIPT.search(text)
    if found is None:
        return None
    left, right = text[: found.start()].strip(), text[found.start() :]
    if not left or not left.isascii() or not any(c.isalpha() for c in left):
        return None
    if any("a" <= c.casefold() <= "z" for c in right):
        return None  # Latin words on both sides: a sentence, not a line and its translation
    return left
