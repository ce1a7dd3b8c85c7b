"""A page's language told by the stopwords its prose uses, when its chrome tells none."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from importlib.resources import files

from tuiarchive.dumps.line_kinds import Kind, Line

_WORD = re.compile(r"[^\W\d_]{2,}")
#: The fewest votes the winner needs, how far it must outvote the next, and how much prose is read.
_FEWEST = 8.0
_MARGIN = 2.0
_ENOUGH = 4000
#: A line of prose has this many words at least (a menu item or a tag has fewer).
_SENTENCE = 5


@cache
def _languages() -> dict[str, dict[str, float]]:
    """Each stopword (stopwords-iso's lists, for the languages that have a phrase file) and
    the vote it gives each language listing it: a word shared by three languages gives a third."""
    import stopwordsiso  # noqa: PLC0415 - asked only for a date that reads both ways

    codes = sorted(
        p.name.removesuffix(".toml") for p in files("tuiarchive.dumps.locales").iterdir()
    )
    listed: dict[str, set[str]] = {}
    for code in codes:
        if not stopwordsiso.has_lang(code):
            continue
        for word in stopwordsiso.stopwords(code):
            if _WORD.fullmatch(word):
                listed.setdefault(word.casefold(), set()).add(code)
    return {word: {code: 1 / len(codes) for code in codes} for word, codes in listed.items()}


def prose_language(lines: Sequence[Line]) -> str | None:
    """The language the page's prose is written in, or None when it says none clearly."""
    words = _languages()
    votes: defaultdict[str, float] = defaultdict(float)
    read = 0
    for line in lines:
        if line.kind is not Kind.TEXT:
            continue
        found = _WORD.findall(line.text)
        if len(found) < _SENTENCE:
            continue
        for word in found:
            for language, vote in words.get(word.casefold(), {}).items():
                votes[language] += vote
        read += len(line.text)
        if read > _ENOUGH:
            break
    ranked = sorted(votes.items(), key=lambda vote: -vote[1])[:2]
    if not ranked or ranked[0][1] < _FEWEST:
        return None
    if len(ranked) > 1 and ranked[0][1] <= _MARGIN * ranked[1][1]:
        return None
    return ranked[0][0]
