"""A WeChat article's meta line atop its text ("原创 作者 公众号 2024-02-28 09:41 广东") and the author's "作者 | …" block under it."""

from __future__ import annotations

import re

from tuiarchive.model import Post

#: The meta line: the "原创" badge, the author, the account, the time, the place (IP region).
_META = (
    r"(?:原创[ \t]+)?(?:(?P<author>[^\s_|]{1,30})[ \t]+)?(?P<account>[^\s_|]{1,30})[ \t]+"
    r"_?(?P<date>\d{4}-\d{2}-\d{2})(?:[ \t]+\d{1,2}:\d{2})?_?(?:[ \t]+_?(?P<place>[^\W\d_]{2,6})_?)?[ \t]*"
)
_META_LINE = re.compile(_META)
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: A line of the author's own block under it: "作者 | 致九", "日期 | 2024.02.28".
_PAIR = re.compile(r"(?P<key>[^\s|]{1,6})[ \t]*[|｜][ \t]*\S.{0,80}")
_AUTHOR_KEYS = frozenset(("作者", "文", "撰文", "文字", "作者：", "author"))
_IMAGE = re.compile(r"!\[[^\]]*\]\([^()\s]*\)|\[?图片\]?")
_LOOK = 5000  # characters of the page's top the meta line may stand in


def may_hold_wechat_meta(text: str) -> bool:
    """Whether the page's top holds such a meta line: each ISO date there (found by its
    dashes) looked at on its own line, on a page with Chinese in it."""
    top = text[:_LOOK]
    at = top.find("-")
    while at >= 0:
        if top[at - 4 : at].isdigit() and top[at + 3 : at + 4] == "-":
            start = top.rfind("\n", 0, at) + 1
            end = top.find("\n", at)
            line = top[start : end if end >= 0 else len(top)].strip()
            if _META_LINE.fullmatch(line) and _CJK.search(line):
                return True
        at = top.find("-", at + 1)
    return False


def without_wechat_meta(post: Post) -> Post:
    """`post` with the meta line opening its text moved aside: the account its blog, the
    author and the date its own where it has none (said); the author's "作者 | name" block
    of short "key | value" lines right under it (images between) moved aside too."""
    lines = post.body.split("\n")
    texts = [i for i, line in enumerate(lines) if line.strip()]
    if not texts:
        return post
    first = lines[texts[0]].strip()
    meta = _META_LINE.fullmatch(first)
    if meta is None or not _CJK.search(first):
        return post
    cut = texts[0] + 1
    aside = [first]
    said = f"the WeChat meta line {first!r} atop the text: kept aside"
    rest = [i for i in texts[1:9] if not _IMAGE.fullmatch(lines[i].strip())]
    pairs = []
    for i in rest:
        if (pair := _PAIR.fullmatch(lines[i].strip())) is None:
            break
        pairs.append(pair["key"].casefold())
        cut_at = i + 1
    if len(pairs) >= 2 and pairs[0] in _AUTHOR_KEYS:
        cut = cut_at
        aside = [lines[i].strip() for i in texts if i < cut]
        said += f"; the author's block under it ({len(pairs)} 'key | value' lines) too"
    changes: dict[str, object] = {}
    if post.blog is None:
        changes["blog"] = meta["account"]
        said += f"; the account {meta['account']!r} read as the blog"
    if post.author is None and meta["author"]:
        changes["author"] = meta["author"]
        said += f"; the author {meta['author']!r}"
    if post.date is None:
        changes["date"] = meta["date"]
        said += f"; the date {meta['date']}"
    return post.with_changes(
        body="\n".join(lines[cut:]).strip("\n"),
        extra_text=(*aside, *post.extra_text),
        warnings=(*post.warnings, said),
        **changes,
    )
