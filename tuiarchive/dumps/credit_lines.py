"""A translation's credit atop a post ("Original author: X", "Автор оригинала: X"): head chrome."""

from __future__ import annotations

import re
from functools import cache

from tuiarchive.dumps.line_kinds import BLANK_LINE, Kind, Line
from tuiarchive.dumps.phrases import longest_first, phrase_fields

#: How far down the page a credit stands (non-blank lines), and how long it may be.
_HEAD_LINES = 15
_MAX_LINE = 120
_SLOTS = {"{name}": r"\S.{0,79}", "{any}": r".{1,60}"}
_LINK = re.compile(r"\[(?P<inner>[^\]]+)\]\([^)\s]*\)")
_MARKS = "*_ \t"


@cache
def _credit() -> re.Pattern[str] | None:
    phrases = longest_first(phrase_fields().get("translation_credit", ()))
    if not phrases:
        return None
    parts = []
    for phrase in phrases:
        pieces = re.split(r"(\{name\}|\{any\})", phrase)
        parts.append("".join(_SLOTS.get(p) or re.escape(p).replace("\\ ", r"\s+") for p in pieces))
    return re.compile("|".join(f"(?:{p})" for p in parts), re.I)


def credit_lines(lines: list[Line]) -> tuple[list[Line], list[str]]:
    """Each short line near the page's top that is only a translation's credit (the
    original's author or language, a link's text or not) taken out, with a warning that
    says it: it is not the post's text, and the original's author is not the post's."""
    credit = _credit()
    if credit is None:
        return lines, []
    out = lines
    said: list[str] = []
    seen = 0
    for index, line in enumerate(lines):
        if line.kind is Kind.BLANK:
            continue
        seen += 1
        if seen > _HEAD_LINES:
            break
        if line.kind is not Kind.TEXT or len(line.text) > _MAX_LINE:
            continue
        plain = _LINK.sub(r"\g<inner>", line.text).strip(_MARKS)
        if credit.fullmatch(plain):
            if out is lines:
                out = list(lines)
            out[index] = BLANK_LINE
            said.append(
                f"line {line.number}: {plain!r} credits the original of a translation: "
                "not the post's text, nor its author"
            )
    return out, said
