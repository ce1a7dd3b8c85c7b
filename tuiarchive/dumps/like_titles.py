"""A like button's own title ("WordPress:", "J'aime ça :") between the share buttons and "Like… loading": chrome, not a post's title."""

from __future__ import annotations

from dataclasses import replace

from tuiarchive.dumps.line_kinds import Kind, Line

_MAX_TITLE = 30
_EMPTY_ITEMS = frozenset(("-", "*", "+"))  # a share list's last item, an icon with no text


def like_titles(lines: list[Line]) -> list[Line]:
    """Each short line ending in a colon that stands between a share button and the like
    button's line ("J'aime chargement...") made post-end chrome as that line is."""
    out = lines
    for index in [i for i, line in enumerate(lines) if line.kind is Kind.POST_END]:
        above = _above(lines, index)
        if above is None:
            continue
        title = lines[above]
        if (
            title.kind is not Kind.TEXT
            or len(title.text) > _MAX_TITLE
            or not title.text.endswith(":")
        ):
            continue
        share = _above(lines, above)
        if share is None or lines[share].kind is not Kind.FOOTER or _author_box(lines, index):
            continue
        if out is lines:
            out = list(lines)
        out[above] = replace(title, kind=Kind.POST_END)
    return out


def _above(lines: list[Line], index: int) -> int | None:
    """The nearest line above with text, empty list items passed over."""
    at = index - 1
    while at >= 0 and (lines[at].kind is Kind.BLANK or lines[at].text in _EMPTY_ITEMS):
        at -= 1
    return at if at >= 0 else None


def _author_box(lines: list[Line], index: int) -> bool:
    """Whether an author box (a byline naming only its author) comes next: what stands
    above it is left as it was, for the box to be read as one (with its warning)."""
    at = index + 1
    while at < len(lines) and lines[at].kind is Kind.BLANK:
        at += 1
    if at == len(lines) or lines[at].kind not in (Kind.FOOTER, Kind.BYLINE):
        return False
    facts = lines[at].facts
    return facts.author is not None and facts.moment is None and facts.labels is None
