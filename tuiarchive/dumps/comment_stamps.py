"""A bare time stamp below a footer that already dated the post, on another day: a comment's."""

from __future__ import annotations

from tuiarchive.dumps.dates import Moment
from tuiarchive.dumps.line_kinds import FooterFacts


def comment_stamp(footer_seen: bool, dated: Moment | None, facts: FooterFacts) -> bool:
    """Whether `facts` is only a date (no name, labels or count) on another day than the
    post's footer gave: a reader's comment whose head was not read, never the post's date."""
    if not footer_seen or dated is None or dated.date is None or facts.moment is None:
        return False
    if facts.author is not None or facts.labels is not None or facts.comments is not None:
        return False
    stamp = facts.moment.date
    return stamp is not None and stamp.iso != dated.date.iso
