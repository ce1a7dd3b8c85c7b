"""The wrappers a post may be pasted inside whose lines look like a post's frame: a forum quote."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import Kind, Line

#: A forum reply's quote opens with its word alone on a line ("Quote:", "Zitat:").
_QUOTE_MARK = re.compile(
    r"^[ \t]*(?:quote|zitat|cita|citação|citation|cytat|citaat|цитата|alıntı)[ \t]?:[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
#: A Markdown rule ("---", "* * *") between two replies of a thread.
_RULE = re.compile(r"[ \t]*(?:[-*_][ \t]*){3,}")
#: What a quoted post's frame is read as, and is not inside a quote.
_FRAME = frozenset((Kind.DATE, Kind.FOOTER, Kind.BYLINE, Kind.POST_END, Kind.SAID))


def forum_quotes(lines: list[Line], text: str, headings: dict[int, int]) -> list[Line]:
    """A blog post quoted in a forum reply is the reply's text: from a quote's word alone on
    a line to the rule or heading that ends the reply, its byline, share line and date are no
    post's frame. A quote that nothing closes is left as it is (it may be a post's own)."""
    if not _QUOTE_MARK.search(text):
        return lines
    source = text.split("\n")
    out = list(lines)
    opened: int | None = None
    for index, raw in enumerate(source):
        if opened is not None and (index in headings or _RULE.fullmatch(raw)):
            for i in range(opened, index):
                if out[i].kind in _FRAME:
                    out[i] = Line(out[i].number, out[i].raw, Kind.TEXT, out[i].text)
            opened = None
        if _QUOTE_MARK.fullmatch(raw):
            opened = index
    return out
