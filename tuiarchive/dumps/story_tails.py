"""An article platform's footer under a story (claps, tags, "Written by", "More From Medium") kept out of its text."""

from __future__ import annotations

import re
from functools import cache

from tuiarchive.dumps.line_kinds import BLANK_LINE, FooterFacts, Kind, Line
from tuiarchive.dumps.phrases import longest_first, phrase_fields

#: A count the footer prints alone: claps, responses ("166", "11.2K").
_COUNT = re.compile(r"[\d.,]+\s?[KkM]?")
#: A link to a tag's page: the story's labels ("[Travel](/tag/travel)").
_TAG = re.compile(r"\[(?P<name>[^\[\]\n]{1,60})\]\((?:https?://[^()\s]*)?/tag/[^()\s]*\)")
_HEADING = re.compile(r"#{1,6}\s")
_RULE = re.compile(r"[=\-]{3,}")


@cache
def _marks() -> tuple[re.Pattern[str], frozenset[str]]:
    """The footer's first lines ("Written by", "212 claps"), and the words around them."""
    fields = phrase_fields()
    alternation = "|".join(
        re.escape(phrase).replace(re.escape("{n}"), r"[\d.,]+\s?[KkM]?")
        for phrase in longest_first(fields.get("story_tail", ()))
    )
    words = frozenset(" ".join(p.split()).casefold() for p in fields.get("post_head", ()))
    return re.compile(alternation or "(?!)", re.IGNORECASE), words


def may_hold_story_tail(text: str) -> bool:
    """Whether the page may hold a story's footer (a cheap look before the pass)."""
    return "Written by" in text or "claps" in text or "Medium" in text


def story_tail(lines: list[Line], raws: list[str]) -> tuple[list[Line], list[str]]:
    """The lines from a story's footer to the page's end blanked (what the platform prints
    under the text: its publication's box, claps, "Written by", other stories), its tag
    links made the post's labels, with a warning listing what was left out. For a page whose
    head stack was read (`post_heads`); pages without the footer: unchanged."""
    marks, words = _marks()
    start = next(
        (
            i
            for i in range(len(lines))
            if lines[i].text and len(lines[i].text) < 60 and marks.fullmatch(lines[i].text.strip())
        ),
        None,
    )
    if start is None:
        return lines, []
    cut = start
    for index in range(start - 1, -1, -1):
        if not lines[index].text:
            continue
        if not _chrome(lines[index], _raw(raws, index), _raw(raws, index + 1), words):
            break
        cut = index
    out = list(lines)
    left = [line.text for line in lines[cut:] if line.text]
    labels = tuple(
        dict.fromkeys(
            " ".join(m["name"].split()) for raw in raws[cut : start + 1] for m in _TAG.finditer(raw)
        )
    )
    for index in range(cut, len(out)):
        out[index] = BLANK_LINE
    if labels:
        out[cut] = Line(cut + 1, lines[cut].raw, Kind.FOOTER, "", facts=FooterFacts(labels=labels))
    said = f"line {cut + 1}: the platform's footer under the story was left out of its text"
    if labels:
        said += f" (its tags read as the labels: {', '.join(labels)})"
    return out, [said + ": " + " / ".join(left[:12])]


def _chrome(line: Line, raw: str, under: str, words: frozenset[str]) -> bool:
    """Whether a line over the footer's first line is the footer's too: a heading the
    platform prints (its publication's name, a count), "Follow", a count, a tag link."""
    text = line.text.strip()
    return bool(
        line.kind is Kind.FOOTER
        or " ".join(text.split()).casefold() in words
        or _COUNT.fullmatch(text)
        or _TAG.search(raw)
        or raw.startswith("-")
        and "/tag/" in raw
        or _HEADING.match(raw)
        or _RULE.fullmatch(under)
    )


def _raw(raws: list[str], index: int) -> str:
    return raws[index].strip() if index < len(raws) else ""
