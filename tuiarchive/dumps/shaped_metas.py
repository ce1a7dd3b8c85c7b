"""An entry meta "<lead> <date> <word> <name>" that several posts repeat, in a language with no phrase file, read by its shape."""

from __future__ import annotations

import re
from collections import defaultdict

from tuiarchive.dumps.dates import match_date
from tuiarchive.dumps.line_kinds import Kind, classify
from tuiarchive.dumps.shaped_footers import ShapedLine, flat_line, may_be_known

#: "Publikováno 3. března 2015 autor Ana", "Bodaje da [Maí 8, 2015](…) vu [Ana](…)": one or
#: two words, a date ending in its year, one short word, a name.
_META = re.compile(
    r"(?P<lead>[^\W\d_]{2,20}(?:\s+[^\W\d_]{1,12})?)\s+(?P<date>\S.{4,38}?\d{4}\.?)"
    r"\s+(?P<word>[^\W\d_]{1,8})\s+(?P<name>[^\W\d\s].{0,40})"
)
#: A quick look: a line of a few words and a year, then a short word and more.
_CANDIDATE = re.compile(
    r"^[ \t*_]*[^\W\d_]{2,20}(?:[ \t]+[^\W\d_]{1,12})?[ \t]+\[?[^\n]{0,30}\d{4}\.?\]?"
    r"(?:\([^)\n]*\))?[ \t]+[^\W\d_]{1,8}[ \t]+\S",
    re.M,
)
#: How many posts must print the same lead and word before the shape is believed.
_SEEN = 2


def may_hold_shaped_meta(text: str) -> bool:
    """Whether a line has the shape of such a meta line (a quick look first)."""
    return _CANDIDATE.search(text) is not None


def shaped_metas(text: str) -> tuple[str, list[ShapedLine]]:
    """The text with each repeated meta line of an unknown language said as "Posted on <date>
    by <name>" (same lines), and the lines so said; unchanged when one is known chrome."""
    lines = text.split("\n")
    groups: dict[tuple[str, str], list[tuple[int, re.Match[str]]]] = defaultdict(list)
    line, seen = 0, 0
    for candidate in _CANDIDATE.finditer(text):
        line += text.count("\n", seen, candidate.start())
        seen = candidate.start()
        found = _META.fullmatch(flat_line(lines[line]))
        if found is None or _YEAR_IN_NAME.search(found["name"]):
            continue
        date = match_date(found["date"])
        if date is None or date.iso is None:
            continue
        key = (found["lead"].casefold(), found["word"].casefold())
        if key not in groups and may_be_known(lines[line], flat_line(lines[line])):
            return text, []  # a known language's meta: the page is read by its words
        groups[key].append((line, found))
    rewrites: list[tuple[int, str]] = []
    for members in groups.values():
        if len(members) < _SEEN:
            continue
        for at, found in members:
            new = _said(lines[at], found)
            if new is not None:
                rewrites.append((at, new))
    if not rewrites:
        return text, []
    filed = _filed_lines(lines)
    shaped = [ShapedLine(at, lines[at].strip(), "byline") for at, _ in rewrites]
    shaped += [ShapedLine(at, lines[at].strip()) for at, _ in filed]
    for at, new in rewrites + filed:
        lines[at] = new
    return "\n".join(lines), sorted(shaped, key=lambda s: s.index)


_YEAR_IN_NAME = re.compile(r"\d{4}")
#: "Bodaje bo Travel, Boats | Lecoc z carotej": a lead, the categories, a bar, the comment link.
_FILED = re.compile(
    r"(?P<lead>[^\W\d_]{2,20}(?:\s+[^\W\d_]{1,12})?)\s+(?P<labels>[^|]{1,120}?)\s*\|\s*"
    r"(?:(?P<n>\d{1,5})\s+)?(?P<tail>[^\W\d_]{1,20}(?:\s+[^\W\d_]{1,20}){0,3})\s*\|?"
)


def _filed_lines(lines: list[str]) -> list[tuple[int, str]]:
    """Footer lines "<lead> <categories> | <comment link>" that two posts or more repeat
    (the same lead), said "Posted in <categories> | Leave a comment" (or "| N Comments")."""
    groups: dict[str, list[tuple[int, re.Match[str]]]] = defaultdict(list)
    for at, raw in enumerate(lines):
        if "|" not in raw or len(raw) > 400:
            continue
        found = _FILED.fullmatch(flat_line(raw))
        if found is not None:
            groups[found["lead"].casefold()].append((at, found))
    out: list[tuple[int, str]] = []
    for members in groups.values():
        if len(members) < _SEEN or classify(1, lines[members[0][0]]).kind is not Kind.TEXT:
            continue
        for at, found in members:
            tail = f"{found['n']} Comments" if found["n"] else "Leave a comment"
            out.append((at, f"Posted in {found['labels']} | {tail}"))
    return out


def _said(raw: str, found: re.Match[str]) -> str | None:
    """The raw line with its lead said "Posted on" and its word "by", links kept."""
    lead, word = found["lead"], found["word"]
    start = raw.find(lead)
    if start < 0:
        return None
    place = raw.find(f" {word} ", start + len(lead))
    if place < 0:
        return None
    return (
        raw[:start]
        + "Posted on"
        + raw[start + len(lead) : place]
        + " by "
        + raw[place + len(word) + 2 :]
    )
