"""A footer left as the body's last line: a comment count in it warned about, a share row kept aside."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import Kind, classify, evidence
from tuiarchive.model import Post

_LONGEST = 100  # a footer line: the time, a count, a few words
_PARTS = re.compile(r"\s*[,|·•]\s*")
_ROW_WORDS = (4, 12)  # a row of share buttons: several names on one line


def with_unread_footer_warning(post: Post) -> Post:
    """`post`, with a warning when the last line of its body is short and one of its parts
    (split at commas and bars) reads as a comment count ("At 7:26 AM , 0 comments"): a
    footer the page's form kept from being read, so the count is lost and the body ends
    on chrome. A line ending a sentence is the text's own."""
    body = post.body
    if not body or not any(map(str.isdigit, body[-_LONGEST:])):  # map: no Python step a character
        return post
    last = body[body.rfind("\n") + 1 :].strip()
    if len(last) > _LONGEST or last.endswith((".", "!", "?", "…")):
        return post  # a sentence of the text that mentions comments
    parts = [part for part in _PARTS.split(last) if part]
    if len(parts) < 2 or not any(_count(part) for part in parts):
        return post
    said = (
        f"the body's last line {last!r} holds a comment count: a footer not read (the"
        " comment count, and where the body ends, may be wrong)"
    )
    return post.with_changes(warnings=(*post.warnings, said))


def _count(part: str) -> bool:
    if not any(map(str.isdigit, part)):
        return False
    line = classify(0, part)
    return line.kind is Kind.FOOTER and line.facts.comments is not None


def without_share_row(post: Post) -> Post:
    """`post`, its body's last line set aside with a warning when it is a row of share
    buttons all of whose names the phrase files know but one, a capitalised word between
    them ("del.icio.us Digg it reddit Google StumbleUpon"): the name alone is too common a
    word to be a share button by itself."""
    body = post.body
    cut = body.rfind("\n") + 1
    last = body[cut:].strip()
    words = last.split()
    if not _ROW_WORDS[0] <= len(words) <= _ROW_WORDS[1] or last.endswith((".", "?", ":")):
        return post
    for at in range(1, len(words) - 1):
        if not words[at][:1].isupper():
            continue
        line = classify(0, " ".join(words[:at] + words[at + 1 :]))
        if line.kind is Kind.FOOTER and not evidence(line.facts) and line.facts.labels is None:
            said = f"the body's last line {last!r} is a row of share buttons: kept aside"
            return post.with_changes(
                body=body[:cut].rstrip(),
                extra_text=(*post.extra_text, last),
                warnings=(*post.warnings, said),
            )
    return post
