"""Writing posts back in the dump format, so that reading the result gives the same posts."""

from __future__ import annotations

from collections.abc import Iterable

from tuiarchive.datetext import byline_text, clock_text, header_text
from tuiarchive.dumps.line_kinds import Kind, classify
from tuiarchive.model import Comment, Post

#: How a paragraph is indented in the dumps: a run of NBSP and one space.
PARAGRAPH_INDENT = "\u00a0" * 11 + " "


def serialize_page(posts: Iterable[Post]) -> str:
    """Posts as one archive page, a date header above the first post of each day.

    Posts without a date must not follow dated ones (they would inherit the
    date above them), so they are written first. The posts' blog, when they share
    one, heads the page. Fields the parser derives (id, series, place) are not
    written; they come back from the title and body. `warnings`, `extra_text` and
    `line` describe the dump a post came from and are not part of the page.
    """
    ordered = sorted(posts, key=lambda p: p.date is not None)
    blocks: list[str] = []
    blogs = {post.blog for post in ordered}
    blog = blogs.pop() if len(blogs) == 1 else None
    if blog and ordered[0].date is not None and classify(1, blog).kind is Kind.TEXT:
        # The page's header, above the first date header: the parser reads it as the
        # blog's name. (Undated posts come first, and would take it for a title.)
        blocks.append(" ".join(blog.split()))
    last_date: str | None = None
    for post in ordered:
        if post.date is not None and post.date != last_date:
            blocks.append(header_text(post.date))
            last_date = post.date
        blocks.extend(_post_blocks(post))
    return "\n\n".join(blocks)


def _post_blocks(post: Post) -> list[str]:
    # A title that reads like page chrome ("Home", "Labels: x") came from an indented
    # line; written indented again, it reads back as the title.
    chrome = classify(1, post.title).kind is not Kind.TEXT
    blocks = [PARAGRAPH_INDENT + post.title if chrome else post.title]
    if post.author:
        blocks.append(post.author)
    for paragraph in post.body.split("\n\n") if post.body else ():
        blocks.append(PARAGRAPH_INDENT + paragraph)  # NBSP marks a paragraph's first line only
    byline = _byline(post)
    if byline:
        blocks.append(byline)
    if post.labels:
        blocks.append("Labels: " + ", ".join(post.labels))
    if post.comments is not None:
        blocks.append(comment_count_text(post.comments))
    elif post.comment_list:
        blocks.append("Comments")  # the comment section's heading ends the body
    for comment in post.comment_list:
        blocks.extend(_comment_blocks(comment))
    blocks.append("Post a Comment")
    return blocks


def _byline(post: Post) -> str:
    when = clock_text(post.time) if post.time else ""
    if post.author:
        return f"Posted by {post.author}" + (f" at {when}" if when else "")
    if post.date and not (post.body or post.labels or post.comments is not None):
        # A post with nothing but a title: the byline date is what marks it as a post.
        when = f"{byline_text(post.date)} at {when}" if when else byline_text(post.date)
    return f"at {when}" if when else ""


def comment_count_text(count: int) -> str:
    """The comment-count line as Blogger prints it ("No comments:", "1 comment:")."""
    if count == 0:
        return "No comments:"
    return f"{count} comment:" if count == 1 else f"{count} comments:"


def _comment_blocks(comment: Comment) -> list[str]:
    blocks = [f"{comment.author} said..."]
    if comment.text:
        blocks.extend(PARAGRAPH_INDENT + paragraph for paragraph in comment.text.split("\n\n"))
    if comment.date:
        blocks.append(_stamp_text(comment.date))
    blocks.append("Reply")
    return blocks


def _stamp_text(stamp: str) -> str:
    day, _, time = stamp.partition("T")
    return f"{byline_text(day)} at {clock_text(time)}" if time else byline_text(day)
