"""What a dump's lines say before the reader walks them: bylines spread over lines made one,
titles run into their byline, the page breaks of a bundle of saved pages."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from tuiarchive.dumps.dates import match_moment
from tuiarchive.dumps.line_kinds import (
    BLANK_LINE,
    FooterFacts,
    Kind,
    Line,
    classify,
    evidence,
    read_footer,
    split_labels,
)
from tuiarchive.dumps.line_search import LineStart, holds
from tuiarchive.dumps.phrases import load_phrases
from tuiarchive.dumps.spread_bylines import waits_for_name

#: A line that is one web address and nothing else.
URL_LINE = re.compile(r"https?://\S+")


@lru_cache(maxsize=1)
def _lead_lines() -> frozenset[str]:
    """A byline's lead as a line of its own may print it ("By", "BY", "Posted By")."""
    leads = load_phrases().byline_leads
    return frozenset(
        form for lead in leads for form in (lead, lead.capitalize(), lead.title(), lead.upper())
    )


def join_split_bylines(lines: list[Line], raws: Sequence[str]) -> list[Line]:
    """Bylines a page printed over several lines ("Posted by" / "Jo" / "at" / "5:43 AM") made one.

    A byline's lead alone ("Posted by"), or a byline with a name and no time yet, is
    joined with the next few lines when together they read as a byline with its time.
    The joined line takes the first line's place and the lines it took are left blank,
    so every line keeps its number.
    """
    out = lines
    leads = load_phrases().byline_leads
    alone = _lead_lines()
    footer, text = Kind.FOOTER, Kind.TEXT
    footers = [
        i
        for i, line in enumerate(lines)
        if line.kind is footer
        or line.kind is text
        and (line.text in alone or waits_for_name(line.text))
    ]
    for index in footers:
        line = lines[index]
        if len(line.text) > 60:
            continue
        facts = line.facts
        lead_only = " ".join(line.text.casefold().split()) in leads
        # "Posted on May 3, 2014 by" / "Ana" / "in" / "Travel": every link on a line of its own
        spread = line.kind is text and not lead_only
        if not lead_only and not spread and (facts.author is None or facts.moment is not None):
            continue
        taken: list[int] = []
        best: tuple[str, list[int]] | None = None
        for later in range(index + 1, min(index + _BYLINE_REACH, len(raws))):
            if not raws[later].strip():
                continue  # a page that sets every piece apart with blank lines
            # "By" / "Jo" / "-" / date, or "Posted by Jo on" / date (a name waiting for its time)
            last_piece = lines[later].kind is Kind.DATE and (bool(taken) or not lead_only)
            if lines[later].kind not in _BYLINE_PIECES and not last_piece:
                break  # "Post a Comment", a date header, a footer: the byline ended before
            taken.append(later)
            if len(taken) > (_SPREAD_PIECES if spread else 4):
                break
            joined = " ".join([line.text] + [raws[i].strip() for i in taken])
            found = read_footer(joined)
            if line.kind is Kind.TEXT and (
                found is None or found.author is None or found.moment is None
            ):
                continue  # a lone "By" leads a byline only to a name and its date
            if found is not None and (
                found.moment is not None or lead_only and found.author is not None
            ):
                best = (joined, list(taken))
            if last_piece:
                break
        if best is not None:
            if out is lines:
                out = list(lines)
            out[index] = classify(line.number, best[0])
            for i in best[1]:
                out[i] = BLANK_LINE
    return out


#: How far below its lead a spread byline's pieces may stand, blank lines counted: pages
#: saved from some themes set every element apart with three or four blank lines.
_BYLINE_REACH = 30


@lru_cache(maxsize=1)
def _said_alone() -> LineStart:
    ends = sorted(load_phrases().said_ends, key=len, reverse=True)
    said = "|".join(map(re.escape, ends))
    # the lookahead on the ends' first letters only narrows nothing, but it turns most
    # lines away in one test instead of one per end (six times quicker on every page)
    firsts = "".join(sorted({re.escape(end[0]) for end in ends}))
    return LineStart(rf"(?=[{firsts}])(?:{said})[^\S\n]*$", re.I, lead=r"[^\S\n]*")


def may_hold_split_heads(text: str) -> bool:
    """Whether a page could hold a comment head split over two lines (a "said..." alone)."""
    return _said_alone().found_in(text)


def may_hold_unnamed_footer(text: str) -> bool:
    """Whether a page names two share sites or more: the one test run on every page before
    looking for a footer in a language with no phrase file."""
    found = 0
    for at, name in enumerate(_SITE_NAMES):
        found += holds(text, name)
        if found == 2 or found + len(_SITE_NAMES) - 1 - at < 2:
            return found == 2  # two found, or too few names left to make two: no more scans
    return False


def join_split_said(lines: list[Line], raws: Sequence[str]) -> list[Line]:
    """An old-style comment head printed over two lines ("Anonymous" / "said...") made one.

    The "said..." line alone, under a short line that could be a name (blank lines
    between allowed): the joined head takes the name's place, the "said..." line is
    left blank, so every line keeps its number."""
    ends = load_phrases().said_ends
    out = lines
    for index, line in enumerate(lines):
        if line.kind is not Kind.TEXT or line.text.casefold() not in ends:
            continue
        above = index - 1
        while above >= 0 and above > index - 6 and not raws[above].strip():
            above -= 1
        if above < 0 or lines[above].kind is not Kind.TEXT or len(lines[above].text) > 60:
            continue
        joined = classify(lines[above].number, f"{lines[above].text} {line.text}")
        if joined.kind is not Kind.SAID:
            continue
        if out is lines:
            out = list(lines)
        out[above] = joined
        out[index] = BLANK_LINE
    return out


_RUN_IN = re.compile(r"(?<=[a-z])(?=[A-Z0-9])")


@lru_cache(maxsize=4096)
def run_in(text: str) -> tuple[str, FooterFacts] | None:
    """A title run into its byline ("Gaggia PID ModNovember 25, 2007 at 8:49 pm · Filed
    under Espresso"), as a theme's title and date elements come out of a copy: the title
    alone, and the byline's facts. Asked only of lines that could be a title."""
    if len(text) > 200:
        return None
    for boundary in _RUN_IN.finditer(text, 3):
        facts = read_footer(text[boundary.start() :])
        if facts is not None and facts.moment is not None and facts.moment.date is not None:
            return text[: boundary.start()].rstrip(), facts
    return None


_BARE_URL_LINE = re.compile(r"^[ \t]*https?://\S+[ \t]*$", re.MULTILINE)


def page_breaks(
    lines: list[Line], raws: Sequence[str], headings: Mapping[int, int] | None = None
) -> dict[int, str]:
    """Lines where a new saved page starts: its address alone on a line, two blank lines or
    more above it and one below (a bundle of pages saved one after another). An address
    right under a heading is what the heading names (a sidebar's "My site"), no new page."""
    breaks: dict[int, str] = {}
    joined = "\n".join(raws)
    if "http" not in joined:
        return breaks
    index, counted_to = 0, 0
    for match in _BARE_URL_LINE.finditer(joined):
        index += joined.count("\n", counted_to, match.start())
        counted_to = match.start()
        if not 2 <= index < len(lines) - 1:
            continue
        line = lines[index]
        if (
            line.kind is Kind.TEXT
            and not raws[index][:1].isspace()  # indented: inside a list item or a quote
            and lines[index - 1].kind is Kind.BLANK
            and lines[index - 2].kind is Kind.BLANK
            and lines[index + 1].kind is Kind.BLANK
            and URL_LINE.fullmatch(line.text)
            and _a_page_starts(lines, index + 1)
            and not _under_a_heading(lines, index, headings)
        ):
            breaks[index] = line.text
    return breaks


def _under_a_heading(lines: list[Line], index: int, headings: Mapping[int, int] | None) -> bool:
    if not headings:
        return False
    above = next((i for i in range(index - 1, -1, -1) if lines[i].kind is not Kind.BLANK), None)
    return above is not None and above in headings


_PAGE_TOP = frozenset((Kind.DATE, Kind.CHROME, Kind.NAV, Kind.SIDEBAR))


def _a_page_starts(lines: list[Line], start: int) -> bool:
    """Whether a saved page's top follows: two blank lines, or within its first lines a
    date header, page chrome or a title run into its byline (a link in a post has text)."""
    if start + 1 < len(lines) and lines[start + 1].kind is Kind.BLANK:
        return True
    seen = 0
    for line in lines[start : start + 30]:
        if line.kind is Kind.BLANK:
            continue
        if line.kind in _PAGE_TOP or line.kind is Kind.TEXT and run_in(line.text) is not None:
            return True
        seen += 1
        if seen >= 4:
            return False
    return False


_BYLINE_PIECES = frozenset((Kind.TEXT, Kind.BYLINE))
#: Pieces of a byline printed a link a line: the name, "in", the categories and commas.
_SPREAD_PIECES = 7


#: Share buttons name the sites in every language ("Sdílet na Twitter", "BlogThis!").
_SITE_NAMES = ("Twitter", "Facebook", "Pinterest", "BlogThis!")
_SHARE_SITES = re.compile("|".join(map(re.escape, _SITE_NAMES)))
#: "Štítky: doprava, Líšeň": a word or two, a colon, a list.
_LABELS_SHAPE = re.compile(r"(?P<key>[^\W\d_]{2,20}(?: [^\W\d_]{2,20})?)\s?:\s*(?P<labels>\S.*)")
#: "2 komentáře:": a number and a word.
_COUNT_SHAPE = re.compile(r"(?P<n>\d{1,5})\s+[^\W\d_]{3,20}\s?:?")
_UNNAMED = "in no language tuiarchive knows"


def read_unnamed_footers(lines: list[Line], raws: Sequence[str]) -> list[Line]:
    """A post footer in a language with no phrase file, read by its shape.

    A line of share buttons the phrases do not know ("Odeslat e-mailemBlogThis!Sdílet na
    Twitter..."), naming two sites or more and no sentence, with a byline ending in a
    time right above it or a label list or count right below it: the byline gives the
    author and time, the lines below the labels and count. Each carries a warning that
    it was read by its shape. Lines the phrases know are left alone."""
    out = lines
    for index, line in enumerate(lines):
        if line.kind is not Kind.TEXT or len(line.text) > 200 or not _share_shaped(line.text):
            continue
        above = _neighbour(lines, raws, index, -1)
        byline = _byline_shaped(lines[above].text) if above is not None else None
        below = _shapes_below(lines, raws, index)
        if byline is None and not below:
            continue
        if out is lines:
            out = list(lines)
        out[index] = replace(line, kind=Kind.FOOTER)
        if byline is not None and above is not None:
            out[above] = replace(lines[above], kind=Kind.FOOTER, facts=byline)
        for at, facts in below:
            out[at] = replace(lines[at], kind=Kind.FOOTER, facts=facts)
    return out


#: A line that ends in a clock time ("... v 10:15", "... at 5:43 PM"): a byline could.
_ENDS_IN_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?\s?[Mm]\.?)?\s*$")


def read_unnamed_bylines(lines: list[Line], raws: Sequence[str]) -> list[Line]:
    """On a page whose footers no phrase file knows and that prints no share buttons: a
    line shaped like a byline (a name and a time) with a label list or a comment count
    shaped line right under it is a footer, each piece with its warning
    ("Vystavil Petr Novák v 10:15" / "2 komentáře" / "Štítky: doprava")."""
    if any(line.kind is Kind.FOOTER and evidence(line.facts) for line in lines):
        return lines
    out = lines
    for index, line in enumerate(lines):
        if line.kind is not Kind.TEXT or len(line.text) > 100:
            continue
        if not _ENDS_IN_TIME.search(line.text):
            continue
        byline = _byline_shaped(line.text)
        if byline is None:
            continue
        below = _shapes_below(lines, raws, index)
        if not below:
            continue
        if out is lines:
            out = list(lines)
        out[index] = replace(line, kind=Kind.FOOTER, facts=byline)
        for at, facts in below:
            out[at] = replace(lines[at], kind=Kind.FOOTER, facts=facts)
    return out


def _shapes_below(
    lines: list[Line], raws: Sequence[str], index: int
) -> list[tuple[int, FooterFacts]]:
    """The label-list and count shaped lines right under line `index` (up to three)."""
    below: list[tuple[int, FooterFacts]] = []
    at = index
    for _ in range(3):
        nxt = _neighbour(lines, raws, at, 1)
        if nxt is None or lines[nxt].kind is not Kind.TEXT:
            break
        facts = _labels_or_count(lines[nxt].text)
        if facts is None:
            break
        below.append((nxt, facts))
        at = nxt
    return below


def _neighbour(lines: list[Line], raws: Sequence[str], index: int, step: int) -> int | None:
    """The nearest line above or below `index` that is not blank (within three)."""
    at = index + step
    for _ in range(4):
        if not 0 <= at < len(lines):
            return None
        if raws[at].strip():
            return at
        at += step
    return None


def _share_shaped(text: str) -> bool:
    sites = set(_SHARE_SITES.findall(text))
    if len(sites) < 2:
        return False
    rest = _SHARE_SITES.sub(" ", text)
    return len(rest.split()) <= 14 and ". " not in rest and not text.rstrip().endswith(".")


def _byline_shaped(text: str) -> FooterFacts | None:
    """ "Vystavil Petr Novák v 10:15": a few words and a time or a date at the end; the
    name is what stands between the lead's words and a short connector."""
    words = text.split()
    if not 2 <= len(words) <= 10 or len(text) > 100:
        return None
    for cut in range(max(1, len(words) - 6), len(words)):
        moment = match_moment(" ".join(words[cut:]))  # the longest ending that is a stamp
        if moment is not None and (moment.time is not None or moment.date is not None):
            break
    else:
        return None
    head = words[1:cut]
    if sum(word[:1].islower() for word in head) > 2:
        return None  # "The meeting was moved to 10:15": a sentence
    while len(head) > 1 and head[0][:1].islower():
        head = head[1:]  # "Publicado por Ana": the lead's own words
    if len(head) > 1 and len(head[-1].rstrip(":")) <= 5 and head[-1].islower():
        head = head[:-1]  # "... v 10:15": the connector
    name = " ".join(head) or None
    if name is not None and (len(head) > 5 or any(ch.isdigit() for ch in name)):
        return None
    note = f"the byline {text!r} is {_UNNAMED}: its author and time were read from its shape"
    return FooterFacts(author=name, moment=moment, note=note)


def _labels_or_count(text: str) -> FooterFacts | None:
    count = _COUNT_SHAPE.fullmatch(text)
    if count is not None:
        note = f"{text!r} is {_UNNAMED}: read as the comment count by its shape"
        return FooterFacts(comments=int(count["n"]), note=note)
    labels = _LABELS_SHAPE.fullmatch(text)
    if labels is not None and not labels["labels"].startswith("//"):  # not "http://…"
        names = split_labels(labels["labels"])
        if names and all(len(name) <= 40 for name in names):
            note = f"{labels['key']!r} is {_UNNAMED}: the list after it read as labels"
            return FooterFacts(labels=names, note=note)
    return None


#: How many titles, each with only its date under (or over) it, make a list of other posts.
_DATED_LIST = 3


def dated_lists(
    lines: list[Line], raws: Sequence[str], headings: dict[int, int] | None = None
) -> list[Line]:
    """A widget's list of other posts, each a short line and a date with nothing else
    between ("### Title" / "1 décembre 2021" / "### Title" / "30 novembre 2021" ...),
    three or more in a row: page chrome, never posts (a post has a body between its
    date and the next one's). A Markdown heading right above the list is its own."""
    dates = [i for i, line in enumerate(lines) if line.kind is Kind.DATE]
    if len(dates) < _DATED_LIST:
        return lines
    out = lines
    run: list[tuple[int, int]] = []  # the list being read: (title, date) for each item
    for date in dates:
        title = _only_title_above(lines, raws, date, run[-1][1] if run else -1)
        if title is None:  # more than a title since the last date: the list, if any, ended
            out = _list_read(out, lines, raws, run, headings)
            title = _only_title_above(lines, raws, date, -1)
            run = []
        if title is not None:
            run.append((title, date))
    return _list_read(out, lines, raws, run, headings)


def _only_title_above(lines: list[Line], raws: Sequence[str], date: int, since: int) -> int | None:
    """The short line right above the date at `date`, if it is the only line since line
    `since` (with `since` -1: the nearest line above, whatever stands before it)."""
    found = None
    for at in range(date - 1, since, -1):
        if not raws[at].strip():
            continue
        if found is not None:
            return None  # more than a title since the last date
        line = lines[at]
        if line.kind is not Kind.TEXT or len(line.text) > 120:
            return None
        found = at
        if since < 0:
            break
    return found


def _list_read(
    out: list[Line],
    lines: list[Line],
    raws: Sequence[str],
    run: list[tuple[int, int]],
    headings: dict[int, int] | None,
) -> list[Line]:
    """The lines of a list of dated titles made chrome, when it is long enough to be one."""
    if len(run) < _DATED_LIST:
        return out
    marked = [i for item in run for i in item]
    heading = next((i for i in range(run[0][0] - 1, -1, -1) if raws[i].strip()), None)
    if (
        heading is not None
        and headings
        and heading in headings
        and lines[heading].kind is Kind.TEXT
    ):
        marked.append(heading)  # "#### Don't miss": the list's heading
    if out is lines:
        out = list(lines)
    for i in marked:
        out[i] = replace(lines[i], kind=Kind.CHROME)
    return out


#: An old-style comment head in a language with no phrase file: a name and a verb ending in
#: an ellipsis ("Jana Malá napsal(a)...").
_SAID_SHAPE = re.compile(r"(?P<name>\S.{0,59}?)\s+(?P<verb>[^\s.…]{2,20}(?:\.\.\.|…))")


def unnamed_said_heads(lines: list[Line]) -> list[Line]:
    """Old-style comment heads whose verb no phrase file knows, read by their shape: after a
    comment count, two lines or more that end in the same word with an ellipsis, each a
    name (one to four words) and that word ("Anonymní napsal(a)..."), and each followed by
    a timestamp within a few lines, head comments. Pages whose heads a phrase file knows
    are left alone."""
    ellipses = [i for i, line in enumerate(lines) if line.text.endswith(("...", "…"))]
    if len(ellipses) < 2 or any(line.kind is Kind.SAID for line in lines):
        return lines
    start = next(
        (i for i, ln in enumerate(lines) if ln.kind is Kind.FOOTER and ln.facts.comments), None
    )
    if start is None:
        return lines
    found: dict[str, list[tuple[int, str]]] = {}
    for index in ellipses:
        line = lines[index]
        if index <= start:
            continue
        if line.kind is not Kind.TEXT or len(line.text) > 80:
            continue
        match = _SAID_SHAPE.fullmatch(line.text)
        if match is not None and 1 <= len(match["name"].split()) <= 4:
            found.setdefault(match["verb"].casefold(), []).append((index, match["name"]))
    out = lines
    for heads in found.values():
        if len(heads) < 2 or not all(_stamp_below(lines, index) for index, _ in heads):
            continue
        if out is lines:
            out = list(lines)
        for index, name in heads:
            line = lines[index]
            out[index] = replace(line, kind=Kind.SAID, said_by=name)
    return out


def is_stamp(line: Line) -> bool:
    """A line that is only a timestamp with a date (a comment's, or a byline's)."""
    if line.kind is Kind.DATE:
        return True
    moment = line.facts.moment if line.kind is Kind.BYLINE else None
    return moment is not None and moment.date is not None


def _stamp_below(lines: list[Line], index: int) -> bool:
    """Whether a timestamp (a date, or a date with its time) follows within a few lines."""
    return any(is_stamp(line) for line in lines[index + 1 : index + 16])
