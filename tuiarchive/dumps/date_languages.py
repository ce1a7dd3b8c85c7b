"""Whether one language names every word of a date: "Anna 11 juillet 2016" mixes a name in."""

from __future__ import annotations

from functools import cache

from tuiarchive.calendar_words import LANGUAGES, language_calendar


@cache
def calendar_names(code: str) -> frozenset[str]:
    """The month and weekday names of one language, casefolded, with and without a dot."""
    months, weekdays = language_calendar(code)
    words: set[str] = set()
    for name in [*(name for _, name in months), *weekdays]:
        folded = name.casefold().strip()
        words.update((folded, folded.rstrip(".")))
    return frozenset(words)


def one_language(names: list[str]) -> bool:
    """Whether some language knows all of a date's month and weekday words (casefolded)."""
    return any(all(name in calendar_names(code) for name in names) for code in LANGUAGES)
