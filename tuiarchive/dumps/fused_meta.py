"""A theme's entry meta whose pieces a converter ran together: byline, categories, tags, comment link."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from tuiarchive.dumps.dates import match_moment
from tuiarchive.dumps.phrases import longest_first, phrase_fields

if TYPE_CHECKING:  # line_kinds calls this module: its type only
    from tuiarchive.dumps.line_kinds import FooterFacts

_MAX_LENGTH = 600
_MAX_NAME_WORDS = 4
#: Two ISO dates run together: a theme's published and updated dates ("2023-08-142025-08-19").
_GLUED_DATES = re.compile(r"(\d{4}-\d\d-\d\d)(?:\d{4}-\d\d-\d\d)\b")
#: A name run into an ISO date, two links' texts with no space between ("ericlaw2023-08-14").
_NAME_INTO_DATE = re.compile(r"(?<=[^\W\d_])(?=\d{4}-\d\d-\d\d)")


@cache
def _leads() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """Where a piece may start (case kept: "by" inside a byline starts none), how a
    byline starts, and the leads that head a list of categories or tags."""
    fields = phrase_fields()
    meta = tuple(longest_first(fields.get("meta_leads", ())))
    words = set(meta)
    bylines = set()
    for phrase in fields.get("posted_by", ()):
        lead = phrase.split("{")[0].strip()
        if len(lead) > 3 and lead[:1].isupper():
            bylines.add(lead)
    words |= bylines
    for field in ("labels", "post_a_comment"):
        words.update(p for p in fields.get(field, ()) if "{" not in p and p[:1].isupper())
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    starts = "|".join(re.escape(w) for w in sorted(bylines, key=len, reverse=True))
    return re.compile(rf"(?<=\S)\s*(?=(?:{alternation}))"), re.compile(starts, re.I), meta


def meta_in_name(name: str) -> bool:
    """Whether a byline's name ran on into a meta piece or another byline ("Ana LoboPosted
    in birds", "Ana Lobo This entry was posted"): read piece by piece instead."""
    return _lead_words().search(name, 1) is not None


@cache
def _lead_words() -> re.Pattern[str]:
    """The first words of the leads a piece may start with ("Posted", "This", "Tagged"), as
    one pattern: one search instead of a search of the name for each of some fifty words."""
    fields = phrase_fields()
    leads = set(fields.get("meta_leads", ()))
    for phrase in fields.get("posted_by", ()):
        lead = phrase.split("{")[0].strip()
        if len(lead) > 3 and lead[:1].isupper():
            leads.add(lead)
    return re.compile(
        "|".join(re.escape(word) for word in sorted({lead.split()[0] for lead in leads}))
    )


def _listed(piece: str, meta: tuple[str, ...]) -> tuple[str, ...] | None:
    """The labels of a piece headed by a category or tag lead, None for another piece."""
    for lead in meta:
        if piece.casefold().startswith(lead.casefold()):
            rest = piece[len(lead) :].strip(" :")
            labels = tuple(dict.fromkeys(" ".join(p.split()) for p in rest.split(",")))
            return tuple(label for label in labels if label) or None
    return None


def _dated_name(text: str, facts: FooterFacts) -> FooterFacts:
    """A byline whose name ran on into its date ("Posted by Ana Lobo May 3, 2021",
    "ericlaw 2023-08-142025-08-19"): the two apart, the first of two glued dates."""
    author = facts.author
    if author is None or facts.moment is not None:
        return facts
    at = text.find(author.split()[0])
    tail = _NAME_INTO_DATE.sub(" ", text[at:]) if at >= 0 else ""
    words = _GLUED_DATES.sub(r"\1", tail).split()
    for cut in range(1, min(len(words), _MAX_NAME_WORDS + 1)):
        moment = match_moment(" ".join(words[cut:]))
        if moment is not None and moment.date is not None:
            return replace(facts, author=" ".join(words[:cut]), moment=moment)
    return facts


def fused_meta(
    text: str, read_whole: FooterFacts | None, read: Callable[[str], FooterFacts | None]
) -> FooterFacts | None:
    """A line of a byline and the meta pieces after it, run together ("Posted on May 2,
    2021 by Ana Posted in birds Leave a comment"), or a byline whose name ran into its
    date: the byline's name and date and the pieces' labels; None unless every piece
    reads as one. `read_whole` is what `read` made of the whole line."""
    split, start, meta = _leads()
    if len(text) > _MAX_LENGTH or not start.match(text):
        return None
    pieces = [p.strip() for p in split.split(text) if p.strip()]
    if len(pieces) == 1:
        dated = _dated_name(text, read_whole) if read_whole is not None else None
        return dated if dated is not read_whole else None
    first = read(pieces[0])
    if first is None or (first.author is None and first.moment is None):
        return None
    first = _dated_name(pieces[0], first)
    labels: list[str] = list(first.labels or ())
    for piece in pieces[1:]:
        listed = _listed(piece, meta)
        if listed is not None:
            labels.extend(listed)
            continue
        facts = read(piece)
        if facts is None and piece not in _comment_links():
            return None
        if facts is not None and facts.labels:
            labels.extend(facts.labels)
        if facts is not None and facts.note is not None and first.note is None:
            first = replace(first, note=facts.note)  # a label listed once for being twice
        if facts is not None and facts.comments is not None and first.comments is None:
            first = replace(first, comments=facts.comments)
    return replace(first, labels=tuple(dict.fromkeys(labels)) or None, labels_continue=False)


@cache
def _comment_links() -> frozenset[str]:
    return frozenset(phrase_fields().get("post_a_comment", ()))
