"""A label link cut by the end of a saved page ("[AMM](https://d..."): its name, with a warning."""

from __future__ import annotations

import re

from tuiarchive.model import Post

#: A Markdown link whose address the page's end cut off: "[name](https://exa..." with no ")".
_CLIPPED_LINK = re.compile(r"\[(?P<name>[^\[\]\n]{1,80})\]\([^()\s]*")


def with_clipped_labels(post: Post) -> Post:
    """The post with each label that is a clipped link reduced to the link's text, and a
    warning naming it (the list may have gone on past the cut)."""
    if not any("](" in label for label in post.labels):
        return post
    labels, cut = [], []
    for label in post.labels:
        match = _CLIPPED_LINK.fullmatch(label)
        if match is None:
            labels.append(label)
            continue
        name = match["name"].strip()
        cut.append(name)
        if name and name not in labels:
            labels.append(name)
    if not cut:
        return post
    said = (
        f"the label list is cut by the end of the page: {', '.join(cut)!r} read from a"
        " clipped link (more labels may have followed)"
    )
    return post.with_changes(labels=tuple(labels), warnings=(*post.warnings, said))
