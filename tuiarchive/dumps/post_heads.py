"""An article platform's head stack (name, "5 min read", date, Follow, Share) read as the post's byline."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from tuiarchive.dumps.dates import DumpDate, Moment, match_date
from tuiarchive.dumps.line_kinds import BLANK_LINE, FooterFacts, Kind, Line
from tuiarchive.dumps.names import looks_like_name
from tuiarchive.dumps.phrases import longest_first, phrase_fields

#: How far into the page a head stack may stand (a platform's bar may come first).
_TOP_LINES = 80
_TOP_CHARS = 12000
_STACK = 10  # lines of a stack above or below its reading time, blank lines counted
#: A separator the platform prints between the head's pieces: "·", "--", "•", "|".
_SEPARATOR = re.compile(r"[·•|∙\-–—]{1,3}")
#: A count a platform prints in its head or under a post: views, claps ("23K", "1.2K", "+23").
_COUNT = re.compile(r"[+\-]?\d[\d.,]*\s?[KkMкКтыс.]{0,4}")
#: A line that is one short link only: a hub's or a topic's ("[Machine learning](…)").
_LINK_ONLY = re.compile(r"\[(?P<text>[^\]\[]{1,40})\]\([^()\s]*\)")
#: An avatar image linking to its author's profile, the name's link after it, then anything
#: ("[![Image 2: Ann Lee](…/avatar.png)](…/@ann?source=byline)[Ann Lee](…/@ann)12 фев").
_AVATAR = re.compile(
    r"\[!\[(?P<alt>[^\]\[]{0,80})\]\((?P<image>[^()\s]*)\)\]\((?P<href>[^()\s]*)\)"
    r"(?:\[(?P<name>[^\]\[]{1,60})\]\((?P<href2>[^()\s]*)\))?(?P<rest>.{0,60})"
)
_JINA_ALT = re.compile(r"Image\s+\d+(?::\s*)?")
#: Where an avatar's link goes when it is its author's: a profile page, a byline.
_PROFILE = re.compile(r"/@|/users?/|/u/|/authors?/|/profile|byline|avatar", re.I)


@dataclass(frozen=True)
class _Patterns:
    reading: re.Pattern[str]  # a reading-time line, alone or with a date after it
    head: frozenset[str]  # the head's other words ("follow", "share", "listen"), casefolded
    images: frozenset[str]  # a platform's prompt over an image ("Press enter or click to …")
    digit: re.Pattern[str]  # what a reading-time line must hold: a digit where each phrase has {n}


@cache
def _patterns() -> _Patterns:
    fields = phrase_fields()
    times = longest_first(fields.get("reading_time", ()))
    alternation = "|".join(
        r"\s*".join(re.escape(part) for part in phrase.split()).replace(
            re.escape("{n}"), r"\d{1,3}"
        )
        for phrase in times
    )
    # the date after the reading time, or before it (Medium's older head: "Sep 5, 2016 · 5 min read")
    reading = re.compile(
        rf"(?:(?P<first>[^·•|∙]{{4,40}}?)\s*[·•|∙]\s*|[·•|∙]\s*)?(?:{alternation or '(?!)'})"
        rf"(?:\s*[·•|∙]\s*(?P<date>.{{4,40}}))?",
        re.I,
    )
    head = frozenset(" ".join(p.split()).casefold() for p in fields.get("post_head", ()))
    images = frozenset(" ".join(p.split()) for p in fields.get("image_prompt", ()))
    # every phrase's count is a digit: a line without one is no reading time (most are not)
    digit = re.compile(r"\d" if all("{n}" in phrase for phrase in times) else "")
    return _Patterns(reading, head, images, digit)


def post_head(lines: list[Line], text: str, markdown: bool) -> tuple[list[Line], list[str]]:
    """The head stack around a reading-time line near the page's top (or an avatar byline)
    made one byline line: the author's name (the line above the stack, or an avatar's),
    and the stack's date; the stack's other lines (separators, "Follow", counts, a hub's
    link) left blank, so that every line keeps its number. With a warning for the post.
    `text` is the page as written: its Markdown says which lines were links and avatars.
    Cheap where it cannot apply: a look at the top's short lines, and on a Markdown page
    one substring scan for an image link."""
    top = _top(lines)
    patterns = _patterns()
    reading = _reading_line(lines, top, patterns)
    if reading is None and not (markdown and text.find("[![", 0, _TOP_CHARS) >= 0):
        return lines, []
    if reading is None:  # an avatar byline: among the page's first lines, blank or not
        top = min(len(lines), _TOP_LINES)
    raws = text.split("\n", top)[:top]
    avatar = _avatar_byline(raws, top if reading is None else reading)
    if reading is None and avatar is None:
        return lines, []
    out = list(lines)
    dropped: list[str] = []
    end = (avatar[0] if avatar is not None else 0) + 1
    author: tuple[int, str] | None = None
    date = None
    responses = None
    if reading is not None:
        match = patterns.reading.fullmatch(lines[reading].text)
        said = (match["date"] or match["first"]) if match else None
        date = match_date(said) if said else None
        dropped.append(lines[reading].text)
        out[reading] = BLANK_LINE
        under = len(dropped)
        below, end = _below(out, raws, reading, patterns, dropped)
        responses = _responses(dropped[under:])
        date = below or date
        above = _above(out, raws, reading, patterns, dropped)
        if isinstance(above, tuple):
            author = above
        elif above is not None and date is None:
            date = above
    if author is None and avatar is not None:
        author = avatar
    if author is None and date is None:
        return lines, []
    at = author[0] if author is not None else reading
    assert at is not None
    facts = FooterFacts(
        author=author[1] if author is not None else None,
        moment=Moment(date, None) if date is not None else None,
        comments=responses,
    )
    raw = lines[at].raw or _raw(raws, at)
    byline = Line(at + 1, raw, Kind.FOOTER, lines[at].text or raw, facts=facts)
    out[at] = BLANK_LINE
    # right under the title, as the reader expects a byline (blank lines set it apart)
    over = next((i for i in range(at - 1, max(-1, at - 4 * _STACK), -1) if out[i].text), None)
    if over is not None and out[over].kind is Kind.TEXT:
        at = _title_over(out, raws, over) + 1
    out[at] = replace(byline, number=at + 1)
    _header_image(out, raws, end, patterns, dropped)
    said = f"line {byline.number}: the platform's head lines read as the post's byline"
    if author is not None:
        said += f" (author {author[1]!r})"
    if dropped:
        said += ": " + " / ".join(dropped[:8])
    if responses is not None:
        said += f" (the second count, {responses}, read as the responses: the comment count)"
    return out, [said]


def _title_over(out: list[Line], raws: list[str], over: int) -> int:
    """The title's line over a head stack: the line right over it, or, where that line is a
    subtitle (a heading ranked under the heading above it: Medium's standfirst), that
    heading above it; the subtitle then opens the body."""
    rank = _rank(raws, over)
    if rank is None:
        return over
    above = next((i for i in range(over - 1, max(-1, over - 4 * _STACK), -1) if out[i].text), None)
    if above is None or out[above].kind is not Kind.TEXT:
        return over
    title = _rank(raws, above)
    return above if title is not None and title < rank else over


def _rank(raws: list[str], index: int) -> int | None:
    """A heading's rank: ATX ("## A") or setext (a "===" or "---" line under it)."""
    raw = _raw(raws, index)
    if raw.startswith("#"):
        marks = len(raw) - len(raw.lstrip("#"))
        return marks if marks <= 6 and raw[marks : marks + 1] == " " else None
    under = _raw(raws, index + 1).strip()
    if len(under) >= 3 and set(under) == {"="}:
        return 1
    if len(under) >= 3 and set(under) == {"-"}:
        return 2
    return None


def _reading_line(lines: list[Line], top: int, patterns: _Patterns) -> int | None:
    """The first of the top's short lines that is a reading time (a digit in it first)."""
    digit, reading = patterns.digit.search, patterns.reading.fullmatch
    for index, line in enumerate(lines[:top]):
        text = line.text
        if 0 < len(text) < 60 and digit(text) and reading(text):
            return index
    return None


def _top(lines: list[Line]) -> int:
    """Where the page's top ends: after its first lines with text (pandoc's fenced divs and
    wrapped attributes leave many lines blank over a head stack)."""
    seen = 0
    for index, line in enumerate(lines):
        if line.kind is not Kind.BLANK:
            seen += 1
            if seen > _TOP_LINES:
                return index
    return len(lines)


def _responses(below: list[str]) -> int | None:
    """The responses' count of a head stack's two counts under its date: the claps' slot
    ("--" when none, or a count) comes first, the responses' second ("--" / "6")."""
    counts = [text for text in below if text == "--" or _COUNT.fullmatch(text)]
    if len(counts) != 2 or not counts[1].isdigit():
        return None
    return int(counts[1])


def _header_image(
    out: list[Line], raws: list[str], start: int, patterns: _Patterns, dropped: list[str]
) -> None:
    """Under the head, the header image's lines blanked: the image (or the platform's
    prompt over it, "Press enter or click to view image in full size"), and a short line
    right over or under it, its caption or the post's deck ("Part 2")."""
    image = False
    short: int | None = None
    for index in range(start, min(len(out), start + _STACK)):
        line = out[index]
        raw = _raw(raws, index)
        if raw.startswith(("![", "[![")) or line.text in patterns.images:
            image = True
        elif line.kind is Kind.BLANK:
            continue
        elif short is None and line.kind is Kind.TEXT and _short(line.text):
            short = index
            if image:
                break
            continue
        else:
            break
        if line.text:
            dropped.append(line.text)
        out[index] = BLANK_LINE
    if image and short is not None:
        dropped.append(out[short].text)
        out[short] = BLANK_LINE


def _short(text: str) -> bool:
    """A caption's or a deck's line: short, no sentence's end."""
    return len(text) <= 80 and not text.endswith((".", "!", "?", ":", "。", "！", "？", "：", ";"))


def _head_line(line: Line, patterns: _Patterns) -> bool:
    """A separator, a count or one of the head's words ("Follow", "Share", "Простой")."""
    text = line.text
    return bool(
        _SEPARATOR.fullmatch(text)
        or _COUNT.fullmatch(text)
        or " ".join(text.split()).casefold() in patterns.head
    )


def _below(
    out: list[Line], raws: list[str], at: int, patterns: _Patterns, dropped: list[str]
) -> tuple[DumpDate | None, int]:
    """The stack's lines under its reading time blanked: the date among them, if any, and
    where the stack ends (an image under it is the header's: `_header_image`)."""
    date: DumpDate | None = None
    end = at + 1
    for index in range(at + 1, min(len(out), at + 1 + 2 * _STACK)):  # a blank between each
        line = out[index]
        if line.kind is Kind.BLANK:
            continue
        if line.text in patterns.images:
            break
        found = line.date if line.kind is Kind.DATE else match_date(line.text)
        link = _LINK_ONLY.fullmatch(_raw(raws, index))
        if found is not None and found.iso and date is None:
            date = found
        elif not (_head_line(line, patterns) or link and not link["text"].endswith(".")):
            break
        dropped.append(line.text)
        out[index] = BLANK_LINE
        end = index + 1
    return date, end


def _above(
    out: list[Line], raws: list[str], at: int, patterns: _Patterns, dropped: list[str]
) -> tuple[int, str] | DumpDate | None:
    """The stack's lines over its reading time: "Follow", an avatar, separators blanked;
    the name right above them is the author's when a title stands over it."""
    date: DumpDate | None = None
    texts = 0  # the stack's reach is counted in lines with text
    for index in range(at - 1, -1, -1):
        line = out[index]
        if line.kind is Kind.BLANK:
            continue
        texts += 1
        if texts > _STACK // 2:
            break
        if line.kind is Kind.DATE and line.date is not None and date is None:
            date = line.date
        elif _head_line(line, patterns) or _raw(raws, index).startswith("[!["):
            pass
        else:
            name = _name(line, _raw(raws, index))
            over = next(
                (ln for ln in reversed(out[max(0, index - 4 * _STACK) : index]) if ln.text), None
            )
            if name is None or over is None:
                return date
            return (index, name)
        dropped.append(line.text)
        out[index] = BLANK_LINE
    return date


def _raw(raws: list[str], index: int) -> str:
    return raws[index].strip() if index < len(raws) else ""


def _name(line: Line, raw: str) -> str | None:
    """The line as an author's name: a name alone, or a short link whose text is one."""
    link = _LINK_ONLY.fullmatch(raw)
    text = link["text"].strip() if link else line.text
    if link and _PROFILE.search(raw) and 0 < len(text) <= 40 and "." not in text[-1:]:
        return text
    return text if line.kind is Kind.TEXT and looks_like_name(text) else None


def _avatar_byline(raws: list[str], top: int) -> tuple[int, str] | None:
    """The first line over `top` that opens with an author's avatar linking to their
    profile: the name after it, or the avatar's alt text."""
    for index in range(min(top, len(raws))):
        raw = raws[index]
        if not raw.startswith("[!["):
            continue
        match = _AVATAR.match(raw.strip())
        if match is None or not _PROFILE.search(match["href"] + " " + match["image"]):
            continue
        if match["name"] and match["href2"] == match["href"]:
            return index, match["name"].strip()
        alt = _JINA_ALT.sub("", match["alt"], count=1).strip()
        if alt and not match["name"] and len(alt) <= 40 and not alt.casefold().startswith("image"):
            return index, alt
    return None
