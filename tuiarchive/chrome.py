"""Recognising the lines of a dump that are not the author's words: footers and page chrome."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum, auto

from tuiarchive.dates import DumpDate, Moment, match_date, match_moment

#: Characters that indent paragraphs in dumps (NBSP runs, spaces, tabs, odd spaces).
INDENT = " \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"


#: Lines longer than this are always text (the longest chrome is a long "Labels:" line).
MAX_CHROME_LENGTH = 4000
MAX_BYLINE_LENGTH = 300
#: How a chrome line longer than 120 characters can begin (a long label list, or footer
#: pieces glued together): every other long line is text.
_LONG_CHROME_STARTS = ("label", "posted", "email", "blogthis", "share", "no comment", "one comment")


def _long_chrome_start(text: str) -> bool:
    return text[:10].casefold().startswith(_LONG_CHROME_STARTS) or text[0].isdigit()


class Kind(Enum):
    """What a line of a dump is."""

    BLANK = auto()
    DATE = auto()  # a date header: every post under it is of that day
    FOOTER = auto()  # Posted by / comment count / share / labels (one or several glued)
    BYLINE = auto()  # "at July 31, 2024": the date carried in the byline
    POST_A_COMMENT = auto()
    NAV = auto()  # Newer Post Older Post Home
    SUBSCRIBE = auto()
    SIDEBAR = auto()  # a sidebar widget heading; what follows it is chrome
    CHROME = auto()  # a single line of page chrome
    SAID = auto()  # "Name said..." opens a comment
    COMMENT_CHROME = auto()  # Reply / Delete / Add comment / Load more...
    TEXT = auto()


@dataclass(frozen=True)
class FooterFacts:
    """What one footer line says about its post."""

    author: str | None = None
    moment: Moment | None = None
    comments: int | None = None
    labels: tuple[str, ...] | None = None
    labels_continue: bool = False  # the label list ends with a comma: it wraps onto the next line


@dataclass(frozen=True, slots=True)
class Line:
    """One classified line of a dump."""

    number: int  # 1-based
    raw: str
    kind: Kind
    text: str  # stripped of indentation and trailing space
    date: DumpDate | None = None
    facts: FooterFacts = field(default_factory=FooterFacts)
    said_by: str | None = None

    @property
    def indented(self) -> bool:
        return bool(self.raw) and self.raw[0] in INDENT


#: Every blank line is alike; one shared value saves making one per line.
BLANK_LINE = Line(0, "", Kind.BLANK, "")

_SHARE = r"(?:Email\s+This|BlogThis!|Share\s+to\s+[A-Z][A-Za-z]*?(?=Share\s+to|Email\s+This|BlogThis!|\s|$))"
_COUNT = r"(?P<count>No|One|\d[\d,]*)\s+comments?:?"
_FOOTER = re.compile(
    r"(?:Posted\s+by\s+(?P<author>[^:;!?\n]{1,80}?)(?:\s+(?:at|on)\s+(?P<when>.+?))?)?"
    r"(?:\s*" + _COUNT + r")?"
    r"(?P<share>(?:\s*" + _SHARE + r")*)"
    r"(?:\s*Labels?:(?P<labels>.*))?",
    re.I,
)
_BYLINE = re.compile(r"(?:at|on|posted\s+(?:at|on))\s+(?P<when>.+)", re.I)
_NAV = re.compile(r"(?:Newer\s+Posts?)?\s*(?:Older\s+Posts?)?\s*(?:Home)?", re.I)
_SUBSCRIBE = re.compile(r"Subscribe\s+to:\s*(?:Post\s+Comments|Posts|Comments)\s*\(Atom\)", re.I)
_SAID = re.compile(r"(?P<name>\S.{0,79}?)\s+(?:said|wrote)\s*(?:\.\.\.|…|:)", re.I)
_THEME = re.compile(r"(?:.{1,60}\btheme\.?\s*)?Powered\s+by\s+Blogger\.?", re.I)

SIDEBAR_HEADINGS = frozenset(
    s.casefold()
    for s in (
        "Search This Blog", "Blog Archive", "Total Pageviews", "Popular Posts", "Followers",
        "About Me", "Contributors", "Subscribe To", "Labels", "Translate", "Blog List",
        "My Blog List", "Featured Post", "Pages",
    )
)  # fmt: skip
CHROME_LINES = frozenset(
    s.casefold()
    for s in (
        "View my complete profile", "Report Abuse", "Skip to main content", "Read more »",
        "Read more", "Read More »", "Show all", "Show more", "Show less",
    )
)  # fmt: skip
COMMENT_CHROME_LINES = frozenset(
    s.casefold()
    for s in (
        "Reply", "Delete", "Replies", "Reply Delete", "Add comment", "Load more...",
        "Load more…", "Load more", "Post a Comment", "Add a comment",
    )
)  # fmt: skip


def _count(text: str) -> int:
    word = text.casefold()
    if word == "no":
        return 0
    if word == "one":
        return 1
    return int(text.replace(",", ""))


def split_labels(text: str) -> tuple[str, ...]:
    """The labels of a "Labels:" line, in order, without blanks or repeats."""
    seen: dict[str, str] = {}
    for part in text.split(","):
        label = " ".join(part.split())
        if label and label.casefold() not in seen:
            seen[label.casefold()] = label
    return tuple(seen.values())


def ends_sentence(text: str) -> bool:
    """Ends with a full stop that is not an initial's ("Juris K.") or "Jr."."""
    return text.endswith(".") and not re.search(r"(?:^|\s)(?:\w|Jr|Sr)\.$", text)


def read_footer(text: str) -> FooterFacts | None:
    """Read a footer line (or several glued together); None if it is not one."""
    if len(text) > MAX_BYLINE_LENGTH and text[:6].casefold() == "posted":
        return None  # no byline is this long; and the pattern would backtrack for ages
    match = _FOOTER.fullmatch(text)
    if not match or not text:
        return None
    if not (
        match["author"] or match["count"] or match["share"].strip() or match["labels"] is not None
    ):
        return None
    moment = None
    author = " ".join(match["author"].split()) if match["author"] else None
    if match["when"]:
        moment = match_moment(match["when"])
        if moment is None:
            return None  # "Posted by the ministry on its website": prose, not a byline
    if author and (len(author.split()) > 6 or ends_sentence(author) and not moment):
        return None
    labels = None
    continues = False
    if match["labels"] is not None:
        labels = split_labels(match["labels"])
        continues = match["labels"].rstrip().endswith(",")
    return FooterFacts(
        author=author,
        moment=moment,
        comments=_count(match["count"]) if match["count"] else None,
        labels=labels,
        labels_continue=continues,
    )


def classify(number: int, raw: str) -> Line:
    """Say what one line of a dump is."""
    text = raw.strip(INDENT).rstrip()
    if not text.strip():
        return Line(number, raw, Kind.BLANK, "")
    if raw[0] == "\u00a0":
        return Line(number, raw, Kind.TEXT, text)  # NBSP indents a paragraph; chrome never is
    if len(text) > MAX_CHROME_LENGTH or len(text) > 120 and not _long_chrome_start(text):
        return Line(number, raw, Kind.TEXT, text)  # only footer lines get this long
    folded = text.casefold()
    date = match_date(text)
    if date is not None:
        return Line(number, raw, Kind.DATE, text, date=date)
    if folded == "post a comment":
        return Line(number, raw, Kind.POST_A_COMMENT, text)
    if folded in COMMENT_CHROME_LINES:
        return Line(number, raw, Kind.COMMENT_CHROME, text)
    if folded in SIDEBAR_HEADINGS:
        return Line(number, raw, Kind.SIDEBAR, text)
    if folded in CHROME_LINES or _THEME.fullmatch(text):
        return Line(number, raw, Kind.CHROME, text)
    if _NAV.fullmatch(text):
        return Line(number, raw, Kind.NAV, text)
    if _SUBSCRIBE.fullmatch(text):
        return Line(number, raw, Kind.SUBSCRIBE, text)
    facts = read_footer(text)
    if facts is not None:
        return Line(number, raw, Kind.FOOTER, text, facts=facts)
    byline = _BYLINE.fullmatch(text)
    moment = match_moment(byline["when"]) if byline else _timestamp(text)
    if moment is not None:
        return Line(number, raw, Kind.BYLINE, text, facts=FooterFacts(moment=moment))
    said = _SAID.fullmatch(text)
    if said:
        return Line(number, raw, Kind.SAID, text, said_by=said["name"])
    return Line(number, raw, Kind.TEXT, text)


def _timestamp(text: str) -> Moment | None:
    """A line that is a full date-and-time stamp ("June 5, 2014 at 9:14 AM")."""
    moment = match_moment(text)
    if moment is not None and moment.date is not None and moment.time is not None:
        return moment
    return None
