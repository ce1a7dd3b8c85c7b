"""A blog page flattened into one long line (a string in code, a JSON field, a log): its line breaks put back."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tuiarchive.calendar_words import calendar_words
from tuiarchive.dumps.dates import match_date
from tuiarchive.dumps.phrases import longest_first, phrase_fields
from tuiarchive.model import Post

#: A line shorter than this cannot hold a page: only longer ones are looked at.
LONG_LINE = 800
#: A page kept with its line breaks escaped ("\n") shows at least this many of them.
_ESCAPED_BREAKS = 3
#: A labels list runs at most this far before what follows it on the page.
_LABELS_REACH = 200

_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|.)")
_ESCAPES = {"n": "\n", "r": "", "t": " ", "/": "/", '"': '"', "'": "'", "\\": "\\"}
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)\.?")
_WORD_START = re.compile(r"(?:^|(?<=\s))\S")
#: A site's name in a share button ("Share to Pinterest"): one word of bounded length, so
#: that a long run of letters is not tried at every start (quadratic on a 200 KB word).
_SITE = r"(?-i:[A-Za-z][a-z0-9]{0,24}\+?)"
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[apAP]\.?\s?[mM]\.?)?"


@dataclass(frozen=True)
class FlatPage:
    """A page read out of one long line of a dump, its line breaks back."""

    line: int  # the dump's line (1-based) that holds it
    text: str
    escaped: bool  # True: the page's own breaks were escaped and are decoded; else guessed

    @property
    def warning(self) -> str:
        if self.escaped:
            return (
                f"the page was kept on one line (line {self.line}) with its line breaks escaped:"
                " they were decoded"
            )
        return (
            f"the page was flattened into one line (line {self.line}): its line breaks were"
            " guessed from its date headers and chrome"
        )


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    kind: str  # "date", "byline", "labels", "count", "share", "nav", "skip"


def may_hold_flattened(text: str) -> bool:
    """Whether some line of the text is long enough to hold a whole page."""
    return len(text) >= LONG_LINE and any(len(line) >= LONG_LINE for line in text.split("\n"))


def flattened_pages(text: str) -> list[FlatPage]:
    """The pages held by the text's long lines, each with its line breaks back: decoded
    where they were escaped, else put at the page's frame (date headers, bylines, labels,
    comment counts, share buttons). A line with no date header and no post's closing
    frame after it holds no page."""
    pages = []
    for number, raw in enumerate(text.split("\n"), start=1):
        if len(raw) < LONG_LINE:
            continue
        inner = _unescaped(_string_in(raw))
        if inner.count("\n") >= _ESCAPED_BREAKS:
            pages.append(FlatPage(number, inner, escaped=True))
        elif (restored := restored_page(inner)) is not None:
            pages.append(FlatPage(number, restored, escaped=False))
    return pages


def _string_in(raw: str) -> str:
    """The line's longest string literal when it holds most of the line, else the line."""
    longest = max((m[1] for m in _STRING.finditer(raw)), key=len, default="")
    return longest if len(longest) * 2 >= len(raw) else raw


def _unescaped(text: str) -> str:
    if "\\" not in text:
        return text

    def one(match: re.Match[str]) -> str:
        code = match[1]
        if len(code) == 5:
            return chr(int(code[1:], 16))
        return _ESCAPES.get(code, match[0])

    return _ESCAPE.sub(one, text)


def restored_page(flat: str) -> str | None:
    """A flattened page's lines, or None when it shows no post's frame: a date header
    (weekday and date) with a byline, labels, a comment count or share buttons after it,
    or under the page's own "skip to main" links (a page cut short below its date)."""
    spans = _spans(flat)
    first_date = next((s for s in spans if s.kind == "date"), None)
    if first_date is None or not any(
        s.kind not in ("date", "nav", "skip")
        and s.start > first_date.start
        or s.kind == "skip"
        and s.start < first_date.start
        for s in spans
    ):
        return None
    frame = [s for s in spans if s.kind not in ("nav", "skip")]
    if any(s.kind == "skip" and s.end <= frame[0].start for s in spans):
        out = _chrome_lines(flat, 0, frame[0].start, spans)
    else:
        out = _head_lines(flat[: frame[0].start])
    page_title = out[0].partition(": ")[2] if out else ""
    for number, span in enumerate(frame):
        after = frame[number + 1] if number + 1 < len(frame) else None
        end = _labels_end(flat, span, spans) if span.kind == "labels" else span.end
        if span.kind == "date":
            out += ["", flat[span.start : end].strip()]
        else:
            out.append(flat[span.start : end].strip())
        gap_end = after.start if after else len(flat)
        gap = flat[end:gap_end].strip()
        if not gap:
            continue
        closed = after is not None and after.kind not in ("date", "nav", "skip")
        if span.kind == "date" or (closed and span.kind in ("share", "count", "labels")):
            title, body = _title_and_body(gap, page_title)
            out += ["", title, "", body, ""] if body else ["", title, ""]
        else:
            out += ["", *_chrome_lines(flat, end, gap_end, spans)]
    return "\n".join(out) + "\n"


def _labels_end(flat: str, span: _Span, spans: list[_Span]) -> int:
    """Where a labels list ends: at what follows it on the page, when that is near."""
    following = next((s.start for s in spans if s.start >= span.end), len(flat))
    return following if following - span.end <= _LABELS_REACH else span.end


def _head_lines(head: str) -> list[str]:
    """The page's top: an archive page's title ("Blog: March 2014") on a line of its own."""
    head = head.strip()
    if not head:
        return []
    match = re.match(r"(.{2,80}?:\s+([^\W\d_]+)\s+(?:19|20)\d\d)\s+(\S.*)", head, re.S)
    if match and match[2].casefold() in calendar_words().months:
        return [match[1], "", match[3]]
    return [head]


def _chrome_lines(flat: str, start: int, end: int, spans: list[_Span]) -> list[str]:
    """A stretch of the page outside any post, cut at its navigation links."""
    lines, at = [], start
    for span in spans:
        if span.kind in ("nav", "skip") and start <= span.start < end:
            lines += [flat[at : span.start].strip(), flat[span.start : span.end].strip()]
            at = span.end
    lines.append(flat[at:end].strip())
    return [line for line in lines if line]


def _title_and_body(gap: str, page_title: str = "") -> tuple[str, str]:
    """A title run into its body: cut after the page's own title ("Blog: Post title" atop
    the page) when the gap opens with it, else where a sentence starts after the title's
    words (sentence case: the first capital after a lower-case word; title case: the last
    capital before two lower-case words). A name ending the title ("… del Águila")
    is cut from it: the post's warning says the breaks were guessed."""
    if page_title and gap.startswith(page_title + " "):
        return page_title, gap[len(page_title) :].strip()
    words = gap.split()
    limit = min(len(words) - 1, 16)
    caps = [word[:1].isupper() for word in words]
    for i in range(1, limit + 1):
        if caps[i] and (not caps[i - 1] or words[i - 1].endswith((".", "!", "?"))):
            return " ".join(words[:i]), " ".join(words[i:])
    for j in range(1, limit):
        if not caps[j] and not caps[j + 1] and words[j][:1].isalpha():
            starts = [k for k in range(1, j) if caps[k]]
            if starts:
                return " ".join(words[: starts[-1]]), " ".join(words[starts[-1] :])
            break
    return gap, ""


def _spans(flat: str) -> list[_Span]:
    patterns = _patterns()
    found = _date_spans(flat)
    for kind, pattern in patterns.items():
        found += [_Span(m.start(), m.end(), kind) for m in pattern.finditer(flat)]
    found.sort(key=lambda s: (s.start, -s.end))
    out: list[_Span] = []
    for span in found:
        if out and span.start < out[-1].end:
            continue
        out.append(span)
    return out


def _date_spans(flat: str) -> list[_Span]:
    """Weekday-and-date headers in the running text ("czwartek, 31 stycznia 2013")."""
    weekdays = calendar_words().weekdays
    spans = []
    for year in _YEAR.finditer(flat):
        window = max(0, year.start() - 40)
        starts = [m.start() for m in _WORD_START.finditer(flat, window, year.start())]
        for start in starts:
            first = flat[start : year.end()].split(maxsplit=1)[0].strip(",.").casefold()
            if first not in weekdays:
                continue
            date = match_date(flat[start : year.end()])
            if date is not None and date.iso is not None:
                spans.append(_Span(start, year.end(), "date"))
                break
    return spans


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    fields = phrase_fields()

    def alternation(phrases: list[str]) -> str:
        return "|".join(
            r"\s*".join(re.escape(w) for w in p.split()).replace("SITE", _SITE)
            for p in longest_first(phrases)
        )

    counts = [
        p.replace("{n}", "").strip()
        for p in (*fields.get("comment_count", ()), *fields.get("no_comments", ()))
        if p.endswith(":") and "{" not in p.replace("{n}", "")
    ]
    numbered = {p.replace("{n}", "").strip() for p in fields.get("comment_count", ())}
    count_words = alternation([c for c in counts if c in numbered])
    none_words = alternation([c for c in counts if c not in numbered])
    share = alternation(
        [
            p.replace("{site}", "SITE")
            for p in fields.get("share", ())
            if len(p) >= 4 and "{" not in p.replace("{site}", "")
        ]
    )
    leads = {
        lead
        for p in fields.get("posted_by", ())
        if "{name}" in p
        and "{time}" in p.split("{name}", 1)[1]
        and (lead := p.split("{name}", 1)[0].strip())
        and "{" not in lead
    }
    labels = alternation([p for p in fields.get("labels", ()) if p.endswith(":")])
    nav = alternation(
        [
            p.replace("{any}", "").strip()
            for key in ("navigation", "subscribe", "post_a_comment")
            for p in fields.get(key, ())
            if "{" not in p.replace("{any}", "")
        ]
    )
    skip = alternation(
        [
            p
            for p in fields.get("chrome", ())
            if p.casefold().startswith("skip to") and "{" not in p and "|" not in p
        ]
    )
    edge = r"(?<![^\s])"
    return {
        "skip": re.compile(rf"{edge}(?:{skip})(?:\s*\|\s*(?:{skip}))*(?!\w)", re.I),
        "count": re.compile(rf"{edge}(?:\d[\d,.]*\s*(?:{count_words})|(?:{none_words}))", re.I),
        "share": re.compile(rf"(?:{share})(?:\s*(?:{share}))+", re.I),
        "byline": re.compile(
            rf"{edge}(?:{alternation(sorted(leads))})\s*[^\d\s][^\d]{{1,60}}?\s+(?:\S{{1,6}}\s+){{1,2}}{_CLOCK}",
            re.I,
        ),
        "labels": re.compile(rf"{edge}(?:{labels})", re.I),
        "nav": re.compile(rf"{edge}(?:{nav})(?!\w)", re.I),
    }


#: A post read off a flattened line needs a body of at least this many words: the
#: word or two a program keeps as a sample ("hello world") is no one's post.
MIN_BODY_WORDS = 8
_LINE_NUMBER = re.compile(r"\bline \d+")


def kept_posts(read: list[tuple[FlatPage, list[Post]]]) -> list[Post]:
    """The posts read off flattened lines that are a page's, not a program's data: dated,
    with a body of some words, and not kept on two lines of the dump (a program's
    samples, the same page over again), each warned that its page was flattened."""
    lines_of: dict[tuple[str | None, str], set[int]] = {}
    for page, posts in read:
        for post in posts:
            lines_of.setdefault((post.date, post.title), set()).add(page.line)
    out = []
    for page, posts in read:
        for post in posts:
            if (
                post.date is None
                or len(post.body.split()) < MIN_BODY_WORDS
                or len(lines_of[(post.date, post.title)]) > 1
            ):
                continue
            warnings = [_LINE_NUMBER.sub(f"line {page.line}", w) for w in post.warnings]
            out.append(post.with_changes(line=page.line, warnings=(*warnings, page.warning)))
    return out
