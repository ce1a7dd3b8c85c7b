"""Comments kept aside under a post whose name and date FOLLOW their text (Canalblog's "Posté par Ann, 3 mars 2019 à 13:35")."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from tuiarchive.dumps.dates import Moment, match_moment
from tuiarchive.dumps.line_kinds import BLANK_LINE, FooterFacts, Kind, Line
from tuiarchive.dumps.line_search import holds
from tuiarchive.dumps.phrases import group, longest_first, phrase_fields

#: What may follow the stamp on its line: the comment's own buttons, set apart by bars.
_AFTER = r"(?:\s*\|)+(?:\s*[^\W\d_][\w' ]{0,30})?\s*|\s*"
_MAX_LINES = 40  # a comment longer than this is no comment: the page is read as it was


def _regex(phrase: str, index: int) -> str:
    out = r"\s+".join(re.escape(word) for word in phrase.split())
    out = out.replace(re.escape("{name}"), rf"(?P<name{index}>[^\s,|][^,|]{{0,59}}?)")
    return out.replace(re.escape("{time}"), rf"(?P<time{index}>[^|]*?\d[^|]*?)")


@cache
def _stamp() -> re.Pattern[str]:
    phrases = longest_first(phrase_fields().get("comment_stamp", ()))
    alternatives = "|".join(f"(?:{_regex(p, i)})" for i, p in enumerate(phrases)) or "(?!)"
    return re.compile(rf"(?:{alternatives})(?:{_AFTER})", re.I)


@cache
def _leads() -> tuple[str, ...]:
    leads = (p.split("{")[0].strip() for p in phrase_fields().get("comment_stamp", ()))
    return tuple(lead for lead in leads if lead)


def may_hold_stamps(text: str) -> bool:
    """Whether a page could hold such a stamp (a substring test)."""
    return any(holds(text, lead) for lead in _leads())


def _read(text: str) -> tuple[str, Moment] | None:
    """The name and moment of a comment's trailing stamp line; None if it is not one."""
    m = _stamp().fullmatch(text)
    if m is None:
        return None
    name = group(m, "name")  # the phrase's numbered groups: name0, time0...
    moment = match_moment((group(m, "time") or "").strip())
    if not name or moment is None or moment.date is None:
        return None
    return " ".join(name.split()), moment


_IN_SECTION = frozenset((Kind.TEXT, Kind.BLANK, Kind.COMMENT_CHROME))


def stamped_comments(lines: list[Line]) -> list[Line]:
    """Under a comments heading, texts that each END in a stamp line (name, date): each
    stamp made the head of its comment and set above its text, as the reader expects."""
    heads = [i for i, line in enumerate(lines) if line.kind is Kind.COMMENTS_HEADING]
    for head in heads:
        out = _section(lines, head)
        if out is not None:
            return out
    return lines


def _section(lines: list[Line], head: int) -> list[Line] | None:
    blocks: list[tuple[Line, list[Line]]] = []
    block: list[Line] = []
    at = head + 1
    while at < len(lines) and lines[at].kind in _IN_SECTION:
        line = lines[at]
        read = _read(line.text) if line.kind is Kind.TEXT else None
        if read is not None:
            if not any(one.kind is Kind.TEXT for one in block) or len(block) > _MAX_LINES:
                return None  # a stamp over nothing, or over a page of text: not this shape
            said = Line(line.number, line.raw, Kind.SAID, "", said_by=read[0])
            facts = FooterFacts(author=read[0], moment=read[1])  # no text on the head's line
            blocks.append((replace(said, facts=facts), block))
            block = []
        else:
            block.append(line)
        at += 1
    if not blocks:
        return None
    end = at - len(block)  # what follows the last stamp stays where it is
    order: list[Line] = []
    for said, text in blocks:
        order += [said, BLANK_LINE, *text]
    return [*lines[: head + 1], *order, *lines[end:]]
