"""An image's alt text or file name left as the body's first line ("harbour-lights-at-dusk")."""

from __future__ import annotations

from tuiarchive.dumps.line_kinds import Kind, Line
from tuiarchive.dumps.names import SLUG


def without_alt_line(content: list[Line]) -> tuple[list[Line], str | None]:
    """The body without a slug alone on its first line when prose follows it (no blank line
    between, or one): the header image's alt text, not the post's; and that line."""
    at = next((i for i, line in enumerate(content) if line.kind is not Kind.BLANK), None)
    if at is None or content[at].kind is not Kind.TEXT or not SLUG.fullmatch(content[at].text):
        return content, None
    below = next((ln for ln in content[at + 1 : at + 3] if ln.kind is not Kind.BLANK), None)
    if below is None or below.kind is not Kind.TEXT or len(below.text.split()) < 6:
        return content, None
    return content[at + 1 :], content[at].text
