"""A Blogger post's footer in a language with no phrase file, read by its shape and said in known words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tuiarchive.dumps.line_kinds import Kind, classify
from tuiarchive.dumps.phrases import load_phrases
from tuiarchive.model import Post

_CLOCK = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?"
#: "Vystavil Ana Lee v 5:43 PM", "Közzétette: Ana dátum: 17:43": a lead (one word, or one
#: and a short lower-case word), a name, one short word, a clock time.
_BYLINE = re.compile(
    rf"(?P<lead>[^\W\d_][\w'’-]{{1,24}}:?(?:\s+[^\W\d_]{{1,4}}:?)?)(?:\s+|(?<=:))(?P<name>\S.{{0,60}}?)"
    rf"\s+(?P<conn>[^\W\d_]{{1,6}}\.?:?)\s+(?P<time>{_CLOCK})"
    r"(?:\s+(?:(?P<n>\d{1,5})\s+(?P<word>[^\W\d_]{2,20})|(?P<none>[^\W\d_]{2,15}(?:\s+[^\W\d_]{2,15}){1,2}))\s*:)?"
)
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\d{4}")
_LEAD_ALONE = re.compile(r"[^\W\d_][\w'’-]{1,24}:?(?:\s+[^\W\d_]{1,4}:?)?")
_CONN_ALONE = re.compile(r"[^\W\d_]{1,6}\.?:?")
_TIME_ALONE = re.compile(_CLOCK)
_COUNT = re.compile(r"(?P<n>\d{1,5})\s+(?P<word>[^\W\d_]{2,20})\s*(?P<colon>:?)")
_NONE = re.compile(r"[^\W\d_]{2,15}(?:\s+[^\W\d_]{2,15}){1,2}\s*:")
_LABELS = re.compile(r"(?P<key>[^\W\d_]{3,20})\s*:(?:\s*(?P<values>.+))?")
_SAID = re.compile(r"(?P<name>\S.{0,60}?)\s+(?P<word>[^\W\d_]{2,15})(?P<end>\.\.\.|…|:)")
_IMAGE = re.compile(r"!\[[^\]]*\](?:\([^)]*\)|\[\d+\])")
_LINK = re.compile(r"\[\s*([^\]]*?)\s*\](?:\([^)]*\)|\[\d+\])")
_EMPTY = re.compile(r"\[\s*\](?:\[\d+\])?")
_MARKS = re.compile(r"^[#>*\s]+")
#: A quick look: a line ending in a clock time (a count with a colon, an edit icon after it).
_CANDIDATE = re.compile(
    rf"(?:^|[\s\[])(?P<at>{_CLOCK})\]?(?:\([^)\n]*\))?"
    r"(?:[ \t]+\[?\d{0,5}[ \t]*[^\W\d_]{2,20}(?:[ \t][^\W\d_]{2,15}){0,2}:\]?(?:\([^)\n]*\))?)?"
    r"(?:[ \t]*\[!\[[^\]\n]*\]\([^)\n]*\)\]\([^)\n]*\))?[ \t]*$",
    re.M,
)
#: How many share buttons under a byline make it a footer with no labels or count under them.
_BUTTONS = 3
#: How many lines (not blank) after a byline its footer may run to.
_REACH = 10


@dataclass(frozen=True)
class ShapedLine:
    """A line said in known words: where it is (from 0) and what it was."""

    index: int
    was: str
    what: str = "footer"  # what the line was read as: a post's "footer", its "byline"


def flat_line(line: str) -> str:
    """The line's text as read: links reduced to their words, images and marks dropped."""
    return _flat(line)


def _flat(line: str) -> str:
    text = _EMPTY.sub("", _LINK.sub(r"\1", _IMAGE.sub("", line)))
    return " ".join(_MARKS.sub("", text).split())


def may_hold_shaped_footer(text: str) -> bool:
    """Whether the text may hold a clock time, or a site's name (a quick look first)."""
    return ":" in text or _has_site(text)


def _has_site(text: str) -> bool:
    return ("Twitter" in text or "Facebook" in text or "Pinterest" in text or " X\n" in text) and (
        _SITE_END.search(text) is not None
    )


#: A share button's line: a few words ending in a site's name ("Partu al Twitter").
_SITE_END = re.compile(r"^[^\W\d_][^\n]{0,30}[ \t](?:Twitter|Facebook|Pinterest|X)[ \t]*$", re.M)
_SITE_LINE = re.compile(r"[^\W\d_]\S*(?:\s\S+){0,3}\s(?:Twitter|Facebook|Pinterest|X)")


def _share_rows(lines: list[str], flats: _Flats) -> list[tuple[int, str]]:
    """Rows of share buttons one to a line whose words are in no known language: three lines
    running on that end in a site's name (or are buttons we know), with a short line or two
    around them; each said "Share"."""
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(lines):
        run = k
        while run < len(lines) and (
            _SITE_LINE.fullmatch(lines[run].strip()) or _known_button(lines[run])
        ):
            run += 1
        if run - k < _BUTTONS or all(_known(lines[j]) for j in range(k, run)):
            k = run + 1
            continue
        first = k
        if k and _button(flats[k - 1], lines[k - 1]) and len(flats[k - 1].split()) <= 3:
            first = k - 1  # "Email This" above the sites' buttons
        out += [(j, "Share") for j in range(first, run) if not _known(lines[j])]
        k = run
    return out


def _known_button(raw: str) -> bool:
    return raw.strip() == "BlogThis!"


def _known(raw: str) -> bool:
    """Whether the line, as saved or with its links and marks dropped, is chrome we know."""
    return _kind(raw) is not Kind.TEXT


def may_be_known(raw: str, flat: str) -> bool:
    """Whether a line may be a byline (or labels, a count) of a known language: it starts with
    such a phrase's first word (a quick test, far cheaper than reading the line), or holds a
    word of one and reads as one."""
    phrases = load_phrases()
    if any(
        first.match(text) is not None
        for first in (phrases.byline_starts.first, phrases.tail_starts.first)
        for text in (raw.strip(), flat)
    ):
        return True
    # a phrase that starts with the name ("{name} 发表于 {time}"): read the line to know
    return phrases.byline_starts.could_be(flat) and _known(raw)


def _kind(raw: str) -> Kind:
    """What the line is, as saved or with its links and marks dropped (TEXT when neither is
    chrome we know; a blank line is TEXT here)."""
    for text in (raw, _flat(raw)):
        kind = classify(1, text).kind if text.strip() else Kind.BLANK
        if kind is not Kind.TEXT and kind is not Kind.BLANK:
            return kind
    return Kind.TEXT


def _next(lines: list[str], at: int, reach: int = 1) -> list[int]:
    """The indexes of the next `reach` lines with text after `at`."""
    found: list[int] = []
    for k in range(at + 1, len(lines)):
        if lines[k].strip():
            found.append(k)
            if len(found) == reach:
                break
    return found


def _byline_at(
    lines: list[str], flats: _Flats, at: int
) -> tuple[list[tuple[int, str]], int] | None:
    """The byline starting at `at` (one line, or lead / name / word / time a line each):
    the rewrites it needs and the index of its last line."""
    flat = flats[at]
    found = _BYLINE.fullmatch(flat)
    if found is not None:
        lead, conn = found["lead"], found["conn"]
        words = lead.split()
        if (
            _YEAR.search(found["name"])
            or found["name"].count(",") > 1  # a list ("cuda, drivers, gpu"), not a name
            or (len(words) == 2 and not words[1].islower())
        ):
            return None
        raw = lines[at]
        start = raw.find(lead)
        place = raw.rfind(f" {conn} ")
        if start < 0 or place < start + len(lead):
            return None
        new = (
            raw[:start]
            + "Posted by"
            + raw[start + len(lead) : place]
            + " at "
            + raw[place + len(conn) + 2 :]
        )
        if found["word"]:  # a count run into the byline: "... 5:43 PM 3 rimarkoj:"
            head, _, tail = new.rpartition(found["word"])
            new = f"{head}comments{tail}"
        elif found["none"]:
            head, _, tail = new.rpartition(found["none"])
            new = f"{head}No comments{tail}"
        return [(at, new)], at
    if not _LEAD_ALONE.fullmatch(flat):
        return None
    words = flat.split()
    if len(words) == 2 and not words[1].islower():
        return None
    parts = _next(lines, at, 3)
    if len(parts) < 3:
        return None
    name, conn, time = (flats[k] for k in parts)
    if not (
        0 < len(name) <= 60
        and _CONN_ALONE.fullmatch(conn)
        and _TIME_ALONE.fullmatch(time)
        and conn.islower()
    ):
        return None
    return [(at, "Posted by"), (parts[1], "at")], parts[2]


def _footer_after(lines: list[str], flats: _Flats, end: int) -> list[tuple[int, str]] | None:
    """The share row, labels and comment count after a byline ending at `end` (in any order),
    said in known words; None when nothing after it has a footer's shape."""
    rewrites: list[tuple[int, str]] = []
    share: list[int] = []
    last = -1  # the last line read as labels or a count
    buttons = 0
    for k in _next(lines, end, _REACH):
        flat = flats[k]
        if _known(lines[k]):  # a known share button, or labels and count: kept as they are
            if _COUNT.fullmatch(flat) or _NONE.fullmatch(flat) or _LABELS.fullmatch(flat):
                last = k
            else:
                buttons += 1
            continue
        count = _COUNT.fullmatch(flat)
        if count is not None and (count["colon"] or last >= 0):
            rewrites.append((k, lines[k].replace(count["word"], "comments", 1)))
            last = k
            continue
        labels = _LABELS.fullmatch(flat)
        if labels is not None and _label_values(labels["values"]):
            rewrites.append((k, lines[k].replace(labels["key"], "Labels", 1)))
            last = k
            if not labels["values"]:
                break  # the labels are on the lines below
            continue
        if _NONE.fullmatch(flat):
            rewrites.append((k, "No comments:"))
            last = k
            continue
        if not flat:  # an icon's image alone ("Email Post", "Edit Post")
            share.append(k)
            continue
        links = _links_only(lines[k])
        if links or _button(flat, lines[k]):
            share.append(k)
            buttons += max(1, links)
            continue
        break
    if last < 0 and buttons < _BUTTONS:
        return None
    if last >= 0:  # short lines after the last labels or count may be the next post's
        share = [k for k in share if k < last]
    return [(k, "Share") for k in share] + rewrites


def _button(flat: str, raw: str) -> bool:
    """Whether a line could be a share button: a few words, no digits, no heading, no sentence."""
    return (
        0 < len(flat) <= 40
        and any(c.isalpha() for c in flat)
        and len(flat.split()) <= 5
        and not _DIGIT.search(flat)
        and not raw.lstrip().startswith("#")
        and not flat.endswith((".", ":", "?"))
        and "://" not in flat
    )


def _links_only(raw: str) -> int:
    """How many links a line holds when it holds nothing else (a row of buttons), else 0."""
    found = len(_LINK.findall(raw))
    return found if found >= 2 and not _LINK.sub("", _IMAGE.sub("", raw)).strip(" |·") else 0


def _label_values(values: str | None) -> bool:
    """Whether what follows a key's colon reads as labels (or is left to the next lines)."""
    if not values:
        return True
    items = [v.strip() for v in values.split(",")]
    return all(0 < len(v) <= 40 and not v.endswith(".") for v in items)


def _said_lines(flats: _Flats, start: int) -> list[tuple[int, str]]:
    """Comment heads "Name <word>..." under a footer, their word said in English: a word that
    ends two heads or more."""
    heads: dict[str, list[int]] = {}
    for k in range(start, len(flats)):
        found = _SAID.fullmatch(flats[k]) if len(flats[k]) <= 80 else None
        if found is not None and found["word"].islower():
            heads.setdefault(found["word"] + found["end"], []).append(k)
    out: list[tuple[int, str]] = []
    for ks in heads.values():
        if len(ks) >= 2:
            out += [(k, flats[k].rsplit(" ", 1)[0] + " said...") for k in ks]
    return out


class _Flats:
    """Each line's text with links and marks dropped, made the first time it is asked for."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.made: dict[int, str] = {}

    def __getitem__(self, index: int) -> str:
        found = self.made.get(index)
        if found is None:
            line = self.lines[index]
            found = self.made[index] = _flat(line) if line.strip() else ""
        return found

    def __len__(self) -> int:
        return len(self.lines)


_ENDS = frozenset("0123456789Mm):]")


def _candidates(lines: list[str]) -> Iterator[int]:
    """Where a byline may start, in page order: the line three lines (not blank) above each
    line ending in a clock time (where a byline spread over four lines starts), then that line.
    Found as they are asked for: a page of known bylines stops at its first."""
    for line, raw in enumerate(lines):
        end = raw.rstrip()[-1:]
        if not end or end not in _ENDS or ":" not in raw or _CANDIDATE.search(raw) is None:
            continue
        above = [k for k in range(line - 1, max(-1, line - 9), -1) if lines[k].strip()][:3]
        if len(above) == 3:
            yield above[-1]
        yield line


def shaped_footers(text: str) -> tuple[str, list[ShapedLine] | None]:
    """The text with each footer of an unknown language said in known words (same lines), and
    the lines so said; the text unchanged, and None, when a byline is of a known language."""
    lines = text.split("\n")
    flats = _Flats(lines)
    rewrites: list[tuple[int, str]] = []
    done = -1
    for at in _candidates(lines):
        flat = flats[at]
        if at <= done or not flat or len(flat) > 120:
            continue
        byline = _byline_at(lines, flats, at)
        if byline is None:
            continue
        if may_be_known(lines[at], flat):
            return text, None  # a known language's byline: the page is read by its words
        said, end = byline
        counted = "comments" in said[-1][1]  # the byline holds the count: "… 3 rimarkoj:"
        footer = [] if counted else _footer_after(lines, flats, end)
        if footer is None:
            continue
        rewrites += said + footer
        done = max(k for k, _ in said + footer)
    if _has_site(text):
        taken = {k for k, _ in rewrites}
        rewrites += [r for r in _share_rows(lines, flats) if r[0] not in taken]
    if not rewrites:
        return text, []
    rewrites += _said_lines(flats, max(k for k, _ in rewrites))
    shaped: list[ShapedLine] = []
    for k, new in sorted(rewrites):
        shaped.append(ShapedLine(k, lines[k].strip()))
        lines[k] = new
    return "\n".join(lines), shaped


def with_shape_warnings(posts: list[Post], shaped: list[ShapedLine]) -> list[Post]:
    """Each post warned of the footer lines read by their shape in its span of the page."""
    if not shaped:
        return posts
    out: list[Post] = []
    starts = [p.line for p in posts]
    for i, post in enumerate(posts):
        end = starts[i + 1] if i + 1 < len(posts) else None
        mine = [
            s for s in shaped if s.index + 1 >= post.line and (end is None or s.index + 1 < end)
        ]
        if i == 0:
            mine = [s for s in shaped if end is None or s.index + 1 < end]
        if not mine:
            out.append(post)
            continue
        said = "; ".join(
            f"{what} read by its shape (line {group[0].index + 1}): its words ("
            + ", ".join(repr(s.was[:40]) for s in group[:4])
            + f"{', …' if len(group) > 4 else ''}) are in no known language"
            for what in dict.fromkeys(s.what for s in mine)
            for group in [[s for s in mine if s.what == what]]
        )
        out.append(post.with_changes(warnings=(*post.warnings, said)))
    return out
