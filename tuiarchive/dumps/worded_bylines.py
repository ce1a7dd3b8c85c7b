"""WordPress details in a theme's own words around links: `Опубликовано: 4 марта, 2019 от [ana](…/author/ana)`, `Рубрики [a](…) Метки [b](…/tag/b)`."""

from __future__ import annotations

import re

from tuiarchive.dumps.dates import Moment, match_moment
from tuiarchive.dumps.line_kinds import FooterFacts, Kind, Line, classify
from tuiarchive.dumps.line_search import holds
from tuiarchive.dumps.links import INLINE_LINK
from tuiarchive.dumps.markup import HEADING

_AUTHOR = re.compile(r"/author/[^/\s]+/?$")
_LABEL = re.compile(r"/(?:category|tag)/[^\s/]+/?$")
_MAX_TEXT = 400
#: Words outside the links a byline may have: a lead, its date, a connecting word, counts.
_MAX_WORDS = 18
_DATE_WORDS = 5  # "4 de março de 2019": the longest date looked for
#: How far under its title heading the byline may stand (lines, blanks included).
_REACH = 3
#: A label line's lead: one or two words, a colon at most ("Рубрики", "Etiquetas:").
_LEAD = re.compile(r"[\s,|·•–—-]*(?:[^\W\d_]{2,}[ \t]*){1,2}:?[\s,]*")
_SEPARATOR = re.compile(r"[\s,|·•–—-]*")
_SENTENCE = re.compile(r"[.!?](?:\s|$)")


def may_hold_worded_meta(text: str) -> bool:
    """Whether the page may hold such details: a link to an author's, a tag's or a category's page."""
    return holds(text, "/author/") or holds(text, "/tag/") or holds(text, "/category/")


def worded_meta(lines: list[Line], source: list[str]) -> list[Line]:
    """Each line under a title heading with one link to its author's page and a date written
    out in the blog's words (read by CLDR's names, whatever the lead), read as the post's
    byline; and each line of short leads and links, one of them to a tag's or a category's
    page, read as its labels. `source` is the page's text a line each, as `lines` numbers it."""
    out = lines
    for index, line in enumerate(lines):
        if line.kind is not Kind.TEXT or index >= len(source):
            continue
        raw = source[index]
        if "](" not in raw or len(raw) > _MAX_TEXT:
            continue
        alone = (index == 0 or not source[index - 1].strip()) and (
            index + 1 >= len(source) or not source[index + 1].strip()
        )
        facts = _labels(raw) if alone and raw[:1].isalpha() and _after_text(lines, index) else None
        if facts is None and "/author/" in raw and _under_heading(source, index):
            facts = _byline(raw)
        if facts is None:
            continue
        out = list(lines) if out is lines else out
        out[index] = Line(line.number, line.raw, Kind.FOOTER, line.text, facts=facts)
    return out


def _after_text(lines: list[Line], index: int) -> bool:
    """Whether the nearest line above `index` (blanks skipped) is text: the labels close the
    post's text, where under share buttons or a Like line they would start a post of their own."""
    for above in range(index - 1, -1, -1):
        if lines[above].kind is not Kind.BLANK:
            return lines[above].kind is Kind.TEXT
    return False


def _under_heading(source: list[str], index: int) -> bool:
    for above in range(index - 1, max(-1, index - 1 - _REACH), -1):
        if source[above].strip():
            return HEADING.match(source[above]) is not None
    return False


def _labels(raw: str) -> FooterFacts | None:
    """The labels of a line made of short leads and links, one at least to a tag's or a
    category's page ("Рубрики [Советы](…/sovety) Метки [a](…/tag/a), [b](…/tag/b)"): a
    paragraph of its own that starts with a lead word (no list's item, no run of links)."""
    labels: list[str] = []
    tagged = False
    at = 0
    for link in INLINE_LINK.finditer(raw):
        between = raw[at : link.start()]
        if not (_SEPARATOR.fullmatch(between) or _LEAD.fullmatch(between)):
            return None
        at = link.end()
        url = link["url"]
        if _AUTHOR.search(url) or any(ch.isdigit() for ch in link["text"]):
            return None  # a byline's or a date's link: no label line
        tagged = tagged or _LABEL.search(url) is not None
        labels.append(" ".join(link["text"].split()))
    if not tagged or not _SEPARATOR.fullmatch(raw, at):
        return None
    return FooterFacts(labels=tuple(dict.fromkeys(labels)))


def _byline(raw: str) -> FooterFacts | None:
    """The author and date of a byline with one link to the author's page and its date in
    words ("Опубликовано: 4 марта, 2019 от [ana](…) , 7 комментариев"); None unless both."""
    author = None
    pieces: list[str] = []
    at = 0
    for link in INLINE_LINK.finditer(raw):
        if author is not None or not _AUTHOR.search(link["url"]):
            return None  # a second link, or one to no author's page
        author = " ".join(link["text"].split())
        pieces.append(raw[at : link.start()])
        at = link.end()
    pieces.append(raw[at:])
    words = sum(len(piece.split()) for piece in pieces)
    if author is None or words > _MAX_WORDS or any(_SENTENCE.search(p) for p in pieces):
        return None
    moment = None
    for piece in pieces:
        moment = _date_in(piece)
        if moment is not None:
            break
    if moment is None:
        return None
    comments = None
    for part in pieces[-1].split(","):
        counted = classify(0, part.strip()).facts.comments if part.strip() else None
        if counted is not None:
            comments = counted
            break
    return FooterFacts(author=author, moment=moment, comments=comments)


def _date_in(text: str) -> Moment | None:
    """The first date written out among the words of `text`, the longest reading first."""
    words = text.split()
    for start in range(len(words)):
        for size in range(min(_DATE_WORDS, len(words) - start), 0, -1):
            found = match_moment(" ".join(words[start : start + size]).strip(" ,:;|·"))
            if found is not None and found.date is not None:
                return found
    return None
