"""A post's details row atop its text: a date with its labels or a reading time ("May 4, 2025 · 3 min read")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tuiarchive.dumps.line_kinds import BLANK_LINE, Kind, Line, classify
from tuiarchive.dumps.names import folded
from tuiarchive.model import Post

#: A reading time: "3 min read", "5 minutes to read", "2 min".
_READING = r"\d{1,3}\s*(?:min(?:ute)?s?\.?)(?:\s+(?:to\s+)?read)?"
_READING_TIME = re.compile(_READING, re.IGNORECASE)
#: Substrings the gate looks for in the text as written (lowering it is slow): a label
#: word less its first letter ("Tags:", "tags:"), a reading time's "min".
_ROW_WORDS = ("ags:", "abels:", "opics:")
_MINUTES = ("min", "Min")
_LOOK = 3000  # characters of the page's top looked at
#: The separators between the row's pieces: " · ", " — ", "•", " | ", a run of spaces.
_SEPARATOR = re.compile(r"\s*[·•∙]\s*|\s+[|—–]\s+|\s{3,}")
#: A list of labels, each a link in the saved line: "[ReactJs](…/tags/react-js), [Hooks](…)".
_LINKED = re.compile(r"\[[^\[\]]{1,40}\]\([^()\s]+\)(?:\s*,\s*\[[^\[\]]{1,40}\]\([^()\s]+\))*")
#: A name linked to its author page, maybe as a heading: "#### [Ana](https://…/author/ana/)".
_AUTHOR_LINK = re.compile(
    r"(?:#{1,6}[ \t]+)?\[(?P<name>[^\[\]!]{2,60})\]\([^()\s]*/(?:author|authors|people)/[^()\s]*\)"
)
#: An avatar image linking to the author's page, maybe a list item.
_AVATAR = re.compile(
    r"(?:[-*+][ \t]+)?\[!\[[^\[\]]*\]\([^()\s]*\)\]\([^()\s]*/(?:author|authors|people)/[^()\s]*\)"
)
_TOP = 12  # lines of text from the page's top the row may stand among
_WIDTH = 200
_HEADER = 11  # lines a site's header above the row may hold
_SHORT = 60  # characters of each


def may_hold_date_row(text: str) -> bool:
    """Whether a line near the page's top may be such a row (a quick look: substring scans
    for a reading time's "min" after a number, or a label word after a wide gap)."""
    top = text[:_LOOK]
    return any(_number_before(top, word) for word in _MINUTES) or any(
        _after_gap(top, word) for word in _ROW_WORDS
    )


def _after_gap(top: str, word: str) -> bool:
    at = top.find(word)
    while at >= 0:
        if at >= 4 and not top[at - 4 : at - 1].strip(" \t"):  # "   Tags:": its capital
            return True
        at = top.find(word, at + len(word))
    return False


def _number_before(top: str, word: str) -> bool:
    at = top.find(word)
    while at >= 0:
        if top[max(0, at - 3) : at].rstrip(" \t")[-1:].isdigit():
            return True
        at = top.find(word, at + len(word))
    return False


@dataclass(frozen=True)
class DateRow:
    """A details row read: its line number, its date and its labels."""

    number: int
    text: str
    date: str  # ISO YYYY-MM-DD
    labels: tuple[str, ...]
    header: tuple[str, ...] = ()  # the site's header lines above it, set aside
    author: str | None = None  # the author's name linked to an author page right above it


def date_row(
    lines: list[Line], saved: list[str], title: str | None
) -> tuple[list[Line], DateRow | None]:
    """The details row among the page's first lines of text, blanked: a date and at least a
    reading time or labels ("Tags: a, b", or a list of links), nothing else. Its date and
    labels are the first post's (`with_date_row`); the lines unchanged when there is none.
    On a page whose title its header or front matter gives, the short lines above the row
    that do not print that title are the site's header (name, tagline, menu): chrome."""
    filled = [i for i, line in enumerate(lines[:120]) if line.kind is not Kind.BLANK][:_TOP]
    for index in filled:
        line = lines[index]
        if line.kind not in (Kind.TEXT, Kind.FOOTER) or len(line.text) > _WIDTH:
            continue
        if line.facts.author is not None or line.facts.moment is not None:
            continue
        raw = saved[index] if index < len(saved) else line.raw
        found = _row(line.text, raw)
        if found is None:
            continue
        out = list(lines)
        out[index] = BLANK_LINE
        above = [i for i in filled if i < index]
        header: tuple[str, ...] = ()
        author = _author_over(saved, above[-1]) if above else None
        head = [i for i in above if not _stack_line(saved, i, lines, index, author)]
        if title and above and _site_header([lines[i].text for i in head], title):
            header = tuple(lines[i].text for i in above)
            for i in above:
                out[i] = Line(lines[i].number, lines[i].raw, Kind.CHROME, lines[i].text)
        else:
            author = None
        return out, DateRow(line.number, line.text, *found, header, author)
    return lines, None


def with_date_row(posts: list[Post], row: DateRow) -> list[Post]:
    """The first post given the row's date and labels where it has none (said)."""
    if not posts:
        return posts
    post = posts[0]
    date, labels, warnings = post.date, post.labels, list(post.warnings)
    taken, left = [], []
    if date is None:
        date = row.date
        taken.append("date")
        warnings = [w for w in warnings if not w.startswith("no date found")]
    elif date != row.date:
        left.append(f"its date {row.date} differs from the post's: not taken")
    if row.labels and not labels:
        labels = row.labels
        taken.append("labels")
    elif row.labels and labels != row.labels:
        left.append(f"its labels ({', '.join(row.labels)}) differ from the post's: not taken")
    said = f"line {row.number}: the details row {row.text!r}"
    said += f" read as the post's {' and '.join(taken)}" if taken else " set aside"
    said += "; " + "; ".join(left) if left else ""
    if row.header:
        shown = " / ".join(row.header[:6])
        said += f"; the {len(row.header)} line(s) above it set aside as the page's header: {shown}"
    author = post.author
    if row.author and not author:
        author = row.author
        said += f"; the author {row.author!r} from the name linked to an author page above it"
    first = post.with_changes(date=date, labels=labels, author=author, warnings=(*warnings, said))
    return [first, *posts[1:]]


def _author_over(saved: list[str], index: int) -> str | None:
    """The name a line links to its author page ("#### [Ana](…/author/ana/)")."""
    found = _AUTHOR_LINK.fullmatch(saved[index].strip()) if index < len(saved) else None
    return found["name"].strip() if found is not None else None


def _stack_line(
    saved: list[str], index: int, lines: list[Line], row: int, author: str | None
) -> bool:
    """A line of an article platform's head stack over the row: the author's link, the
    avatar linking to the author's page, the post's teaser (its opening, cut with "…")."""
    raw = saved[index].strip() if index < len(saved) else ""
    if author is not None and _AUTHOR_LINK.fullmatch(raw):
        return True
    if _AVATAR.fullmatch(raw):
        return True
    text = lines[index].text
    if not text.endswith(("…", "...")):
        return False
    opening = folded(text.rstrip(".…"))[:60]
    below = [line.text for line in lines[row + 1 : row + 30] if line.kind is Kind.TEXT][:4]
    return len(opening) >= 20 and any(folded(x).startswith(opening) for x in below)


def _site_header(texts: list[str], title: str) -> bool:
    """Short lines, none of them the post's title: a site's name, tagline and menu."""
    wanted = folded(title)
    return len(texts) <= _HEADER and all(
        len(text) <= _SHORT and folded(text) != wanted for text in texts
    )


def _row(text: str, raw: str) -> tuple[str, tuple[str, ...]] | None:
    """The row's date (ISO) and labels, when it is one."""
    pieces = [p.strip() for p in _SEPARATOR.split(text) if p.strip()]
    if len(pieces) < 2 or len(pieces) > 4:
        return None
    date_text = None
    iso = ""
    labels: tuple[str, ...] = ()
    others = 0
    for piece in pieces:
        if _READING_TIME.fullmatch(piece):
            others += 1
            continue
        kind = classify(1, piece)
        if kind.kind is Kind.DATE and kind.date is not None and kind.date.iso and not date_text:
            date_text, iso = piece, kind.date.iso
        elif kind.kind is Kind.FOOTER and kind.facts.labels and not _other_facts(kind):
            labels, others = kind.facts.labels, others + 1
        elif not labels and _linked_labels(piece, raw):
            labels, others = tuple(x.strip() for x in piece.split(",")), others + 1
        else:
            return None
    if date_text is None or not others:
        return None
    return iso, labels


def _other_facts(line: Line) -> bool:
    facts = line.facts
    return facts.author is not None or facts.moment is not None or facts.comments is not None


def _linked_labels(piece: str, raw: str) -> bool:
    """A comma-separated list whose every item is a link in the saved line."""
    names = [x.strip() for x in piece.split(",")]
    if not all(names) or any(len(name) > 40 for name in names):
        return False
    links = [m[0] for m in _LINKED.finditer(raw)]
    return any(len(re.findall(r"\]\(", link)) == len(names) for link in links) and all(
        f"[{name}](" in raw for name in names
    )
