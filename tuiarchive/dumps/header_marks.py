"""Header lines a page's markup marks as chrome: a skip link atop it, a div of the blog's description."""

from __future__ import annotations

import re

from tuiarchive.dumps.pandoc import div_fence

#: A line that is one link to an anchor of the page itself: "[Skip to content](#main)",
#: "[본문 바로가기](https://x.example/41#content)", pandoc's attributes after it.
_ANCHOR_LINK = re.compile(
    r"[ \t]*\[[^\[\]\n]+\]\((?:https?://[^\s()#]*)?#[\w-]+\)(?:\{[^{}\n]*\})?[ \t]*"
)
#: How many lines atop the page a skip link may stand in (it is the page's first link).
_TOP = 3
#: A pandoc div holding the blog's description or tagline (Blogger's, WordPress themes').
_DESCRIPTION_DIV = re.compile(
    r"\.(?:descriptionwrapper|description|site-description|blog-description|tagline)(?=[\s}])"
)


def header_chrome(lines: list[str], divs: bool) -> frozenset[int]:
    """The indexes of the raw Markdown lines that are the header's chrome, not its name."""
    found: set[int] = set()
    top = [i for i, line in enumerate(lines[:200]) if line.strip() and not div_fence(line)]
    found.update(i for i in top[:_TOP] if _ANCHOR_LINK.fullmatch(lines[i]))
    if divs:
        found.update(_description_lines(lines))
    return frozenset(found)


def _description_lines(lines: list[str]) -> list[int]:
    """The lines inside a pandoc div of the blog's description (nested divs counted)."""
    inside: list[int] = []
    depth = 0  # divs open inside the description's, itself included; 0: outside
    for i, line in enumerate(lines):
        if not div_fence(line):
            if depth:
                inside.append(i)
            continue
        opens = "{" in line or line.strip().strip(":").strip() != ""
        if depth:
            depth += 1 if opens else -1
        elif opens and _DESCRIPTION_DIV.search(line):
            depth = 1
    return [i for i in inside if lines[i].strip()]
