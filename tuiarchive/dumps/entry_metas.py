"""A pandoc WordPress page's entry meta read by its theme's classes: date, author, categories, tags."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tuiarchive.dumps.dates import Moment, match_moment
from tuiarchive.dumps.line_kinds import BLANK_LINE, FooterFacts, Kind, Line, classify
from tuiarchive.dumps.links import ANY_LINK
from tuiarchive.dumps.pandoc import div_fence, without_attributes

#: A line marking a post's title by its class: `Title {#t .entry-title}`, `{.cb-post-title`.
_TITLE = re.compile(r"\{[^{}]*\.(?:[\w-]+-)?(?:entry|post)-title\b")
#: A div a theme holds its entry meta in: `.entry-meta`, `.cb-post-meta`, `.posted-info`,
#: `.cat-links`, `.tags-links`, `.entry-footer` (never Blogger's `.post-footer`).
_META_DIV = re.compile(
    r"\.(?:[\w-]+-)?(?:entry-(?:meta|footer|utility|posted|info|categories|tags)"
    r"|post-(?:meta|info|cat|cats|categories|tags))\b"
    r"|\.posted-(?:on|info)\b|\.(?:cat|tags?|category|categories)-links\b|\.byline\b"
)
#: A span or link of the entry meta outside such a div: `](…){.posted-on}`, `]{.cat-links}`.
_META_SPAN = re.compile(
    r"[\])]\{[^{}]*\.(?:posted-on|byline|cat-links|tags-links|entry-date|entry-categories"
    r"|entry-tags(?:-date)?)\b"
)
#: An author box's text (a bio) between a post's text and its meta: the page's, no post's.
_AUTHOR_BOX = re.compile(r"\.author-(?:description|bio|info|box)\b")
#: The links to the previous and the next post (WordPress's post navigation).
#: Jetpack's share buttons (`.sharedaddy`, `.sd-sharing`): no text either.
_NAV_DIV = re.compile(
    r"\.(?:nav-links|nav-previous|nav-next|post-navigation|sharedaddy|sd-sharing|blogger-post-footer"
    r"|taxonomy-description|archive-description)\b"
)
#: A heading the theme hides but for screen readers: `Navigation {#nav .screen-reader-text}`.
_HIDDEN_HEADING = re.compile(r"\{[^{}]*\.(?:screen-reader-text|page-title)\b[^{}]*\}[ \t]*$")
#: A post's text: no meta read inside it.
_CONTENT_DIV = re.compile(r"\.(?:[\w-]+-)?(?:entry|post)-(?:content|body)\b")
_LABEL_SPAN = re.compile(
    r"\[((?:[^\[\]]++|\[(?:[^\[\]]++|\[[^\[\]]*+\])*+\])*+)\]"
    r"\{[^{}]*\.(?:cat-links|tags-links|entry-categories|entry-tags)(?![\w-])[^{}]*\}"
)
_LABEL_URL = re.compile(r"/(?:category|tag)/[^/\s]")
_AUTHOR_URL = re.compile(r"/author/[^/\s]|[?&]author=")
_COMMENTS_URL = re.compile(r"#(?:comments|respond)$")
_SPAN_BEFORE_SPAN = re.compile(r"(\]\{[^{}]*\})(?=\[)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_ESCAPE = re.compile(r"\\(.)")
_LIST_ITEM = re.compile(r"\s*(?:[-*+]|\d{1,3}[.)])\s")
_BARE = re.compile(r"[\s,;|·]*")
#: A post's own address: a date in its path (WordPress's permalinks).
_POST_URL = re.compile(r"/(?:19|20)\d\d/\d\d/(?:\d\d/)?[^/\s]+")
_BARE_ITEMS = frozenset("-*+")
_COUNT = re.compile(r"(\d{1,5})\s+\w")
_MAX_REGION = 24  # lines: a meta paragraph, never a post


def may_hold_entry_meta(text: str) -> bool:
    """Whether a page may hold a theme's entry meta marked by classes (pandoc Markdown)."""
    if ":::" not in text or "-title" not in text:
        return False
    return _META_SPAN.search(text) is not None or _META_DIV.search(text) is not None


@dataclass
class _Facts:
    author: str | None = None
    moment: Moment | None = None
    comments: int | None = None
    labels: list[str] = field(default_factory=list)
    permalink: str | None = None
    comments_url: str | None = None


def _first_date(text: str) -> Moment | None:
    """The first date in a short text: the whole, or the words before a year."""
    found = match_moment(text)
    if found is not None and found.date is not None:
        return found
    for year in _YEAR.finditer(text):
        head = text[: year.end()]
        starts = [0, *(m.end() for m in re.finditer(r"[\s(|,;]+", head))]
        for start in starts[-6:]:
            found = match_moment(head[start:].strip(" ,;:.|"))
            if found is not None and found.date is not None:
                return found
    return None


def _read(raw: str, facts: _Facts) -> None:
    """The facts of one region's saved text added to `facts`."""
    listed = (  # the links a span of categories or tags holds, whatever their address
        {link["url"] for span in _LABEL_SPAN.finditer(raw) for link in ANY_LINK.finditer(span[1])}
        if "-links" in raw or ".entry-" in raw
        else set()
    )
    reduced = without_attributes(_SPAN_BEFORE_SPAN.sub(r"\1 ", raw))
    plain = []
    at = 0
    for link in ANY_LINK.finditer(reduced):
        plain.append(reduced[at : link.start()])
        at = link.end()
        text = _ESCAPE.sub(r"\1", " ".join(link["text"].split()))
        url = link["url"]
        if not text:
            continue
        if _AUTHOR_URL.search(url):
            facts.author = facts.author or text
        elif _LABEL_URL.search(url) or url in listed:
            if text not in facts.labels:
                facts.labels.append(text)
        elif _COMMENTS_URL.search(url):
            facts.comments_url = facts.comments_url or url.split("#")[0]
            if facts.comments is None:
                count = classify(1, text).facts.comments
                leading = _COUNT.match(text)  # "2 comentarios en <title>"
                facts.comments = int(leading[1]) if count is None and leading else count
        elif facts.moment is None and (moment := _first_date(text)) is not None:
            facts.moment = moment
            facts.permalink = facts.permalink or url
        elif url.split("#")[0] == facts.comments_url or "permalink" in text.lower():
            facts.permalink = facts.permalink or url
        else:
            plain.append(" | ")
    plain.append(reduced[at:])
    if facts.moment is None:
        facts.moment = _first_date(" ".join("".join(plain).split()))


def _bare_labels(raw: str) -> bool:
    """Whether a paragraph is links alone, to category or tag pages but for one (the
    post's permalink): a theme's footer whose classes the converter dropped."""
    links = list(ANY_LINK.finditer(raw))
    if not _BARE.fullmatch(ANY_LINK.sub("", raw)):
        return False
    labels = sum(1 for link in links if _LABEL_URL.search(link["url"]))
    others = [link for link in links if not _LABEL_URL.search(link["url"])]
    return labels >= 2 and len(others) <= 1 and all(_POST_URL.search(o["url"]) for o in others)


@dataclass
class _Spans:
    """Where a page's classes put its posts' meta, author boxes, post navigation and texts."""

    meta: list[tuple[int, int]] = field(default_factory=list)
    boxes: list[tuple[int, int]] = field(default_factory=list)
    navs: list[tuple[int, int]] = field(default_factory=list)
    texts: list[int] = field(default_factory=list)  # where each post text's div opens


def _regions(source: list[str]) -> _Spans:
    """The spans of lines (start, end) holding entry meta: a meta div's inside, or a
    paragraph outside one holding a meta span (with the list of links under a bare heading);
    and the spans of the author boxes' and the post navigation's divs."""
    spans = _Spans()
    regions = spans.meta
    box_from = nav_from = -1
    content_end = -2  # the closing fence of the last post text's div
    stack: list[str] = []  # what each open div is: "meta", "content" or ""
    meta_from = -1
    i = 0
    while i < len(source):
        line = source[i]
        if ":::" in line and div_fence(line):
            if line.strip().strip(":"):  # an opening fence
                kind = "meta" if _META_DIV.search(line) else ""
                kind = "content" if _CONTENT_DIV.search(line) else kind
                if not kind and _AUTHOR_BOX.search(line) and "box" not in stack:
                    kind, box_from = "box", i + 1
                if not kind and _NAV_DIV.search(line) and "nav" not in stack:
                    kind, nav_from = "nav", i + 1
                if kind == "content":
                    spans.texts.append(i)
                if kind == "meta" and "meta" not in stack and "content" not in stack:
                    meta_from = i + 1
                stack.append(kind)
            elif stack:
                closed = stack.pop()
                if closed == "content":
                    content_end = i
                if closed == "box" and "box" not in stack:
                    spans.boxes.append((box_from, i))
                if closed == "nav" and "nav" not in stack:
                    spans.navs.append((nav_from, i))
                if closed == "meta" and "meta" not in stack and meta_from >= 0:
                    if i - meta_from <= _MAX_REGION:
                        regions.append((meta_from, i))
                    meta_from = -1
            i += 1
            continue
        if not line.strip() or "meta" in stack or "content" in stack:
            i += 1
            continue
        if ("screen-reader-text" in line or "page-title" in line) and _HIDDEN_HEADING.search(line):
            spans.navs.append((i, i + 1))  # "Navigation des articles": a heading for screen readers
            i += 1
            continue
        end = i
        while end < len(source) and source[end].strip() and not div_fence(source[end]):
            end += 1
        joined = " ".join(source[i:end])
        if end - i > _MAX_REGION:
            pass
        elif i - content_end <= 2 and _bare_labels(joined):
            regions.append((i, end))  # the theme's meta with its classes lost: links alone
        elif _META_SPAN.search(joined):
            if "](" not in joined:  # "Catégories :" alone: its links listed below
                below = end
                while below < len(source) and not source[below].strip():
                    below += 1
                after = below
                while after < len(source) and _LIST_ITEM.match(source[after]):
                    after += 1
                if after > below:
                    end = after
            regions.append((i, end))
        i = end
    return spans


def _own(lines: list[Line], region: tuple[int, int]) -> list[int]:
    return [i for i in range(*region) if lines[i].kind is not Kind.BLANK]


def _filled(old: FooterFacts, facts: _Facts) -> FooterFacts:
    """A footer's facts as the parser read them, what it missed taken from the classes."""
    return FooterFacts(
        author=old.author or facts.author,
        moment=old.moment or facts.moment,
        comments=old.comments if old.comments is not None else facts.comments,
        labels=old.labels or tuple(facts.labels) or None,
        labels_continue=old.labels_continue,
        note=old.note,
        kept=old.kept,
    )


def _post_meta(
    out: list[Line],
    source: list[str],
    title: int,
    regions: list[tuple[int, int]],
    boxes: list[tuple[int, int]],
) -> str | None:
    """One post's meta regions read into `out`, into one footer line (the first line of the
    first region below the title): the categories above the title and the tags after the
    body (unless a footer was read there already) made chrome. Its date's link, or None."""
    main_at = next((k for k, (start, _) in enumerate(regions) if start > title), None)
    if main_at is None:
        return None
    main_lines = _own(out, regions[main_at])
    if not main_lines:
        return None
    others = []
    for k, region in enumerate(regions):
        own = _own(out, region)
        if k == main_at or not own:
            continue
        if any(out[i].kind is Kind.FOOTER and out[i].facts.labels for i in own):
            for i in own:  # labels the parser read: kept; "Catégories :" over them is chrome
                if out[i].kind is Kind.TEXT:
                    out[i] = Line(out[i].number, out[i].raw, Kind.CHROME, out[i].text)
            continue
        others.append((region, own))
    facts = _Facts()
    read_already = out[main_lines[0]].kind is Kind.FOOTER
    for (start, end), _ in sorted([*others, (regions[main_at], main_lines)]):
        if read_already and start == regions[main_at][0]:
            read = _Facts()  # a footer the parser read: its labels as it read them
            _read(" ".join(s.strip() for s in source[start:end]), read)
            facts.author, facts.moment = facts.author or read.author, facts.moment or read.moment
            facts.permalink = facts.permalink or read.permalink
            continue
        _read(" ".join(s.strip() for s in source[start:end]), facts)
    if facts.moment is None and facts.author is None and not facts.labels:
        return None
    below = regions[main_at][0]
    bios = [i for start, end in boxes if title < start < below for i in _own(out, (start, end))]
    for _, own in [*others, ((0, 0), bios)]:
        for i in own:
            out[i] = Line(out[i].number, out[i].raw, Kind.CHROME, out[i].text)
    main = main_lines[0]
    line = out[main]
    old = line.facts if line.kind is Kind.FOOTER else FooterFacts()
    out[main] = Line(line.number, line.raw, Kind.FOOTER, line.text, facts=_filled(old, facts))
    for i in main_lines[1:]:  # the meta's other lines: no end of the post
        out[i] = BLANK_LINE
    link = facts.permalink or ""
    return (
        link if link.startswith(("http://", "https://")) else ""
    )  # a saved copy's "../index.html"


def entry_metas(lines: list[Line], source: list[str]) -> tuple[list[Line], str | None]:
    """The entry meta of each post marked `.entry-title` read by its classes into footer
    lines; and the post's own address (its date's link) when the page holds one such post."""
    if len(lines) != len(source):
        return lines, None
    titles = [i for i, line in enumerate(source) if "-title" in line and _TITLE.search(line)]
    if not titles:
        return lines, None
    groups: dict[int, list[tuple[int, int]]] = {}
    spans = _regions(source)
    for start, end in spans.meta:
        owner = next((t for t in reversed(titles) if t < start), titles[0])
        groups.setdefault(owner, []).append((start, end))
    out = list(lines)
    permalinks = [_post_meta(out, source, t, found, spans.boxes) for t, found in groups.items()]
    read = [link for link in permalinks if link is not None]
    if not read:
        return lines, None
    for i, line in enumerate(out):  # "-   ": an item of icons alone (share links), no text
        if line.kind is Kind.TEXT and line.text in _BARE_ITEMS:
            out[i] = BLANK_LINE
        elif line.kind is Kind.TEXT and ".comments-title" in source[i]:
            count = _COUNT.match(line.text)  # "5 commentaires [Ajouter un commentaire](#respond)"
            if count is not None:
                facts = FooterFacts(comments=int(count[1]))
                out[i] = Line(line.number, line.raw, Kind.FOOTER, line.text, facts=facts)
    for start, end in spans.navs:  # "Précédent" / "Suivant", "Partager": no text of a post
        title = max((t for t in titles if t < start), default=-1)
        text = max((t for t in spans.texts if t < start), default=-1)
        for i in _own(out, (start, end)):
            line = out[i]
            chrome = Line(line.number, line.raw, Kind.CHROME, line.text)
            out[i] = BLANK_LINE if title > text else chrome  # above the text: no end of it
    return out, read[0] or None if len(read) == 1 else None
