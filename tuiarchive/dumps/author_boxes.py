"""An author box after a post (a byline with no text, date or footer of its own): the post's author."""

from __future__ import annotations

from tuiarchive.model import Post


def with_boxed_author(post: Post, author: str | None, line: int) -> Post:
    """The post above the box, its author the box's when the post names none (said)."""
    if not author or post.author is not None:
        return post
    said = (
        f"line {line}: the author is the author box's after the text: the post names"
        " none of its own"
    )
    return post.with_changes(author=author, warnings=(*post.warnings, said))
