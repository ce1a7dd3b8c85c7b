"""The body's last line a bar of links with a share button among them: kept aside, said."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import Kind, classify, evidence
from tuiarchive.model import Post

_PARTS = re.compile(r"\s+[·|•]\s+")
_LONGEST = 80
_WORDS = 4  # a button's words at most: "Edit on GitHub", "Share on Twitter"


def without_share_bar(post: Post) -> Post:
    """`post`, its body's last line set aside with a warning when it is a bar of two or more
    short links joined by "·" or "|", one of them a share button ("Share on Twitter · Edit
    on GitHub"): the page's footer, no sentence of the text. Cheap: one split of one line."""
    body = post.body
    cut = body.rfind("\n") + 1
    last = body[cut:].strip()
    if len(last) > _LONGEST or ("·" not in last and "|" not in last and "•" not in last):
        return post
    parts = _PARTS.split(last)
    if len(parts) < 2 or any(len(part.split()) > _WORDS or not part for part in parts):
        return post
    if last.endswith((".", "!", "?", ":")) or not any(_button(part) for part in parts):
        return post
    said = f"the body's last line {last!r} is a bar of share links: the page's, kept aside"
    return post.with_changes(
        body=body[:cut].rstrip(),
        extra_text=(*post.extra_text, last),
        warnings=(*post.warnings, said),
    )


def _button(part: str) -> bool:
    line = classify(0, part)
    return line.kind is Kind.FOOTER and not evidence(line.facts) and line.facts.labels is None
