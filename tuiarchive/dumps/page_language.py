"""A page's language, told by a vote of its chrome phrases and its month and weekday names."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache

from tuiarchive.dumps.date_languages import calendar_names
from tuiarchive.dumps.line_kinds import Kind, Line
from tuiarchive.dumps.phrases import language_patterns

#: Lines of prose say nothing of the page's language that chrome does not say better.
_NOT_CHROME = frozenset({Kind.BLANK, Kind.TEXT})
_WORD = re.compile(r"[^\W\d_]{3,}")
#: The fewest lines that must speak for a language, and by how much it must outvote the next.
_FEWEST = 2
_MARGIN = 2


@cache
def _calendar_languages() -> dict[str, frozenset[str]]:
    """Each month or weekday name (casefolded) and the languages that print it."""
    found: dict[str, set[str]] = {}
    for language in language_patterns():
        for word in calendar_names(language):  # with and without a dot: the dotted ones fail _WORD
            if _WORD.fullmatch(word):
                found.setdefault(word, set()).add(language)
    return {word: frozenset(languages) for word, languages in found.items()}


def _line_languages(line: Line) -> set[str]:
    """The languages whose own chrome phrases or calendar names this line holds."""
    text = line.text.lstrip("#*_[ ").replace("](", " ")
    dated = line.date is not None or line.facts.moment is not None or line.kind is Kind.SAID
    return set(_text_languages(text, dated))


@lru_cache(maxsize=1 << 12)
def _text_languages(text: str, dated: bool) -> frozenset[str]:
    """What `_line_languages` says of a line's text (pages repeat their chrome: it is
    cached, as every language's phrases are tried on each line)."""
    found = {language for language, pattern in language_patterns().items() if pattern.match(text)}
    if dated:
        names = _calendar_languages()
        for word in _WORD.findall(text):
            found |= names.get(word.casefold(), frozenset())
    return frozenset(found)


def page_language(lines: Sequence[Line]) -> str | None:
    """The language (a locale file's code) that the page's chrome lines speak, or None when
    too few lines tell one language alone, or two languages split them."""
    votes: Counter[str] = Counter()
    for line in lines:
        if line.kind in _NOT_CHROME or len(line.text) > 300:
            continue
        languages = _line_languages(line)
        if len(languages) == 1:
            votes.update(languages)
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < _FEWEST:
        return None
    if len(ranked) > 1 and ranked[0][1] <= _MARGIN * ranked[1][1]:
        return None
    return ranked[0][0]
