"""A post's comment section read as a post of its own: an author box over it, the section's heading naming the post (`## Об авторе` / … / `10 комментариев к “Title”`)."""

from __future__ import annotations

from tuiarchive.model import Post

#: How far under the stray block's first line its comment heading may stand (lines).
_REACH = 60
_QUOTES = ("“", "”", "«", "»", "„", '"')


def _names_title(line: str, title: str) -> bool:
    """Whether a line is a comment heading quoting `title` ("10 комментариев к “Title”")."""
    at = line.find(title)
    if at <= 0 or not any(ch.isdigit() for ch in line[:at]) and "“" not in line[:at]:
        return False
    return line[at - 1] in _QUOTES


def with_comment_tails(posts: list[Post], saved: list[str]) -> list[Post]:
    """Each post with no date and no author whose comments' heading quotes the title of the
    post above it (an author box between a post and its comments, read as a post titled by
    the box's heading) folded into that post: its comments the post's, its lines kept as
    the post's extra text, and said."""
    out: list[Post] = []
    for post in posts:
        above = out[-1] if out else None
        if (
            above is None
            or post.date is not None
            or post.author is not None
            or not post.comment_list
            or above.comment_list
            or len(above.title) < 3
        ):
            out.append(post)
            continue
        start = max(0, post.line - 1)
        heading = next(
            (
                n
                for n in range(start, min(start + _REACH, len(saved)))
                if _names_title(saved[n], above.title)
            ),
            None,
        )
        if heading is None:
            out.append(post)
            continue
        kept = tuple(line for line in (post.title, *post.body.split("\n")) if line.strip())
        said = (
            f"lines {post.line}-{heading + 1}: a block between the post and its comments"
            " (an author box) kept as extra text; the comments under it are the post's"
        )
        out[-1] = above.with_changes(
            comments=post.comments if post.comments is not None else above.comments,
            comment_list=post.comment_list,
            extra_text=(*above.extra_text, *kept, *post.extra_text),
            warnings=(*above.warnings, said, *post.warnings),
        )
    return out
