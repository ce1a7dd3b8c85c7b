"""Lines of links a saver wrote above a post's title (`参考[name](url)`) set aside, not a post."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import BLANK_LINE, Kind, Line
from tuiarchive.model import Post

#: A line holding a link: Markdown's `[text](http…)` or a bare address.
_LINK = re.compile(r"\[[^\[\]\n]*\]\(\s*https?://|(?:^|\s)https?://\S")
_MAX_NOTES = 5  # link lines a saver's note may span
_OPENS = (Kind.BYLINE, Kind.FOOTER)


def link_notes(lines: list[Line]) -> tuple[list[Line], list[str]]:
    """The page's first lines, when each holds a link and a blank line parts them from a
    title that a dated byline stands right under: blanked and returned, to be kept aside."""
    run: list[int] = []
    index = 0
    while index < len(lines) and len(run) <= _MAX_NOTES:
        line = lines[index]
        if line.kind is Kind.BLANK:
            if run:
                break
        elif line.kind is Kind.TEXT and _LINK.search(line.text):
            run.append(index)
        else:
            return lines, []
        index += 1
    if not run or len(run) > _MAX_NOTES:
        return lines, []
    rest = [i for i in range(index, min(index + 6, len(lines))) if lines[i].kind is not Kind.BLANK]
    if len(rest) < 2 or lines[rest[0]].kind is not Kind.TEXT or rest[1] != rest[0] + 1:
        return lines, []
    byline = lines[rest[1]]
    if (
        byline.kind not in _OPENS
        or byline.facts.moment is None
        or _LINK.search(lines[rest[0]].text)
    ):
        return lines, []
    out = list(lines)
    for at in run:
        out[at] = BLANK_LINE
    return out, [lines[at].text for at in run]


def with_link_notes(post: Post, notes: list[str]) -> Post:
    """The post with the saver's link lines above its title kept aside, with a warning."""
    said = (
        f"{len(notes)} line(s) of links above the title (the saver's notes) kept aside:"
        f" {' / '.join(notes)[:120]!r}"
    )
    return post.with_changes(extra_text=(*notes, *post.extra_text), warnings=(*post.warnings, said))
