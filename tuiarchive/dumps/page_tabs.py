"""A post's tabs atop its text: a list of links to anchors of its own page, no heading's."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import Kind, Line

#: "- [Details](https://x.example/77/#pills-details)": one list item, one link to an anchor
_TAB = re.compile(r"[ \t]*[-*+] \[([^\[\]\n]+)\]\(((?:https?://[^\s()#]*)?)#[\w-]+\)[ \t]*")
_MAY = re.compile(r"^[ \t]*[-*+] \[[^\[\]\n]+\]\((?:https?://[^\s()#]*)?#", re.MULTILINE)
_TOP = 80  # tabs stand in the page's head, under the title and its meta line


def may_hold_tabs(text: str) -> bool:
    if "#" not in text or "- [" not in text and "* [" not in text and "+ [" not in text:
        return False
    return _MAY.search(text, 0, 20_000) is not None


def page_tabs(lines: list[Line], raws: list[str]) -> list[Line]:
    """The lines of a run of two or more such links to one page's anchors, none of them
    naming a heading of the page (a table of contents names its headings): chrome."""
    out = lines
    index, top = 0, min(_TOP, len(raws))
    while index < top:
        run, bases = [], set()
        while index < len(raws) and (found := _TAB.fullmatch(raws[index])):
            run.append((index, found[1]))
            bases.add(found[2].rstrip("/"))
            index += 1
        if len(run) >= 2 and len(bases) == 1 and not _headings(raws, [text for _, text in run]):
            out = list(out) if out is lines else out
            for at, _ in run:
                line = out[at]
                out[at] = Line(line.number, "", Kind.BLANK, "")  # no text of the post
        index += 1
    return out


def _headings(raws: list[str], texts: list[str]) -> bool:
    """Whether one of the link texts is a heading of the page ("## Details")."""
    wanted = {text.strip().casefold() for text in texts}
    return any(raw.lstrip("# ").strip().casefold() in wanted for raw in raws if raw.startswith("#"))
