"""A read-later export's metadata list (Readwise's `## Metadata`: Author, Full Title, URL) over the saved text."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from tuiarchive.dumps.doc_pages import doc_address
from tuiarchive.dumps.site_suffixes import SITE_SEPARATORS
from tuiarchive.model import Post

_METADATA = re.compile(r"#{1,3}[ \t]+Metadata[ \t]*")
#: One field of the list: "- Author: [[Ana Lind]]", "- Full Title: …", "- URL: https://…".
_FIELD = re.compile(r"[-*][ \t]+(?P<key>[A-Z][A-Za-z ]{1,30}):[ \t]*(?P<value>.*?)[ \t]*")
_HEADING = re.compile(r"(?P<marks>#{1,3})[ \t]+(?P<text>\S.*?)[ \t]*")
#: A note app's link around a name: "[[Ana Lind]]".
_WIKI = re.compile(r"\[\[(?:[^\[\]|]*\|)?(?P<name>[^\[\]|]+)\]\]")
#: The link each highlight ends with: " ([View Highlight](https://read.readwise.io/…))".
_VIEW_LINK = re.compile(r"[ \t]*\(\[View Highlight\]\([^()\s]*\)\)[ \t]*$")
#: The saver's own note under a highlight, indented: "    - Note: …".
_NOTE = re.compile(r"[ \t]+[-*][ \t]+Note:[ \t]")
#: A heading the export adds when highlights are added later: "## New highlights added …".
_LATER = re.compile(r"#{1,3}[ \t]+New highlights added\b.*")
#: The note's own link to itself and a rule, atop pasted notes: "[[site - Title]]", "***".
_SELF_LINK = re.compile(r"[ \t]*\[\[[^\[\]]+\]\][ \t]*")
_RULE = re.compile(r"[ \t]*(?:[-*_][ \t]*){3,}")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
#: A site's host written as a name: "docs.example.com", "analind.example.org".
_HOST = re.compile(r"[\w-]+(?:\.[\w-]+)+")
_LETTERS = re.compile(r"[\W_]+")
_HEAD = 80  # lines of the file's top the metadata list stands in
_KEYS = {"author": "author", "full title": "title", "url": "url", "publication date": "date"}


@dataclass(frozen=True)
class Export:
    """The saved text below the export's head, under a front matter the list's fields make."""

    text: str
    section: str  # the heading the text stands under: "Full Document", "Highlights", "Notes"
    fields: tuple[str, ...]  # the list's fields that were read
    site: str | None = None  # the site's name cut from the end of the list's title


def may_hold_metadata_list(text: str) -> bool:
    """Whether the file's top holds the export's list (a quick look)."""
    top = text[:12000]
    return "Metadata" in top and "- Full Title:" in top


def metadata_page(text: str) -> Export | None:
    """The text under a `## Metadata` list of "- Key: value" fields (a title and an address
    among them) and the heading below it: the lines above it, the list and that heading
    blanked, a front matter of the list's title, author, address and date put in their
    place. Highlights lose the export's "View Highlight" links and the saver's notes."""
    lines = text.split("\n")
    at = next((i for i in range(min(_HEAD, len(lines))) if _METADATA.fullmatch(lines[i])), None)
    if at is None:
        return None
    facts: dict[str, str] = {}
    end = at + 1
    while end < len(lines) and (found := _FIELD.fullmatch(lines[end])):
        key = _KEYS.get(found["key"].casefold())
        if key is not None and found["value"] and key not in facts:
            facts[key] = found["value"]
        end += 1
    title = facts.get("title") or _title_above(lines, at)
    if title is None or not facts.get("url", "").startswith(("http://", "https://")):
        return None
    section = next((i for i in range(end, min(end + 4, len(lines))) if lines[i].strip()), None)
    heading = _HEADING.fullmatch(lines[section]) if section is not None else None
    if section is None or heading is None:
        return None
    if "author" in facts:
        facts["author"] = _WIKI.sub(lambda m: m["name"], facts["author"]).strip()
    if "date" in facts and not _ISO.match(facts["date"]):
        del facts["date"]
    if (
        "date" not in facts
        and _HOST.fullmatch(facts.get("author", ""))
        and doc_address(facts["url"])
    ):
        return None  # a documentation page, undated, its "author" the site's host: no post
    facts["title"], site = _without_site(title, facts["url"])
    front = ["---", *(f"{key}: {json.dumps(value)}" for key, value in facts.items()), "---"]
    if len(front) > section + 1:
        return None
    body = lines[section + 1 :]
    if heading["text"].casefold() == "highlights":
        body = _highlights(body)
    else:
        body = _without_self_link(body)
    head = front + [""] * (section + 1 - len(front))
    named = tuple(key for key in ("title", "author", "url", "date") if key in facts)
    return Export("\n".join(head + body), heading["text"], named, site)


def _without_site(title: str, url: str) -> tuple[str, str | None]:
    """A page's <title> as the export keeps it, "Post · Site": the post's part, when the
    tail's letters are the address's host name ("Ana Lind" for analind.example.org)."""
    host = _LETTERS.sub("", url.split("/")[2].casefold()) if url.count("/") >= 2 else ""
    for separator in SITE_SEPARATORS:
        head, _, tail = title.rpartition(separator)
        letters = _LETTERS.sub("", tail.casefold())
        if head.strip() and len(letters) >= 4 and host.startswith(letters):
            return head.strip(), tail.strip()
    return title, None


def _title_above(lines: list[str], at: int) -> str | None:
    for i in range(at):
        found = _HEADING.fullmatch(lines[i])
        if found is not None and found["marks"] == "#":
            return found["text"]
    return None


def _highlights(body: list[str]) -> list[str]:
    out = []
    for line in body:
        if _NOTE.match(line) or _LATER.fullmatch(line):
            out.append("")
        else:
            out.append(_VIEW_LINK.sub("", line))
    return out


def _without_self_link(body: list[str]) -> list[str]:
    """Pasted notes open with the note's link to itself and a rule: blanked."""
    filled = [i for i, line in enumerate(body[:12]) if line.strip()]
    if filled and _SELF_LINK.fullmatch(body[filled[0]]):
        body = list(body)
        body[filled[0]] = ""
        if len(filled) > 1 and _RULE.fullmatch(body[filled[1]]):
            body[filled[1]] = ""
    return body


def with_metadata_facts(posts: list[Post], export: Export) -> list[Post]:
    """The posts read below the export's head, said so."""
    said = (
        f"the page is a read-later export (Readwise): its metadata list gave the"
        f" {', '.join(export.fields)}; the text is its '{export.section}' section (the saver's"
        " own lines above the list and its notes were set aside)"
    )
    if export.site is not None:
        said += f"; the title's tail {export.site!r} is the site's name (its address's host): cut"
    return [post.with_changes(warnings=(*post.warnings, said)) for post in posts]
