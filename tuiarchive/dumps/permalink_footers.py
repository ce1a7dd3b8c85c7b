"""A Blogger footer saved as Markdown: a lone "-", the permalink date, an author-profile card."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import FooterFacts, Kind, Line, classify

#: The footer's date linked to the post itself: `[October 31, 2022](… "permanent link")`.
_PERMALINK = re.compile(r"\[(?P<when>[^\]\[]{4,60})\]\(\S+ \"permanent link\"\)\s*")
#: The author's card in the footer: `[Ana Lund](…/profile/123 "author profile")`.
_PROFILE = re.compile(r"\[(?P<name>[^\]\[]{2,60})\]\(\S+ \"author profile\"\)\s*")
#: The footer's separator line above the permalink date, or what is left of a byline that
#: lost its name (": [15:06](…)").
_MARKS = frozenset(("-", ":"))
#: The permalink's address, wherever on a line it stands.
_ADDRESS = re.compile(r"\]\((?P<url>\S+) \"permanent link\"\)")
#: What could start or frame a post.
_FRAMES = frozenset((Kind.DATE, Kind.FOOTER, Kind.BYLINE, Kind.SAID, Kind.COMMENTS_HEADING))


def may_hold_permalink_footer(text: str) -> bool:
    """Whether the page may hold such a footer: a quote, then two substring scans."""
    # both needles hold a double quote: a page without one (many) is turned away in one fast scan
    return '"' in text and ('"permanent link")' in text or '"author profile")' in text)


def permalink_footers(
    lines: list[Line], raws: list[str], said: list[str]
) -> tuple[list[Line], list[str]]:
    """The permalink date read as the footer (not as a new day's date header), the lone "-"
    (or ":") above it as chrome, an author-profile card's name as the footer's author (the bio right
    under it chrome), and below the Subscribe links that close the posts' column no line
    that could start a post: the sidebar follows, kept as the last post's extra text. What was
    said of a line read so (a profile widget's avatar taken for a byline) is dropped."""
    out = list(lines)
    last = None
    for index, line in enumerate(lines):
        raw = raws[index] if index < len(raws) else ""
        if line.kind is Kind.BLANK or '"' not in raw:
            continue
        if (found := _PERMALINK.fullmatch(raw.strip())) is not None:
            read = classify(line.number, f"at {found['when']}")
            facts = read.facts if read.kind is Kind.FOOTER else FooterFacts()
            out[index] = Line(line.number, line.raw, Kind.FOOTER, line.text, facts=facts)
            above = _line_above(out, index)
            if above is not None and out[above].text in _MARKS:
                out[above] = Line(out[above].number, out[above].raw, Kind.CHROME, out[above].text)
            last = index
        elif (found := _PROFILE.fullmatch(raw.strip())) is not None:
            facts = FooterFacts(author=found["name"].strip())
            out[index] = Line(line.number, line.raw, Kind.FOOTER, line.text, facts=facts)
            bio = _line_below(out, index)
            if bio is not None and out[bio].kind is Kind.TEXT:
                out[bio] = Line(out[bio].number, out[bio].raw, Kind.CHROME, out[bio].text)
            last = index
    demoted = _after_the_column(out, last) if last is not None else set()
    return out, [note for note in said if _line_of(note) not in demoted]


def permalink_address(raws: list[str]) -> str | None:
    """The address the page's one permalink ("[1:35 PM](… "permanent link")") links to:
    a saved post's own; None when there is none, or several."""
    found = {m["url"] for raw in raws if '"permanent link")' in raw for m in _ADDRESS.finditer(raw)}
    return found.pop() if len(found) == 1 else None


def _after_the_column(lines: list[Line], last: int) -> set[int]:
    """Below the Subscribe links after the last footer: dates, bylines and footers are the
    sidebar's (its profile widget, its archive), read as text that starts no post. Their
    line numbers."""
    demoted: set[int] = set()
    at = next((i for i in range(last, len(lines)) if lines[i].kind is Kind.SUBSCRIBE), None)
    if at is None:
        return demoted
    while at < len(lines) and lines[at].kind in (Kind.SUBSCRIBE, Kind.BLANK):
        at += 1
    for index in range(at, len(lines)):
        line = lines[index]
        if line.kind in _FRAMES:
            lines[index] = Line(line.number, line.raw, Kind.TEXT, line.text)
            demoted.add(line.number)
    return demoted


def _line_of(note: str) -> int | None:
    """The line a note names first ("line 78: …"), if it starts so."""
    head = note.split(":", 1)[0]
    number = head.removeprefix("line ")
    return int(number) if head.startswith("line ") and number.isdigit() else None


def _line_below(lines: list[Line], index: int) -> int | None:
    """The nearest line below that is not blank, if any."""
    for below in range(index + 1, min(index + 3, len(lines))):
        if lines[below].kind is not Kind.BLANK:
            return below
    return None


def _line_above(lines: list[Line], index: int) -> int | None:
    """The nearest line above that is not blank, if any."""
    for above in range(index - 1, max(index - 3, -1), -1):
        if lines[above].kind is not Kind.BLANK:
            return above
    return None
