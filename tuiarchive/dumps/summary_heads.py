"""A saver's summary section atop a saved post ("## Summary", then "## Full article"): not the post's text."""

from __future__ import annotations

import re
from functools import cache

from tuiarchive.dumps.body_ends import TrimmedBody
from tuiarchive.dumps.line_kinds import Kind, Line
from tuiarchive.dumps.phrases import phrase_fields

_MARKS = re.compile(r"^[#>\s]*|[*_]{2,}")
#: A reader service's header atop the full text ("Title: …", "URL Source: …", "Markdown Content:").
_READER_FIELD = re.compile(
    r"^(?:Title|URL Source|Published Time|Markdown Content):(?:\s+(?P<value>\S.*))?$"
)


def _plain(text: str) -> str:
    return " ".join(_MARKS.sub("", text).strip().rstrip(" :：").split()).casefold()


@cache
def _heads(name: str) -> frozenset[str]:
    return frozenset(_plain(p) for p in phrase_fields().get(name, ()) if "{" not in p)


def summary_cut(content: list[Line], headings: dict[int, int]) -> TrimmedBody:
    """On a saved page (front matter names its post), a heading the locale files call a
    summary opening the body, and its text up to the next heading of its level or above,
    are the saver's; a "full article" heading right there goes with them. Kept aside with a
    warning. With no heading below, the summary is all the note holds: left as the body."""
    top = next((i for i, ln in enumerate(content) if ln.kind is not Kind.BLANK), None)
    if top is None:
        return TrimmedBody(content)
    level = headings.get(content[top].number - 1)
    if level is None or _plain(content[top].text) not in _heads("summary_heads"):
        return TrimmedBody(content)
    end = next(
        (
            i
            for i in range(top + 1, len(content))
            if headings.get(content[i].number - 1, 99) <= level
        ),
        None,
    )
    if end is None:
        return TrimmedBody(content)
    if _plain(content[end].text) in _heads("full_text_heads"):
        end += 1
    url = None
    while end < len(content) and (
        content[end].kind is Kind.BLANK
        or _plain(content[end].text) in _heads("lead_chrome")
        or (field := _READER_FIELD.match(content[end].text.strip())) is not None
    ):
        if content[end].text.strip().startswith("URL Source:") and field is not None:
            url = field["value"]  # the full text saved by a reader service: its address
        end += 1  # a plugin's line atop the full text ("Thank you for reading this post")
    cut = [ln.text for ln in content[top:end] if ln.kind is not Kind.BLANK]
    said = (
        f"line {content[top].number}: the section {content[top].text.strip('# ')!r} atop the"
        f" post is a saver's summary, not the post's text: {len(cut)} line(s) kept aside"
    )
    return TrimmedBody(content[end:], cut, [said], url)
