"""A saved page's title with the blog's name joined to it ("Title « Blog", "Blog - Title"): the post's part."""

from __future__ import annotations

import re
from dataclasses import replace

from tuiarchive.dumps.line_kinds import Kind, Line
from tuiarchive.dumps.markup import FrontMatter

#: What a page's <title> sets between the post's title and the blog's name.
SITE_SEPARATORS = (
    " | ",
    " « ",
    " » ",
    " - ",
    " – ",
    " — ",
    " :: ",
    " · ",
    "｜",
)  # "｜": note.com, unspaced
_TOP = 40  # printed lines looked at for the title alone
_WORD = re.compile(r"[^\W_]+")


def without_site_suffix(
    front: FrontMatter, lines: list[Line]
) -> tuple[FrontMatter, list[Line], str | None]:
    """The front matter's title without a name joined after it, when the page prints the
    part before the separator alone on a line of its own near its top: what a page's <title>
    adds; the whole title printed above it is the clipper's heading (chrome, not the blog's
    name). With the warning saying so; all unchanged otherwise."""
    if front.title is None:
        return front, lines, None
    title = " ".join(front.title.split())
    top = [line.text for line in lines if line.kind is not Kind.BLANK][:_TOP]
    printed = {" ".join(text.split()).casefold() for text in top}
    for separator in SITE_SEPARATORS:
        head, _, name = title.rpartition(separator)
        head, name = head.strip(), name.strip()
        if not head or not name or len(name) > 60 or head.casefold() not in printed:
            continue
        whole = title.casefold()
        lines = [
            Line(line.number, line.raw, Kind.CHROME, line.text)
            if line.kind is Kind.TEXT and " ".join(line.text.split()).casefold() == whole
            else line
            for line in lines
        ]
        said = (
            f"the title is the front matter's ({title!r}) without {name!r} after it: the page"
            " prints the title without that name (a page title's site name, not read as the blog)"
        )
        return replace(front, title=head), lines, said
    return front, lines, None


def slug_side(title: str, url: str | None) -> tuple[str, str] | None:
    """A page title whose name comes first ("Ann's blog - Post"): (the post's part, the name),
    when the address's last segment spells the part after the first separator and not the
    part before it; None otherwise."""
    if not url:
        return None
    slug = _words(url.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0])
    if len(slug) < 2:
        return None
    for separator in SITE_SEPARATORS:
        name, found, rest = title.partition(separator)
        if not found or not name.strip() or not rest.strip():
            continue
        if _spells(rest, slug) and not _spells(name, slug):
            return rest.strip(), name.strip()
    return None


def _words(text: str) -> list[str]:
    return [word.casefold() for word in _WORD.findall(text)]


def _spells(part: str, slug: list[str]) -> bool:
    """Whether most of the slug's words are the part's."""
    words = set(_words(part))
    return sum(word in words for word in slug) * 4 >= len(slug) * 3
