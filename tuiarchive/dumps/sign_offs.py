"""A post's sign-off ("./peace" / "Orla Vance") at the end of its text: the author's, no labels."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import Line
from tuiarchive.dumps.names import looks_like_name

#: Closing words a writer signs off with, once punctuation is set aside ("./peace", "-- regards").
_SIGN_OFFS = frozenset(
    (
        "peace", "cheers", "thanks", "thank you", "regards", "best", "best regards",
        "kind regards", "love", "ciao", "bye", "take care", "happy hacking", "enjoy",
    )
)  # fmt: skip
_NOT_LETTERS = re.compile(r"[^\w\s]|_")


def signed_off(block: list[Line]) -> bool:
    """Whether a block of short lines is a sign-off line over the writer's name."""
    if len(block) != 2 or not looks_like_name(" ".join(block[1].text.split())):
        return False
    words = " ".join(_NOT_LETTERS.sub(" ", block[0].text).split()).casefold()
    return words in _SIGN_OFFS
