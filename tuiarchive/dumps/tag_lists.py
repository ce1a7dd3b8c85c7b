"""A list headed by the word "Tags" (or a label key) read as the post's labels: one tag an item."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import BLANK_LINE, FooterFacts, Kind, Line
from tuiarchive.dumps.line_search import LineStart
from tuiarchive.dumps.phrases import load_phrases

_ITEM = re.compile(r"[-*+]\s+(?P<tag>\S.{0,59})")
_ANY_ITEM = LineStart(r"[-*+][ \t]+\S")
_HEAD_WORDS = frozenset(("tags", "tag"))
_MAX_HEAD = 24


def _is_tags_head(text: str) -> bool:
    """ "TAGS", "Tags:", "- TAGS" (the list's first item), "Étiquettes :": a tag list's head."""
    word = text.lstrip("-*+ \t").rstrip(" :").strip()
    if not word or len(word) > _MAX_HEAD:
        return False
    return word.casefold() in _HEAD_WORDS or bool(load_phrases().labels_key.fullmatch(word + ":"))


def _tag(line: Line) -> str | None:
    item = _ITEM.fullmatch(line.text) if line.kind is Kind.TEXT else None
    if item is None:
        return None
    tag = item["tag"].strip()
    if len(tag.split()) > 6 or tag.endswith((".", "!", "?", ":")):
        return None  # a sentence, not a tag
    return tag


def _head_kind(line: Line) -> bool:
    """A text line, or a label key alone that waits for its labels on the next line."""
    if line.kind is Kind.TEXT:
        return True
    facts = line.facts
    return (
        line.kind is Kind.FOOTER
        and facts is not None
        and facts.labels == ()
        and facts.labels_continue
    )


def may_hold_list(text: str) -> bool:
    """Whether a page has a list item at all (most pages have none: no tag list to look for)."""
    return _ANY_ITEM.found_in(text)


def tag_lists(lines: list[Line]) -> list[Line]:
    """Each head line with list items right under it (no blank between) becomes a footer
    line of those labels; the items become blank lines."""
    out = lines
    for index, line in enumerate(lines):
        if not _head_kind(line) or len(line.text) > _MAX_HEAD + 4:
            continue
        if not _is_tags_head(line.text):
            continue
        tags: list[str] = []
        for below in lines[index + 1 :]:
            tag = _tag(below)
            if tag is None:
                break
            tags.append(tag)
        if not tags:
            continue
        if out is lines:
            out = list(lines)
        facts = FooterFacts(labels=tuple(tags))
        out[index] = Line(line.number, line.raw, Kind.FOOTER, line.text, facts=facts)
        out[index + 1 : index + 1 + len(tags)] = [BLANK_LINE] * len(tags)
    return out
