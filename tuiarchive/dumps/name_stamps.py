"""A byline written as the author's name, a comma and a timestamp ("Ana Lind, Friday, June 6, 2008 @ 4:04 pm")."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import FooterFacts, Kind, Line, classify
from tuiarchive.dumps.names import looks_like_name

#: The line's shape: a short name, a comma, then something with a time in it.
_SHAPE = r"(?P<name>[^\W\d_][^,\n]{1,40}),[ \t]+(?P<stamp>[^\n]{6,60}?\d{1,2}:\d{2}[^\n]{0,12})"
_LINE = re.compile(r"[ \t]*" + _SHAPE + r"[ \t]*")


def may_hold_name_stamp(text: str) -> bool:
    """Whether a line of the page may be such a byline: each time in it ("4:04", found by
    its colon) looked at on its own line, most pages holding few."""
    at = text.find(":")
    while at >= 0:
        if at and text[at - 1].isdigit() and text[at + 1 : at + 3].isdigit():
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            line = text[start : end if end >= 0 else len(text)]
            if "," in line and _LINE.fullmatch(line):
                return True
        at = text.find(":", at + 1)
    return False


def name_stamps(lines: list[Line]) -> list[Line]:
    """Each text line that is a person's name (two to five capitalised words), a comma and a
    timestamp read alone as one, read as a byline: the name the author, the stamp its moment."""
    out = list(lines)
    for index, line in enumerate(lines):
        if line.kind is not Kind.TEXT or "," not in line.text or ":" not in line.text:
            continue
        found = _LINE.fullmatch(line.text)
        if found is None or not looks_like_name(found["name"].strip()):
            continue
        stamp = classify(line.number, found["stamp"])
        if stamp.kind is not Kind.BYLINE or stamp.facts.moment is None or stamp.facts.author:
            continue
        facts = FooterFacts(author=found["name"].strip(), moment=stamp.facts.moment)
        out[index] = Line(line.number, line.raw, Kind.FOOTER, line.text, facts=facts)
    return out
