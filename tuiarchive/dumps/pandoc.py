"""Pandoc's Markdown extensions reduced to their text: fenced divs, attribute spans, attributes."""

from __future__ import annotations

import re

#: One item of a pandoc attribute block: `.class`, `#id` or `key="value"` (or key=value).
_ITEM = r"(?:\.[^\W\d][^\s{}\[\]()\"'=]*|#[^\s{}\[\]()\"'=.]+|[A-Za-z_][\w:.-]*=(?:\"[^\"{}]*\"|'[^'{}]*'|[^\s\"'{}]+))"
#: A whole attribute block, its items apart by spaces or line breaks (pandoc wraps long ones);
#: kramdown's inline attribute lists open with a colon (`{:name='c1'}`, `{: .note}`).
ATTRIBUTES = rf"\{{:?[ \t]*{_ITEM}(?:\s+{_ITEM})*[ \t]*\}}"
#: A fenced div's fence: three colons or more, with the div's attributes (or one class word)
#: when it opens, alone when it closes; inside a list item it follows the item's mark.
_DIV_FENCE = re.compile(
    rf"[ \t]*(?:(?:[-*+]|\d{{1,9}}[.)])[ \t]+)?:{{3,}}[ \t]*(?:{ATTRIBUTES}[ \t]*:*|[\w-]+)?[ \t]*"
)
_TEXT = r"(?:[^\[\]]++|\[(?:[^\[\]]++|\[[^\[\]]*+\])*+\])*+"
#: A bracketed span with attributes: `[Anne]{.fn}`, `[]{#comments}`.
_SPAN = re.compile(rf"(?<![!\\])\[(?P<text>{_TEXT})\](?P<attrs>{ATTRIBUTES})")
#: The attributes after a link's or an image's destination: `[x](url){.class}`.
_AFTER_LINK = re.compile(
    rf"(?P<link>\]\(\s*[^()\s]*+(?:\([^()\s]*\)[^()\s]*+)*(?:\s+\"[^\"]*\")?\s*\))(?P<attrs>{ATTRIBUTES})"
)


_DIV_OPENING = re.compile(rf"^[ \t]*:{{3,}}[ \t]*{ATTRIBUTES}[ \t]*:*[ \t]*$", re.MULTILINE)


def has_divs(text: str) -> bool:
    """Whether a page holds two fenced divs opened with attributes: pandoc's Markdown."""
    if ":::" not in text:
        return False
    found = _DIV_OPENING.search(text)
    return found is not None and _DIV_OPENING.search(text, found.end()) is not None


def div_fence(line: str) -> bool:
    """Whether a line is only a pandoc fenced div's fence (`::: {.post}`, `:::`)."""
    return ":::" in line and _DIV_FENCE.fullmatch(line) is not None


def _keep_lines(matched: str, replacement: str) -> str:
    return replacement + "\n" * (matched.count("\n") - replacement.count("\n"))


def _joins(a: str, b: str) -> bool:
    return a.isalnum() and b.isalnum() and ord(a) < 0x2E80 and ord(b) < 0x2E80


def _span(m: re.Match[str]) -> str:
    words = m["text"]
    if words.strip():
        s = m.string
        if m.start() and _joins(s[m.start() - 1], words.lstrip()[0]):
            words = " " + words
        if m.end() < len(s) and _joins(words.rstrip()[-1], s[m.end()]):
            words += " "
    else:
        words = ""
    return _keep_lines(m[0], words)


def without_attributes(text: str) -> str:
    """A paragraph's attribute spans reduced to their text and the attributes after links and
    images dropped, the line count kept; text without `{` comes back as it is."""
    if "{" not in text:
        return text
    text = _AFTER_LINK.sub(lambda m: m["link"] + "\n" * m["attrs"].count("\n"), text)
    for _ in range(4):  # spans inside spans
        before, text = text, _SPAN.sub(_span, text)
        if text == before:
            break
    return text
