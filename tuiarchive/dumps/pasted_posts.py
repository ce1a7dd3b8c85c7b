"""A blog post pasted into the notes a page's front matter names: where its frame opens and
closes, and the notes around it read as the page's own post."""

from __future__ import annotations

import re
from collections.abc import Callable

from tuiarchive.dumps.line_kinds import BLANK_LINE, Kind, Line, ends_sentence, evidence
from tuiarchive.dumps.names import folded, title_like
from tuiarchive.dumps.page_lines import URL_LINE
from tuiarchive.errors import NotADump
from tuiarchive.model import Post

#: A Markdown rule ("----", "* * *"): a note's sections are set apart with it.
_RULE = re.compile(r"[ \t]*(?:[-*_][ \t]*){3,}")
#: An address inside a line: a sentence pointing somewhere, no pasted post's title.
_ADDRESS = re.compile(r"https?://|www\.")
_NOTES = 8  # lines of the notes' own text above a pasted post, at least
_REACH = 400  # lines from a pasted post's opening line to its footer, at most
#: What a post's frame prints from its footer on, before its comments' text.
_FRAME = frozenset(
    (
        Kind.BLANK,
        Kind.FOOTER,
        Kind.BYLINE,
        Kind.COMMENTS_HEADING,
        Kind.POST_END,
        Kind.COMMENT_CHROME,
    )
)

Read = Callable[[list[Line], bool], list[Post]]


def pasted_spans(
    lines: list[Line], source: list[str], headings: dict[int, int], title: str
) -> list[tuple[int, int]]:
    """The posts pasted into notes (index of the first line, index past the last): each
    opens with its date or its address on a line of its own, then its title, and closes
    with its footer (a byline, labels, a comment count), or with its comments, which end
    at a rule or a heading of the notes. The notes hold text of their own above it."""
    spans: list[tuple[int, int]] = []
    start = 0  # where the notes (or the text after the last pasted post) begin
    for index, line in enumerate(lines):
        if index < start or line.kind not in (Kind.FOOTER, Kind.BYLINE):
            continue
        if not evidence(line.facts):
            continue
        opening = _opening_above(lines, index, start, title)
        if opening is None:
            continue
        notes = sum(1 for ln in lines[start:opening] if ln.kind is not Kind.BLANK)
        if not spans and notes < _NOTES:
            continue
        end = _frame_end(lines, source, headings, index)
        spans.append((opening, end))
        start = end
    return spans


def _opening_above(lines: list[Line], footer: int, start: int, title: str) -> int | None:
    """The nearest line above the footer that opens a post: a date or an address alone on
    its line, a title (not the notes' own) under it."""
    below: Line | None = None  # the nearest line of text below the one looked at
    for index in range(footer - 1, max(start, footer - _REACH) - 1, -1):
        line = lines[index]
        if line.kind is Kind.BLANK:
            continue
        if line.kind in (Kind.FOOTER, Kind.BYLINE) and evidence(line.facts):
            return None  # another post's footer: this one has none of its own above
        opens = line.kind is Kind.DATE or (
            line.kind is Kind.TEXT and URL_LINE.fullmatch(line.text) is not None
        )
        if (
            opens
            and below is not None
            and below.kind is Kind.TEXT
            and title_like(below.text)
            and not ends_sentence(below.text)
            and not _ADDRESS.search(below.text)
            and folded(below.text) != title
            and below.number - 1 < footer - 1  # a body between the title and the footer
        ):
            return index
        below = line
    return None


def _frame_end(lines: list[Line], source: list[str], headings: dict[int, int], footer: int) -> int:
    """Past the pasted post's last line: its footer's lines, and its comments up to the rule or
    heading of the notes that ends them (the page's end when none does)."""
    index, comments = footer, False
    while index < len(lines) and lines[index].kind in _FRAME:
        facts = lines[index].facts
        kind = lines[index].kind
        comments = comments or kind is Kind.COMMENTS_HEADING
        comments = comments or (kind is Kind.FOOTER and facts.comments is not None)
        index += 1
    if not comments:
        return index
    for at in range(index, len(lines)):
        if at in headings or (at < len(source) and _RULE.fullmatch(source[at])):
            return at
    return len(lines)


def with_pasted_posts(read: Read, lines: list[Line], spans: list[tuple[int, int]]) -> list[Post]:
    """The page's own post read from its notes with the pasted posts left out (the notes go
    on below them), each pasted post read on its own; the page read whole when either
    reading finds no post."""
    outside = list(lines)
    try:
        pasted = []
        for start, end in spans:
            alone = [BLANK_LINE] * len(lines)
            alone[start:end] = lines[start:end]
            url = lines[start].text if URL_LINE.fullmatch(lines[start].text) else None
            if url is not None:
                alone[start] = BLANK_LINE  # the post's address: no line of its text
            posts = read(alone, False)
            if not any(post.body for post in posts):
                continue  # a teaser ("Popular Posts": a date, a title, a count): the page's
            if url is not None and len(posts) == 1 and posts[0].url is None:
                posts = [posts[0].with_changes(url=url)]
            pasted.append((start, end, posts))
            outside[start:end] = [BLANK_LINE] * (end - start)
        notes = read(outside, True)
    except NotADump:
        return read(lines, True)
    out = [notes[0]]
    for start, end, posts in pasted:
        first = lines[start].number
        last = max(ln.number for ln in lines[start:end])
        said = (
            f"lines {first}-{last}: a blog post pasted into the notes (its own date or address,"
            " title and footer) was read as a post of its own; the notes go on below it"
        )
        out[0] = out[0].with_changes(warnings=(*out[0].warnings, said))
        out += [
            p.with_changes(warnings=(*p.warnings, f"pasted into the notes of {notes[0].title!r}"))
            for p in posts
        ]
    return out + notes[1:]
