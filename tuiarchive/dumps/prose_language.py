"""A page's language told by the short words its prose uses most, when its chrome tells none."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from tuiarchive.dumps.line_kinds import Kind, Line

#: Each language's commonest short words that the others do not write (a locale file's code).
_WORDS = {
    "en": "the and of with that this is are was were which from have has",
    "it": "il di non della delle degli che per sono gli nel nella questo anche più alla dei",
    "es": "el los las que del por para como pero está más sus este esta",
    "fr": "le les des est une pour dans avec sur pas qui sont cette aux",
    "de": "der die und das ist nicht mit den ein eine auf sich dem wird",
    "pt": "não uma para com dos das os mais como são pelo pela foi",
    "nl": "het een van niet zijn voor met dat wordt ook naar bij",
}
_WORD = re.compile(r"[^\W\d_]{2,}")
#: The fewest hits the winner needs, how far it must outvote the next, and how much prose is read.
_FEWEST = 8
_MARGIN = 2
_ENOUGH = 4000


@cache
def _languages() -> dict[str, frozenset[str]]:
    """Each word and the languages that list it."""
    found: dict[str, set[str]] = {}
    for language, words in _WORDS.items():
        for word in words.split():
            found.setdefault(word, set()).add(language)
    return {word: frozenset(languages) for word, languages in found.items()}


def prose_language(lines: Sequence[Line]) -> str | None:
    """The language the page's prose is written in, or None when it says none clearly."""
    words = _languages()
    votes: Counter[str] = Counter()
    read = 0
    for line in lines:
        if line.kind is not Kind.TEXT:
            continue
        for word in _WORD.findall(line.text):
            for language in words.get(word.casefold(), ()):
                votes[language] += 1
        read += len(line.text)
        if read > _ENOUGH:
            break
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < _FEWEST:
        return None
    if len(ranked) > 1 and ranked[0][1] <= _MARGIN * ranked[1][1]:
        return None
    return ranked[0][0]
