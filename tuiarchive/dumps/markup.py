"""Reading what a reader sees of a page saved as Markdown or wrapped in code: front matter, links, headings."""

from __future__ import annotations

import datetime as dt
import html
import html.entities
import re
import tomllib
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from tuiarchive.dumps.dates import match_date
from tuiarchive.dumps.header_marks import header_chrome
from tuiarchive.dumps.line_search import holds
from tuiarchive.dumps.pandoc import div_fence, has_divs, without_attributes
from tuiarchive.dumps.pelican_heads import metadata_head, starts_with_title
from tuiarchive.dumps.unfenced_front import may_be_unfenced, unfenced_end
from tuiarchive.dumps.wp_exports import block_author, export_comments, export_labels, is_export
from tuiarchive.model import Comment


@dataclass(frozen=True)
class FrontMatter:
    """What the YAML (or TOML) blocks at the top of a page say about it."""

    title: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    author: str | None = None
    tags: tuple[str, ...] = ()
    url: str | None = None
    blog: str | None = None  # the blog a scraper names (`source_blog:`, `blog_name:`...)
    #: Tags of a block that records where the page was saved from (a clipper's or a
    #: scraper's: `source_url`, `url`, and no `layout`): the collector's, not the blog's labels.
    clipping_tags: tuple[str, ...] = ()
    #: The block had no opening `---` (the page starts `title: …`): read as front matter.
    unfenced: bool = False
    untitled: bool = False  # a block says `title: ''`: the post has no title
    comments: tuple[Comment, ...] = ()  # a WordPress export's `comments:` list


@dataclass(frozen=True)
class Page:
    """A page reduced line for line to what a reader sees of it."""

    lines: tuple[str, ...]
    front_matter: FrontMatter
    markdown: bool
    code: frozenset[int]
    headings: dict[int, int] = field(hash=False)
    #: Lines that were one link and nothing else ("### [Title](url)"): index -> address.
    #: A post's title written so links to the post itself.
    links: dict[int, str] = field(default_factory=dict, hash=False)
    #: Lines of nothing but links to label pages (`[ai](…/search/label/ai)`, `…/tag/cors/`):
    #: index -> the labels. Their addresses say what they are, in any language.
    label_links: dict[int, tuple[str, ...]] = field(default_factory=dict, hash=False)
    #: Header lines its markup marks as chrome: a skip link, the blog's description's div.
    header_chrome: frozenset[int] = frozenset()
    #: Lines holding a figure's caption (`<figcaption>`), index -> the caption's text (kept
    #: on the line: where it stands is the parser's to read).
    captions: dict[int, str] = field(default_factory=dict, hash=False)


# Front matter ------------------------------------------------------------------------------

_MAX_BLOCK = 300  # lines a front-matter block may span
_LOOSE_KEY = re.compile(r"([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]+(.*))?[ \t]*")
_YAML_KEY = re.compile(r"[A-Za-z_][\w .-]*:(?:\s|$)")
_TOML_KEY = re.compile(r"[A-Za-z_][\w.-]*\s*=|\[")
_PREAMBLE = re.compile(r"\s*$| {0,3}#{1,6}(?:[ \t]|$)|\s*[-*+][ \t]")  # between nested blocks
#: A closing `---` a converter glued to the heading below it: "---# Title".
_FUSED_CLOSER = re.compile(r"---(?=#{1,6}[ \t]+\S)")
_DATE = re.compile(r"\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)")
#: A post's address on its own site, as a site generator's `url:` gives it: "/2014/05/x.html".
_PATH = re.compile(r"/[\w.~%-]+(?:/[\w.~%-]+)*/?")
#: Keys naming the post's own address and its publication date, first found wins. Not a
#: saver's record (`date_fetched`, a clipper's `created`): that dates the saving, not the post.
_URL_KEYS = (
    "blogger_orig_url", "wordpress_url", "final_url", "url", "source", "link", "permalink", "canonical_url", "canonical",
    "source_url", "original_url", "originalUrl",
    "references",  # an Obsidian note of a post: one address (a list of sources is no string)
)  # fmt: skip
_DATE_KEYS = (
    "date", "published", "publication_date", "date_published", "datePublished",
    "published_date", "publish_date", "publishDate", "publishedDate", "pubDate", "pubdate",
    "published_at", "released_at",
)  # fmt: skip


@cache
def _yaml() -> Any:
    """python-frontmatter's YAML reader, loaded the first time a page has front matter."""
    from frontmatter.default_handlers import YAMLHandler

    return YAMLHandler()


def _loose_yaml(body: str) -> dict[str, Any]:
    """Scraper YAML that does not parse (`title: a: b`): its top-level `key: value` lines one by one."""
    data: dict[str, Any] = {}
    for line in body.split("\n"):
        if (m := _LOOSE_KEY.fullmatch(line)) is None or m[1] in data:
            continue
        value: Any = (m[2] or "").strip()
        try:
            parsed = _yaml().load(value) if value else None
        except Exception:  # a value YAML cannot read is kept as written
            parsed = value
        data[m[1]] = value if isinstance(parsed, dict) else parsed
    return data


def _load_block(body: str, toml: bool) -> Mapping[str, Any] | None:
    """The block's mapping, or None when it does not parse to one."""
    try:
        data = tomllib.loads(body) if toml else _yaml().load(body)
    except Exception:  # malformed YAML/TOML (or a hostile one): what single lines say, or nothing
        try:
            data = None if toml else _loose_yaml(body)
        except Exception:
            data = None
    return data if isinstance(data, dict) else None


def _block_at(lines: list[str], start: int, nested: bool) -> tuple[int, Mapping[str, Any]] | None:
    """A front-matter block opening at lines[start]: the index of its closing line and its data."""
    opener = lines[start].strip()
    if opener not in ("---", "+++") or (nested and opener != "---"):
        return None
    toml = opener == "+++"
    closers = ("+++",) if toml else ("---", "...")
    stop = min(len(lines), start + _MAX_BLOCK)
    end = next(
        (
            i
            for i in range(start + 1, stop)
            if lines[i].strip() in closers or not toml and _FUSED_CLOSER.match(lines[i])
        ),
        None,
    )
    if end is None:
        return None
    body = lines[start + 1 : end]
    first = next((s for line in body if (s := line.strip()) and not s.startswith("#")), None)
    if first is not None and not (_TOML_KEY if toml else _YAML_KEY).match(first):
        return None
    data = _load_block("\n".join(body), toml)
    if nested and not data:  # a later block must really be metadata, not a rule and prose
        return None
    return end, data or {}


def _front_matter_blocks(lines: list[str]) -> tuple[list[Mapping[str, Any]], bool]:
    """Blank the front-matter blocks at the top of the page and return what each one says,
    and whether the first one lost its opening fence."""
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    found = _block_at(lines, start, nested=False) if start < len(lines) else None
    unfenced = False
    if found is None and start < len(lines) and (end := unfenced_end(lines, start)) is not None:
        data = _load_block("\n".join(lines[start:end]), False)
        found, unfenced = ((end, data), True) if data else (None, False)
    if found is None and start < len(lines):
        found = metadata_head(lines, start)  # Pelican's `Title:` lines, no fences
    blocks: list[Mapping[str, Any]] = []
    while found is not None and len(blocks) < 5:
        end, data = found
        blocks.append(data)
        for i in range(start, end + 1):
            fused = i == end and _FUSED_CLOSER.match(lines[i])
            lines[i] = lines[i][3:] if fused else ""  # "---# Title": the heading is the page's
        found = None
        for i in range(end + 1, min(len(lines), end + 60)):
            if lines[i].strip() == "---":
                start, found = i, _block_at(lines, i, nested=True)
                break
            if not _PREAMBLE.match(lines[i]):
                break
    return blocks, unfenced


def _text(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int | float):
        return str(value).strip() or None
    return None


def _date(value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and (m := _DATE.match(value)):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    if isinstance(value, str) and any(c.isalpha() for c in value):
        # "June 5, 2015", "2015年6月5日": a date in words; one in digits only may read both ways
        found = match_date(value)
        return found.iso if found is not None else None
    return None


def _person(value: Any) -> str | None:
    name = _text(value.get("name")) if isinstance(value, dict) else _text(value)
    if name and (link := _WIKI_NAME.fullmatch(name)):
        return link["name"].strip() or None  # a note app's link to the person's page
    return name


#: A note app's link to a page of its own: "[[Ana Lind]]", "[[people/ana|Ana Lind]]".
_WIKI_NAME = re.compile(r"\[\[(?:[^\[\]|]*\|)?(?P<name>[^\[\]|]+)\]\]")


def _people(value: Any) -> str | None:
    """`author: X`, `author: {name: X}` or `authors: [X, Y]` (one level only: YAML aliases nest)."""
    if isinstance(value, list):
        return ", ".join(name for item in value if (name := _person(item))) or None
    return _person(value)


def _tags(value: Any) -> list[str]:
    if isinstance(value, str):
        return [tag.strip() for tag in value.split(",") if tag.strip()]
    if isinstance(value, list):
        return [tag for item in value if (tag := _text(item))]
    return [tag] if (tag := _text(value)) else []


def _merge(blocks: list[Mapping[str, Any]], unfenced: bool = False) -> FrontMatter:
    """Later (inner) blocks win field by field; the url is the first http(s) value found."""
    title = date = author = url = blog = path = None
    tags: tuple[str, ...] = ()
    clipping_tags: tuple[str, ...] = ()
    untitled = False
    comments: tuple[Comment, ...] = ()
    for data in blocks:
        title = _text(data.get("title")) or title
        untitled = untitled or ("title" in data and not _text(data.get("title")))
        date = next((d for k in _DATE_KEYS if (d := _date(data.get(k)))), date)
        author = (
            block_author(data.get("author"))
            or _people(data.get("author"))
            or _people(data.get("authors"))
            or author
        )
        # with tags given, a generator's categories are its sections, not the post's labels
        found = [t for key in ("tags", "labels") for t in _tags(data.get(key))]
        if exported := is_export(data):  # WordPress printed both
            found, comments = export_labels(data, found), export_comments(data.get("comments"))
        found = found or _tags(data.get("categories"))
        addresses = [
            value
            for key in _URL_KEYS
            if (value := _text(data.get(key))) and value.lower().startswith(("http://", "https://"))
        ]
        # a blog's own post, moved or exported by its platform
        migrated = exported or "blogger_orig_url" in data or _own_export(data)
        if addresses and "layout" not in data and not migrated:  # a generator's post has a layout
            clipping_tags = tuple(dict.fromkeys(found)) or clipping_tags
        else:
            tags = tuple(dict.fromkeys(found)) or tags
        if url is None and addresses:
            url = addresses[0]
        elif (found_path := _text(data.get("url"))) and _PATH.fullmatch(found_path):
            path = path or found_path  # a site generator's own post: its address on the site
        blog = next((name for key in _BLOG_KEYS if _blog_name(name := _text(data.get(key)))), blog)
    if title:
        title = _without_site(
            title, [author] + [_text(d.get(k)) for d in blocks for k in _SITE_KEYS]
        )
    return FrontMatter(
        title=title, date=date, author=author, tags=tags, url=url or path, blog=blog,
        clipping_tags=clipping_tags, unfenced=unfenced, untitled=untitled and not title,
        comments=comments,
    )  # fmt: skip


#: A key stamping when a saver took the page (`fetched_at`, `date_saved`, `created`).
_SAVER_KEY = re.compile(r"fetch|retriev|scrap|saved|captur|clip|ingest|created|generated", re.I)


def _own_export(data: Mapping[str, Any]) -> bool:
    """A platform's export of the author's own post: its slug (`slug_jianshu`, `source_slug`)
    and publication date, and no saver's stamp: its tags are the post's, not a collector's."""
    keys = [key for key in data if isinstance(key, str)]
    return (
        any(key == "slug" or key.startswith("slug_") or key.endswith("_slug") for key in keys)
        and any(key in data for key in _DATE_KEYS)
        and not any(_SAVER_KEY.search(key) for key in keys)
    )


#: Keys a scraper names the post's blog with, surest first.
_BLOG_KEYS = ("source_blog", "blog", "blog_name", "publication", "site_name", "site")
_SITE_KEYS = (*_BLOG_KEYS, "source")


def _blog_name(value: str | None) -> bool:
    """A blog's name, not an address nor a tool's identifier (`site_name: forum_feed_api`)."""
    if not value or value.lower().startswith(("http://", "https://")):
        return False
    return not ("_" in value and " " not in value)


def _without_site(title: str, names: list[str | None]) -> str:
    """A scraper's "Post title - Blog name": the title alone, when the tail is a name the
    front matter gives for the site or the author."""
    for separator in (" - ", " – ", " — ", " | "):
        head, _, tail = title.rpartition(separator)
        if head and any(name and tail.strip().casefold() == name.casefold() for name in names):
            return head.strip()
    return title


# Wrappers ----------------------------------------------------------------------------------

_PY_OPEN = re.compile(r"[A-Za-z_]\w*\s*=\s*[rRuU]?(\"\"\"|''')(.*)")
_ECHO_OPEN = re.compile(r"\s*echo(?:\s+-[neE]+)*\s+([\"'])(.*)")
_SHELL_TAIL = re.compile(r"\s*(?:[>|;&].*)?")


def _close_quote(line: str, quote: str) -> int:
    """Index of the first quote that ends a shell string on this line, or -1."""
    i = line.find(quote)
    while i > 0 and quote == '"' and line[i - 1] == "\\":
        i = line.find(quote, i + 1)
    return i


def _unwrap_python(lines: list[str]) -> None:
    """`text = \"\"\"` ... `\"\"\"`: blank the opening assignment and drop the closing quotes."""
    fenced = False
    for i in range(len(lines)):
        fenced ^= lines[i].lstrip().startswith(("```", "~~~"))
        m = None if fenced else _PY_OPEN.fullmatch(lines[i])
        if m is None or m[1] in m[2]:
            continue
        quote = m[1]
        end = next((j for j in range(i + 1, len(lines)) if quote in lines[j]), None)
        if (end if end is not None else len(lines)) - i < 3:
            continue
        lines[i] = m[2]
        if end is not None:
            head, _, tail = lines[end].partition(quote)
            if re.fullmatch(r"[\s),;]*", tail):
                lines[end] = head
        return


def _unwrap_echo(lines: list[str]) -> None:
    """A page pasted into `echo "..."` lines: drop the echo and its quotes."""
    first = next((line for line in lines if line.strip() and not line.startswith("#")), "")
    m = _ECHO_OPEN.fullmatch(first)
    if m is None or _close_quote(m[2], m[1]) >= 0:
        return
    quote: str | None = None
    for i in range(len(lines)):
        if quote is None:
            if (m := _ECHO_OPEN.fullmatch(lines[i])) is None:
                continue
            quote, rest = m[1], m[2]
        else:
            rest = lines[i]
        k = _close_quote(rest, quote)
        if k < 0:
            lines[i] = rest
        else:
            if _SHELL_TAIL.fullmatch(rest[k + 1 :]):
                lines[i] = rest[:k].rstrip()
            quote = None


# Markdown ----------------------------------------------------------------------------------

_SENTINEL = re.compile("[\ufdd0-\ufdd2]")  # private markers; a text holding them is left as is
_TOKEN = re.compile("\ufdd0(\\d+)\ufdd1")
_BREAK = re.compile("\ufdd2+")

_TEXT = r"(?:[^\[\]]++|\[[^\[\]]*+\])*+"
_DEST = r"(?:<[^<>\n]*+>|(?:[^\s()<>]++|\([^\s()]*+\))*+)"
#: A link's title; pandoc leaves quotes inside a double-quoted one unescaped ("Tous les
#: commentaires sur "Titre""): it ends at the quote that closes the link.
_TITLE = r"(?:\"[^\"]*+(?:\"(?!\s*\))[^\"]*+)*+\"|'[^']*+'|\([^()]*+\))"
_TAIL = rf"\(\s*+{_DEST}(?:\s++{_TITLE})?\s*+\)"

_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_ESCAPED_IMAGE = re.compile(
    r"!\\\[(?:[^\[\]\\\n]++|\\[^\]\n])*+\\\]\([^()\s]*+\)"
)  # turndown's `!\[Image\](u)`
_IMAGE = re.compile(rf"!\[\[[^\[\]\n]*+\]\]|!\[{_TEXT}\](?:{_TAIL}|\[[^\[\]]*+\])")
#: A header image linked to the site's home page: its alt text is the blog's name
#: ("[![contagio](…/header.png)](https://contagiodump.blogspot.com/)").
#: A site generator's embed tag alone on its line (Jekyll/Hexo `{% youtube id %}`): a video
#: or an image, as `![](…)` is, never text.
_EMBED_TAG = re.compile(
    r"^[ \t]*\{%-?[ \t]*(?:youtube|vimeo|gist|tweet|twitter|instagram|video|iframe|img|image"
    r"|asset_img|asset_image|codepen|jsfiddle|bilibili)\b[^\n%]*-?%\}[ \t]*$",
    re.M,
)
_HOME_IMAGE = re.compile(
    rf"\[\s*!\[(?P<alt>[^\[\]\n]*+(?:\n[^\[\]\n]*+)?)\]{_TAIL}\s*\]"
    rf"\(\s*https?://[^/\s()]+/?(?:\s++{_TITLE})?\s*\)"
)
_WIKI_LINK = re.compile(r"(?<![\w\])!])\[\[([^\[\]\n|]*+)(?:\|([^\[\]\n]*+))?\]\](?![(\[])")
_LINK = re.compile(rf"\[(?P<text>{_TEXT})\](?:(?P<inline>{_TAIL})|\[(?P<ref>[^\[\]]*+)\])")
_SHORTCUT = re.compile(r"(?<![\]\\])\[([^\[\]\n]++)\](?![(\[:])")
_IMAGE_TEXT = re.compile(r"\s*!\[[^\]]*\]\([^)]*\)\s*")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\n]*+)>", re.IGNORECASE)
_INLINE_TAGS = "a|abbr|acronym|b|big|cite|code|del|em|font|i|img|ins|kbd|label|mark|nobr|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var|wbr|plusone|g:plusone"  # fmt: skip
_BLOCK_TAGS = "address|article|aside|blockquote|br|button|caption|center|col|colgroup|dd|div|dl|dt|figcaption|figure|footer|form|h[1-6]|header|hr|iframe|input|li|nav|noscript|ol|p|pre|script|section|source|style|table|tbody|td|textarea|tfoot|th|thead|tr|ul|video|audio|picture|meta|link"  # fmt: skip
_ATTRS = r"(?=\s|/?>)(?:[^<>\"'\n]++|\"[^\"<\n]*+\"|'[^'<\n]*+')*+>"
_TAG = re.compile(rf"</?(?:(?P<inline>{_INLINE_TAGS})|{_BLOCK_TAGS}){_ATTRS}", re.IGNORECASE)
#: A figure's caption on its line: its text is kept; where it stands is the parser's to read.
_CAPTION = re.compile(r"<figcaption\b[^<>\n]*+>([^\n]*?)</figcaption>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});")

_FENCE = re.compile(r"\s*(`{3,}|~{3,})(.*)")
_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t](.*))?")
_SETEXT = re.compile(r" {0,3}(={3,}|-{3,})[ \t]*")
_REFDEF = re.compile(
    r" {0,3}\[([^\[\]\n^][^\[\]\n]*+)\]:[ \t]*+(?:<[^<>\n]*+>|(?=\S*[/.:#])\S++)"
    r"(?:[ \t]++(?:\"[^\"\n]*+\"|'[^'\n]*+'|\([^()\n]*+\)))?[ \t]*+"
)
_ABBREVIATION = re.compile(r"\s*\[?\*\[[^\[\]\n]*+\]:.*")  # html2text's `*[3:27 PM]: ...`
_RULE = re.compile(r"\s*(?:[-=*_+|:]\s*){3,}")
_COMMENT_LINE = re.compile(r"\s*<!--.*-->\s*")
_BARE_MARK = re.compile(r"[\s>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]*)?")
_NEW_BLOCK = re.compile(r"\s*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|\s*>|\s*\|")
_PANDOC_ATTRS = re.compile(r":?\s*(?:[.#-][^{}]*|[\w-]+=[^{}]*)")  # ":": kramdown's

_WHOLE_LINK = re.compile(
    r" {0,3}(?:#{1,6}[ \t]+)?\[[^\[\]\n]+\]\((?P<url>https?://[^\s()]+)"
    r"(?:\s+\"[^\"\n]*+(?:\"(?!\s*\))[^\"\n]*+)*+\")?\)"
    r"(?:\s*\{[^{}\n]*\})?\s*"  # pandoc's attributes: `{.articletitle}`
)
_DETECT_LINK = re.compile(r"\[[^\[\]\n]*+\]\(\s*<?https?://", re.IGNORECASE)
#: An HTML comment opening the file (a tool's header), then a "# Title" heading.
_COMMENT_HEAD = re.compile(r"<!--[^\n]*\n(?:(?!-->)[^\n]*\n){0,40}?[ \t]*-->[ \t]*\n\s*# \S")
_DETECT_IMAGE = re.compile(r"!\[[^\[\]\n]*+\][(\[]|!\[\[")
_DETECT_REFDEF = re.compile(r"^ {0,3}\[[^\[\]\n^][^\[\]\n]*+\]:[ \t]*\S", re.MULTILINE)
#: A Markdown heading's line ("## Title"), matched at its start.
HEADING = re.compile(r" {0,3}#{1,6}[ \t]+\S")
_DETECT_HEADING = re.compile("^" + HEADING.pattern, re.MULTILINE)
_DETECT_LANG_FENCE = re.compile(r"^[ \t]*```[A-Za-z][\w+#.-]*[ \t]*$", re.MULTILINE)
_DETECT_FENCE = re.compile(r"^[ \t]*(?:```|~~~)", re.MULTILINE)
#: A title underlined with "=" (setext, level 1): a blank line (or the top) above it, one below.
_DETECT_SETEXT = re.compile(r"(?:\A|\n\n)[^\s=][^\n]{0,150}\n {0,3}={3,}[ \t]*(?=\n\n|\n?\Z)")


def _headings(text: str, enough: int) -> int:
    """Count `# heading` lines (up to enough), leaving out runs of `#` lines: code comments."""
    found = 0
    for m in _DETECT_HEADING.finditer(text):
        start = m.start()
        before = text[text.rfind("\n", 0, start - 1) + 1 : start][:4].lstrip(" ") if start else ""
        end = text.find("\n", m.end())
        after = text[end + 1 : end + 5].lstrip(" ") if end >= 0 else ""
        if not before.startswith("#") and not after.startswith("#"):
            found += 1
            if found >= enough:
                break
    return found


def _looks_markdown(text: str, front_matter: bool) -> bool:
    """Two kinds of Markdown markup (links, headings, images, reference definitions), or one
    kind (or a code fence) under front matter: a plain page in a Jekyll block stays plain."""
    score = sum(1 for rx in (_DETECT_LINK, _DETECT_IMAGE, _DETECT_REFDEF) if rx.search(text))
    if front_matter:  # a body of raw HTML (an export's `<p>` lines) reads as such too
        markup = score or _headings(text, 1) or _DETECT_FENCE.search(text)
        return bool(markup or _HTML_LINE.search(text))
    if text.startswith("<!--") and _COMMENT_HEAD.match(text):
        return True  # an HTML comment header over a "# Title": a Markdown file's own shape
    if has_divs(text):
        return True  # pandoc's fenced divs (`::: {.post}`): HTML saved as Markdown
    if _DETECT_FENCE.search(text) and _ATX.fullmatch(text[: text.find("\n")].lstrip("\ufeff")):
        return True  # code fences under a "# Title" first line: a Markdown note of a page
    if _DETECT_LANG_FENCE.search(text):
        score += 1  # "```cpp": only Markdown tags a code block with its language
    if score + (_headings(text, 2) >= 2) >= 2:
        return True
    if "\n===" in text and len(_DETECT_SETEXT.findall(text, 0, 1 << 20)) >= 2:
        return True  # two titles underlined with "===", each a paragraph of its own
    if _headings(text, 1) and _links(text, 3) >= 3:
        return True  # a heading and several [text](http://...) links: no plain page has those
    return _headings(text, 2) >= 2 and _dated_heading(text)


def _links(text: str, enough: int) -> int:
    """Count inline links to web addresses, up to `enough`."""
    found = 0
    for _ in _DETECT_LINK.finditer(text):
        found += 1
        if found >= enough:
            break
    return found


_HTML_LINE = re.compile(r"^[ \t]*<(?:p|div|a[ \t][^<>\n]*href)\b[^<>\n]*>", re.M | re.I)
_DATED_HEADING = re.compile(r"^ {0,3}#{1,4}[ \t]+(\S[^\n]{5,60}?)[ \t#]*$", re.MULTILINE)


def _dated_heading(text: str) -> bool:
    """A heading that is a date ("## Friday, 1 July 2011"): a blog page's date header in
    Markdown, never a code comment. Looked for in the first few headings only."""
    for number, m in enumerate(_DATED_HEADING.finditer(text)):
        if number >= 20:
            return False
        if match_date(m[1]) is not None:
            return True
    return False


def _entity(m: re.Match[str]) -> str:
    ref = m[0]
    value = html.unescape(ref) if ref[1] == "#" else html.entities.html5.get(ref[1:], ref)
    return value.replace("\n", " ").replace("\r", " ")


def _entities(text: str) -> str:
    return _ENTITY.sub(_entity, text) if "&" in text else text


def _label(text: str) -> str:
    return " ".join(text.split()).casefold()


def _same_lines(matched: str, replacement: str) -> str:
    """The replacement, padded so that the text keeps its line count."""
    return replacement + "\n" * (matched.count("\n") - replacement.count("\n"))


def _home_image(m: re.Match[str]) -> str:
    """A header image linked to the home page: its alt text on one line (it may wrap)."""
    alt = " ".join(m["alt"].split())
    return _same_lines(m[0], alt) if any(ch.isalpha() for ch in alt) else m[0]


def _drop(m: re.Match[str]) -> str:
    return "\n" * m[0].count("\n")


def _joins(a: str, b: str) -> bool:
    """Whether two letters or digits would fuse into one word (not in scripts without spaces)."""
    return a.isalnum() and b.isalnum() and ord(a) < 0x2E80 and ord(b) < 0x2E80


def _code_spans(text: str, protect: Callable[[str], str]) -> str:
    """Replace each code span (a backtick run closed by a run of the same length) by tokens."""
    runs = [(m.start(), m.end()) for m in re.finditer("`+", text)]
    following: list[int | None] = [None] * len(runs)
    last: dict[int, int] = {}
    for k in range(len(runs) - 1, -1, -1):
        size = runs[k][1] - runs[k][0]
        following[k] = last.get(size)
        last[size] = k
    parts: list[str] = []
    done = k = 0
    while k < len(runs):
        close = following[k]
        if close is None:
            k += 1
            continue
        parts += [text[done : runs[k][0]], protect(text[runs[k][0] : runs[close][1]])]
        done, k = runs[close][1], close + 1
    return "".join(parts) + text[done:]


def _strip_comments(text: str) -> str:
    parts: list[str] = []
    done = 0
    while (start := text.find("<!--", done)) >= 0 and (end := text.find("-->", start + 4)) >= 0:
        parts += [text[done:start], "\n" * text.count("\n", start, end)]
        done = end + 3
    return "".join(parts) + text[done:]


def _inline(text: str, labels: frozenset[str]) -> str:
    """Markdown inline markup of one paragraph reduced to its text; the line count is kept."""
    if _SENTINEL.search(text):
        return _entities(text)
    store: list[str] = []

    def token(value: str) -> str:
        store.append(value)
        return f"\ufdd0{len(store) - 1}\ufdd1"

    def restore(value: str) -> str:
        return _TOKEN.sub(lambda m: store[int(m[1])], value)

    def link(m: re.Match[str]) -> str:
        words = m["text"]
        if m["inline"] is None:  # [text][ref]: known refs, and html2text's [text][5] and [text][]
            ref = m["ref"]
            before = m.string[m.start() - 1] if m.start() else " "
            numbered = not ref or ref.strip().isdigit()
            if _label(ref or words) not in labels and (not numbered or before.isalnum()):
                return m[0]
        if not words.strip() or _IMAGE_TEXT.fullmatch(restore(words)):
            return _drop(m)
        if m.start() and _joins(m.string[m.start() - 1], words[0]):
            words = " " + words
        if m.end() < len(m.string) and _joins(words[-1], m.string[m.end()]):
            words += " "
        return _same_lines(m[0], words)

    def tag(m: re.Match[str]) -> str:
        return _same_lines(m[0], "" if m["inline"] else "\ufdd2")

    def gap(m: re.Match[str]) -> str:
        s, a, b = m.string, m.start(), m.end()
        return " " if a and b < len(s) and not s[a - 1].isspace() and not s[b].isspace() else ""

    text = _code_spans(text, lambda span: "\n".join(map(token, span.split("\n"))))
    text = _ESCAPE.sub(lambda m: token(m[1]), _ESCAPED_IMAGE.sub(_drop, text))
    text = without_attributes(text)
    text = _strip_comments(text)
    text = _HOME_IMAGE.sub(_home_image, text)
    text = _IMAGE.sub(_drop, text)
    if "{%" in text:
        text = _EMBED_TAG.sub(_drop, text)
    text = _WIKI_LINK.sub(lambda m: m[2] if m[2] is not None else m[1], text)
    for _ in range(3):  # a link inside a link's text
        before, text = text, _LINK.sub(link, text)
        if text == before:
            break
    if labels:
        text = _SHORTCUT.sub(lambda m: m[1] if _label(m[1]) in labels else m[0], text)
    text = _AUTOLINK.sub(r"\1", text)
    if "<&#47;" in text:  # jekyll-import writes a closing tag's slash as an entity
        text = text.replace("<&#47;", "</")
    text = _BREAK.sub(gap, _TAG.sub(tag, text))
    return restore(_entities(text))


def without_heading_marks(line: str) -> str:
    """A line without the marks of a Markdown ATX heading ("#### Title" -> "Title"), on a
    page not read as Markdown too: no title keeps them."""
    atx = _ATX.fullmatch(line)
    return _heading_text(atx[2]) if atx is not None and atx[2] and atx[2].strip() else line


def _heading_text(rest: str, opening: int = 0) -> str:
    """An ATX heading's text without its closing hashes or pandoc attributes (`## Intro##`:
    a closing run as long as the opening one, of two or more, closes it with no space too)."""
    text = rest.strip()
    bare = text.rstrip("#")
    if bare != text and (not bare or bare[-1] in " \t" or len(text) - len(bare) == opening > 1):
        text = bare.rstrip()
    if text.endswith("}") and (k := text.rfind("{")) > 0 and text[k - 1] in " \t" and _PANDOC_ATTRS.fullmatch(text[k + 1 : -1]):  # fmt: skip
        text = text[:k].rstrip()
    return text


def _hard_break(line: str) -> str:
    if line.endswith("  "):
        return line.rstrip()
    if (bare := line.rstrip(" \t")).endswith("\\"):  # spaces after it: a save added them
        line = bare
        run = len(line) - len(line.rstrip("\\"))
        body = line[:-1]
        if run % 2 and (not body.strip() or not body[-1].isspace()):
            return body
    return line


#: A code fence: its character (` or ~), its length and its language ("" for none).
Fence = tuple[str, int, str]
#: The fence languages a saved page is kept under (a program's code is not a page).
_PAGE_FENCES = frozenset({"", "text", "txt", "plain", "plaintext", "markdown", "md", "html"})


def fence_opening(line: str) -> Fence | None:
    """The fence a line opens (``` or ~~~ and an optional info string), if it opens one."""
    opened = _FENCE.fullmatch(line)
    if opened is None or (opened[1][0] == "`" and "`" in opened[2]):
        return None
    info = opened[2].split()
    return opened[1][0], len(opened[1]), info[0] if info else ""


def fence_closes(line: str, fence: Fence) -> bool:
    """Whether `line` closes `fence`: the same character, at least as many, nothing after."""
    close = _FENCE.fullmatch(line)
    return (
        close is not None
        and close[1][0] == fence[0]
        and len(close[1]) >= fence[1]
        and not close[2].strip()
    )


def fenced_page(text: str) -> tuple[str, list[str]] | None:
    """The text of the longest fenced block of plain text (20 lines or more), every other
    line blanked so that line numbers stay the file's, and the lines above the block (a
    note's fields); None when there is none. Fences pair as in `read_page`; a block of a
    program's code is never the page."""
    lines = text.split("\n")
    blocks: list[tuple[int, int]] = []  # (opening line, closing line) of each page fence
    fence: Fence | None = None
    start = 0
    for index, line in enumerate(lines):
        if fence is None:
            fence, start = fence_opening(line), index
        elif fence_closes(line, fence):
            if fence[2].casefold() in _PAGE_FENCES:
                blocks.append((start, index))
            fence = None
    if fence is not None and fence[2].casefold() in _PAGE_FENCES:
        blocks.append((start, len(lines)))  # a fence never closed: the file was cut inside it
    start, end = max(blocks, key=lambda block: block[1] - block[0], default=(0, 0))
    if end - start < 20:
        return None
    inner = "\n" * (start + 1) + "\n".join(lines[start + 1 : end]) + "\n" * (len(lines) - end)
    return inner, lines[:start]


def _markdown(lines: list[str]) -> tuple[set[int], dict[int, int]]:
    """Reduce the Markdown lines in place; return the code lines and the heading levels."""
    code: set[int] = set()
    headings: dict[int, int] = {}
    units: list[list[int]] = []  # paragraphs: lines whose inline markup is read together
    labels: set[str] = set()
    fence: Fence | None = None
    setext = False  # the previous line is paragraph text that an underline makes a heading
    divs = 0  # pandoc's fenced divs: every line break inside its paragraphs is a wrap
    for i, line in enumerate(lines):
        if fence is not None:
            if fence_closes(line, fence):
                fence, lines[i] = None, ""
            else:
                code.add(i)
            continue
        opened = fence_opening(line)
        ref = _REFDEF.fullmatch(line)
        under = _SETEXT.fullmatch(line) if setext else None
        atx = _ATX.fullmatch(line)
        setext = False
        if opened is not None:
            fence, lines[i] = opened, ""
        elif ref or _ABBREVIATION.fullmatch(line):
            labels.update([_label(ref[1])] if ref else [])
            lines[i] = ""
        elif under:
            headings[i - 1] = 1 if under[1][0] == "=" else 2
            lines[i - 1], lines[i] = _heading_text(lines[i - 1]), ""
        elif atx:
            headings[i] = len(atx[1])
            lines[i] = _heading_text(atx[2] or "", len(atx[1]))
            units.append([i])
        elif div_fence(line):
            lines[i], divs = "", divs + 1
        elif _COMMENT_LINE.fullmatch(line) or _RULE.fullmatch(line):
            lines[i] = ""  # an HTML comment, a horizontal rule, a table's border
        elif line.strip():
            block = _NEW_BLOCK.match(line)
            if block or not units or units[-1][-1] != i - 1 or (i - 1) in headings:
                units.append([])
            units[-1].append(i)
            lines[i] = _hard_break(line)
            setext = not block
    known = frozenset(labels)
    wrapped = (
        _PANDOC_WRAP
        if divs >= _PANDOC_DIVS
        else _wrap_width([[lines[i] for i in unit] for unit in units])
    )
    for unit in units:
        raw = [lines[i] for i in unit]
        reduced = _inline("\n".join(raw), known).split("\n")
        if len(reduced) != len(unit):  # cannot happen; keep the lines rather than misalign them
            reduced = [_entities(line) for line in raw]
        for i, old, new in zip(unit, raw, reduced, strict=True):
            if new != old:  # what markup leaves at the end of a line, or a bare list/quote mark
                new = new.strip() if i in headings or not old[:1].isspace() else new.rstrip()
                new = "" if _BARE_MARK.fullmatch(new) and not _BARE_MARK.fullmatch(old) else new
            lines[i] = new
        if wrapped:
            _unwrap(lines, unit, raw, wrapped, headings)
    return code, headings


def _wrap_width(paragraphs: list[list[str]]) -> int:
    """The width a page was hard-wrapped at (pandoc, html2text: 72 or 78), or 0 if it was not.

    A wrapped page has most lines of its paragraphs, all but their last, close to
    one width and none much longer.
    """
    inner = [len(p[k].rstrip()) for p in paragraphs for k in range(len(p) - 1)]
    if len(inner) < 10:
        return 0
    # The width most inner lines end just short of (a long link cannot be broken, so a
    # few lines run past it).
    counts = Counter(n for n in inner if 50 <= n <= 100)
    if not counts:
        return 0
    width = max(range(55, 101), key=lambda w: sum(counts[n] for n in range(w - 15, w + 1)))
    near = sum(1 for n in inner if width - 20 <= n <= width)
    return width if near >= 0.5 * len(inner) else 0


#: Pandoc wraps a page at 72 columns (or not at all): no line break inside its paragraphs is
#: the author's but a hard break (a backslash or two spaces at the end); the others are joined.
_PANDOC_WRAP = -1
_PANDOC_DIVS = 4  # fenced divs that make a page pandoc's


def _unwrap(
    lines: list[str], unit: list[int], raw: list[str], width: int, headings: dict[int, int]
) -> None:
    """Join a paragraph's wrapped lines into its first, leaving the others blank."""
    head = unit[0]
    for k in range(1, len(unit)):
        inside_link = raw[k - 1].count("[") > raw[k - 1].count("]")
        if width == _PANDOC_WRAP:
            authors = _hard_break(raw[k - 1]) != raw[k - 1] or unit[k] in headings
        else:
            authors = len(raw[k - 1].rstrip()) < width - 25 and not inside_link
        if authors or not lines[head]:
            head = unit[k]  # a short line: its break was the author's
            continue
        if lines[unit[k]]:
            lines[head] = lines[head].rstrip() + " " + lines[unit[k]].strip()
            lines[unit[k]] = ""


def read_page(text: str, markdown: bool = False) -> Page:
    """What a reader sees of each line of a dump: front matter, wrappers and Markdown removed.
    `markdown`: a header above the page says it is Markdown (as front matter hints)."""
    try:
        return _read_page(text, markdown)
    except Exception:  # never raise on a hostile page: give it back as it is
        return Page(tuple(text.split("\n")), FrontMatter(), False, frozenset(), {})


def _may_hold_markup(text: str) -> bool:
    """Whether a page holds anything to read for (links, headings, entities, wrappers).

    A plain dump holding none comes back as it is; this runs on every dump, so it is
    a few substring scans. Markdown is read only where links or headings are, or front
    matter (fences count only there); a page pasted in code opens its wrapper near the top.
    """
    head = text[:4096]
    return (
        text.startswith(("---", "+++", "#"))
        or may_be_unfenced(text)
        or starts_with_title(text)
        or "]" in text  # links, images, reference lists
        or holds(text, "\n#")  # headings (fences count only under front matter: _looks_markdown)
        or "&" in text  # entities
        or holds(head, '"""')
        or holds(head, "'''")
        or "echo" in head
        or holds(text, ":::")  # pandoc's fenced divs
        or holds(text, "\n===")  # a title underlined (setext)
    )


#: A clipper's first line naming where the page came from: `[Source](URL "Permalink to …")`.
_SOURCE_LINK = re.compile(
    r"\s*\[(?:[^\[\]\n]+\]\((?P<permalink>https?://[^\s()]+)\s+\"Permalink to [^\"\n]*\""
    r"|(?:source|original|original source|permalink|link|url)\]\((?P<url>https?://[^\s()]+)"
    r"(?:\s+\"[^\"\n]*\")?)\)\s*",
    re.IGNORECASE,
)


#: A link to a page listing a label's posts: Blogger's /search/label/, WordPress's /tag/, /category/,
#: a CMS's "/tag.html?tag=12"; the address may be the site's own ("/tag/a"), the name a hashtag
#: (its "#" escaped in Markdown: "[\\# folder]").
_LABEL_LINK = (
    r"\[(?:\\?#)?(?P<name>[^\[\]\n#]{1,80})\]\(\s*<?(?:https?://[^\s()<>]*?)?"
    r"/(?:search/label|labels?|tags?|category|categories|topics?)(?:/|\.html?\?|\.php\?|\?)"
    r"[^\s()<>]*>?(?:\s+\"[^\"\n]*\")?\s*\)"
)
#: A word leading a group of them: a WordPress footer's "Categorie [a](…) Tag [b](…), [c](…)".
_LABEL_LEAD = r"[^\W\d_][\w-]{1,24}:?\s+"
_LABEL_RUN = rf"(?:{_LABEL_LINK.replace('?P<name>', '?:')}[\s,;·|/]*)+"
_LABEL_LINE = re.compile(
    rf"\s*(?:[-*+]\s+)?(?:{_LABEL_LEAD})?{_LABEL_RUN}(?:{_LABEL_LEAD}{_LABEL_RUN})?"
)
_ONE_LABEL_LINK = re.compile(_LABEL_LINK)
#: How a link's text that leads into what follows ends: no label's name does.
_LEAD_IN = (":", "：")
#: A label page's later page ("/category/boats/page/2/"): the pager's "Older posts", no label.
_LABEL_PAGE = re.compile(r"/page/\d+/?(?:[\s)\"?#]|$)")


def _label_link_lines(lines: list[str]) -> dict[int, tuple[str, ...]]:
    """The paragraphs made only of links to label pages, and their labels; blanked in `lines`
    so that no paragraph unwrapping joins them to the text around them. A run that follows
    text ("Etiquetas:", or a label wrapped over two lines) is left to that text."""
    found: dict[int, tuple[str, ...]] = {}
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        if "](" in line and _LABEL_LINE.fullmatch(line) and not _LABEL_PAGE.search(line):
            if any(m["name"].rstrip().endswith(_LEAD_IN) for m in _ONE_LABEL_LINK.finditer(line)):
                run = []  # "[As the docs say:](…/topics/…)": a sentence leading in, no label
                continue
            if run or i == 0 or not lines[i - 1].strip() or _ATX.fullmatch(lines[i - 1]):
                run.append(i)
            continue
        if run and not line.strip():  # the paragraph ends with the run: it is a label list
            for at in run:
                names = (
                    _ESCAPE.sub(r"\1", " ".join(m["name"].split()))  # "strip\_tags"
                    for m in _ONE_LABEL_LINK.finditer(lines[at])
                )
                found[at] = tuple(n for n in names if n)
                lines[at] = ""
        run = []
    return {i: names for i, names in found.items() if names}


_LYNX_REFERENCE = re.compile(r"\s*(\d{1,6})\.\s+(\S+)\s*")
_LYNX_MARK = re.compile(r"\[(\d{1,6})\]")


def _lynx(lines: list[str]) -> dict[int, str]:
    """A `lynx -dump` page: its "[12]" link marks taken out of the text, its closing
    "References" list (one "12. URL" a line) blanked, and the lines that were one link
    ("[2]Post title") given that link's address, as Markdown's are. Other pages: {}."""
    start = next(
        (i for i in range(len(lines) - 1, -1, -1) if lines[i].strip() in _LYNX_HEADINGS), None
    )
    if start is None:
        return {}
    references: dict[str, str] = {}
    for i in range(start + 1, len(lines)):
        match = _LYNX_REFERENCE.fullmatch(lines[i])
        if match:
            references[match[1]] = match[2]
        elif lines[i].strip() and not lines[i].lstrip().startswith(
            ("Visible links", "Hidden links")
        ):
            return {}  # text after the list: no lynx page
    if not references:
        return {}
    links: dict[int, str] = {}
    for i in range(start):
        line = lines[i]
        if "[" not in line:
            continue
        whole = _LYNX_MARK.match(line.strip())
        if whole is not None and whole[1] in references and "[" not in line.strip()[whole.end() :]:
            links[i] = references[whole[1]]
        lines[i] = _LYNX_MARK.sub(lambda m: "" if m[1] in references else m[0], line)
    for i in range(start, len(lines)):
        lines[i] = ""
    return links


_LYNX_HEADINGS = frozenset(("References", "Visible links:", "Visible links"))


def _source_line(lines: list[str]) -> tuple[int, str] | None:
    """A clipper's source link atop the page: the page's URL line, never its title."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None
    match = _SOURCE_LINK.fullmatch(lines[first])
    return None if match is None else (first, match["url"] or match["permalink"])


def _join_heading_links(lines: list[str]) -> None:
    """A heading whose link text html2text wrapped (`#  [Title` / `wrapped](url)`) joined into
    its first line, the others left blank, when the link closes within two more lines."""
    for i, line in enumerate(lines):
        if not line.startswith("#") or line.count("[") <= line.count("]") or not _ATX.match(line):
            continue
        joined = line.rstrip()
        for k in range(i + 1, min(i + 3, len(lines))):
            if not lines[k].strip():
                break
            joined += " " + lines[k].strip()
            if _WHOLE_LINK.fullmatch(joined):
                lines[i], lines[i + 1 : k + 1] = joined, [""] * (k - i)
                break


def _read_page(text: str, said_markdown: bool = False) -> Page:
    if not _may_hold_markup(text):
        return Page(tuple(text.split("\n")), FrontMatter(), False, frozenset(), {})
    lines = text.split("\n")
    count = len(lines)
    blocks, unfenced = _front_matter_blocks(lines)
    _unwrap_python(lines)
    _unwrap_echo(lines)
    markdown = _looks_markdown("\n".join(lines), bool(blocks) or said_markdown)
    code: set[int] = set()
    headings: dict[int, int] = {}
    links: dict[int, str] = {}
    label_links: dict[int, tuple[str, ...]] = {}
    chrome: frozenset[int] = frozenset()
    captions: dict[int, str] = {}
    if markdown:
        chrome = header_chrome(lines, has_divs(text))
        _join_heading_links(lines)
        links = {
            i: match["url"]
            for i, line in enumerate(lines)
            if (match := _WHOLE_LINK.fullmatch(line))
        }
        source = _source_line(lines)
        label_links = _label_link_lines(lines)
        captions = {
            i: _inline(m[1], frozenset()).strip()
            for i, line in enumerate(lines)
            if "<fig" in line and (m := _CAPTION.search(line))
        }
        code, headings = _markdown(lines)
        for i, names in label_links.items():
            lines[i] = ", ".join(names)
        if source is not None:
            lines[source[0]] = source[1]  # a URL line, as a plain dump would have it
    else:
        links = _lynx(lines)
        lines = [_entities(line) for line in lines]
    if len(lines) != count:
        raise AssertionError("line count changed")
    return Page(
        tuple(lines), _merge(blocks, unfenced), markdown, frozenset(code), headings, links, label_links,
        chrome, captions,
    )  # fmt: skip
