"""The header a reader service or a page saver writes above a saved page: its title, address and date."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from tuiarchive.dumps.dates import Moment, match_date
from tuiarchive.dumps.line_kinds import BLANK_LINE, FooterFacts, Kind, Line
from tuiarchive.dumps.line_search import holds
from tuiarchive.dumps.markup import FrontMatter
from tuiarchive.dumps.names import looks_like_name
from tuiarchive.dumps.phrases import load_phrases
from tuiarchive.dumps.site_suffixes import SITE_SEPARATORS, slug_side
from tuiarchive.model import Post

#: One field of such a header: "Title: …", "URL Source: …", "Published Time: …".
_FIELD = re.compile(
    r"(?P<key>[A-Z][A-Za-z]{1,12}(?: [A-Za-z]{1,12}){0,2}):(?:[ \t]+(?P<value>.*))?"
)
_TITLE_KEYS = frozenset(("title",))
#: "URL Source" is the reader service's; "Source", "URL" a text saver's.
_URL_KEYS = frozenset(("url source", "source", "url", "source url", "link"))
_DATE_KEYS = frozenset(("published time", "published", "date", "published date"))
_END_KEY = "markdown content"  # the page follows this line
#: Other fields such a header may carry: kept out of the post, read for nothing.
_OTHER_KEYS = frozenset(("warning", "number of pages", "description", "author", "saved", "site"))
_FIELDS = 8  # a header has at most so many fields
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")
#: A platform's own tail on every post's page title, with no blog's name in it: CSDN's
#: "<title>_<keywords>-CSDN博客".
_PLATFORM_TAILS = (re.compile(r"(?:_[^_\n]{0,80})?-CSDN博客"),)
_UNDERLINE = re.compile(r"\s*(?:-{3,}|={3,})\s*")
#: Names listed in a byline: "A, B and C", "A, B & C", "A、B".
_NAME_LIST = re.compile(r",\s+(?:and\s+|&\s+)?|\s+(?:and|&)\s+|、")
_TOP = 6  # lines below the header where the page's byline may stand, blank lines counted
#: A date printed fused to the end of the title line: "Title2024-08-31", "Title 2024年8月31日".
#: A saver's short label line right above the header: "📖 Reading: <url>", "Saved: <date>".
_LABEL_LINE = re.compile(r"[^\w\s]{0,3}\s*[A-Z][A-Za-z]{1,12}(?: [A-Za-z]{1,12})?:\s+\S.{0,200}")
_DATE_AT_END = re.compile(
    r"(?P<date>\d{4}(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2}|年\d{1,2}月\d{1,2}日))\s*"
)


@dataclass(frozen=True)
class ReaderHead:
    """One header: the lines it spans (indices) and what it says of the page below it."""

    start: int
    end: int  # the header's last line
    title: str | None  # the page's title as the header gives it
    url: str | None
    date: str | None  # ISO YYYY-MM-DD
    markdown: bool = False  # the header says the page below is Markdown


@dataclass(frozen=True)
class HeadFacts:
    """What a page's header gives its post, beside its title, address and date."""

    site: str | None = None  # the blog's name after the post's in the page title
    fused_at: int | None = None  # a line whose title the date was fused to
    full_title: str | None = None  # the header's title as given, when the post's is cut from it
    name_first: bool = False  # the name cut off stood before the post's title ("Blog - Title")


def may_hold_reader_head(text: str) -> bool:
    """Whether the page may hold such a header: a few substring scans."""
    return holds(text, "Title:") or holds(text, "URL Source:")


def reader_heads(raws: list[str]) -> list[ReaderHead]:
    """The headers of the page, in order: a "Title:" line under a blank line (or atop the
    page), and below it, blank lines between, only header fields, one of them the page's
    address. A body's line that starts with "Title:" and has no address under it is none."""
    heads: list[ReaderHead] = []
    fenced = False
    for index, raw in enumerate(raws):
        if raw.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        if fenced or not raw.startswith("Title:"):
            continue
        label = _label_at(raws, index) if index > 0 else None
        if index and raws[index - 1].strip() and label is None:
            continue
        head = _head_at(raws, index)
        if head is not None and label is not None:
            head = replace(head, start=label)  # the saver's label is the header's
        if head is not None and (not heads or head.start > heads[-1].end):
            heads.append(head)
    return heads


def _label_at(raws: list[str], index: int) -> int | None:
    """The line above a "Title:" line when it is a saver's short label line of its own,
    atop the page or under a blank line; or the page's first line, a blank line between
    ("# Source: <url>" / "" / "Title: …")."""
    at = index - 1 if raws[index - 1].strip() or index != 2 else 0
    above = raws[at].strip()
    if _LABEL_LINE.fullmatch(above) is None or _FIELD.fullmatch(above) is not None:
        return None  # a header's own field is no label above it
    return at if at == 0 or not raws[at - 1].strip() else None


def _head_at(raws: list[str], start: int) -> ReaderHead | None:
    fields: dict[str, str] = {}
    end = start
    index = start
    while index < len(raws) and len(fields) <= _FIELDS:
        raw = raws[index].rstrip()
        index += 1
        if not raw:
            continue
        match = _FIELD.fullmatch(raw)
        key = match["key"].casefold() if match else ""
        known = _TITLE_KEYS | _URL_KEYS | _DATE_KEYS | _OTHER_KEYS | {_END_KEY}
        if match is None or key not in known or key in fields:
            break
        fields[key] = (match["value"] or "").strip()
        end = index - 1
        if key == _END_KEY:
            break
    url = next((fields[k] for k in _URL_KEYS if k in fields), None)
    if url is None or not url.lower().startswith(("http://", "https://")):
        return None
    date = next((d for k in _DATE_KEYS if k in fields and (d := _iso(fields[k]))), None)
    return ReaderHead(start, end, fields.get("title") or None, url, date, _END_KEY in fields)


def _iso(value: str) -> str | None:
    match = _ISO.fullmatch(value.strip())
    if match is not None:
        found = match_date(f"{match[1]}-{match[2]}-{match[3]}")
    else:
        found = match_date(value)
    return found.iso if found is not None and found.problem is None else None


def pieces_at_heads(text: str) -> list[tuple[int, str]]:
    """A file of several saved pages, each under its own header, cut at each header after
    the first: (lines above the piece, the piece's text). One piece when there is one page."""
    if not may_hold_reader_head(text):
        return [(0, text)]  # the page is not cut into lines where no header can be
    raws = text.split("\n")
    heads = reader_heads(raws)
    if len(heads) < 2:
        return [(0, text)]
    starts = [0] + [head.start for head in heads[1:]]
    ends = starts[1:] + [len(raws)]
    return [(a, "\n".join(raws[a:b])) for a, b in zip(starts, ends, strict=True)]


def read_head(text: str) -> tuple[str, ReaderHead, HeadFacts] | None:
    """The page's header taken out of its text (its lines left blank, so that every line
    keeps its number), with what it gives the post; None when the page has none."""
    raws = text.split("\n")
    heads = reader_heads(raws)
    if not heads:
        return None
    head = heads[0]
    for index in range(head.start, head.end + 1):
        raws[index] = ""
    title, site = split_page_title(head.title) if head.title else (None, None)
    if head.title and site and _prints(raws, " ".join(head.title.split())):
        title, site = " ".join(head.title.split()), None  # the page prints it whole: no site's
    first = slug_side(" ".join(head.title.split()), head.url) if head.title and site else None
    if first is not None:  # "Ann's blog - Post", the address spelling Post: not read as the blog
        title, site = first[0], None
    facts = HeadFacts(site=site, full_title=head.title if title != head.title else None)
    facts = replace(facts, name_first=first is not None)
    if title is not None:
        fused = _fused_date(raws, head.end + 1, title)
        if fused is not None:
            at, date = fused
            raws[at] = raws[at][: raws[at].rindex(title) + len(title)]
            under = next(
                (i for i in range(at + 1, min(len(raws), at + 4)) if raws[i].strip()), None
            )
            if under is not None and _UNDERLINE.fullmatch(raws[under]):
                raws[under] = ""  # the title's underline, set apart from it by blank lines
            facts = replace(facts, fused_at=at)
            if head.date is None:
                head = replace(head, date=date)
    return "\n".join(raws), replace(head, title=title), facts


def _prints(raws: list[str], title: str) -> bool:
    """Whether a line of the page is the title (a heading's marks aside)."""
    return any(" ".join(raw.strip().lstrip("#").split()) == title for raw in raws)


def split_page_title(title: str) -> tuple[str, str | None]:
    """A page's <title>: the post's title, and the site's name when one follows it."""
    title = " ".join(title.split())
    for tail in _PLATFORM_TAILS:
        for match in tail.finditer(title):
            if match.end() == len(title) and match.start() > 0:
                return title[: match.start()].strip(), None
    for separator in SITE_SEPARATORS:
        head, _, site = title.rpartition(separator)
        if head and site.strip() and len(site) <= 60:
            return head.strip(), site.strip()
    return title, None


def _fused_date(raws: list[str], start: int, title: str) -> tuple[int, str] | None:
    """The first printed line below the header, when it is the title with a date run on
    into its end: (its index, the date)."""
    for index in range(start, min(len(raws), start + 12)):
        text = raws[index].strip().lstrip("#").strip()
        if not text.startswith(title) or len(text) == len(title):
            continue
        match = _DATE_AT_END.fullmatch(text, len(title))
        if match is None:
            return None
        found = match_date(match["date"])
        return (index, found.iso) if found is not None and found.iso else None
    return None


def with_head(front: FrontMatter, head: ReaderHead) -> FrontMatter:
    """The page's front matter with what its header says: the header is the inner block,
    nearer the page, so its title and address win; its date fills in."""
    return replace(
        front,
        title=head.title or front.title,
        url=head.url or front.url,
        date=head.date or front.date,
    )


def with_head_facts(
    posts: list[Post], head: ReaderHead, facts: HeadFacts, said: list[str]
) -> list[Post]:
    """The page's one post given the blog's name its page title ends with (the page's
    <title> names the site better than a line of its header can), and the warnings saying
    where the header's facts came from."""
    if len(posts) != 1:
        return posts
    post = posts[0]
    warnings = list(post.warnings) + said
    changes: dict[str, object] = {}
    if facts.fused_at is not None and post.date == head.date:
        warnings = [w for w in warnings if not w.startswith("the date is the front matter's")]
        warnings.append(
            f"line {facts.fused_at + 1}: the date is the one printed at the end of the title's"
            " line, run into it"
        )
    if facts.site and post.blog != facts.site:
        changes["blog"] = facts.site
    if facts.full_title and post.title == head.title:
        warnings.append(
            f"the title is the saved page's title ({facts.full_title!r}) without the site's"
            + (
                " name before it (the address spells the title; the name is not read as the blog)"
                if facts.name_first
                else " name after it"
            )
        )
    if warnings != list(post.warnings):
        changes["warnings"] = tuple(warnings)
    return [post.with_changes(**changes)] if changes else posts


def head_lines(lines: list[Line], head: ReaderHead) -> tuple[list[Line], list[str]]:
    """The page's top under its header read as a careful reader does: a line of authors'
    names right above a date line is the post's byline (the date line is left blank, so
    every line keeps its number); a header title the page does not print, above a byline
    or a date that opens the page, stands where the header gives it. With the warnings
    for the post."""
    top = [i for i in range(head.end + 1, min(len(lines), head.end + 1 + _TOP)) if lines[i].text]
    if not top:
        return lines, []
    out, warnings = lines, []
    first = lines[top[0]]
    names = _names(first.text) if first.kind is Kind.TEXT else None
    if names is not None and len(top) > 1 and lines[top[1]].kind is Kind.DATE:
        below = lines[top[1]]
        facts = FooterFacts(author=", ".join(names), moment=Moment(below.date, None))
        out = list(lines)
        out[top[0]] = Line(first.number, first.raw, Kind.FOOTER, first.text, facts=facts)
        out[top[1]] = BLANK_LINE
        first = out[top[0]]
        warnings.append(
            f"line {first.number}: the names above the date line read as the post's authors"
        )
    title = head.title
    opens_with_frame = first.kind is Kind.DATE or (
        first.kind is Kind.FOOTER and first.facts.moment is not None
    )
    printed = title is not None and any(line.text == title for line in lines)
    if title is not None and opens_with_frame and not printed:
        out = list(out) if out is lines else out
        out[head.start] = Line(head.start + 1, title, Kind.TEXT, title)
        warnings.append("the title is the saved page's header's: the page prints none")
    return out, warnings


def _names(text: str) -> list[str] | None:
    """The names of a line that lists two authors or more, and nothing else."""
    if len(text) > 200:
        return None
    text = text.strip()
    lead = next((w for w in load_phrases().byline_leads if text.casefold().startswith(w + " ")), "")
    names = [name.strip() for name in _NAME_LIST.split(text[len(lead) :].strip())]
    return names if len(names) >= 2 and all(looks_like_name(n) for n in names) else None
