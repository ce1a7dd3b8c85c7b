"""A page's "Last edited" line ("Last edited: March 3, 2024", "(2025/1/16) 文章最后编辑时间") read as a date."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from functools import cache

from tuiarchive.dumps.dates import match_date
from tuiarchive.dumps.line_kinds import Kind, Line
from tuiarchive.dumps.line_search import holds
from tuiarchive.dumps.phrases import longest_first, phrase_fields

_MAX_LINE = 60
_MARKS = " \t:：()（）[]【】-–—·|*_"


@cache
def _words() -> tuple[str, ...]:
    """Each phrase's longest word, as written and capitalised: one must be on the page."""
    words = (max(p.split(), key=len) for p in phrase_fields().get("last_edited", ()))
    return tuple({form for word in words for form in (word, word.lower(), word.capitalize())})


@cache
def _tails() -> tuple[str, ...]:
    """What every one of those words holds, fewer to look for: each without its first
    letter ("dited" stands in "Edited" and "edited"), none kept that holds another."""
    tails = {word[1:] or word for word in _words()}
    return tuple(sorted(t for t in tails if not any(o != t and o in t for o in tails)))


@cache
def _phrase() -> re.Pattern[str] | None:
    phrases = longest_first(phrase_fields().get("last_edited", ()))
    if not phrases:
        return None
    return re.compile("|".join(r"\s*".join(map(re.escape, p.split())) for p in phrases), re.I)


def edited_dates(
    lines: list[Line], text: str, headings: Mapping[int, int]
) -> tuple[list[Line], list[str]]:
    """Each short line that is a "last edited" phrase and a date, and nothing else, right
    under a title (one heading line), made a date line; with a warning for the post (the
    date it was last edited, not published). Under a title and its subtitle (a deeper
    heading right under it) the subtitle is left out, said in the warning.
    Cheap where it cannot apply: a substring scan for each phrase's longest word."""
    # the tails first: one of them is on every page that holds one of the words
    if not any(holds(text, t) for t in _tails()) or not any(holds(text, w) for w in _words()):
        return lines, []
    phrase = _phrase()
    if phrase is None or phrase.search(text) is None:
        return lines, []
    out = lines
    said: list[str] = []
    for index, line in enumerate(lines):
        if line.kind is not Kind.TEXT or len(line.text) > _MAX_LINE:
            continue
        found = phrase.search(line.text)
        if found is None:
            continue
        rest = (line.text[: found.start()] + " " + line.text[found.end() :]).strip(_MARKS)
        date = match_date(rest) if rest else None
        if date is None or not date.iso:
            continue
        subtitle = _subtitle(lines, index, headings)
        if subtitle is None and not _under_one_heading(lines, index, headings):
            continue
        if out is lines:
            out = list(lines)
        out[index] = replace(line, kind=Kind.DATE, date=date)
        said.append(
            f"line {line.number}: the page's only date may be its last edit ({line.text!r}),"
            " not its publication"
        )
        if subtitle is not None:
            out[subtitle] = replace(lines[subtitle], kind=Kind.BLANK, text="")  # no text
            said.append(
                f"line {lines[subtitle].number}: the subtitle under the title left out:"
                f" {lines[subtitle].text!r}"
            )
    return out, said


def _under_one_heading(lines: list[Line], index: int, headings: Mapping[int, int]) -> bool:
    """Whether the line stands right under a heading that has no heading right over it."""
    above = [i for i in range(index - 1, max(-1, index - 8), -1) if lines[i].text][:2]
    return bool(above) and above[0] in headings and (len(above) < 2 or above[1] not in headings)


def _subtitle(lines: list[Line], index: int, headings: Mapping[int, int]) -> int | None:
    """The subtitle the line stands right under: a heading deeper than the heading right
    over it (the title), with no heading over both."""
    above = [i for i in range(index - 1, max(-1, index - 12), -1) if lines[i].text][:3]
    if len(above) < 2 or above[0] not in headings or above[1] not in headings:
        return None
    if headings[above[1]] >= headings[above[0]] or len(above) > 2 and above[2] in headings:
        return None
    return above[0]
