"""Short lines between a post's share buttons and its byline (an author card): no post's title."""

from __future__ import annotations

from tuiarchive.dumps.line_kinds import Kind, Line, evidence

#: How far below a card's line its post's byline may stand.
_CARD_REACH = 24
#: A card's lines are short: a name, "12", "+Follow" (a title with a body is not alone).
_CARD_LINE = 32


def in_footer_card(lines: list[Line], index: int) -> bool:
    """Whether the line at `index` is one of a card's short lines between a post's share
    buttons and its byline, not right over it ("Ana" / "12" / "0" / "« Older post" / "posted @ 2019-03-04
    12:30 Ana ..."): nothing below it up to a byline with its date is a line of text
    longer than a card's, so no post with a body of its own starts here."""
    if not _short(lines[index]):
        return False
    right_below = True
    for line in lines[index + 1 : index + _CARD_REACH]:
        kind = line.kind
        if kind is Kind.BLANK:
            continue
        if kind is Kind.FOOTER and line.facts.author is not None and line.facts.moment:
            return not right_below  # a title stands right over its byline
        right_below = False
        if kind is Kind.TEXT and not _short(line) or kind is Kind.DATE:
            return False
        if kind is Kind.FOOTER and evidence(line.facts):
            return False  # labels or a count first: the frame of a post below
    return False


def _short(line: Line) -> bool:
    return len(line.text) <= _CARD_LINE and len(line.text.split()) <= 3


#: A line of prose under the labels: longer than a title or a label is.
_PROSE = 40


def labels_over_text(lines: list[Line], index: int) -> bool:
    """Whether the labels at `index` stand over the post's text (a date, the title, its
    categories one a line, then the body: Hatena Blog, many themes): below them, past
    other label lines, comes a line of prose, not another post's title or frame."""
    for line in lines[index + 1 : index + 12]:
        if line.kind is Kind.BLANK:
            continue
        facts = line.facts
        if line.kind is Kind.FOOTER and facts.labels is not None and not facts.author:
            continue
        return line.kind is Kind.TEXT and len(line.text) >= _PROSE
    return False
