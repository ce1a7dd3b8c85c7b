"""Where a post's body ends: a related-post list, a rating line or the labels printed under the text."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from tuiarchive.dumps.line_kinds import Kind, Line
from tuiarchive.dumps.links import link_texts
from tuiarchive.dumps.phrases import phrase_fields

#: A related list's heading is this near the body's end, in lines that are not blank.
_REACH = 40
#: A title in a related list is short; a line of prose is longer.
_TITLE = 120
#: A related list has this many titles at least (one link under "Read also" may be the text's).
_MIN_TITLES = 2
#: Below the list, the platform's own lines (a signature, a copyright): few and short.
_MAX_AFTER = 8
_AFTER_LINE = 100
#: A rating line stands this near the end, above short promo lines only.
_RATING_REACH = 6
_PROMO_LINE = 80

_MARKS = re.compile(r"^[#>\s]*|[*_]{2,}|\{#[^}]*\}\s*$")
_ITEM = re.compile(r"^(?:[-*+•·]|\d{1,2}[.)])\s+")
_SIGNED = re.compile(r"[+\-−–]\s?\d{1,5}")
_SENTENCE = re.compile(r"[.!?。！？]\s+\S")


@dataclass
class TrimmedBody:
    """The body's lines kept, the lines cut from its end (or its top), and why."""

    content: list[Line]
    cut: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    url: str | None = None  # the post's address, where the cut lines gave it


def _plain(text: str) -> str:
    """A line's words: links to their text, bold and heading marks off, colons trimmed."""
    text = link_texts(text)
    text = _MARKS.sub("", text).strip()
    return " ".join(text.rstrip(" :：").split()).casefold()


@cache
def _phrases(name: str) -> frozenset[str]:
    return frozenset(_plain(p) for p in phrase_fields().get(name, ()) if "{" not in p)


@cache
def _related() -> frozenset[str]:
    return _phrases("related") | _phrases("teasers")


@cache
def _related_tails() -> tuple[str, ...]:
    """The words after a related heading's leading name ("'{any}' 카테고리의 다른 글")."""
    return tuple(
        _plain(p.rsplit("}", 1)[1])
        for p in phrase_fields().get("related", ())
        if p.startswith(("{", "'{")) and p.count("{") == 1 and _plain(p.rsplit("}", 1)[1])
    )


def _is_related(plain: str) -> bool:
    """Whether a line's words (`_plain`) are a related list's heading."""
    return plain in _related() or plain.endswith(_related_tails())


@cache
def _known() -> frozenset[str]:
    """Every phrase a platform prints, in any language: a heading that is one of them is chrome."""
    return frozenset(_plain(p) for ps in phrase_fields().values() for p in ps if "{" not in p)


def _authors_heading(line: Line, headings: Mapping[int, int]) -> bool:
    """A Markdown heading that is no platform's phrase: the author's next section."""
    return line.number - 1 in headings and _plain(line.text) not in _known()


@cache
def _ratings() -> re.Pattern[str]:
    heads = sorted({re.escape(p) for p in _phrases("ratings")}, key=len, reverse=True)
    words = "|".join(heads) or "(?!)"
    number = r"[+\-−–]?\s?\d{1,6}"
    return re.compile(
        rf"(?:{words})\s*:?\s*{number}|{number}\s+(?:{words})|{_SIGNED.pattern}", re.I
    )


def _texts(content: list[Line]) -> list[int]:
    """The indexes of the body's first line that is not blank and of the last such lines
    (as many as a related list may reach over): only the end is looked at."""
    shown: list[int] = []
    for i in range(len(content) - 1, -1, -1):
        line = content[i]
        if line.kind is not Kind.BLANK and line.text:
            shown.append(i)
            if len(shown) > _REACH:
                break
    if len(shown) > _REACH:
        first = next(i for i, ln in enumerate(content) if ln.kind is not Kind.BLANK and ln.text)
        shown[-1] = first
    return shown[::-1]


def _title_like(line: Line) -> bool:
    text = link_texts(line.text).strip()
    return 0 < len(text) <= _TITLE and not _SENTENCE.search(text)


def _related_from(content: list[Line], shown: list[int], headings: Mapping[int, int]) -> int | None:
    """Where a heading meaning "related posts" starts, over a list of titles that runs to the
    body's end or to a few short lines of the platform's (a signature)."""
    for at, index in enumerate(shown[-_REACH:], start=max(0, len(shown) - _REACH)):
        text = content[index].text
        if len(text) > 60 or not _is_related(_plain(text)):  # its words read once
            continue
        below = shown[at + 1 :]
        titles = 0
        for j in below:
            if not _title_like(content[j]) or content[j].number - 1 in headings and titles:
                break  # prose, or a heading: the list is over
            titles += 1
            if _ITEM.match(content[j].text) is None and titles >= 12:
                break
        rest = below[titles:]
        if titles < _MIN_TITLES or len(rest) > _MAX_AFTER:
            continue
        if any(len(content[j].text) > _AFTER_LINE for j in rest):
            continue
        if any(_authors_heading(content[j], headings) for j in rest):
            continue  # more of the author's sections follow the list: not the body's end
        if at == 0:
            continue  # nothing above it: the body would be empty
        while at > 1 and _stacked(content[shown[at - 1]].text, text):
            at -= 1  # "Related Threads" over "Related Articles": an empty widget's heading
        return shown[at]
    return None


def _stacked(above: str, heading: str) -> bool:
    """A short heading right above a related list's own, its first word the same."""
    words = above.split()
    return (
        0 < len(words) <= 4
        and len(above) <= 40
        and not above.endswith((".", "!", "?", ":", ","))
        and words[0].casefold() == heading.split()[0].casefold()
    )


def _rating_from(content: list[Line], shown: list[int]) -> int | None:
    """Where a rating line ("+35", "Рейтинг: 12") stands above only short promo lines."""
    pattern, heads = _ratings(), _phrases("ratings")
    tail = shown[-_RATING_REACH:]
    for at, index in enumerate(tail):
        text = content[index].text
        if len(text) > 30 or not any(map(str.isdigit, text)):
            continue
        if pattern.fullmatch(text.strip()) is None:
            continue
        if index == shown[0]:
            return None
        rest = tail[at + 1 :]
        if all(
            len(content[j].text) <= _PROMO_LINE and not content[j].text.endswith((".", ":"))
            for j in rest
        ):
            above = tail[at - 1] if at else None
            if above is not None and above != shown[0] and _plain(content[above].text) in heads:
                return above  # "Рейтинг" over its number
            return index
    return None


def _labels_from(content: list[Line], shown: list[int], labels: Sequence[str]) -> int | None:
    """Where a short run of lines that name exactly the post's labels ends the body."""
    wanted = {" ".join(label.split()).casefold() for label in labels}
    if not wanted:
        return None
    seen: set[str] = set()
    start = None
    longest = sum(len(label) + 40 for label in wanted)  # each label as a link, say
    for index in reversed(shown[-(len(wanted) + 1) :]):
        if len(content[index].text) > longest:
            break
        parts = [_plain(p) for p in re.split(r"[,|·/]", link_texts(content[index].text))]
        parts = [_ITEM.sub("", p) for p in parts if p]
        if not parts or not set(parts) <= wanted:
            break
        seen.update(parts)
        start = index
        if seen == wanted:
            break
    if start is None or seen != wanted or start == shown[0]:
        return None
    return start


_LABELS_AGAIN = "the post's labels printed again"
_RATING = "a rating line and the platform's lines under it"
_RELATED = "a related-posts list"


def body_end(
    content: list[Line], labels: Sequence[str], headings: Mapping[int, int] | None = None
) -> TrimmedBody:
    """The body without the platform's blocks printed after the author's text (headings:
    the page's Markdown headings, index -> level)."""
    shown = _texts(content)
    out = TrimmedBody(content)
    if len(shown) < 2:
        return out
    for why in (_LABELS_AGAIN, _RATING, _RELATED):
        if why is _LABELS_AGAIN:
            start = _labels_from(content, shown, labels)
        elif why is _RATING:
            start = _rating_from(content, shown)
        else:
            start = _related_from(content, shown, headings or {})
        if start is None:
            continue
        cut = [ln.text for ln in content[start:] if ln.kind is not Kind.BLANK and ln.text]
        out.cut = cut + out.cut
        out.warnings.append(
            f"line {content[start].number}: {len(cut)} line(s) at the body's end kept aside"
            f" ({why}, not the author's text): {cut[0][:60]!r}"
        )
        content = content[:start]
        shown = _texts(content)
        if len(shown) < 2:
            break
    out.content = content
    return out
