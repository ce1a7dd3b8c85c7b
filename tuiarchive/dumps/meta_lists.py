"""Twenty Twenty's post meta saved as a list under the title: `* Post author` / `By X` / `* Post date` / `[date]`."""

from __future__ import annotations

import re

from tuiarchive.dumps.dates import Moment
from tuiarchive.dumps.line_kinds import FooterFacts, Kind, Line, classify

#: An item naming what the indented line under it gives: "* Post author", "* Data dell'articolo".
_LABEL = re.compile(r"[*-] [^\W\d_][^\[\]()\d:]{1,40}")
#: The list's last item, the comment link: "* [No Comments on <title>](…#respond)".
_COUNT = re.compile(r"[*-] \[(?P<text>[^\]\[]{2,300})\]\(\S*#(?:respond|comments?)\)")
#: The indented value under an item ("  By r00t"): the theme's word, then the author's name.
_NAME_WORDS = 5


def may_hold_meta_list(text: str) -> bool:
    """Whether the page may hold such a list: an item, a blank line, an indented line."""
    return "\n\n  " in text and "\n* " in text


def meta_lists(
    lines: list[Line], raws: list[str], links: dict[int, str], headings: dict[int, int]
) -> list[Line]:
    """Each list of labelled meta items under a title (an author item and a date item, each
    value indented under its label) read as the post's one meta line under its title: the
    author, the date, the comment link's count after them and, over the title, the labels
    of the theme's one-word "Categories" line's link lines; its other lines blank."""
    out: list[Line] | None = None
    index = 0
    while index < len(lines):
        pairs = _pairs(lines, raws, index)
        if pairs is None:
            index += 1
            continue
        facts = [_value_facts(lines[value]) for _, value in pairs]
        if not any(f is not None and f.author for f in facts) or not any(
            f is not None and f.moment for f in facts
        ):
            index += 1
            continue
        out = out if out is not None else list(lines)
        author = next((f.author for f in facts if f is not None and f.author), None)
        moment = next((f.moment for f in facts if f is not None and f.moment), None)
        for label, value in pairs:
            out[label] = _as(out[label], Kind.BLANK)
            out[value] = _as(out[value], Kind.BLANK)
        end = pairs[-1][1]
        after = _next(lines, end)
        count = _count(raws[after]) if after is not None else None
        if after is not None and count is not None:
            out[after] = _as(out[after], Kind.BLANK)
            end = after
        labels = _categories_over(out, _previous(lines, pairs[0][0]), links, headings)
        read = FooterFacts(author=author, moment=moment, comments=count, labels=labels)
        out[pairs[0][1]] = _as(lines[pairs[0][1]], Kind.FOOTER, read)  # one meta line, all said
        index = end + 1
    return out if out is not None else lines


def _pairs(lines: list[Line], raws: list[str], index: int) -> list[tuple[int, int]] | None:
    """The run of (label, indented value) items starting at `index`, if two or more."""
    pairs: list[tuple[int, int]] = []
    at: int | None = index
    while at is not None and at < len(raws) and lines[at].kind is not Kind.BLANK:
        if not _LABEL.fullmatch(raws[at].rstrip()):
            break
        value = _next(lines, at)
        if value is None or not raws[value].startswith("  "):
            break
        pairs.append((at, value))
        at = _next(lines, value)
    return pairs if len(pairs) >= 2 else None


def _value_facts(line: Line) -> FooterFacts | None:
    """What an item's value says: a byline's author, a date; a theme's word before a name."""
    if line.kind is Kind.DATE and line.date is not None:
        return FooterFacts(moment=Moment(date=line.date, time=None))
    if line.kind is Kind.FOOTER and (line.facts.author or line.facts.moment):
        return line.facts
    words = line.text.split()
    if line.kind is Kind.TEXT and 2 <= len(words) <= _NAME_WORDS and len(words[0]) <= 4:
        return FooterFacts(author=" ".join(words[1:]))  # "Di Ana Lund": the theme's "By"
    return None


def _count(raw: str) -> int | None:
    """The comment link's count: its first words that read as one ("No Comments on …")."""
    found = _COUNT.fullmatch(raw.strip())
    if found is None:
        return None
    words = found["text"].split()
    for size in range(1, min(3, len(words)) + 1):
        read = classify(0, " ".join(words[:size]))
        if read.kind is Kind.FOOTER and read.facts.comments is not None:
            return read.facts.comments
    return None


def _categories_over(
    lines: list[Line], title: int | None, links: dict[int, str], headings: dict[int, int]
) -> tuple[str, ...] | None:
    """Over the title heading, link lines under a one-word line: the theme's categories,
    their lines made chrome."""
    if title is None or title not in headings:
        return None
    names: list[int] = []
    at = _previous(lines, title)
    while at is not None and at in links and lines[at].kind is Kind.TEXT:
        names.append(at)
        at = _previous(lines, at)
    if not names or at is None or len(lines[at].text.split()) != 1 or at in links:
        return None
    labels = tuple(lines[index].text for index in reversed(names))
    for index in (at, *names):
        lines[index] = _as(lines[index], Kind.BLANK)
    return labels


def _as(line: Line, kind: Kind, facts: FooterFacts | None = None) -> Line:
    """The line read anew; a blank one (the list's own words: a chrome line would end the
    post's head) keeps its number and saved text only."""
    text = "" if kind is Kind.BLANK else line.text
    return Line(line.number, line.raw, kind, text, facts=facts or FooterFacts())


def _next(lines: list[Line], index: int) -> int | None:
    """The nearest line below that is not blank, over at most one blank line."""
    for below in range(index + 1, min(index + 3, len(lines))):
        if lines[below].kind is not Kind.BLANK:
            return below
    return None


def _previous(lines: list[Line], index: int) -> int | None:
    """The nearest line above that is not blank, over at most one blank line."""
    for above in range(index - 1, max(index - 3, -1), -1):
        if lines[above].kind is not Kind.BLANK:
            return above
    return None
