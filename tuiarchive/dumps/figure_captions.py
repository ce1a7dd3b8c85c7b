"""A figure's caption: body text, unless it stands where a title would be read (left out, said)."""

from __future__ import annotations

from collections.abc import Callable

from tuiarchive.dumps.line_kinds import BLANK_LINE, Kind, Line
from tuiarchive.model import Post


def placed_captions(
    lines: list[Line],
    captions: dict[int, str],
    headings: dict[int, int],
    classify: Callable[[int, str], Line],
) -> tuple[list[Line], list[tuple[int, str]]]:
    """The lines with each caption that has no prose line above it (a heading, a post's meta
    line or the page's top: a title's place) cut out, text glued after it kept on its line;
    and the captions cut out (line number, text)."""
    if not captions:
        return lines, []
    out, dropped = list(lines), []
    for index, caption in sorted(captions.items()):
        line = out[index]
        if line.kind is Kind.BLANK or not caption or caption not in line.raw:
            continue
        above = index - 1
        while above >= 0 and out[above].kind is Kind.BLANK:
            above -= 1
        if above >= 0 and out[above].kind is Kind.TEXT and above not in headings:
            continue  # inside a body: the author's text
        rest = line.raw.replace(caption, "", 1).strip()
        out[index] = classify(line.number, rest) if rest else BLANK_LINE
        dropped.append((line.number, caption))
    return out, dropped


def with_caption_notes(posts: list[Post], dropped: list[tuple[int, str]]) -> list[Post]:
    """Each caption cut out said on the post it stands in (the last one starting above it)."""
    for number, text in dropped:
        at = max((i for i, post in enumerate(posts) if post.line <= number), default=0)
        said = (
            f"line {number}: a figure's caption where a title would stand (under the post's"
            f" head) left out of the body: {text[:60]!r}"
        )
        posts[at] = posts[at].with_changes(warnings=(*posts[at].warnings, said))
    return posts
