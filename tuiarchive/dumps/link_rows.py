"""A row of links alone closing a post's text (a reposted blog's signature: `<a>Blog</a> – <a>RSS</a> <a>Books</a>`): no text of the post."""

from __future__ import annotations

import re

from tuiarchive.dumps.links import INLINE_LINK
from tuiarchive.model import Post

_HTML_LINK = re.compile(r"<a\b[^<>]*>(?P<text>[^<>]*)</a>", re.I)
#: An image, linked or not: a badge in the row, no text.
_IMAGE = re.compile(
    r"<a\b[^<>]*>\s*<img\b[^<>]*>\s*</a>|<img\b[^<>]*>|!\[[^\[\]\n]*\]\([^()\s]*\)", re.I
)
#: What may stand between the row's links: spaces, dashes, bars, entities, a line break.
_BETWEEN = re.compile(
    r"(?:\s|&#82(?:11|12);|&nbsp;|&\w+;|[-–—|·•,/]|<br\s*/?>|</?(?:div|p|span)\b[^<>]*>)*", re.I
)
_MIN_LINKS = 3
_MAX_TEXT = 300
_WORD = re.compile(r"\W+")


def _row_text(raw: str) -> str | None:
    """The texts of the links of a line that holds nothing but links (three at least),
    images and separators, run together without spaces; None for any other line."""
    line = _IMAGE.sub(" ", raw)
    pattern = _HTML_LINK if "</a>" in line else INLINE_LINK
    texts: list[str] = []
    at = 0
    for link in pattern.finditer(line):
        if not _BETWEEN.fullmatch(line, at, link.start()):
            return None
        texts.append(link["text"])
        at = link.end()
    if len(texts) < _MIN_LINKS or not _BETWEEN.fullmatch(line, at):
        return None
    return _WORD.sub("", "".join(texts))


def without_link_row(post: Post, saved: list[str]) -> Post:
    """The post without its body's last line when that line is a row of links alone in the
    page (a signature, a reposted blog's links): kept in its extra text, and said."""
    body = post.body.rstrip()
    head, _, last = body.rpartition("\n")
    last = last.strip()
    if not head.strip() or not last or len(last) > _MAX_TEXT or last.endswith((".", "!", "?", ":")):
        return post
    wanted = _WORD.sub("", last)
    if not wanted:
        return post
    for raw in saved[max(0, post.line - 1) :]:
        if ("</a>" in raw or "](" in raw) and _row_text(raw) == wanted:
            said = f"the body's last line {last!r} is a row of links alone (a signature): kept as extra text"
            return post.with_changes(
                body=head.rstrip(),
                extra_text=(*post.extra_text, last),
                warnings=(*post.warnings, said),
            )
    return post
