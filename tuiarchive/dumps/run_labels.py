"""A label of many words with no small joining word: perhaps several labels run together."""

from __future__ import annotations

_MIN_WORDS = 4
_JOINING = 3  # "de", "and", "of", "ve", "à": a long label's words joined by a short one


def run_together_warning(labels: tuple[str, ...]) -> str | None:
    """A warning for the first label that reads as tags printed with no separator
    ("primeros pasos tutorial python"), or None."""
    for label in labels:
        words = label.split()
        if len(words) >= _MIN_WORDS and all(len(word) > _JOINING for word in words):
            return (
                f"the label {label[:60]!r} has {len(words)} words and no separator: "
                "it may be several labels run together; kept as one"
            )
    return None
