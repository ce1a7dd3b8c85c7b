"""A scraper note's `Source: <url>` line right under the post's title heading: its address."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import Kind, Line

#: "Source: https://…", "URL: <https://…>", "출처: [https://…](https://…)": an address alone.
_SOURCE = re.compile(
    r"(?:source|url|original|link|permalink|quelle|fuente|fonte|origine|bron|źródło|источник"
    r"|sumber|kaynak|来源|來源|出处|出處|原文|原文链接|出典|출처|원문)[ \t]*[:：][ \t]*"
    r"(?:<(?P<angled>https?://[^\s<>]+)>|\[[^\]]*\]\((?P<linked>https?://[^\s()]+)\)"
    r"|(?P<bare>https?://\S+))",
    re.IGNORECASE,
)
#: A read-later export's line: "Captured: 2017-11-26 at 23:24 from [site](https://…)", the
#: time of the save (not the post's), then the page's address.
_CAPTURED = re.compile(
    r"(?:captured|saved|clipped)\b[^\[\]\n]{0,40}?\bfrom\s+\[[^\]]*\]\((?P<linked>https?://[^\s()]+)\)",
    re.IGNORECASE,
)
_LOOK = 40  # lines from the top where the title heading may stand


def may_hold_source_line(text: str) -> bool:
    """Whether the page's head names a source field at all (looked at without copying it)."""
    head = text[:4000].lower()
    return "http" in head and ":" in head


def source_line(
    lines: list[Line], headings: dict[int, int], saved: list[str] | None = None
) -> tuple[list[Line], str | None]:
    """The page's first printed line a heading, the next one a source field alone (or a
    read-later export's capture line, read as `saved`, its link kept): that line blanked (no
    text of the post), and the address it gives."""
    texts = [i for i, line in enumerate(lines[:_LOOK]) if line.kind is not Kind.BLANK]
    if len(texts) < 3 or texts[0] not in headings:
        return lines, None
    below = lines[texts[1]]
    bare = below.text.lstrip("> ").strip("_*")  # quoted, in italics
    match = _SOURCE.fullmatch(bare)
    if match is None and saved is not None and texts[1] < len(saved):
        match = _CAPTURED.fullmatch(saved[texts[1]].strip().strip("_*"))
    if match is None:
        return lines, None
    out = list(lines)
    out[texts[1]] = Line(below.number, below.raw, Kind.BLANK, "")  # no text of the post
    found = match.groupdict()
    return out, found.get("angled") or found.get("linked") or found.get("bare")
