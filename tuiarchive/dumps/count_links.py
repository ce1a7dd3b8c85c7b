"""A comment count printed as a link to the page's comments: "[3](…#comments)"."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import FooterFacts, Kind, Line

_COUNT = re.compile(r"\d{1,5}")
_TO_COMMENTS = re.compile(r"#comments?$", re.IGNORECASE)


def count_links(lines: list[Line], links: dict[int, str]) -> list[Line]:
    """Lines that were one link, a bare number, to the page's comments: the post's footer,
    the number its comment count."""
    out = lines
    for index, address in links.items():
        line = lines[index] if index < len(lines) else None
        if line is None or line.kind is not Kind.TEXT or not _TO_COMMENTS.search(address):
            continue
        if _COUNT.fullmatch(line.text.strip()) is None:
            continue
        if out is lines:
            out = list(lines)
        facts = FooterFacts(comments=int(line.text))
        out[index] = Line(line.number, line.raw, Kind.FOOTER, line.text, facts=facts)
    return out
