"""An older theme's head under the byline: "Posted in [category]" and the post's own links."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import FooterFacts, Kind, Line

#: "Posted in [a](…/category/a/), [b](…)": the words, then links to category or tag pages.
_CATEGORY_LINE = re.compile(
    r"\s*(?:Posted in|Filed under|Categories|Category)\s*:?\s+"
    r"(?P<links>(?:\[[^\[\]\n]{1,80}\]\([^()\s]*/(?:category|categories|tags?)/[^()\s]*\)"
    r"[\s,;·|/]*)+)",
    re.IGNORECASE,
)
_LABEL = re.compile(r"\[(?P<name>[^\[\]\n]{1,80})\]\(")
#: A link's address: "[Trackbacks](https://…/post/#trackbacks)".
_LINK = re.compile(r"\[[^\[\]\n]{1,40}\]\((?P<url>[^()\s]+)\)")
_ROW_GLUE = re.compile(r"[\s|]*")
#: How many lines (not blank) under the byline the head may hold.
_HEAD = 3


def may_hold_head_category(text: str) -> bool:
    """Whether the page names a category page in a link: the pass's cheap gate."""
    return "/category/" in text or "/categories/" in text


def head_categories(lines: list[Line], saved: list[str]) -> list[Line]:
    """Under each byline, before the post's text: a "Posted in [category]" line read as the
    post's labels, and a row of links to the post's own address ("Link | Trackbacks |")
    read as chrome."""
    out = lines
    for index, line in enumerate(lines):
        if not _byline(line):
            continue
        seen = 0
        at = index + 1
        while at < len(lines) and seen < _HEAD:
            below = lines[at]
            at += 1
            if below.kind is Kind.BLANK:
                continue
            seen += 1
            if below.kind is not Kind.TEXT or below.number - 1 >= len(saved):
                break
            raw = saved[below.number - 1]
            found = _CATEGORY_LINE.fullmatch(raw.rstrip())
            if found is not None:
                names = tuple(m["name"].strip() for m in _LABEL.finditer(found["links"]))
                facts = FooterFacts(labels=tuple(n for n in names if n))
                made = Line(below.number, below.raw, Kind.FOOTER, below.text, facts=facts)
            elif _own_links(raw):
                made = Line(below.number, below.raw, Kind.CHROME, below.text)
            else:
                break
            if out is lines:
                out = list(lines)
            out[at - 1] = made
    return out


def _byline(line: Line) -> bool:
    """Whether a line is a byline: its author or its date."""
    if line.kind is Kind.BYLINE:
        return True
    facts = line.facts
    return line.kind is Kind.FOOTER and (facts.author is not None or facts.moment is not None)


def _own_links(raw: str) -> bool:
    """Whether a line is only two or more links, with bars between, each to the first one's
    address (an anchor of it, or a page that looks it up; an archive's copy of each)."""
    found = list(_LINK.finditer(raw))
    if len(found) < 2:
        return False
    first = found[0]["url"].split("#")[0].rstrip("/")
    if not first.startswith(("http://", "https://", "/")):
        return False
    glue = [raw[: found[0].start()]] + [
        raw[one.end() : two.start()] for one, two in zip(found, found[1:], strict=False)
    ]
    glue.append(raw[found[-1].end() :])
    if not all(_ROW_GLUE.fullmatch(g) for g in glue) or "|" not in "".join(glue):
        return False
    own = first.rsplit("://", 1)[-1]  # an archive's copy: the address it keeps, at its end
    return all(own in m["url"] for m in found)
