"""A newsletter post saved as text (Substack): its head stack, header image and comment list."""

from __future__ import annotations

import re
from dataclasses import replace

from tuiarchive.dumps.dates import Moment
from tuiarchive.dumps.line_kinds import BLANK_LINE, FooterFacts, Kind, Line
from tuiarchive.dumps.line_search import holds
from tuiarchive.dumps.names import looks_like_name

#: What only a newsletter platform's page prints (its interface is in English).
_MARKS = ("Discussion about this post", " Restacks\n", " Restack\n")
_TOP = 40  # lines in which the head stack stands
_SHORT = 160  # a head line's longest
#: A comment's or a teaser's stamp: "Jun 18", "Mar 4, 2025".
_STAMP = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2}(?:, \d{4})?"
)
#: A teaser's stamp and author: "May 14 • Ann Lee".
_TEASER = re.compile(_STAMP.pattern + r"\s*[•∙·]\s*\S.{0,60}")
#: An image's credit under its alt text: "Photo by Ann Lee (source: Unsplash)", "Image: NASA".
_CREDIT = re.compile(r"(?:Image|Photo|Picture|Illustration|Cover)s?\s*(?:by|:|credit|via)\s.{1,80}")


def may_be_newsletter(text: str) -> bool:
    """Whether the page prints a newsletter platform's marks (its discussion, its restacks)."""
    # " Restack" stands in both restack marks: one scan for the two on a page that has neither
    return holds(text, _MARKS[0]) or holds(text, " Restack") and any(m in text for m in _MARKS[1:])


def newsletter_page(lines: list[Line]) -> tuple[list[Line], list[str]]:
    """The page's lines with its head stack read as the post's byline, the header image's
    alt text and credit and the subtitle left out, and its comments' heads read."""
    out = list(lines)
    said = _head(out)
    said += _comments(out)
    return out, said


def _text(lines: list[Line], start: int, stop: int, step: int) -> list[int]:
    return [i for i in range(start, stop, step) if lines[i].kind is not Kind.BLANK]


def _head(out: list[Line]) -> list[str]:
    """Title / subtitle / author / date, no blank line between them, near the top."""
    top = min(len(out), _TOP)
    at = next((i for i in range(top) if out[i].kind is Kind.DATE and out[i].date), None)
    if at is None or at < 3:
        return []
    title, subtitle, author = at - 3, at - 2, at - 1
    stack = out[title:at]
    if any(line.kind is not Kind.TEXT or len(line.text) > _SHORT for line in stack):
        return []
    if title > 0 and out[title - 1].kind is not Kind.BLANK:
        return []
    if not looks_like_name(out[author].text):
        return []
    names = _text(out, 0, title, 1)
    if len({out[i].text for i in names}) > 1:
        return []  # the publication's name (maybe twice) only
    date = out[at].date
    assert date is not None
    facts = FooterFacts(author=out[author].text, moment=Moment(date, None))
    said = [
        f"line {out[at].number}: the head stack read as the post's byline"
        f" (author {out[author].text!r}); its subtitle left out: {out[subtitle].text!r}"
    ]
    out[subtitle] = replace(out[at], number=subtitle + 1, kind=Kind.FOOTER, facts=facts, date=None)
    for index in names[1:]:
        out[index] = replace(out[index], kind=Kind.CHROME)  # the publication's name again
    out[author] = out[at] = BLANK_LINE
    below = _text(out, at + 1, min(len(out), at + 6), 1)
    if len(below) >= 3 and _CREDIT.fullmatch(out[below[1]].text) and below[1] == below[0] + 1:
        alt, credit = out[below[0]], out[below[1]]
        if len(alt.text) <= _SHORT and not alt.text.endswith((".", "!", "?", ":")):
            said.append(
                f"line {alt.number}: the header image's alt text and credit left out:"
                f" {alt.text!r} / {credit.text!r}"
            )
            out[below[0]] = out[below[1]] = BLANK_LINE
    return said


def _comments(out: list[Line]) -> list[str]:
    """Name / [publication] / stamp / text / Like, Reply, Share, comment after comment; the
    other posts' teasers under them (title / subtitle / "May 14 • name" / counts) are chrome."""
    start = next((i for i, line in enumerate(out) if line.kind is Kind.COMMENTS_HEADING), None)
    if start is None:
        return []
    at = start + 1
    found = 0
    while at < len(out):
        line = out[at]
        if line.kind in (Kind.BLANK, Kind.COMMENT_CHROME, Kind.FOOTER):
            at += 1
            continue
        head = _comment_head(out, at)
        if head is None:
            break
        stamp, publication = head
        out[at] = Line(line.number, line.raw, Kind.SAID, line.text, said_by=line.text)
        for index in (publication, stamp):
            if index is not None:
                out[index] = replace(out[index], kind=Kind.COMMENT_CHROME)
        found += 1
        at = stamp + 1
        while at < len(out) and out[at].kind is not Kind.COMMENT_CHROME:
            at += 1  # the comment's text, to its Like / Reply / Share
    if not found:
        return []
    teasers = 0
    for index in range(at, len(out)):
        if _TEASER.fullmatch(out[index].text):
            teasers += 1
            near = _text(out, index - 1, max(-1, index - 3), -1)
            near += _text(out, index + 1, min(len(out), index + 3), 1)
            for other in [index, *near]:
                if out[other].kind is Kind.TEXT:
                    out[other] = replace(out[other], kind=Kind.CHROME)
    if not teasers:
        return []
    return [f"{teasers} other post(s)' teaser(s) under the comments left out"]


def _comment_head(out: list[Line], at: int) -> tuple[int, int | None] | None:
    """The stamp under a commenter's name (a publication's name may stand between them)."""
    if out[at].kind is not Kind.TEXT or len(out[at].text) > 60 or _TEASER.fullmatch(out[at].text):
        return None
    below = _text(out, at + 1, min(len(out), at + 4), 1)[:2]
    if below and _STAMP.fullmatch(out[below[0]].text):
        return below[0], None
    if len(below) == 2 and below[1] == below[0] + 1 and _STAMP.fullmatch(out[below[1]].text):
        return below[1], below[0]
    return None
