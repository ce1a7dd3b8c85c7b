"""What a dump's lines say before the reader walks them: bylines spread over lines made one,
titles run into their byline, the page breaks of a bundle of saved pages."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from tuiarchive.chrome import BLANK_LINE, FooterFacts, Kind, Line, classify, read_footer
from tuiarchive.phrases import load_phrases

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
        if line.kind is footer or line.kind is text and line.text in alone
    ]
    for index in footers:
        line = lines[index]
        if len(line.text) > 60:
            continue
        facts = line.facts
        lead_only = " ".join(line.text.casefold().split()) in leads
        if not lead_only and (facts.author is None or facts.moment is not None):
            continue
        taken: list[int] = []
        best: tuple[str, list[int]] | None = None
        for later in range(index + 1, min(index + _BYLINE_REACH, len(raws))):
            if not raws[later].strip():
                continue  # a page that sets every piece apart with blank lines
            last_piece = lines[later].kind is Kind.DATE and bool(taken)  # "By" / "Jo" / "-" / date
            if lines[later].kind not in _BYLINE_PIECES and not last_piece:
                break  # "Post a Comment", a date header, a footer: the byline ended before
            taken.append(later)
            if len(taken) > 4:
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


def page_breaks(lines: list[Line], raws: Sequence[str]) -> dict[int, str]:
    """Lines where a new saved page starts: its address alone on a line, two blank lines or
    more above it and one below (a bundle of pages saved one after another)."""
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
            and lines[index - 1].kind is Kind.BLANK
            and lines[index - 2].kind is Kind.BLANK
            and lines[index + 1].kind is Kind.BLANK
            and URL_LINE.fullmatch(line.text)
            and _a_page_starts(lines, index + 1)
        ):
            breaks[index] = line.text
    return breaks


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
