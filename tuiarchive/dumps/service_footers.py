"""A syndicated post's footer naming the service it came from: "Posted on Instagram 12:39 pm, August 9, 2016"."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import Kind, Line, classify

#: "Posted on <Service> <time and date>": the service one or two capitalised words.
_SERVICE = re.compile(
    r"(?P<lead>(?:Posted|Published|Shared) on) (?P<service>[A-Z][\w.]{1,20}(?: [A-Z][\w.]{1,20})?)"
    r" (?P<rest>\S.{0,60})"
)


def may_hold_service_footer(text: str) -> bool:
    """Whether the page may hold such a footer: a few substring scans."""
    return "ed on " in text


def service_footers(lines: list[Line]) -> list[Line]:
    """Such lines read as the post's footer, its date the one after the service's name."""
    out = lines
    for index, line in enumerate(lines):
        if line.kind is not Kind.TEXT or len(line.text) > 120:
            continue
        match = _SERVICE.fullmatch(line.text.strip())
        if match is None:
            continue
        read = classify(line.number, f"{match['lead']} {match['rest']}")
        if read.kind is not Kind.FOOTER or read.facts.moment is None:
            continue
        if out is lines:
            out = list(lines)
        out[index] = Line(line.number, line.raw, Kind.FOOTER, line.text, facts=read.facts)
    return out
