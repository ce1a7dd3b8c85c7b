"""A dated teaser in a sidebar ("Popular Posts": a date, a title, share buttons, a count): no post."""

from __future__ import annotations

from tuiarchive.dumps.line_kinds import Kind, Line, evidence

_REACH = 20  # lines from the teaser's date to its count line, at most


def bodiless_teaser(lines: list[Line], index: int) -> bool:
    """Whether the date at `index` heads a teaser with no text of its own: one line (its
    title) at most before the footer line that closes it, besides share buttons."""
    texts = 0
    for line in lines[index + 1 : index + 1 + _REACH]:
        if line.kind is Kind.FOOTER and evidence(line.facts):
            return True
        if line.kind is Kind.TEXT:
            texts += 1
            if texts > 1:
                return False
        elif line.kind is Kind.DATE:
            return False
    return False
