"""Clipped newsletters: the title reworded as a heading atop the body, a mail inbox link as source."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import ends_sentence
from tuiarchive.dumps.names import folded, title_like
from tuiarchive.model import Post

#: A web mail client's message link: where the clipper found the newsletter, no post's address.
_MAILBOX = re.compile(
    r"https?://(?:mail\.google\.com/mail/|outlook\.(?:live|office|office365)\.com/mail/"
    r"|mail\.yahoo\.com/)"
)


def without_mailbox_url(post: Post) -> Post:
    """The post with no address when its address is a web mail inbox's link (said)."""
    if post.url is None or not _MAILBOX.match(post.url):
        return post
    said = f"the source is a mail inbox's link ({post.url}), not the post's address: no url"
    return post.with_changes(url=None, warnings=(*post.warnings, said))


def without_title_heading(post: Post, front_title: str | None, text: str) -> Post:
    """The post whose body opens with a top heading holding the front matter's title in a
    longer wording ("<the title reworded> (<the title>)"): the heading kept aside (said)."""
    if not front_title or post.title != front_title or len(folded(front_title)) < 8:
        return post
    first, _, rest = post.body.partition("\n")
    first = first.strip()
    if not rest.startswith("\n") or not title_like(first) or ends_sentence(first):
        return post
    if folded(front_title) not in folded(first) or f"\n# {first}\n" not in text:
        return post
    said = "the heading atop the text holds the front matter's title reworded: kept aside"
    return post.with_changes(
        body=rest.lstrip("\n"),
        extra_text=(*post.extra_text, first),
        warnings=(*post.warnings, said),
    )
