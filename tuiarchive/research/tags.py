"""A reader's tags as typed: `+tag -tag` words read into tags to add and to take off."""

from __future__ import annotations


def read_tag_words(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The tags to add and to remove that `+ferry -todo caspian` asks for: `+word` and a
    bare word add, `-word` removes, each once, in the order written. ValueError if the
    text names no tag (the store says whether each tag can be one)."""
    add: dict[str, None] = {}
    remove: dict[str, None] = {}
    for word in text.split():
        if word.startswith("-"):
            tag = word[1:].strip().lower()
            if tag:
                remove[tag] = None
                add.pop(tag, None)
        else:
            tag = word.removeprefix("+").strip().lower()
            if tag:
                add[tag] = None
                remove.pop(tag, None)
    if not add and not remove:
        raise ValueError("no tags: type +tag to add one, -tag to take one off")
    return tuple(add), tuple(remove)


def complete_tag_words(text: str, known: list[str]) -> str | None:
    """`text` with its last word completed to a known tag (`+fe` → `+ferry`), or None if
    no known tag starts with it. `known` is most used first: the first that fits wins."""
    if not text or text[-1].isspace():
        return None
    head, _, last = text.rpartition(" ")
    sign = last[:1] if last[:1] in "+-" else ""
    start = last[len(sign) :].lower()
    if not start:
        return None
    for tag in known:
        if tag.startswith(start) and tag != start:
            return f"{head} {sign}{tag}" if head or text.startswith(" ") else f"{sign}{tag}"
    return None
