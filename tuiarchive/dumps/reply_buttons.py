"""Comments at a body's end told apart only by Blogger's fused Reply/Delete buttons, kept aside."""

from __future__ import annotations

from tuiarchive.model import Post, post_identity

#: Blogger's "Reply" and "Delete" buttons run together when a page is saved as text.
FUSED = "ReplyDelete"


def without_fused_buttons(post: Post) -> Post:
    """A body whose last paragraphs start with "ReplyDelete" (two at least): the comments of
    the page, saved with no head and no names. The paragraph above the first button (the first
    comment's text) and all below it go to the post's extra text, with a warning."""
    if FUSED not in post.body:
        return post
    paragraphs = post.body.split("\n\n")
    marked = [i for i, para in enumerate(paragraphs) if para.lstrip().startswith(FUSED)]
    if len(marked) < 2 or marked[0] < 2:
        return post  # a word of the text, or nothing of a body above it
    start = marked[0] - 1  # the first comment stands above its buttons
    body = "\n\n".join(paragraphs[:start]).rstrip()
    cut = [line.strip() for para in paragraphs[start:] for line in para.split("\n")]
    kept = tuple(line for line in cut if line)
    said = (
        f"{len(marked)} fused 'ReplyDelete' buttons end the body: the readers' comments saved"
        f" with no names; {len(kept)} line(s) from the one above the first button kept aside"
    )
    return post.with_changes(
        id=post_identity(post.date, post.title, body),
        body=body,
        extra_text=(*post.extra_text, *kept),
        warnings=(*post.warnings, said),
    )
