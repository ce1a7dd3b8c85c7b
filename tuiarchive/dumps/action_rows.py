"""A row of action or site links closing a saved post ("[Share on Twitter](…) · [Edit on GitHub](…)", "Discussions: [Reddit](…) [Bluesky](…)")."""

from __future__ import annotations

import re

from tuiarchive.model import Post

_LINK = re.compile(r"\[(?P<text>[^\[\]]{1,40})\]\((?P<href>https?://[^()\s]+)\)")
#: What may stand around the links: separators and one short label ending in ":".
_BETWEEN = re.compile(r"[\s·•|,/]*")
_LABEL = re.compile(r"[ \t]*(?P<label>[A-Z][\w ]{1,24}):[ \t]*")
#: A link that is a page's action, not the author's reference: share it, edit it, discuss it.
_ACTION = re.compile(
    r"(?:share|tweet|edit|discuss|comment|reply|post|view|suggest|improve|fork)\b", re.I
)
_NAME = re.compile(r"[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}")  # a site's name: "Reddit", "Hacker News"
_TAIL = 6  # lines from the end of a post's body looked at


def may_hold_action_row(text: str) -> bool:
    """Whether the page's end holds a Markdown link (a quick look)."""
    return text.find("](http", max(0, len(text) - 4000)) >= 0


def without_action_row(post: Post, saved: list[str]) -> Post:
    """`post` with its body's last line set aside (said) when the page saved it as a row of
    two or more links and nothing else (separators, one short label such as "Discussions:"),
    each link a page's action ("Share on Twitter", "Edit on GitHub") or a site's name, at
    least one of them an action or the row labelled: the page's chrome, not the text."""
    body = post.body.rstrip()
    cut = body.rfind("\n") + 1
    last = " ".join(body[cut:].split())
    if not last or len(last) > 160 or last.endswith((".", "?", "!")):
        return post
    raw = next((line for line in reversed(saved[-400:]) if _reduced(line) == last), None)
    if raw is None or not _row(raw):
        return post
    said = f"the body's last line {last!r} is a row of the page's links (share, edit, discuss): kept aside"
    return post.with_changes(
        body=body[:cut].rstrip(),
        extra_text=(*post.extra_text, last),
        warnings=(*post.warnings, said),
    )


def _reduced(line: str) -> str:
    return " ".join(_LINK.sub(lambda m: m["text"], line).split())


def _row(raw: str) -> bool:
    label = _LABEL.match(raw)
    rest = raw[label.end() :] if label else raw
    links = list(_LINK.finditer(rest))
    if len(links) < 2:
        return False
    edges = [0, *(x for m in links for x in (m.start(), m.end())), len(rest)]
    if not all(_BETWEEN.fullmatch(rest[a:b]) for a, b in zip(edges[::2], edges[1::2], strict=True)):
        return False
    texts = [m["text"].strip() for m in links]
    if not all(_ACTION.match(t) or _NAME.fullmatch(t) for t in texts):
        return False
    return label is not None or any(_ACTION.match(t) for t in texts)
