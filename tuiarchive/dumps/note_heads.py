"""A note's own head above a page it keeps a copy of: its heading, source line and rule."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tuiarchive.dumps.line_kinds import Kind, Line

#: A note's field giving the page's address, as a link or bare: "Fuente: [Name](https://…)",
#: "**Source**: https://…", "> **Original:** <https://…>", "- URL: https://…".
_SOURCE = re.compile(
    r"(?:[>*+-][ \t]+)*[*_]{0,2}[^\W\d_][^\W\d]{0,15}(?: [^\W\d]{1,15})?(?::[*_]{0,2}|[*_]{0,2}:)"
    r"\s*(?:\[[^\]]{1,120}\]\((?P<linked>https?://[^/\s()]+/[^\s()]+)\)"
    r"|<?(?P<bare>https?://[^/\s<>]+/[^\s<>]+)>?)\s*"
)
#: A Markdown rule: "---", "* * *".
NOTE_RULE = re.compile(r"[ \t]*(?:[-*_][ \t]*){3,}")
#: A breadcrumb: "Home  >  Basics / Tutorial", "Inicio » Python".
_CRUMB = re.compile(r"[^\n.!?]{1,60}?\s(?:>|»|›)\s[^\n.!?]{1,80}")
#: The page's first printed character is a heading's mark (looked at without copying the page).
_OPENS_WITH_HEADING = re.compile(r"\s*#")
_FIELDS = 8  # at most so many lines between the note's heading and its rule


@dataclass(frozen=True)
class NoteHead:
    """The note's lines (indices) above the copy, and the address its source line gives."""

    lines: tuple[int, ...]
    url: str
    heading: str


def may_hold_note_head(text: str) -> bool:
    """Whether the page opens with a Markdown heading: a note's head is one."""
    return _OPENS_WITH_HEADING.match(text) is not None


def note_head(raws: list[str]) -> NoteHead | None:
    """The head of a note that keeps a copy of a page: a heading on the page's first line,
    a source field giving the page's address, maybe a remark, and a rule that ends them; a
    breadcrumb right under the rule is the copied page's chrome."""
    texts = [i for i, raw in enumerate(raws[:80]) if raw.strip()]
    if not texts or not raws[texts[0]].lstrip().startswith("#"):
        return None
    url: str | None = None
    for place, index in enumerate(texts[1 : _FIELDS + 2], start=1):
        raw = raws[index]
        if NOTE_RULE.fullmatch(raw):
            if url is None or place < 2:
                return None
            taken = texts[: place + 1]
            below = texts[place + 1] if place + 1 < len(texts) else None
            if below is not None and _CRUMB.fullmatch(raws[below].strip()):
                taken.append(below)
            return NoteHead(tuple(taken), url, raws[texts[0]].strip().lstrip("#").strip())
        if raw.lstrip().startswith("#"):
            return None  # a heading of the note's own text: no head of a copy
        match = _SOURCE.fullmatch(raw.strip())
        if match is not None and url is None:
            url = match["linked"] or match["bare"]
    return None


def without_note_head(lines: list[Line], head: NoteHead) -> list[Line]:
    """The page's lines with the note's head read as chrome: none of it is the post's."""
    out = list(lines)
    for index in head.lines:
        line = out[index]
        out[index] = Line(line.number, line.raw, Kind.CHROME, line.text)
    return out
