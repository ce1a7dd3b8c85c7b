"""A page printed to PDF and saved as text: the browser's head and foot on every page (stamp, title, address, "2/5")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tuiarchive.dumps.line_search import LineStart, holds
from tuiarchive.model import Post

#: A printed page's number and the count of pages: "2/5", "Page 2 of 5".
_COUNTER = re.compile(r"[ \t\f]*(?:Page[ \t]+)?(\d{1,3})[ \t]*(?:/|of)[ \t]*(\d{1,3})[ \t]*", re.I)
_ADDRESS = re.compile(r"https?://\S+")
#: The first page's number on a line of its own.
_FIRST = LineStart(r"(?:Page[ \t]+)?1[ \t]*(?:/|of)[ \t]*\d{1,3}[ \t]*\r?$", re.I, r"[ \t\f]*")
_EDGE = 3  # lines with text at the top and at the foot of a page where the browser prints


@dataclass(frozen=True)
class Printed:
    """The page with the print's chrome left blank (its line count kept), and what it said."""

    text: str
    pages: int
    url: str | None
    chrome: tuple[str, ...]


def may_hold_print(text: str) -> bool:
    """Cheaply: a line is the first page's number of a print ("1/5", "Page 1 of 5")."""
    return (holds(text, "1/") or holds(text, " of ")) and _FIRST.found_in(text)


def printed_pages(text: str) -> Printed | None:
    """The page numbers ("1/5" ... "5/5", on lines of their own, in order) and the lines the
    browser repeats at the top or the foot of every page (the print's date stamp, the page's
    title, its address): all blanked. None when the text shows no run of such numbers."""
    lines = text.split("\n")
    counters = _counters(lines)
    if counters is None:
        return None
    starts = [0, *(i + 1 for i in counters)]
    edges: dict[str, set[int]] = {}
    for page, start in enumerate(starts):
        end = counters[page] if page < len(counters) else len(lines)
        texts = [i for i in range(start, end) if lines[i].strip()]
        for i in {*texts[:_EDGE], *texts[-_EDGE:]} if page < len(counters) else texts[:_EDGE]:
            edges.setdefault(lines[i].strip(" \t\f"), set()).add(page)
    running = {text for text, pages in edges.items() if len(pages) >= max(2, len(counters) - 1)}
    if not any(_ADDRESS.fullmatch(text) for text in running):
        return None  # a browser prints the page's address on every page: no print without it
    out = list(lines)
    for page, start in enumerate(starts):
        end = counters[page] if page < len(counters) else len(lines)
        texts = [i for i in range(start, end) if lines[i].strip()]
        edge = {*texts[:_EDGE], *texts[-_EDGE:]} if page < len(counters) else set(texts[:_EDGE])
        for i in edge:
            if lines[i].strip(" \t\f") in running:
                out[i] = ""
    for i in counters:
        out[i] = ""
    url = next((t for t in sorted(running) if _ADDRESS.fullmatch(t)), None)
    title = _page_title(lines, starts[1], running)
    if title is not None and url is not None:  # the page's <title>, written as a saver would
        top = [i for i in range(starts[1] - 1) if lines[i].strip(" \t\f") in running]
        if len(top) >= 2:
            out[top[0]], out[top[1]] = f"Title: {title}", f"URL Source: {url}"
    return Printed("\n".join(out), len(counters), url, tuple(sorted(running)))


def _page_title(lines: list[str], end: int, running: set[str]) -> str | None:
    """The running line atop the first page that is the page's title: words, not a stamp."""
    for line in lines[:end]:
        text = line.strip(" \t\f")
        if text in running and not _ADDRESS.fullmatch(text) and sum(c.isalpha() for c in text) > 10:
            return text
    return None


def _counters(lines: list[str]) -> list[int] | None:
    """The lines of the page numbers 1/N, 2/N ... in order (two at least), None if none."""
    found: list[int] = []
    total = None
    for index, line in enumerate(lines):
        m = _COUNTER.fullmatch(line)
        if m is None:
            continue
        number, count = int(m[1]), int(m[2])
        if count < 2 or number > count:
            continue
        if number == len(found) + 1 and (total is None or count == total):
            found.append(index)
            total = count
    return found if len(found) >= 2 else None


def with_print_facts(posts: list[Post], printed: Printed) -> list[Post]:
    """The posts read from a printed page: said so, the print's address the post's own when
    it is the only one."""
    said = (
        f"the page was printed to PDF ({printed.pages} page(s) numbered): the browser's lines"
        f" on every page were left out: {' / '.join(printed.chrome)[:120]!r}"
    )
    out = [p.with_changes(warnings=(*p.warnings, said)) for p in posts]
    if len(out) == 1 and out[0].url is None and printed.url is not None:
        out[0] = out[0].with_changes(url=printed.url)
    return out
