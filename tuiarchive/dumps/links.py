"""The Markdown link forms the passes that read a page's links one by one share."""

from __future__ import annotations

import re

_TEXT = r"\[(?P<text>[^\[\]\n]{1,120})\]"
_INLINE = r"\((?P<url>[^()\s]+)(?:\s+\"[^\"\n]*\")?\)"
#: An inline link on one line: its text and its address (an optional "title" after it).
INLINE_LINK = re.compile(_TEXT + _INLINE)
#: A link inline ("[text](url "title")") or by reference ("[text][4]").
LINK_OR_REFERENCE = re.compile(rf"{_TEXT}(?:{_INLINE}|\[(?P<ref>[^\[\]\n]{{1,20}})\])")
#: An inline link whatever its text's length (none, or wrapped over lines): a theme's meta
#: region, where a comment link's text may hold the post's whole title.
ANY_LINK = re.compile(r"\[(?P<text>[^\[\]]*)\]\((?P<url>[^()\s]+)(?:\s+\"[^\"]*\")?\)")
#: A link or an image, its text kept apart: what `link_texts` writes as the text alone.
_ANY_LINK_OR_IMAGE = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def link_texts(text: str) -> str:
    """`text` with each link and image written as its text alone ("[Ana](…)" → "Ana")."""
    return _ANY_LINK_OR_IMAGE.sub(r"\1", text)
