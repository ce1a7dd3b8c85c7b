"""A home page's next title right under a post's labels line, as its posts before it ran on."""

from __future__ import annotations

from collections.abc import Iterable

from tuiarchive.dumps.line_kinds import Kind, Line, ends_sentence
from tuiarchive.dumps.names import title_like

_FRAME = frozenset((Kind.FOOTER, Kind.BYLINE, Kind.DATE, Kind.COMMENTS_HEADING))
_MIN_BODY = 3  # lines of text under the title: a post clipped at its end, not a stray line


def run_on_title(lines: list[Line], index: int, titles: Iterable[int]) -> bool:
    """Whether the line at `index` is a post's title though no footer follows it: it stands
    right under a labels line (no blank between), as a post read before on the page did
    (`titles`, the title lines' numbers), and text follows it. The page is clipped inside
    that post."""
    line = lines[index]
    if index == 0 or not title_like(line.text) or ends_sentence(line.text):
        return False
    if not _under_labels(lines, index):
        return False
    if not any(
        0 < number - 1 < len(lines) and _under_labels(lines, number - 1) for number in titles
    ):
        return False
    body = sum(1 for ln in lines[index + 1 : index + 12] if ln.kind is Kind.TEXT)
    if body < _MIN_BODY:
        return False
    return not any(ln.kind in _FRAME for ln in lines[index + 1 :])  # the page ends inside it


def _under_labels(lines: list[Line], index: int) -> bool:
    above = lines[index - 1]
    facts = above.facts  # a labels line read as such, not guessed from an unknown shape
    return above.kind is Kind.FOOTER and facts.labels is not None and facts.note is None
