"""A byline a page printed one link a line ("Posted on <date> by " / "Ana" / " in " / "Travel")."""

from __future__ import annotations

from dataclasses import replace

from tuiarchive.dumps.line_kinds import BLANK_LINE, FooterFacts, Kind, Line, read_footer
from tuiarchive.dumps.phrases import load_phrases

#: How many lines a spread byline's pieces may take: name, "in", categories with their
#: commas, the bar and the comment link.
_PIECES = 12
#: A piece is one link's text or a connector: short.
_PIECE = 60
#: The word between the name and the categories ("in", "em", "dans"): short, lower case.
_CONNECTOR = 6


def may_hold_spread_meta(text: str) -> bool:
    """Whether a line of the page ends in " by" before its line break (the quick test)."""
    return " by \n" in text or " by\n" in text


def join_spread_meta(lines: list[Line]) -> list[Line]:
    """Each byline spread one piece a line (a page saved from HTML with every link on its own
    line) read as one line: "Posted on November 3rd, 2016 by " / "Ana" / " in " / "Travel" /
    ", " / "Boats" / " | " / "No Comments »" gives the date, the author, the categories and
    the count. The byline takes the first line's place and the pieces' lines go blank (every
    line keeps its number)."""
    leads = load_phrases().byline_leads
    out = lines
    for index, line in enumerate(lines[:-1]):
        text = line.text
        if line.kind is not Kind.TEXT or len(text) > _PIECE or not text.endswith(" by"):
            continue
        if not any(text.casefold().startswith(lead + " ") for lead in leads):
            continue
        name = lines[index + 1].text
        byline = read_footer(f"{text} {name}") if 0 < len(name) <= _PIECE else None
        if byline is None or byline.author is None or byline.moment is None:
            continue
        facts, last = _read_after_name(lines, index + 2, byline)
        out = list(lines) if out is lines else out
        joined = " ".join(ln.text for ln in lines[index : last + 1])
        out[index] = Line(line.number, joined, Kind.FOOTER, joined, facts=facts)
        for later in range(index + 1, last + 1):
            out[later] = BLANK_LINE
    return out


def _read_after_name(lines: list[Line], start: int, byline: FooterFacts) -> tuple[FooterFacts, int]:
    """The byline with the categories and count its next pieces give (" in " / "Travel" /
    ", " / "Boats" / " | " / "No Comments »"), and the index of its last piece."""
    last = start - 1
    end = min(start + _PIECES, len(lines))
    at = start
    connector = lines[at].text if at < end else ""
    if not (0 < len(connector) <= _CONNECTOR and connector.isalpha() and connector.islower()):
        return byline, last
    labels: list[str] = []
    at += 1
    while at < end and 0 < len(lines[at].text) <= _PIECE and lines[at].text not in ("|", ","):
        labels.append(lines[at].text)
        last = at
        if at + 1 < end and lines[at + 1].text == ",":
            at += 2
            continue
        at += 1
        break
    if not labels:
        return byline, start - 1
    facts = replace(byline, labels=tuple(labels))
    if at + 1 < end and lines[at].text == "|":
        count = read_footer(lines[at + 1].text)
        if count is not None and count.comments is not None and count.author is None:
            facts, last = replace(facts, comments=count.comments), at + 1
    return facts, last
