"""A web clipping appended to a note: a second front matter mid-file that opens a clipped page."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_search import holds

#: A front matter key line ("title: …", "source:") or a list item / nested value under one.
_KEY = re.compile(r"[A-Za-z_][\w-]*\s*:(?:\s.*)?")
_ITEM = re.compile(r"\s+\S.*|-\s.*")
#: The keys that say the block names a page kept from the web: its title and its address.
_TITLE = re.compile(r"title\s*:\s*\S", re.I)
_ADDRESS = re.compile(r"(?:source|url|link|original_url|source_url)\s*:\s*\S", re.I)
_MOST_KEYS = 40


def may_hold_clipping(text: str) -> bool:
    """A cheap look: a rule line somewhere after the top, a title key below it."""
    return holds(text, "\n---") and "title:" in text.lower()


def clipping_start(lines: list[str]) -> int | None:
    """The index of the `---` line that opens a clipped page's front matter below a note's
    own lines, or None: the block holds only key lines, up to a closing `---`, among
    them a title and the page's address; something not blank stands above it."""
    start = 0
    if lines and lines[0].strip() == "---":  # the note's own front matter: look below it
        start = next((i + 1 for i in range(1, len(lines)) if lines[i].strip() == "---"), 0)
    for index in range(start, len(lines)):
        if lines[index].rstrip() != "---":
            continue
        if not any(line.strip() for line in lines[start:index]):
            continue  # nothing above: the page's own front matter, read as such
        if _opens_clipping(lines, index):
            return index
    return None


def _opens_clipping(lines: list[str], index: int) -> bool:
    titled = addressed = False
    for line in lines[index + 1 : index + 1 + _MOST_KEYS]:
        if line.rstrip() == "---":
            return titled and addressed
        if _KEY.fullmatch(line):
            titled = titled or bool(_TITLE.match(line))
            addressed = addressed or bool(_ADDRESS.match(line))
        elif not _ITEM.fullmatch(line):
            return False  # prose (or a blank line): a rule in a text, no front matter
    return False


def note_lines(lines: list[str]) -> tuple[str, ...]:
    """The note's own lines above the clipping, kept aside (blank ones dropped)."""
    return tuple(line.strip() for line in lines if line.strip())
