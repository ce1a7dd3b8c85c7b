"""Org-mode files of blog posts (ox-hugo subtrees, `#+TITLE:` files): each post as Markdown."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass

from tuiarchive.dumps.line_search import holds
from tuiarchive.model import Post

#: File keywords an Org file of posts opens with (one of them must be there).
_FILE_KEY = re.compile(
    r"^#\+(title|date|author|filetags|tags|keywords|hugo_base_dir|hugo_section|startup"
    r"|options|setupfile|language|description|todo|seq_todo|typ_todo)[ \t]*:[ \t]*(.*?)[ \t\r]*$",
    re.IGNORECASE | re.MULTILINE,
)
_HEADING = re.compile(r"(\*+)[ \t]+(.*?)[ \t\r]*")
_TAGS = re.compile(r"(.*?)[ \t]+(:(?:[\w@#%]+:)+)")
_PRIORITY = re.compile(r"\[#[A-Z0-9]\][ \t]*")
_COOKIE = re.compile(r"[ \t]*\[\d*(?:%|/\d*)\]")
_DRAWER = re.compile(r"[ \t]*:([A-Za-z_-]+):[ \t\r]*")
_PROPERTY = re.compile(r"[ \t]*:([A-Za-z_-]+\+?):(?:[ \t]+(.*?))?[ \t\r]*")
_PLANNING = re.compile(r"[ \t]*(?:(?:CLOSED|SCHEDULED|DEADLINE):[ \t]*[<\[][^>\]]*[>\]][ \t]*)+")
_CLOSED = re.compile(r"CLOSED:[ \t]*\[([^\]]*)\]")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_BLOCK = re.compile(r"([ \t]*)#\+(begin|end)_(\w+)", re.IGNORECASE)
_KEYWORD_LINE = re.compile(r"[ \t]*#\+\w+:.*|[ \t]*#(?: .*)?")
_LINK = re.compile(r"\[\[([^\]]+)\](?:\[([^\]]+)\])?\]")
_NIKOLA = re.compile(r"\.\. (\w+):[ \t]*(.*?)[ \t\r]*")
#: Tags that say a subtree is never exported, or are Org's own housekeeping.
_NOT_LABELS = frozenset(("noexport", "archive", "ignore"))
#: What the Markdown reading says of the front matter written here (not the file's own).
_FRONT_SAID = (
    "the title is the front matter's",
    "the date is the front matter's",
    "the front matter's",
    "no post footer",
)
_CODE_BLOCKS = frozenset(("src", "example", "export"))


@dataclass(frozen=True)
class OrgPost:
    """One post of an Org file: its first line (0-based), its facts and its text as Markdown."""

    line: int
    title: str
    date: str | None
    author: str | None
    labels: tuple[str, ...]
    body: str

    @property
    def markdown(self) -> str:
        """The post as a Markdown page with front matter."""
        return _front(self.title, self.date) + self.body


@dataclass(frozen=True)
class OrgFile:
    """An Org file's posts and the lines of its other entries (line, lines, what they are)."""

    posts: list[OrgPost]
    aside: list[tuple[int, tuple[str, ...], str]]


def may_be_org(text: str) -> bool:
    """Cheaply: the text has an Org keyword line or an ox-hugo export property."""
    # holds: a page without a needle's rarest character ("#", "_") is turned away at once
    return holds(text, "#+") or holds(text, ":EXPORT_FILE_NAME:")


def org_file(text: str) -> OrgFile | None:
    """The posts of an Org file written for a blog: each ox-hugo subtree holding an
    `:EXPORT_FILE_NAME:` (its menu entries are site pages, set aside), or else the whole
    file when its keywords give a `#+TITLE:`. None when the text is no such file."""
    lines = text.split("\n")
    top = _after_keywords(lines)  # the keywords count only atop the file, not in its text
    opening = "\n".join(lines[:top])
    keys = {m[1].lower(): m[2] for m in reversed(list(_FILE_KEY.finditer(opening)))}
    keys.update(_nikola_keys(lines[:top]))
    if not keys and not (top < len(lines) and _HEADING.fullmatch(lines[top])):
        return None
    states = {"TODO", "DONE"}
    for key in ("todo", "seq_todo", "typ_todo"):
        states.update(w for w in re.split(r"[\s|]+", keys.get(key, "")) if w.isupper())
    if ":EXPORT_FILE_NAME:" in text:
        found = _subtrees(lines, keys, states)
        if found is not None and found.posts:
            return found
    if not keys.get("title"):
        return None
    body = _markdown_body(lines[top:], 0, states)
    labels = tuple(_labels(keys.get("filetags") or keys.get("tags") or keys.get("keywords") or ""))
    date = _day(keys.get("date", ""))
    return OrgFile([OrgPost(0, keys["title"], date, keys.get("author"), labels, body)], [])


def org_posts(found: OrgFile, read: Callable[[str], list[Post]]) -> list[Post]:
    """Each of the file's posts read from its Markdown (`read`), placed at its heading's
    line; the lines of entries that are no post are kept on the nearest post above."""
    posts: list[Post] = []
    for entry in found.posts:
        for post in read(entry.markdown):
            said = [w for w in post.warnings if not w.startswith(_FRONT_SAID)]
            said.append("read from an Org file: each entry exported as a post is one")
            author = entry.author.strip() if entry.author else post.author
            posts.append(
                post.with_changes(
                    line=entry.line + 1,
                    title=entry.title,
                    author=author,
                    labels=entry.labels,
                    warnings=tuple(said),
                )
            )
    if not posts:
        return []
    held: dict[int, list[tuple[int, tuple[str, ...], str]]] = {}
    for line, kept, what in found.aside:
        near = max((i for i, p in enumerate(posts) if p.line <= line + 1), default=0)
        held.setdefault(near, []).append((line, kept, what))
    for near, blocks in held.items():
        kept = tuple(text for _, lines, _ in blocks for text in lines)
        whats = "; ".join(dict.fromkeys(what for _, _, what in blocks))
        at = ", ".join(str(line + 1) for line, _, _ in blocks)
        note = f"kept {len(kept)} line(s) of the Org file's entries that are no post ({whats})"
        posts[near] = posts[near].with_changes(
            extra_text=posts[near].extra_text + kept,
            warnings=(*posts[near].warnings, f"{note}: line(s) {at}"),
        )
    return posts


def _nikola_keys(lines: list[str]) -> dict[str, str]:
    """Nikola's `.. title: ...` lines inside a `#+BEGIN_COMMENT` block atop the file."""
    keys: dict[str, str] = {}
    for line in lines[:40]:
        if m := _NIKOLA.fullmatch(line):
            keys.setdefault(m[1].lower(), m[2])
        elif line.strip().lower() == "#+end_comment":
            break
    return keys if "title" in keys else {}


def _after_keywords(lines: list[str]) -> int:
    """The first line below the file's opening keywords, comments and Nikola block."""
    i, in_comment = 0, False
    while i < len(lines):
        stripped = lines[i].strip()
        lower = stripped.lower()
        if lower == "#+begin_comment":
            in_comment = True
        elif lower == "#+end_comment":
            in_comment = False
        elif not (in_comment or not stripped or _KEYWORD_LINE.fullmatch(lines[i])):
            break
        i += 1
    return i


@dataclass
class _Entry:
    line: int
    level: int
    title: str
    tags: list[str]
    props: dict[str, str]
    closed: str
    body_start: int
    end: int = 0


def _subtrees(lines: list[str], keys: dict[str, str], states: set[str]) -> OrgFile | None:
    entries = _entries(lines, states)
    posts: list[OrgPost] = []
    aside: list[tuple[int, tuple[str, ...], str]] = []
    file_tags = _labels(keys.get("filetags", ""))
    done = 0  # the first line below the last subtree read whole
    for n, entry in enumerate(entries):
        if entry.line < done:
            continue  # a sub-heading of a post, or of a subtree kept aside
        chain = [*(e for e in entries[:n] if e.level < entry.level and e.end >= entry.end), entry]
        inherited = {key: value for e in chain for key, value in e.props.items()}
        tags = [t for e in chain for t in e.tags]
        skipped = entry.title.startswith("COMMENT") or any(
            t.lower() in ("noexport", "archive") for t in tags
        )
        if "EXPORT_FILE_NAME" in entry.props and not skipped:
            done = entry.end
            if "EXPORT_HUGO_MENU" in inherited:
                kept = _kept_lines(lines[entry.line : entry.end], states)
                aside.append((entry.line, kept, "a site page (a menu entry)"))
                continue
            date = _day(entry.props.get("EXPORT_DATE", "")) or _day(entry.closed)
            labels = [*file_tags, *(t for t in tags if not t.startswith("@"))]
            labels += _labels(inherited.get("EXPORT_HUGO_TAGS", ""))
            labels = [t for t in dict.fromkeys(labels) if t.lower() not in _NOT_LABELS]
            title = entry.props.get("EXPORT_TITLE") or entry.title
            author = inherited.get("EXPORT_AUTHOR") or keys.get("author")
            body = _markdown_body(lines[entry.body_start : entry.end], entry.level, states)
            posts.append(OrgPost(entry.line, title, date, author, tuple(labels), body))
        elif not skipped and any(
            "EXPORT_FILE_NAME" in e.props for e in entries[n + 1 :] if e.line < entry.end
        ):  # a section heading over posts: its own text kept, if it has any
            end = entries[n + 1].line if n + 1 < len(entries) else entry.end
            if kept := _kept_lines(lines[entry.body_start : end], states):
                aside.append((entry.line, kept, "a section heading's text"))
        else:
            done = entry.end
            kept = _kept_lines(lines[entry.line : entry.end], states)
            if kept[1:]:  # not an empty heading (Org's footnote section, local variables)
                aside.append((entry.line, kept, "an entry not exported as a post"))
    return OrgFile(posts, aside) if entries else None


def _kept_lines(lines: list[str], states: set[str]) -> tuple[str, ...]:
    """The lines an author wrote in entries that are no post: drawers, planning, keyword
    and comment lines left out, headings without their stars, state and tags."""
    kept: list[str] = []
    drawer = False
    for line in lines:
        if drawer or _DRAWER.fullmatch(line):
            drawer = line.strip().upper() != ":END:"
        elif h := _HEADING.fullmatch(line):
            kept.append(_heading(h[2], states)[0])
        elif (s := line.strip()) and not (
            _KEYWORD_LINE.fullmatch(line) or _PLANNING.fullmatch(line)
        ):
            kept.append(s)
    return tuple(kept)


def _entries(lines: list[str], states: set[str]) -> list[_Entry]:
    """Every heading outside a block, with its tags, properties and planning line."""
    entries: list[_Entry] = []
    block: str | None = None
    for i, line in enumerate(lines):
        if m := _BLOCK.match(line):
            if m[2].lower() == "begin" and block is None:
                block = m[3].lower()
            elif m[2].lower() == "end" and m[3].lower() == block:
                block = None
            continue
        if block is not None or not (h := _HEADING.fullmatch(line)):
            continue
        title, tags = _heading(h[2], states)
        props, closed, j = {}, "", i + 1
        if j < len(lines) and _PLANNING.fullmatch(lines[j]):
            closed = c[1] if (c := _CLOSED.search(lines[j])) else ""
            j += 1
        if j < len(lines) and lines[j].strip().upper() == ":PROPERTIES:":
            j += 1
            while j < len(lines) and lines[j].strip().upper() != ":END:":
                if p := _PROPERTY.fullmatch(lines[j]):
                    props[p[1].upper()] = (p[2] or "").strip()
                j += 1
            j += 1
        entries.append(_Entry(i, len(h[1]), title, tags, props, closed, j))
    for n, entry in enumerate(entries):
        entry.end = next((e.line for e in entries[n + 1 :] if e.level <= entry.level), len(lines))
    return entries


def _heading(text: str, states: set[str]) -> tuple[str, list[str]]:
    """A heading's title and tags, without its to-do state, priority and cookies."""
    tags: list[str] = []
    if m := _TAGS.fullmatch(text):
        text, tags = m[1], [t for t in m[2].split(":") if t]
    word, _, rest = text.partition(" ")
    if word in states:
        text = rest.lstrip()
    text = _COOKIE.sub("", _PRIORITY.sub("", text, count=1)).strip()
    return text, tags


def _day(stamp: str) -> str | None:
    m = _DAY.search(stamp)
    return m[0] if m else None


def _labels(text: str) -> list[str]:
    """Tags written `:a:b:`, `a b` or `a, b`."""
    return [t for t in re.split(r"[:,\s]+", text.strip()) if t]


def _front(title: str, date: str | None) -> str:
    dated = f"date: {date}\n" if date else ""
    return f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\n{dated}---\n\n"


def _markdown_body(lines: list[str], level: int, states: set[str]) -> str:
    """An entry's text as Markdown: drawers and keyword lines gone, blocks fenced,
    sub-headings `#`-marked, links `[text](url)`."""
    out: list[str] = []
    block: str | None = None
    indent = 0
    drawer = False
    for line in lines:
        if m := _BLOCK.match(line):
            kind = m[3].lower()
            if m[2].lower() == "begin" and block is None:
                block, indent = kind, len(m[1])
                out.append("```" if kind in _CODE_BLOCKS else "")
                continue
            if m[2].lower() == "end" and kind == block:
                out.append("```" if kind in _CODE_BLOCKS else "")
                block = None
                continue
        if block in _CODE_BLOCKS:
            inner = line[indent:] if line[:indent].strip() == "" else line.lstrip()
            out.append(inner[1:] if inner.startswith((",*", ",#+")) else inner.rstrip())
            continue
        if drawer:
            drawer = line.strip().upper() != ":END:"
            continue
        if block is None and _DRAWER.fullmatch(line) and line.strip().upper() != ":END:":
            drawer = True
            continue
        if _KEYWORD_LINE.fullmatch(line) or _PLANNING.fullmatch(line):
            continue
        if h := _HEADING.fullmatch(line):
            title, _ = _heading(h[2], states)
            depth = min(6, max(1, len(h[1]) - level + 1))
            out.extend(["", "#" * depth + " " + _links(title), ""])
            continue
        out.append(_links(line.strip()))
    return "\n".join(out).strip("\n") + "\n"


def _links(text: str) -> str:
    return _LINK.sub(lambda m: f"[{m[2]}]({m[1]})" if m[2] else m[1], text)
