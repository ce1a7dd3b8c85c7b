"""A bare stamp under the text on another day than the date read above it: not the post's."""

from __future__ import annotations

from tuiarchive.dumps.dates import Moment
from tuiarchive.dumps.line_kinds import FooterFacts

SAID = (
    "a date under the text, on another day than the one read above it: a comment's or an"
    " edit's, kept aside (the post's date is the first)"
)


def second_date(has_body: bool, dated: Moment | None, facts: FooterFacts) -> bool:
    """Whether `facts` is only a date (no name, labels or count) found below the text, before
    any footer, on another day than the date the post's head gave (a byline under the title):
    a reader's comment or an edit whose head was not read; the first date stays the post's."""
    if not has_body or dated is None or dated.date is None or facts.moment is None:
        return False
    if facts.author is not None or facts.labels is not None or facts.comments is not None:
        return False
    stamp = facts.moment.date
    return stamp is not None and stamp.iso != dated.date.iso
