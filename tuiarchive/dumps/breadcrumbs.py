"""A breadcrumb above a post ("Home > Category > Post", "首页 > 机器学习 > 正文"): its category."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import Kind, Line, classify
from tuiarchive.model import Post

#: The marks between a breadcrumb's steps.
_STEP = re.compile(r"\s+(?:[>»›]{1,2}|[/|])\s+|\s*[>»›]{1,2}\s*")
_MARKS = (">", "»", "›")
_STEP_WORDS = 6  # a step longer than this is a sentence, not a page's name


def crumb_categories(text: str) -> tuple[str, ...] | None:
    """The categories of a breadcrumb line: the steps between its first (the home page, a
    known navigation word) and its last (the post itself, by title or as "正文"); None if
    the line is no breadcrumb."""
    if not any(mark in text for mark in _MARKS):
        return None
    steps = [" ".join(step.split()) for step in _STEP.split(text.strip())]
    if len(steps) < 3 or not all(steps) or any(len(s.split()) > _STEP_WORDS for s in steps):
        return None
    if classify(0, steps[0]).kind is not Kind.NAV:
        return None
    return tuple(steps[1:-1])


def breadcrumb_above(
    lines: list[Line], after: int, first: int
) -> tuple[Line, tuple[str, ...]] | None:
    """The breadcrumb between the line numbered `after` and the post's first line `first`."""
    for line in lines:
        if line.number <= after or line.kind is Kind.BLANK:
            continue
        if line.number >= first:
            return None
        categories = crumb_categories(line.text)
        if categories:
            return line, categories
    return None


def with_breadcrumb(post: Post, lines: list[Line], after: int, stray: list[str]) -> Post:
    """The page's one post given its breadcrumb's categories as labels (said in a warning);
    the breadcrumb leaves the unplaced lines above the post (`stray`, changed in place)."""
    found = breadcrumb_above(lines, after, post.line)
    if found is None:
        return post
    line, categories = found
    if line.kind is not Kind.NAV and line.text not in stray:
        return post  # placed already (a title, a body): not the page's header
    if line.text in stray:
        stray.remove(line.text)
    known = {label.casefold() for label in post.labels}
    added = tuple(c for c in categories if c.casefold() not in known)
    said = (
        f"line {line.number}: the breadcrumb {line.text!r} gives the post's category: "
        f"read as a label ({', '.join(categories)})"
    )
    return post.with_changes(labels=post.labels + added, warnings=(*post.warnings, said))
