"""A Markdown meta line under a post's title: its date, links to author and categories, counts."""

from __future__ import annotations

import re

from tuiarchive.dumps.dates import Moment, match_moment
from tuiarchive.dumps.line_kinds import FooterFacts, Kind, Line
from tuiarchive.dumps.links import LINK_OR_REFERENCE
from tuiarchive.dumps.markup import HEADING

_REFERENCE = re.compile(r" {0,3}\[(?P<ref>[^\[\]\n]{1,20})\]:\s*(?P<url>\S+)(?:\s+\"[^\"\n]*\")?")
#: What may stand between the links: separators, counts, a reading time ("5 Minutes").
_BETWEEN = re.compile(r"(?:[\s,|·•]|\d{1,6}(?:\s+min(?:ute)?s?(?:\s+read)?\b)?)*", re.I)
_AUTHOR = re.compile(r"/author/[^/\s]+/?$")
_COMMENTS = re.compile(r"#(?:comments|respond)$")
#: A date written out between the links ("December 20, 2025", "2025-11-21").
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}|[^\W\d_]{3,12}\.? \d{1,2}(?:st|nd|rd|th)?, \d{4}")
_MAX_TEXT = 600
#: How far under its title heading the meta line may stand (lines, blanks included).
_REACH = 3
#: The kinds of line a meta line may have been read as: text, or a byline read alone.
_MAY = (Kind.TEXT, Kind.FOOTER)
#: How many lines of its links a meta line may have wrapped onto.
_WRAPPED = 2


def may_hold_link_meta(text: str) -> bool:
    """Whether the page has a Markdown heading and a link (the quick test)."""
    return ("\n#" in text or text.startswith("#")) and ("](" in text or "][" in text)


def link_meta_lines(lines: list[Line], source: list[str]) -> list[Line]:
    """Lines right under a title heading that hold only the post's date (as text or as its
    permalink's link), links to its author's and categories' pages, a comment count linked
    to "#comments" and a reading time, read as the post's meta line ("[Ana][4] [Boats][5]
    December 20, 2025 5 Minutes", "2025-11-21 [Boats](…) 0 0 [0](…#comments)")."""
    references: dict[str, str] | None = None
    out = lines
    for index, line in enumerate(lines):
        if line.kind not in _MAY or index >= len(source) or len(source[index]) > _MAX_TEXT:
            continue
        raw = source[index]
        if "](" not in raw and "][" not in raw or not _under_heading(source, index):
            continue
        if references is None:
            references = _references(source) if "][" in raw else {}
        more = _link_lines_below(source, index)
        facts = None
        if more:  # "Mar 27, 2023  [Ana](…/author/…)" / " [News](…), [RSS](…)" / " [0](…#respond)"
            facts = _facts(
                " ".join(s.strip() for s in source[index : index + 1 + more]), references
            )
        if facts is None:
            more = 0
            facts = _facts(raw, references) if line.kind is Kind.TEXT else None
        if facts is None:
            continue
        out = list(lines) if out is lines else out
        out[index] = Line(line.number, line.raw, Kind.FOOTER, line.text, facts=facts)
        for later in range(index + 1, index + 1 + more):  # read with the line above
            out[later] = Line(lines[later].number, lines[later].raw, Kind.BLANK, "")
    return out


def _link_lines_below(source: list[str], index: int) -> int:
    """How many lines right under `index` (no blank between, two at most) start with a link:
    the meta line's links wrapped onto lines of their own."""
    count = 0
    while count < _WRAPPED and index + 1 + count < len(source):
        if not source[index + 1 + count].lstrip().startswith("["):
            break
        count += 1
    return count


def _under_heading(source: list[str], index: int) -> bool:
    for above in range(index - 1, max(-1, index - 1 - _REACH), -1):
        if source[above].strip():
            return HEADING.match(source[above]) is not None
    return False


def _references(source: list[str]) -> dict[str, str]:
    return {m["ref"]: m["url"] for line in source if (m := _REFERENCE.fullmatch(line.rstrip()))}


def _facts(raw: str, references: dict[str, str]) -> FooterFacts | None:
    """The meta line's facts, if `raw` is only its pieces and names a date and a category
    or author; None otherwise."""
    author: str | None = None
    moment: Moment | None = None
    labels: list[str] = []
    comments: int | None = None
    at = 0
    for link in LINK_OR_REFERENCE.finditer(raw):
        moment, between = _between(raw[at : link.start()], moment)
        if not between:
            return None
        at = link.end()
        text = " ".join(link["text"].split())
        url = link["url"] or references.get(link["ref"] or "", "")
        if not url:
            return None
        if _COMMENTS.search(url):
            comments = int(text) if text.isdigit() else comments
        elif _AUTHOR.search(url) and author is None:
            author = text
        elif moment is None and (found := match_moment(text)) is not None and found.date:
            moment = found
        elif not any(ch.isdigit() for ch in text) and len(text) <= 60:
            labels.append(text)
        else:
            return None
    moment, between = _between(raw[at:], moment)
    if at == 0 or not between or moment is None or not (labels or author):
        return None
    return FooterFacts(
        author=author, moment=moment, comments=comments, labels=tuple(labels) or None
    )


def _between(text: str, moment: Moment | None) -> tuple[Moment | None, bool]:
    """The date written in `text` (when none was read yet), and whether the rest of `text`
    is what may stand between the meta line's links."""
    if moment is None and (date := _DATE.search(text)) is not None:
        found = match_moment(date.group())
        if found is not None and found.date:
            moment, text = found, text[: date.start()] + text[date.end() :]
    return moment, _BETWEEN.fullmatch(text) is not None
