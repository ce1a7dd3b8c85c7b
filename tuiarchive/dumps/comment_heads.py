"""Comment heads in a comment section: a name with its stamp (next line, after the text, or run in)."""

from __future__ import annotations

import re

from tuiarchive.dumps.dates import Moment, match_moment
from tuiarchive.dumps.line_kinds import NAME_END, FooterFacts, Kind, Line, classify

#: How far (non-blank lines) a comment's text may run before its stamp (stamp-after-text pages).
_TEXT_REACH = 40
#: Lines of a section's own chrome ("Oldest first", an avatar) above its first comment.
_SECTION_CHROME = 4
#: A list number before a comment's head ("1. ", "12) ").
_NUMBER = re.compile(r"\d{1,3}[.)]\s+")
#: A clock time: a run-in stamp has one.
_CLOCK = re.compile(r"\d[:.]\d\d")
#: The last word of a stamp: its time, "PM", or a time zone ("CET").
_STAMP_END = re.compile(r"\d$|^(?:(?i:[ap]\.?m\.?)|[A-Z]{2,5})$")
#: What a theme sets after a stamp: "19.06.2016 в 00:18 -", "3 May 2014 |".
_STAMP_TAIL = " \t-–—|:·"


def comment_heads(lines: list[Line]) -> list[Line]:
    """The page's lines with the heads of the comment sections read.

    A section begins at a "Comments" heading or a comment count. Its first comment says how
    the page prints a head: a name over its stamp (a reply button may follow), a name over
    the text with the stamp (and reply button) after it, or a list item with the name,
    stamp and text run together. Each head found becomes a SAID line naming its author
    (a run-in head also carries its stamp, and its text as the line's text); stamps with
    a theme's dash or bar after them become stamps. Lines keep their numbers.
    """
    heading, footer = Kind.COMMENTS_HEADING, Kind.FOOTER
    starts = [
        i
        for i, line in enumerate(lines)
        if line.kind is heading or line.kind is footer and line.facts.comments is not None
    ]
    out: list[Line] | None = None
    for index in starts:
        found = _section(lines, index)
        if found:
            out = out if out is not None else list(lines)
            for at, new in found.items():
                out[at] = new
    return out if out is not None else lines


def _section(lines: list[Line], start: int) -> dict[int, Line]:
    """The rewritten lines of the comment section that begins under `start`."""
    first = _next(lines, start)
    for _ in range(_SECTION_CHROME):
        if first is None or not _avatar_or_chrome(lines[first]):
            break
        first = _next(lines, first)
    if first is None or lines[first].kind is not Kind.TEXT:
        return {}
    if _run_in(lines[first].text) is not None:
        return _run_in_heads(lines, first)
    stamp = _next(lines, first)
    if stamp is not None and _named(lines[first]) and _stamp(lines, stamp) is not None:
        return _heads_over_stamps(lines, first)
    return _heads_over_text(lines, first)


def _heads_over_stamps(lines: list[Line], at: int | None) -> dict[int, Line]:
    """Name / stamp / [reply] / text, comment after comment."""
    found: dict[int, Line] = {}
    while at is not None:
        stamp = _next(lines, at)
        moment = _stamp(lines, stamp) if stamp is not None else None
        if stamp is None or moment is None or not _named(lines[at]):
            break
        found[at] = _said(lines[at], lines[at].text)
        found[stamp] = _stamp_line(lines[stamp], moment)
        at = _next(lines, stamp)
        while at is not None and lines[at].kind in _IN_TEXT:
            below = _next(lines, at)
            if (
                lines[at].kind is Kind.TEXT
                and below is not None
                and _named(lines[at])
                and _stamp(lines, below) is not None
            ):
                break  # the next comment's name
            at = below
    return found


def _heads_over_text(lines: list[Line], at: int | None) -> dict[int, Line]:
    """Name / text / stamp with its reply button, comment after comment."""
    found: dict[int, Line] = {}
    while at is not None and lines[at].kind is Kind.TEXT and _named(lines[at]):
        stamp, reach = _next(lines, at), 0
        while stamp is not None and lines[stamp].kind is Kind.TEXT and reach < _TEXT_REACH:
            if _stamp(lines, stamp) is not None:
                break
            stamp, reach = _next(lines, stamp), reach + 1
        moment = _stamp(lines, stamp) if stamp is not None else None
        if stamp is None or moment is None or stamp == _next(lines, at):
            break
        if not _replied(lines, stamp):
            break  # a date under a text (a post's): not the sign of a comment
        found[at] = _said(lines[at], lines[at].text)
        if lines[stamp].kind is Kind.TEXT:
            found[stamp] = _stamp_line(lines[stamp], moment)
        at = _next(lines, stamp)
        while at is not None and _avatar_or_chrome(lines[at]):
            at = _next(lines, at)
    return found


def _run_in_heads(lines: list[Line], at: int | None) -> dict[int, Line]:
    """ "1. Ana Lee3 February 2013 at 15:38 text…": each list item a comment."""
    found: dict[int, Line] = {}
    numbered = _NUMBER.match(lines[at].text) is not None if at is not None else False
    while at is not None and lines[at].kind in _IN_TEXT:
        line = lines[at]
        head = _run_in(line.text) if line.kind is Kind.TEXT else None
        if head is not None and (_NUMBER.match(line.text) is not None) == numbered:
            name, moment, rest = head
            found[at] = Line(
                line.number,
                line.raw,
                Kind.SAID,
                rest,
                said_by=name,
                facts=FooterFacts(moment=moment),
            )
        at = _next(lines, at)
    return found


def _run_in(text: str) -> tuple[str, Moment, str] | None:
    """A list item's name, full stamp (date and time) and text run together."""
    number = _NUMBER.match(text)
    text = text[number.end() :] if number else text
    clock = _CLOCK.search(text, 0, 100)
    if clock is None:
        return None  # no time near the start: no run-in stamp
    for cut in NAME_END.finditer(text, 0, min(70, clock.start())):
        name = _unemphasised(text[: cut.start()].strip(" ,-–—|"))
        if not name or len(name) > 60 or len(name.split()) > 6 or name.endswith((":", ",")):
            continue
        words = text[cut.end() :].split(" ")
        for size in range(min(len(words), 9), 1, -1):
            if not _STAMP_END.search(words[size - 1]):
                continue  # "at 15:38 nice": a stamp ends at its time (or AM, or its zone)
            moment = match_moment(" ".join(words[:size]))
            if moment is not None and moment.date is not None and moment.time is not None:
                rest = " ".join(words[size:]).strip()
                return (name, moment, rest) if rest else None
    return None


def _stamp(lines: list[Line], at: int) -> Moment | None:
    """A comment's stamp on line `at`: a date with its time, or a date with the reply
    button on its line or the next; a theme's dash or bar after it is allowed."""
    line = lines[at]
    moment: Moment | None = None
    if line.kind is Kind.BYLINE:
        moment = line.facts.moment
    elif line.kind in (Kind.TEXT, Kind.DATE) and len(line.text) <= 60:
        text = line.text.rstrip(_STAMP_TAIL)
        words = text.split()  # none at all when what is left is a line separator (U+2028)
        ends = line.kind is Kind.DATE or bool(words) and _STAMP_END.search(words[-1])
        moment = match_moment(text) if ends else None
    if moment is None or moment.date is None:
        return None
    if moment.time is None and not _replied(lines, at):
        return None
    return moment


def _replied(lines: list[Line], at: int) -> bool:
    """Whether the stamp on line `at` carries its reply button, or the next line is one."""
    line = lines[at]
    if (
        line.kind is Kind.BYLINE
        and classify(0, line.text.rpartition(" ")[2]).kind is Kind.COMMENT_CHROME
    ):
        return True
    below = _next(lines, at)
    return below is not None and lines[below].kind is Kind.COMMENT_CHROME


def _named(line: Line) -> bool:
    """A line that can be a commenter's name: a few words, no sentence or list around them."""
    text = line.text
    return (
        line.kind is Kind.TEXT
        and 0 < len(text) <= 60
        and len(text.split()) <= 6
        and not text.endswith((":", ",", ";", "!", "?"))
        and any(c.isalpha() for c in text)
    )


def _avatar_or_chrome(line: Line) -> bool:
    """An avatar left as a placeholder ("￼"), or the section's own chrome."""
    return line.kind is Kind.COMMENT_CHROME or (
        line.kind is Kind.TEXT and not any(c.isalnum() for c in line.text)
    )


#: A name set in bold or italics as a whole ("**Ana Lee**"): the theme's emphasis, not the name.
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")


def _unemphasised(name: str) -> str:
    match = _EMPHASIS.fullmatch(name)
    return match[2] if match is not None else name


def _said(line: Line, name: str) -> Line:
    name = name.rstrip(_AFTER_NAME) or name  # "Ana •" over its stamp: the bullet is the theme's
    name = _unemphasised(name)
    return Line(line.number, line.raw, Kind.SAID, line.text, said_by=name)


#: What a theme sets after a commenter's name, before the stamp on the next line.
_AFTER_NAME = " •·|"


def _stamp_line(line: Line, moment: Moment) -> Line:
    if line.kind is Kind.BYLINE:
        return line
    return Line(line.number, line.raw, Kind.BYLINE, line.text, facts=FooterFacts(moment=moment))


def _next(lines: list[Line], at: int) -> int | None:
    """The index of the next line that is not blank (within 40 lines)."""
    for index in range(at + 1, min(at + 40, len(lines))):
        if lines[index].kind is not Kind.BLANK:
            return index
    return None


_IN_TEXT = frozenset((Kind.TEXT, Kind.COMMENT_CHROME, Kind.BYLINE, Kind.DATE))
