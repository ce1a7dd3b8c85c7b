"""An export's header block under a `# Title` heading ("Datum: 2023-12-20" / "URL: …" / "Labels: a" / "---"), in any of a few languages."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from tuiarchive.model import Post

_TITLE = re.compile(r"#[ \t]+(?P<title>\S.*?)[ \t]*")
_FIELD = re.compile(r"(?P<key>[^\W\d_][\w ]{0,24}?)[ \t]*:[ \t]+(?P<value>\S.*?)[ \t]*")
_RULE = re.compile(r"[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*")
#: The block's keys, by what they give: its words in the languages blogs are exported in.
_KEYS = {
    "date": ("date", "datum", "fecha", "data", "published", "veröffentlicht", "publié",
             "publicado", "pubblicato", "日期", "发布时间", "日付"),
    "url": ("url", "link", "permalink", "source", "quelle", "fuente", "lien", "链接"),
    "tags": ("labels", "tags", "schlagwörter", "etiquetas", "categories", "kategorien",
             "catégories", "categorias", "categorie", "标签", "タグ"),
    "author": ("author", "autor", "auteur", "autore", "作者"),
}  # fmt: skip
_KEY_OF = {word: key for key, words in _KEYS.items() for word in words}
_DATED = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4}")
_BLOCK = 8  # lines of fields the block may hold


@dataclass(frozen=True)
class HeaderBlock:
    """The page with its head as front matter, and what the block gave."""

    text: str
    url: str | None
    keys: tuple[str, ...]  # the block's keys as written


def may_have_header_block(text: str) -> bool:
    """Whether the page opens with a `# Title` heading (a quick look)."""
    return text.lstrip()[:2] == "# "


def header_block(text: str) -> HeaderBlock | None:
    """The page's `# Title` heading and the `Key: value` lines under it (a date among them,
    and an address or labels), closed by a rule or the text, written as a front matter in
    their place (blank lines keep every line's number); None when the page opens otherwise."""
    lines = text.split("\n", 40)
    filled = [i for i in range(min(len(lines), 30)) if lines[i].strip()]
    title = _TITLE.fullmatch(lines[filled[0]]) if filled else None
    if title is None:
        return None
    facts: dict[str, str] = {}
    written: list[str] = []
    end = filled[0]
    for i in filled[1 : _BLOCK + 1]:
        field = _FIELD.fullmatch(lines[i])
        key = _KEY_OF.get(field["key"].casefold()) if field else None
        if field is None or key is None or key in facts:
            break
        facts[key] = field["value"]
        written.append(field["key"])
        end = i
    dated = "date" in facts and _DATED.search(facts["date"]) is not None
    if not dated or not ("url" in facts or "tags" in facts):
        return None
    after = next((i for i in filled if i > end), None)
    if after is not None and _RULE.fullmatch(lines[after]):
        end = after
    url = facts.pop("url", None)
    front = ["---", f"title: {json.dumps(title['title'])}"]
    front += [f"date: {json.dumps(facts['date'])}"]
    if "author" in facts:
        front.append(f"author: {json.dumps(facts['author'])}")
    if "tags" in facts:
        tags = [t.strip() for t in facts["tags"].split(",") if t.strip()]
        front.append(f"tags: {json.dumps(tags, ensure_ascii=False)}")
    front.append("---")
    if len(front) > end + 1:
        return None
    head = front + [""] * (end + 1 - len(front))
    rest = lines[end + 1 :]
    return HeaderBlock("\n".join(head + rest), url, tuple(written))


def with_header_block_facts(posts: list[Post], block: HeaderBlock) -> list[Post]:
    """The one post given the block's address, and each told where its facts came from."""
    said = (
        f"the page opens with an export's header block under its title ({', '.join(block.keys)}):"
        " read as its front matter"
    )
    one = len(posts) == 1
    return [
        post.with_changes(
            url=post.url or (block.url if one else None), warnings=(*post.warnings, said)
        )
        for post in posts
    ]
