"""A pasted post's last block in the hand of the notes above it (a lead-in over tab-indented lines)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tuiarchive.model import Post

#: A note's lead-in line: "To migrate the models see:", "TO SEE THE TABLES:".
_LEAD = re.compile(r"[^\s].{0,118}:[ \t]*")


def may_hold_hand(text: str) -> bool:
    """Cheaply: the page has a line indented with a tab under a line ending in a colon."""
    # a tab first: one quick scan turns away a page without any (most)
    return "\t" in text and (":\n\t" in text or ":\r\n\t" in text)


def without_notes_tail(post: Post, raws: Sequence[str]) -> Post:
    """The post pasted below notes (its lines above kept aside) without its body's last block
    when that block is written as the notes are: a lead-in line ending in a colon over
    tab-indented lines, a hand the notes above show and the post's text nowhere else does.
    The block is kept aside, with a warning."""
    if not post.extra_text or not _hand(raws[: max(0, post.line - 1)]):
        return post
    paragraphs = post.body.split("\n\n")
    last = paragraphs[-1].split("\n")
    if len(paragraphs) < 2 or not _hand(last) or len(last) < 2:
        return post
    if not all(line.startswith("\t") for line in last[1:]) or last[0].startswith("\t"):
        return post
    if any(line.startswith("\t") for para in paragraphs[:-1] for line in para.split("\n")):
        return post
    kept = tuple(line.strip() for line in last if line.strip())
    said = (
        f"the body's last {len(kept)} line(s) ({kept[0][:60]!r} over tab-indented lines) are"
        " written as the notes above the post are: kept aside as the notes'"
    )
    return post.with_changes(
        body="\n\n".join(paragraphs[:-1]),
        extra_text=(*post.extra_text, *kept),
        warnings=(*post.warnings, said),
    )


def _hand(lines: Sequence[str]) -> bool:
    """Whether a lead-in line ending in a colon stands over a tab-indented line."""
    return any(
        _LEAD.fullmatch(above.rstrip("\r")) is not None and below.startswith("\t") and below.strip()
        for above, below in zip(lines, lines[1:], strict=False)
    )
