"""What counts as a word when filtering and highlighting: one definition shared by all."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Letters and digits (Unicode categories L* and N*); everything else separates words.
# The full-text index is configured with the same categories so that both agree.
WORD = re.compile(r"[^\W_]+")


def normalise(text: str) -> str:
    """Text in the form words are compared in: NFC, lower case."""
    return unicodedata.normalize("NFC", text).lower()


def label_key(label: str) -> str:
    """A label as labels are compared: case and runs of spaces ignored."""
    return " ".join(label.split()).casefold()


def tokens(text: str) -> list[str]:
    """The words of `text`, lower-cased, in order."""
    return WORD.findall(normalise(text))


@dataclass(frozen=True)
class Pattern:
    """Consecutive words to find: each a word prefix (`prefix`) or a whole word."""

    words: tuple[str, ...]
    prefix: bool

    def found_in(self, text_tokens: Sequence[str]) -> bool:
        """Whether the words occur consecutively in a token list."""
        n = len(self.words)
        if n == 0:
            return False
        first = self.words[0]
        for start in range(len(text_tokens) - n + 1):
            if self._same(text_tokens[start], first) and all(
                self._same(text_tokens[start + k], self.words[k]) for k in range(1, n)
            ):
                return True
        return False

    def _same(self, token: str, word: str) -> bool:
        return token.startswith(word) if self.prefix else token == word


def find_spans(text: str, patterns: Iterable[Pattern]) -> list[tuple[int, int]]:
    """Character spans of `text` where any pattern occurs, sorted and merged."""
    patterns = [p for p in patterns if p.words]
    if not patterns or not text:
        return []
    matches = list(WORD.finditer(text))
    folded = [normalise(m.group()) for m in matches]
    spans: list[tuple[int, int]] = []
    for pattern in patterns:
        n = len(pattern.words)
        for start in range(len(folded) - n + 1):
            if all(pattern._same(folded[start + k], pattern.words[k]) for k in range(n)):
                spans.append((matches[start].start(), matches[start + n - 1].end()))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for begin, end in spans:
        if merged and begin <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((begin, end))
    return merged
