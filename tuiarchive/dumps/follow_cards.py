"""A platform's author card at the end of a post's text ("779 following", a one-line bio): kept aside."""

from __future__ import annotations

import os
import re
from functools import cache

from tuiarchive.dumps.line_search import holds
from tuiarchive.dumps.phrases import phrase_fields
from tuiarchive.model import Post

_BIO_LINES = 2  # lines of the author's bio under the count, at most
_BIO_CHARS = 200
_TAIL_CHARS = 1000  # where the card stands: the text's last characters


@cache
def _count() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in phrase_fields().get("follow_counts", ()))
    return re.compile(rf"[\d.,]+\s?[KkM]?\s+(?:{words})" if words else r"(?!)", re.IGNORECASE)


@cache
def _words() -> tuple[str, tuple[str, ...]]:
    """The count words, and the start they all share ("follow" of "following", "followers")."""
    words = tuple(phrase_fields().get("follow_counts", ()))
    return os.path.commonprefix(words), words


def may_hold_card(text: str) -> bool:
    """Whether the page may hold an author card's count (a cheap look before the pass)."""
    shared, words = _words()
    # every word holds the shared start: a page without it (most) is turned away in one scan
    return holds(text, shared) and any(holds(text, w) for w in words)


def without_follow_card(post: Post) -> Post:
    """The post whose text ends with its author's card (a follower count, a short bio under
    it) with the card moved to its kept-aside text, said."""
    words = phrase_fields().get("follow_counts", ())
    if not any(w in post.body[-_TAIL_CHARS:] for w in words):
        return post
    lines = post.body.split("\n")
    texts = [i for i, ln in enumerate(lines) if ln.strip()]
    for at in texts[-1 - _BIO_LINES :]:
        if not _count().fullmatch(lines[at].strip()):
            continue
        bio = [lines[i].strip() for i in texts if i > at]
        if any(len(b) > _BIO_CHARS for b in bio) or at == texts[0]:
            return post
        said = f"the author card at the text's end ({lines[at].strip()!r}, a bio): kept aside"
        return post.with_changes(
            body="\n".join(lines[:at]).rstrip("\n"),
            extra_text=(*post.extra_text, lines[at].strip(), *bio),
            warnings=(*post.warnings, said),
        )
    return post
