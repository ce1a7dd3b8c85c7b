"""A link printed alone on its line in the middle of a sentence of the body ("In my" / "previous post")."""

from __future__ import annotations

from tuiarchive.dumps.line_kinds import Kind, Line

#: What closes a sentence or a clause at a line's end: the link after it may start its own.
_CLOSERS = frozenset(".!?:;…)\"'”»")


def inside_a_sentence(content: list[Line], link: Line, below: Line | None) -> bool:
    """Whether a link line sits inside a sentence: the body read so far stops mid-sentence
    (no blank after it, a word without closing punctuation), the link is in lowercase (a
    menu's words are capitalised) and the text goes on right under it."""
    if not content or content[-1].kind is not Kind.TEXT or not link.text[:1].islower():
        return False
    if below is None or below.kind is not Kind.TEXT:
        return False
    text = content[-1].text
    return len(text.split()) >= 3 and text[-1:].isalpha() and text[-1:] not in _CLOSERS
