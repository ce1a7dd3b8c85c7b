"""A saved page's `<title>` line ("Blog » Blog Archive » Title") over the post's own heading: chrome."""

from __future__ import annotations

import re
from itertools import islice

from tuiarchive.dumps.line_kinds import Kind, Line, classify

#: What a page's <title> sets between the blog's name and the post's title.
_SEPARATORS = (" » ", " | ", " :: ", " - ", " – ", " — ")
#: The classic themes' word for a single post's page after the blog's name ("Blog - Archive").
_ARCHIVE = re.compile(r"\s+[-–—»|:]+\s+(?:Blog\s+)?Archive$", re.IGNORECASE)
_TOP = 80  # non-blank lines looked at for the <title> line (a wrapper's header may stand above)
_BELOW = 8  # non-blank lines under it looked at for the post's heading


def _spaced(text: str) -> str:
    return " ".join(text.split()).casefold()


def saved_title_line(
    lines: list[Line], headings: dict[int, int]
) -> tuple[list[Line], str | None, tuple[str, str] | None]:
    """The lines with a page's `<title>` line ("Blog » Title") made chrome, when one of the
    next few lines is a heading printing its title part alone; the blog's name it gives
    ("Blog", its "» Blog Archive" dropped) and (the whole line, its title part); (lines,
    None, None) unchanged otherwise."""
    if not headings:
        return lines, None, None
    shown = list(
        islice((i for i, ln in enumerate(lines) if ln.kind is not Kind.BLANK), _TOP + _BELOW + 1)
    )
    for k, at in enumerate(shown[:_TOP]):
        line = lines[at]
        if line.kind is not Kind.TEXT or at in headings:
            continue
        if not any(mark in line.text for mark in _SEPARATORS):
            continue
        below = shown[k + 1 : k + 1 + _BELOW]
        heads = {_spaced(lines[i].text.lstrip("# ")) for i in below if i in headings}
        if not heads:
            continue
        for separator in _SEPARATORS:
            name, found, title = line.text.strip().rpartition(separator)
            name = _ARCHIVE.sub("", name.strip())
            if found and name and title.strip() and _spaced(title) in heads:
                chrome = Line(line.number, line.raw, Kind.CHROME, line.text)
                crumbs = any(mark in name for mark in _SEPARATORS)  # "Home » Boats": a trail
                named = not crumbs and classify(0, name.split()[0]).kind is not Kind.NAV
                seen = (line.text.strip(), title.strip())
                return [*lines[:at], chrome, *lines[at + 1 :]], name if named else None, seen
    return lines, None, None
