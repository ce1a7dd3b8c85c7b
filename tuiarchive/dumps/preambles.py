"""Someone else's text above a pasted post with no post frame of its own: a README, a mail."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tuiarchive.dumps.line_kinds import BLANK_LINE, Kind, Line, ends_sentence, evidence
from tuiarchive.dumps.names import title_like
from tuiarchive.dumps.wrappers import mail_header_line, may_hold_mail
from tuiarchive.model import Post

#: A link printed as a button: "Know More >", "Read more »".
_BUTTON = re.compile(r".*\s(?:>|»|›)")
_CLUSTER = 4  # lines between two of a mail's header fields, at most
_POST_LINES = 8  # lines of text of a post's tail below a text in another script, at least
_HEADINGS = 2  # Markdown headings of a README above a pasted post's tail, at least


@dataclass(frozen=True)
class Preamble:
    """The lines above the pasted post (indices below `end`), and whether its title was cut."""

    end: int
    untitled: str | None  # the head cut off: what joins the first line to the text under it
    why: str


def preamble(lines: list[Line], text: str, headings: dict[int, int]) -> Preamble | None:
    """Where a post pasted below another text starts: the first title under a forwarded mail's
    header block, or the first line of a text in the script of the post's footer under a
    README in another script (the post's head cut off there: no title). None when a date
    header, or no footer, is on the page."""
    frame = _first_frame(lines)
    if frame is None:
        return None
    start = _below_mail_header(lines, frame) if may_hold_mail(text) else None
    if start is not None:
        return Preamble(start, None, "a forwarded mail's header block and the text above it")
    if not headings or min(headings) != _first_text(lines):
        return None
    start = _below_other_script(lines, frame, headings)
    if start is not None:
        apart = start + 1 < len(lines) and lines[start + 1].kind is Kind.BLANK
        cut = "\n\n" if apart else "\n"
        return Preamble(start, cut, "a README in another script, the post's head cut off")
    return None


def _first_text(lines: list[Line]) -> int | None:
    return next((i for i, line in enumerate(lines) if line.kind is not Kind.BLANK), None)


def _first_frame(lines: list[Line]) -> int | None:
    """The first footer of the page that says something of its post; None when a date header
    comes first (a post the reader finds by its date)."""
    for index, line in enumerate(lines):
        if line.kind is Kind.DATE:
            return None
        if line.kind in (Kind.FOOTER, Kind.BYLINE) and evidence(line.facts):
            return index
    return None


def _below_mail_header(lines: list[Line], frame: int) -> int | None:
    """The title under the last header block of a mail above the footer (two fields or more
    close together), past the mail's own lines that are no title (a sentence, a button)."""
    fields = [i for i in range(frame) if lines[i].raw and mail_header_line(lines[i].raw)]
    if len(fields) < 2 or fields[-1] - fields[-2] > _CLUSTER:
        return None
    for index in range(fields[-1] + 1, frame):
        line = lines[index]
        if line.kind is Kind.BLANK:
            continue
        if line.kind is not Kind.TEXT:
            return None
        text = line.text
        if title_like(text) and not ends_sentence(text) and not _BUTTON.fullmatch(text):
            return index if any(ln.kind is Kind.TEXT for ln in lines[index + 1 : frame]) else None
    return None


def _below_other_script(lines: list[Line], frame: int, headings: dict[int, int]) -> int | None:
    """The first line of the run of text above the footer in the footer's script, when a text
    in another script with headings of its own stands above it."""
    script = _script(lines[frame].text)
    if script is None:
        return None
    start, count = None, 0
    for index in range(frame - 1, -1, -1):
        line = lines[index]
        if line.kind is Kind.BLANK:
            continue
        if index in headings:
            break  # a heading: the post's tail is plain text
        own = _script(line.text)
        if own is not None and own != script:
            break
        start, count = index, count + 1
    if start is None or count < _POST_LINES or not any(i < start for i in headings):
        return None
    above = [i for i in headings if i < start]
    foreign = [ln for ln in lines[:start] if (s := _script(ln.text)) and s != script]
    return start if len(above) >= _HEADINGS and len(foreign) >= _POST_LINES else None


def _script(text: str) -> str | None:
    """The script most of a line's letters are in (a coarse one: Latin, Cyrillic, Greek, CJK,
    other), None when it has none."""
    counts: dict[str, int] = {}
    for char in text:
        if not char.isalpha():
            continue
        code = ord(char)
        name = (
            "latin"
            if code < 0x250 or 0x1E00 <= code < 0x1F00
            else "greek"
            if 0x370 <= code < 0x400
            else "cyrillic"
            if 0x400 <= code < 0x530
            else "cjk"
            if 0x2E80 <= code < 0xA000 or 0xAC00 <= code < 0xD7B0 or 0xF900 <= code < 0xFB00
            else "other"
        )
        counts[name] = counts.get(name, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def without_preamble(lines: list[Line], found: Preamble) -> tuple[list[Line], list[str]]:
    """The page's lines with the preamble's left blank, and the preamble's lines of text."""
    kept = [line.text for line in lines[: found.end] if line.kind is not Kind.BLANK]
    return [BLANK_LINE] * found.end + lines[found.end :], kept


def with_preamble(post: Post, kept: list[str], found: Preamble) -> Post:
    """The post below the preamble, with the preamble's lines kept aside and said so; a post
    whose head was cut off has no title: its first line is its text's."""
    said = (
        f"lines above line {found.end + 1} ({found.why}) have no post frame of their own: kept"
        f" aside ({len(kept)} line(s)): {' / '.join(kept)[:80]!r}"
    )
    changes: dict[str, object] = {
        "extra_text": (*kept, *post.extra_text),
        "warnings": (*post.warnings, said),
    }
    if found.untitled is not None and post.title:
        changes["title"] = ""
        changes["body"] = f"{post.title}{found.untitled}{post.body}" if post.body else post.title
    return post.with_changes(**changes)
