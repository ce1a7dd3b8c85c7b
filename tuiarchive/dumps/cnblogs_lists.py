"""A cnblogs listing's entries (title / 摘要 / posted @ … 阅读 评论 推荐) put in the shape of a post."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tuiarchive.dumps.line_kinds import Kind, Line
from tuiarchive.dumps.line_search import holds

#: The summary's lead and the read-more link fused on its end ("摘要: … 阅读全文").
_SUMMARY = re.compile(r"[ \t]*摘要[:：][ \t]*(?P<text>.*?)[ \t]*(?:阅读全文)?[ \t]*$")
_READ_MORE = re.compile(r"[ \t]*阅读全文[ \t]*$")
_POSTED = re.compile(r"[ \t]*posted @ \d{4}-\d\d-\d\d \d\d?:\d\d\b(?P<rest>.*)$")
#: The meta a listing prints one item a line under "posted @ <stamp>" (the author, the counts).
_COUNT = re.compile(r"[ \t]*(?:阅读|评论|推荐|反对)[ \t]*\(\d+\)[ \t]*$")
_VOTES = re.compile(r"[ \t]*(?:\|[ \t]*)?推荐[ \t]*\(\d+\)")
_BAR = re.compile(r"(阅读[ \t]*\(\d+\))[ \t]*\|[ \t]*(?=评论)")
_REACH = 3  # how far above "posted @" an entry's summary stands


def may_hold_listing(text: str) -> bool:
    """Whether the text may hold a cnblogs listing (a quick look before the pass)."""
    # "摘要" first: a page with no character past Latin-1 (most) turns it away at once
    return "摘要" in text and holds(text, "posted @ ")


def cnblogs_entries(text: str) -> str:
    """Each entry's summary read as its body (lead and read-more dropped), its meta spread one
    item a line joined on the "posted @" line; the line count stays, dropped lines left blank."""
    lines = text.split("\n")
    posted = [at for at, line in enumerate(lines) if _POSTED.match(line)]
    if not posted:
        return text
    read: list[int] = []
    for at in posted:
        above = [
            k for k in range(max(0, at - _REACH - 1), at) if lines[k].strip()
        ]  # the summary, its read-more
        summary = next((k for k in above if _SUMMARY.match(lines[k])), None)
        if summary is None:
            continue
        for k in above:
            if k > summary and _READ_MORE.fullmatch(lines[k]):
                lines[k] = ""
        found = _SUMMARY.match(lines[summary])
        assert found is not None
        lines[summary] = found["text"]
        end = at + 1
        head = lines[at].rstrip()
        bare = not _POSTED.match(head)["rest"].strip()  # type: ignore[index]
        while end < len(lines) and end <= at + 5 and lines[end].strip():
            item = lines[end].strip()
            if not _COUNT.fullmatch(item) and not (bare and end == at + 1 and " " not in item):
                break
            head += " " + item
            lines[end] = ""
            end += 1
        head = _BAR.sub(r"\1 ", _VOTES.sub("", head)).rstrip()  # the bar would split the line
        lines[at] = head
        read.append(at)
    _unfence(lines, read)
    return "\n".join(lines)


def _unfence(lines: list[str], entries: list[int]) -> None:
    """A listing pasted into a code fence (a saver's notes): the fence's marks dropped, so the
    entries read as text, not code, when two entries or more stand inside it."""
    fences = [at for at, line in enumerate(lines) if line.strip().startswith("```")]
    for start, end in zip(fences[::2], fences[1::2], strict=False):
        if sum(1 for at in entries if start < at < end) >= 2:
            lines[start] = lines[end] = ""


def under_the_post(text: str) -> bool:
    """Whether a byline is cnblogs' "posted @ <stamp>", which stands under its post, never over it."""
    return _POSTED.match(text) is not None


def next_entry_below(lines: Sequence[Line], index: int) -> bool:
    """Whether another entry (a title, its summary, its "posted @" footer) follows the footer
    at `index` within a few lines: the footer is a listing's, not a post page's."""
    texts = 0
    for line in lines[index + 1 : index + 12]:
        if line.kind is Kind.FOOTER and under_the_post(line.text):
            return 1 <= texts <= 3
        if line.kind is not Kind.BLANK:
            texts += 1
    return False
