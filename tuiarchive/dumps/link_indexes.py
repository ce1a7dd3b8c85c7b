"""A list of other posts' titles and links (a feed reader's export saved as text): no post."""

from __future__ import annotations

from tuiarchive.model import Post

_LINKS = 3  # fewer bare links than this: too little to call the text a list of them
_LINES_A_LINK = 10  # a feed item's block: its feed, title, link and a few categories
_PROSE = 50  # two lines this long, one under the other: a paragraph, wrapped


def link_index(post: Post) -> bool:
    """Whether `post` is no post but a list of links: no date and no author were read for it,
    and its lines (body and kept lines) are short blocks holding a bare link each, with no
    paragraph among them (no two long lines in a row that are not links)."""
    if post.date is not None or post.author is not None:
        return False
    lines = [*post.body.split("\n"), *post.extra_text]
    links = 0
    previous_long = False
    for line in lines:
        text = line.strip()
        if text.startswith(("http://", "https://")) and " " not in text:
            links += 1
            previous_long = False
            continue
        long = len(text) >= _PROSE
        if long and previous_long:
            return False
        previous_long = long
    filled = sum(1 for line in lines if line.strip())
    return links >= _LINKS and links * _LINES_A_LINK >= filled
