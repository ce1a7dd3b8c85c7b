"""A Blogger footer saved as Markdown with its time and count as links: `At [7:26 AM](…) [, 0 comments](…)`."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import FooterFacts, Kind, Line, classify

#: The byline's words, its time as a link, the comment count as the next link.
_FOOTER = re.compile(
    r"(?P<head>[^\[\]]{0,80}?)\[(?P<time>[^\]\[]{3,40})\]\(\S+?\)[ \t]*"
    r"\[(?P<count>[^\]\[]{1,40})\]\(\S+?\)"
)
#: A time of day inside a link, a link right after it: where such a footer can be.
_GATE = re.compile(r"\d:\d\d[^\]\[\n]{0,12}\]\([^)\s]+\)[ \t]*\[")
#: What may stand before the count inside its link: ", 0 comments".
_LEAD = " ,;|·-"


def may_hold_linked_footer(text: str) -> bool:
    """Whether the page may hold such a footer: a linked time of day with a link right after."""
    return ":" in text and _GATE.search(text) is not None


def linked_footers(lines: list[Line], raws: list[str]) -> list[Line]:
    """Each line that is a byline (or its "At") with a linked time followed by a linked comment
    count, and nothing else but icon links, read as the post's footer: its author, time and
    count, in whatever language the phrase files know."""
    out: list[Line] | None = None
    for index, line in enumerate(lines):
        if line.kind is not Kind.TEXT or index >= len(raws) or "](" not in raws[index]:
            continue
        found = _FOOTER.match(raws[index].strip())
        if found is None:
            continue
        count = found["count"].strip().lstrip(_LEAD).strip()
        if not line.text.endswith(count):  # words after the count: a sentence, no footer
            continue
        byline = classify(line.number, f"{found['head'].strip()} {found['time'].strip()}".strip())
        tally = classify(line.number, count)
        moment, comments = byline.facts.moment, tally.facts.comments
        if byline.kind is not Kind.FOOTER or moment is None or tally.kind is not Kind.FOOTER:
            continue
        if comments is None:
            continue
        facts = FooterFacts(author=byline.facts.author, moment=moment, comments=comments)
        out = out if out is not None else list(lines)
        out[index] = Line(line.number, line.raw, Kind.FOOTER, line.text, facts=facts)
    return out if out is not None else lines
