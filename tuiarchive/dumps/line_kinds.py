"""Recognising the lines of a dump that are not the author's words: footers and page chrome."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import ClassVar

from tuiarchive.dumps.bold_names import unbold
from tuiarchive.dumps.dates import DumpDate, Moment, match_date, match_moment, match_time
from tuiarchive.dumps.fused_meta import fused_meta, meta_in_name
from tuiarchive.dumps.links import INLINE_LINK
from tuiarchive.dumps.phrases import bylines_for, group, load_phrases
from tuiarchive.dumps.said_stamps import stamp_then_name
from tuiarchive.dumps.twice_listed import twice_listed_note

#: Characters that indent paragraphs in dumps (NBSP runs, spaces, tabs, odd spaces).
INDENT = " \t\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"


#: Lines longer than this are always text (the longest chrome is a long "Labels:" line).
MAX_CHROME_LENGTH = 4000
MAX_BYLINE_LENGTH = 300
#: Whole lines of chrome (navigation, sidebar headings...) are never longer than this.
MAX_LINE_PHRASE = 200


class Kind:
    """What a line of a dump is: one of the values below, compared by identity.

    A plain class, not an Enum: on Python 3.11 each read of an Enum's member (`Kind.TEXT`)
    goes through the enum type's `__getattr__` hook, several times slower than a class's
    attribute, and the passes read one for nearly every line of every page.
    """

    __slots__ = ("name",)

    BLANK: ClassVar[Kind]
    DATE: ClassVar[Kind]  # a date header: every post under it is of that day
    FOOTER: ClassVar[Kind]  # Posted by / comment count / share / labels (one or several glued)
    BYLINE: ClassVar[Kind]  # "at July 31, 2024": the date carried in the byline
    POST_END: ClassVar[Kind]  # a comment form's link or a Like button: the post's text is over
    NAV: ClassVar[Kind]  # Newer Post Older Post Home
    SUBSCRIBE: ClassVar[Kind]
    SIDEBAR: ClassVar[Kind]  # a sidebar widget heading; what follows it is chrome
    CHROME: ClassVar[Kind]  # a single line of page chrome
    COMMENTS_HEADING: ClassVar[Kind]  # "Comments": the comment section of a new theme begins
    BACKLINKS: ClassVar[Kind]  # "Links to this post" ... "Create a Link": pages citing this one
    TEASERS: ClassVar[Kind]  # "Related Posts:": other posts' titles and openings, to chrome
    SAID: ClassVar[Kind]  # "Name said..." opens a comment
    COMMENT_CHROME: ClassVar[Kind]  # Reply / Delete / Add comment / Load more...
    TEXT: ClassVar[Kind]

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"<Kind.{self.name}>"

    def __reduce__(self) -> tuple[object, ...]:
        return getattr, (Kind, self.name)  # a copy is the one value, as an Enum's is


for _name in Kind.__annotations__:  # each value made once, named as declared above
    setattr(Kind, _name, Kind(_name))


@dataclass(frozen=True)
class FooterFacts:
    """What one footer line says about its post."""

    author: str | None = None
    moment: Moment | None = None
    comments: int | None = None
    labels: tuple[str, ...] | None = None
    labels_continue: bool = False  # the label list ends with a comma: it wraps onto the next line
    #: A footer line too long to read whole (thousands of characters): what was done with it.
    #: The line itself goes to the post's extra text when `kept` says so.
    note: str | None = None
    kept: bool = False


@dataclass(slots=True, unsafe_hash=True)
class Line:
    """One classified line of a dump. Never changed once made (passes make a new one with
    `replace`); not declared frozen only because a frozen dataclass sets each field through
    `object.__setattr__`, several times slower, and a Line is made for every line of a page.
    """

    number: int  # 1-based
    raw: str
    kind: Kind
    text: str  # stripped of indentation and trailing space
    date: DumpDate | None = None
    facts: FooterFacts = FooterFacts()  # one shared value: it is frozen, and most lines have none
    said_by: str | None = None

    @property
    def indented(self) -> bool:
        return bool(self.raw) and self.raw[0] in INDENT

    @property
    def margin(self) -> int:
        """How many indentation characters the line starts with."""
        return len(self.raw) - len(self.raw.lstrip(INDENT))


#: Every blank line is alike; one shared value saves making one per line.
BLANK_LINE = Line(0, "", Kind.BLANK, "")

_BYLINE = re.compile(r"(?:at|on|posted\s+(?:at|on))\s+(?P<when>.+)", re.I)

#: What each kind of whole chrome line in the locale files is to the reader.
_LINE_KINDS = {
    "post_a_comment": Kind.POST_END,
    "post_end": Kind.POST_END,
    "comment_removed": Kind.COMMENT_CHROME,
    "comment_chrome": Kind.COMMENT_CHROME,
    "comments_heading": Kind.COMMENTS_HEADING,
    "sidebar": Kind.SIDEBAR,
    "backlinks": Kind.BACKLINKS,
    "teasers": Kind.TEASERS,
    "navigation": Kind.NAV,
    "subscribe": Kind.SUBSCRIBE,
    "chrome": Kind.CHROME,
}
_NUMBER = re.compile(r"\d[\d,.]*")


def _count(text: str | None) -> int | None:
    """The number in a comment-count phrase ("7 comments:"), 0 for "No comments:"."""
    if text is None:
        return None
    number = _NUMBER.search(text)
    return int(re.sub(r"[,.]", "", number.group())) if number else 0


#: What may stand between labels written as links: spaces, commas, bars, middle dots.
_BETWEEN_LINKS = re.compile(r"[\s,;|·]*")


def _linked(text: str) -> list[str] | None:
    """Each link's text when the labels are all written as Markdown links (a page only
    partly converted keeps `[a](…/label/a) [b](…)`); None when anything else stands there."""
    links = list(INLINE_LINK.finditer(text))
    end = 0
    for link in links:
        if not _BETWEEN_LINKS.fullmatch(text, end, link.start()):
            return None
        end = link.end()
    if not links or not _BETWEEN_LINKS.fullmatch(text, end):
        return None
    return [link["text"] for link in links]


def split_labels(text: str) -> tuple[str, ...]:
    """The labels of a "Labels:" line, in order, without blanks or repeats.

    Labels all written as hashtags ("#Potager, #Semis", Over-blog's decoration) lose the '#'.
    """
    seen: dict[str, str] = {}
    parts = _linked(text) if "](" in text else None
    parts = parts if parts is not None else text.split(",")
    tagged = all(part.strip().startswith("#") for part in parts if part.strip())
    for part in parts:
        label = " ".join(part.split())
        label = label[1:].lstrip() if tagged else label
        if label and label.casefold() not in seen:
            seen[label.casefold()] = label
    return tuple(seen.values())


def ends_sentence(text: str) -> bool:
    """Ends with a full stop that is not an initial's ("Juris K.") or "Jr."."""
    return text.endswith(".") and not re.search(r"(?:^|\s)(?:\w|Jr|Sr)\.$", text)


def read_footer(text: str) -> FooterFacts | None:
    """Read a footer line (or several glued together), in any language; None if it is not one.

    A byline ("Posted by X at 5:43 AM") may be followed on the same line by what a
    footer line holds alone: a comment count, share buttons, labels.
    """
    if len(text) > MAX_CHROME_LENGTH:
        return None
    phrases = load_phrases()
    if phrases.byline_starts.could_be(text):
        for alone in (True, False):
            for pattern in bylines_for(phrases, text, alone):
                byline = pattern.fullmatch(text)
                if byline is None:
                    continue
                rest = byline["rest"]
                tail = phrases.tail.fullmatch(rest) if rest else _blank_tail()
                if tail is None:
                    continue
                facts = _footer_facts(byline, tail)
                if facts is not None:
                    return facts
        if "|" in text and (facts := _byline_before_bar(text)) is not None:
            return facts
    if not phrases.tail_starts.could_be(text):
        return None
    tail = phrases.tail.fullmatch(text)
    return None if tail is None else _footer_facts(None, tail)


@cache
def _blank_tail() -> re.Match[str] | None:
    """The tail regex's match of nothing (a byline alone on its line): the same every time,
    and slow to find (every count phrase is tried), so found once."""
    return load_phrases().tail.fullmatch("")


#: "Dana Jansens (she/her)": what a byline adds after a name in brackets is not the name.
_PRONOUNS = re.compile(r"\s*\([^()]{1,40}\)$")


def text_before_name(match: re.Match[str]) -> str:
    """What a byline says before its name ("Posted by", "By")."""
    for name, value in match.groupdict().items():
        if name.startswith("name") and value is not None:
            return match.string[: match.start(name)].strip()
    return ""


def _capitalised(name: str) -> bool:
    """Each word capitalised, or in a script without case ("蓝山小记"): no "the way"."""
    words = name.split()
    return 1 <= len(words) <= 4 and all(not w[:1].islower() for w in words if w.isalpha())


def evidence(facts: FooterFacts) -> bool:
    """Whether a footer line says something about its post (share buttons alone do not:
    sidebars hold "Facebook" and "X" links too)."""
    return (
        facts.author is not None
        or facts.moment is not None
        or facts.labels is not None
        or facts.comments is not None
    )


def _line_kind(text: str) -> Kind | None:
    """What a whole line of page chrome is ("Home", "Archive", "Reply"); None for others."""
    phrases = load_phrases()
    if len(text) > MAX_LINE_PHRASE or not phrases.line_starts.could_be(text):
        return None
    whole = phrases.lines.fullmatch(text)
    return _LINE_KINDS[whole.lastgroup] if whole is not None and whole.lastgroup else None


def _ends_in_footer(name: str) -> bool:
    """Whether what follows a name's first word is what a footer line holds (a count,
    share buttons): a byline read alone ran on into it."""
    phrases = load_phrases()
    at = name.find(" ")
    # A tail starts with one of a few characters (a digit, "N", "L"...), unless a site's name
    # leads it ("X でシェア"): where no such word follows, words that start otherwise are skipped.
    gated = at > 0 and phrases.tail_inside.search(name, at + 1) is None
    while at > 0:
        if (not gated or phrases.tail_first.match(name, at + 1)) and phrases.tail.fullmatch(
            name[at + 1 :]
        ):
            return True
        at = name.find(" ", at + 1)
    return False


def _footer_facts(byline: re.Match[str] | None, tail: re.Match[str]) -> FooterFacts | None:
    count = tail["count"] or tail["none"] or tail["one"] or (group(byline, "n") if byline else None)
    share = tail["share"].strip()
    if byline is None and not (count or share or tail["labelkey"]):
        return None
    author = group(byline, "name") if byline else None
    when = group(byline, "time") if byline else None
    moment = None
    if author is not None:
        author = " ".join(author.split())
        if author.endswith(")"):
            author = _PRONOUNS.sub("", author)
        author = author.strip(" ,")
        if len(author.split()) > 6 or ends_sentence(author) and not when or ":" in author:
            return None  # "Posted by the ministry on its website yesterday.": prose
        if _line_kind(author) is not None or author[:1].isdigit():
            return None  # "by Home", "by 23, Baku": a menu's word or a number is nobody's name
        if byline is not None and not byline["rest"] and _ends_in_footer(author):
            return None  # "小桥 阅读(512) 评论(2)": the byline with more after it reads it
        lead = text_before_name(byline) if byline is not None else ""
        if not when and len(lead) <= 3 and not _capitalised(author):
            return None  # "By the way": a short lead ("By") wants a name that looks like one
        dated = match_moment(author)
        if dated is not None and dated.date is not None:
            # "Posted by June 5, 2014 at 9:14 AM": a theme that prints no name; the date is the post's
            author, when = None, f"{author} {when}" if when else author
    if when:
        moment = match_moment(when)
        if moment is None:
            return None  # "Posted by the ministry on its website": prose, not a byline
    labels = None
    continues = False
    note = None
    listed = group(byline, "labels") if byline else None
    if byline is not None and "|" in byline.string and (listed is not None or count is None):
        at, piece = _bar_count(byline.string)  # "… | No Comments »": the comment link
        last = byline.string[at:].rstrip()
        if listed is not None and at < len(byline.string) and listed.rstrip().endswith(last):
            listed = listed.rstrip()[: -len(last)].rstrip()  # the phrase read it as a label
        if piece is not None and count is None:
            tail, count = piece, piece["count"] or piece["none"] or piece["one"]
    if listed is not None:
        listed = listed.replace("\t", " ")  # "Posted in a<TAB>| Tags: b": a tab before the bar
        joined = listed
        for joiner in load_phrases().label_joiners:  # "in Travel and tagged ferries, winter"
            joined = joined.replace(joiner, ", ")
        labels = split_labels(joined)  # "This entry was posted in a, b by X."
        if joined != listed:  # a category that is also a tag stands once, in the tags' place
            labels = split_labels(",".join(joined.split(",")[::-1]))[::-1]
            note = twice_listed_note(joined.split(","))
    if tail["labelkey"] is not None:
        labels, note = split_labels(tail["labels"]), None
        # "Labels: a, b," wraps onto the next line; a bare "Labels:" has its list below it
        continues = tail["labels"].rstrip().endswith(",") or not labels
    return FooterFacts(
        author=author or None,
        moment=moment,
        comments=1 if tail["one"] else _count(count) if tail["none"] is None else 0,
        labels=labels,
        labels_continue=continues,
        note=note,
    )


def _byline_before_bar(text: str) -> FooterFacts | None:
    """A byline with its comment link after a bar ("Posted on May 3, 2026 | Leave a comment",
    "… | 4 Comments"): the byline's facts with the link's count; None if it is not one."""
    at, piece = _bar_count(text)
    if at == len(text):
        return None
    facts = read_footer(text[:at].rstrip())
    if facts is None or facts.author is None and facts.moment is None:
        return None
    if piece is None or facts.comments is not None:
        return facts
    return replace(
        facts,
        comments=1 if piece["one"] else _count(piece["count"]) if piece["none"] is None else 0,
    )


def _bar_count(text: str) -> tuple[int, re.Match[str] | None]:
    """Where the comment link a theme sets last on its meta line, after a bar, starts
    ("… | Tags: b | No Comments »", "… |17 Comments", "… | Leave a comment"), and the tail
    that reads its count (None for a link with no count); (len(text), None) if none is."""
    at = text.rfind("|")
    last = text[at + 1 :].strip()
    if at < 0 or not last:
        return len(text), None
    piece = load_phrases().tail.fullmatch(last)
    if piece is not None and (piece["count"] or piece["none"] or piece["one"]):
        return at, piece
    return (at, None) if _line_kind(last) is not None else (len(text), None)


def classify(number: int, raw: str) -> Line:
    """Say what one line of a dump is."""
    text = raw.strip(INDENT).rstrip()
    if not text.strip():
        return Line(number, raw, Kind.BLANK, "")
    if raw[0] == "\u00a0":
        return Line(number, raw, Kind.TEXT, text)  # NBSP indents a paragraph; chrome never is
    kind, date, facts, said_by = _reading(text)
    if kind is Kind.TEXT and text[0] in "*_" and (inner := _EMPHASIS.fullmatch(text)) is not None:
        # "_Related_", "**Labels:** a, b": chrome set in italics or bold by a converter
        kind, date, facts, said_by = _reading((inner["text"] + inner["rest"]).strip())
        if kind is Kind.SAID:
            kind, date, facts, said_by = _PLAIN
    if kind is Kind.TEXT and text.startswith(_COMMENT_OPENERS):
        # "/*Related Posts : Code", "<!--Posted by ...": a page's tail pasted into a code
        # comment, the opener run into its first line; the line is the chrome it holds
        rest = text.removeprefix("/*").removeprefix("<!--").strip()
        reading = _reading(rest) if rest else _PLAIN
        if reading[0] in _CHROME_KINDS:
            kind, date, facts, said_by = reading
    if kind is Kind.TEXT and text[-2:] in _PARTING_MARKS:
        # "Posted on May 3, 2024 at 7:03 AM •": the mark before what the page put on the next line
        reading = _reading(text[:-2].rstrip())
        if reading[0] is Kind.FOOTER or reading[0] is Kind.BYLINE:
            kind, date, facts, said_by = reading
    if kind is Kind.TEXT and text[:2] in _LIST_MARKS:
        # "* Facebook": a page's share buttons or menu as a Markdown list
        kind, date, facts, said_by = _reading(text[2:].lstrip())
        if kind is Kind.DATE or kind is Kind.SAID:
            kind, date, facts, said_by = _PLAIN
    return Line(number, raw, kind, text, date=date, facts=facts, said_by=said_by)


_LIST_MARKS = frozenset(("* ", "- ", "+ "))
_PARTING_MARKS = frozenset((" •", " ·"))
_COMMENT_OPENERS = ("/*", "<!--")
#: What a comment opener's line may hold to be read as that chrome, not as code.
_CHROME_KINDS = frozenset(
    (Kind.FOOTER, Kind.TEASERS, Kind.NAV, Kind.SIDEBAR, Kind.BACKLINKS, Kind.CHROME)
)
#: A whole line in Markdown emphasis; the closing mark may come before a label list.
_EMPHASIS = re.compile(
    r"(?P<mark>\*{1,3}|_{1,3})(?P<text>[^*_\s](?:[^*_]*[^*_\s])?)(?P=mark)(?P<rest>.*)"
)


_CAMEL_HUMP = re.compile(r"[a-zà-ÿа-я][A-ZÀ-ÞА-Я]")


def _run_together_menu(text: str) -> bool:
    """A page's menu with its items run together: "HomeProjectsForumAbout", or in lower case
    "Homecore javaspringonline coursesthreadjava 8codingsqlbooksoop...": words no language
    writes (one of 30 letters and more, most of them long), and no punctuation."""
    if " " not in text:
        return text.isalpha() and len(_CAMEL_HUMP.findall(text)) >= 3
    if len(text) > 300 or _SENTENCE_MARKS.search(text):
        return False
    words = text.split()
    longest = max(words, key=len)
    return (
        len(longest) >= 30
        and longest.isalnum()
        and sum(ch.isdigit() for ch in longest) <= 2  # not a hash or a key
        and sum(len(w) for w in words) / len(words) >= 12
        and all(w.isalnum() for w in words)
    )


_SENTENCE_MARKS = re.compile(r"[.,;:!?()\[\]/@#=\"'’]")


def _last_word(text: str) -> str:
    space = text.rfind(" ")
    if "\u00a0" in text or "\u202f" in text:  # French sets a colon apart by a no-break space
        space = max(space, text.rfind("\u00a0"), text.rfind("\u202f"))
    return text[space + 1 :].casefold()


_Reading = tuple[Kind, DumpDate | None, FooterFacts, str | None]
_NO_FACTS = FooterFacts()
_PLAIN: _Reading = (Kind.TEXT, None, _NO_FACTS, None)


@lru_cache(maxsize=1 << 16)
def _reading(text: str) -> _Reading:
    """What a line's text is, wherever it stands (pages repeat their chrome: it is cached)."""
    phrases = load_phrases()
    if len(text) > MAX_CHROME_LENGTH:
        return _overlong(text)
    if len(text) > 120 and not (
        phrases.tail_starts.could_be(text)
        or phrases.byline_starts.could_be(text)
        or phrases.run_on_starts.could_be(text)
    ):
        return _PLAIN  # only footer lines (a long label list) get this long
    date = match_date(text)
    if date is not None:
        return (Kind.DATE, date, _NO_FACTS, None)
    if _run_together_menu(text):
        return (Kind.NAV, None, _NO_FACTS, None)
    line_kind = _line_kind(text)
    if line_kind is not None:
        return (line_kind, None, _NO_FACTS, None)
    facts = read_footer(text)
    if (
        facts is None or facts.author and (not facts.moment or meta_in_name(facts.author))
    ) and phrases.byline_starts.could_be(text):
        # "Posted on … by … Posted in … Leave a comment"; a name that ran on into the pieces
        facts = fused_meta(text, facts, read_footer) or facts
    if facts is None and " at " in text:
        facts = name_at_date(text)
    if facts is None and text[:1] in _DASHES:
        facts = dashed_byline(text)
    if facts is None and "  " in text and text[:1].isdigit():
        facts = _time_labels_count(text)
    if facts is not None:
        return (Kind.FOOTER, None, facts, None)
    byline = _BYLINE.fullmatch(text)
    moment = match_moment(byline["when"]) if byline else _timestamp(text) or _stamp_reply(text)
    if moment is not None:
        return (Kind.BYLINE, None, FooterFacts(moment=moment), None)
    if len(text) <= MAX_BYLINE_LENGTH and _last_word(text) in phrases.said_ends:
        said = phrases.said.fullmatch(text)
        if said and not _said_in_prose(text, group(said, "name")):
            name = unbold(group(said, "name"))
            stamped = stamp_then_name(name) if name else None
            if stamped is not None:  # "At July 3, 2011 8:15 AM, Ann said...": a head alone
                return (
                    Kind.SAID,
                    None,
                    FooterFacts(author=stamped[1], moment=stamped[0]),
                    stamped[1],
                )
            return (Kind.SAID, None, _NO_FACTS, name)
    return _PLAIN


def _said_in_prose(text: str, name: str | None) -> bool:
    """ "For example you said:": a sentence quoting someone, not a comment's head. A head
    that ends in a colon names someone: after its first word, no lowercase word. (A
    WordPress pingback's "links for 2007-12-05 « Blog said," keeps its comma form.)"""
    if not text.endswith(":") or not name:
        return False
    return any(word[:1].islower() for word in name.split()[1:])


def _overlong(text: str) -> _Reading:
    """A line longer than any chrome the patterns read: a label list or a byline gone wild.

    Labels are read by splitting at commas (no pattern runs over the line); a byline that
    long names no author, so the line is kept aside and the post warned about it.
    """
    phrases = load_phrases()
    key = phrases.labels_key.match(text)
    if key is not None:
        labels = split_labels(text[key.end() :])
        note = f"a labels line of {len(text):,} characters, read as {len(labels)} labels"
        return (Kind.FOOTER, None, FooterFacts(labels=labels, note=note), None)
    folded = text[:60].casefold()
    if any(folded.startswith(lead) for lead in phrases.byline_leads):
        note = (
            f"a byline of {len(text):,} characters, too long to name an author:"
            " kept in the post's extra text"
        )
        return (Kind.FOOTER, None, FooterFacts(note=note, kept=True), None)
    return _PLAIN


_FIELDS = re.compile(r"\s{2,}")


def _time_labels_count(text: str) -> FooterFacts | None:
    """A theme's meta line of fields set two spaces apart: a time, the labels, the comment
    count ("8:11 PM  Programming, Algorithms  No comments"), in any language whose count
    phrase the phrase files know."""
    fields = _FIELDS.split(text.strip())
    if not 2 <= len(fields) <= 3:
        return None
    time = match_time(fields[0])
    count = load_phrases().tail.fullmatch(fields[-1])
    if time is None or count is None or not (count["count"] or count["none"] or count["one"]):
        return None
    return FooterFacts(
        moment=Moment(None, time),
        comments=0 if count["none"] else 1 if count["one"] else _count(count["count"]),
        labels=split_labels(fields[1]) if len(fields) == 3 else None,
    )


_NAME_AT = re.compile(r"(?P<name>[^\d@:;!?()\[\]]{2,60}?)\s+at\s+(?P<when>.{6,60})", re.I)
#: Where a name run into a comment's timestamp may end: "fogus|8:26 AM", "Ana|20 May",
#: "Kaharlichenko|November 10", "Unknown|3 March", "Armand Z|April 3", and after a letter
#: of any other alphabet or script ("Michał|March 8", "Barış|July 16", "林小雨|June 2").
_NAME_END = re.compile(
    r"(?<=[^\W\d_])(?=\d)|(?<=[a-zà-ÿа-я\d.)\]])(?=[A-ZА-Я])|(?<=[A-ZА-Я])(?=[A-ZА-Я][a-zа-я])"
    r"|(?<=[^\W\d_A-Za-zÀ-ÿА-я])(?=[A-Z][a-z])"
    r"|(?<=\S)\s+(?=\S)"
)
NAME_END = _NAME_END  # where a name run into a stamp may end, for comment_heads


def name_at_date(text: str) -> FooterFacts | None:
    """A byline of a name and a full date: "Paul Hayes at Wednesday, January 14, 2015"."""
    return _name_and_date(_NAME_AT.fullmatch(text))


def _name_and_date(match: re.Match[str] | None) -> FooterFacts | None:
    """A byline's name (one to four words) and its date, from a match naming both."""
    if match is None:
        return None
    moment = match_moment(match["when"])
    name = " ".join(match["name"].split())
    if moment is None or moment.date is None or not 1 <= len(name.split()) <= 4:
        return None
    return FooterFacts(author=name, moment=moment)


_DASHES = "-–—"
_DASHED = re.compile(r"[-–—]\s*(?P<name>[^-–—\d@:;!?()\[\]]{2,60}?)\s*[-–—]\s*(?P<when>.{6,60})")


def dashed_byline(text: str) -> FooterFacts | None:
    """A theme's byline set between dashes: "– Amit – Sunday, September 05, 2010"."""
    return _name_and_date(_DASHED.fullmatch(text))


def comment_head(text: str) -> tuple[str, Moment] | None:
    """A comment's first line: its author's name run into (or beside) its timestamp.

    "Ihor KaharlichenkoNovember 10, 2014 at 3:29 PM", "fogus8:26 AM",
    "Ana 20 May 2024 at 22:34": the name is what comes before the longest
    ending that reads as a timestamp.
    """
    if len(text) > 140 or not _DIGIT_RE.search(text):
        return None
    for cut in _NAME_END.finditer(text):
        name = text[: cut.start()].strip(" ,-–—|")
        moment = match_moment(text[cut.end() :])
        if moment is None or not name.split():  # a line separator (U+2028) alone is no name
            continue
        if _name_end_as_weekday(text, cut.start(), moment):
            continue  # "SteffKo 5. Februar": "Ko" reads as a weekday, yet ends the name
        last = name.split()[-1]
        if len(name) > 60 or len(name.split()) > 6 or name.endswith((".", ":")):
            break
        if len(last) <= 3 and last.islower() and len(name.split()) > 1:
            break  # "The meeting was at 5:40 AM": a sentence, not a name
        return name, moment
    return _digits_into_day(text)  # it looks only where a day could follow a handle


def _name_end_as_weekday(text: str, at: int, moment: Moment) -> bool:
    """Whether a cut inside a word (no space) at `at` leaves a short word the date reads as
    its weekday ("Steff|Ko 5. Februar, 2018"): the date reads the same without it, so the
    word is the name's own end, where a cut there would shorten the name silently."""
    word, _, rest = text[at:].partition(" ")
    if at == 0 or text[at - 1].isspace() or not (word.isalpha() and len(word) <= 3):
        return False
    alone = match_moment(rest)
    return (
        alone is not None
        and alone.date is not None
        and moment.date is not None
        and alone.date.iso == moment.date.iso
    )


#: A day (no leading zero) right after a digit: a name ending in digits run into its date.
_DAY_AFTER_DIGIT = re.compile(r"(?<=\d)(?=[1-9]\d?\s)")


def _digits_into_day(text: str) -> tuple[str, Moment] | None:
    """A handle run into its date ("intx0x808 November 2017 at 12:40"): the name ends in
    digits, the day is printed without a leading zero; the longer day is tried first
    ("ab1218 May": "ab12", 18 May)."""
    for cut in _DAY_AFTER_DIGIT.finditer(text, 0, 62):
        name = text[: cut.start()]
        if " " in name.strip() or not any(ch.isalpha() for ch in name):
            continue  # one handle of letters and digits ("k1ngf1sh3r80"), no sentence
        moment = match_moment(text[cut.end() :])
        if moment is not None and moment.date is not None and moment.time is not None:
            return name.strip(), moment
    return None


_DIGIT_RE = re.compile(r"\d")


def _stamp_reply(text: str) -> Moment | None:
    """A comment's stamp with its reply button after it ("11. Mar 2020 Antworten")."""
    head, _, last = text.rpartition(" ")
    if not head or len(text) > 60 or _line_kind(last) is not Kind.COMMENT_CHROME:
        return None
    moment = match_moment(head)
    return moment if moment is not None and moment.date is not None else None


def _timestamp(text: str) -> Moment | None:
    """A line that is a full date-and-time stamp ("June 5, 2014 at 9:14 AM")."""
    moment = match_moment(text)
    if moment is not None and moment.date is not None and moment.time is not None:
        return moment
    return None
