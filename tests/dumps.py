"""Building dumps in the real format for tests: NBSP indents, footers, no final newline."""

from __future__ import annotations

from collections.abc import Sequence

INDENT = "\u00a0" * 11 + " "

PARAGRAPHS = (
    "Tallinn, May 23 \u2013 The harbour board voted on Thursday to lease the old grain "
    "berth to a ferry operator, ending a dispute that had run since the winter.",
    "Officials said the tariff would stay where it is until the autumn, and that the "
    "dialect of the contract \u201cleaves nothing to chance.\u201d",
    "Whether the pipeline company agrees is another matter.",
)


def body(paragraphs: Sequence[str] = PARAGRAPHS, indent: str = INDENT) -> str:
    return "\n\n".join(indent + p for p in paragraphs)


def post(
    title: str = "Ledger Notes: Harbour Board Leases the Grain Berth",
    author: str | None = "Mara Lindqvist",
    paragraphs: Sequence[str] = PARAGRAPHS,
    footer: Sequence[str] = ("No comments:",),
) -> str:
    """One post without its date header: title, author line, body, footer lines."""
    blocks = [title]
    if author is not None:
        blocks.append(author)
    blocks.append(body(paragraphs))
    text = "\n\n".join(blocks)
    if footer:
        text += "\n\n\n" + "\n\n".join(footer)
    return text


def item_page(date: str = "Friday, May 23, 2014", **kwargs: object) -> str:
    """An item page in the seed's shape: header, post, 'Post a Comment', no final newline."""
    return f"{date}\n\n{post(**kwargs)}\n\nPost a Comment"  # type: ignore[arg-type]


def archive_page(days: Sequence[tuple[str, Sequence[str]]], trailer: str = "") -> str:
    """An archive page: each day's header once, then its posts (already built)."""
    blocks = []
    for header, posts in days:
        blocks.append(header)
        blocks.extend(posts)
    text = "\n\n".join(blocks)
    return text + ("\n\n" + trailer if trailer else "")


def headed(page: str, *header: str) -> str:
    """A page with the lines Blogger prints above its first date header: the blog's name
    (the parser takes the first such line for it), or the page's URL."""
    return "\n\n".join((*header, page))
