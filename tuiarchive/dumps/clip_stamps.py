"""A clipping's own byline or footer stamp in its body (WeChat, Zhihu): the post's date."""

from __future__ import annotations

import re

from tuiarchive.dumps.dates import match_moment
from tuiarchive.dumps.links import INLINE_LINK
from tuiarchive.model import Post

#: A byline set first in the body: a name or two, then an italic stamp ("Ann Lee Ann *2024年5月3日 20:37*").
_BYLINE = re.compile(
    r"(?P<names>[^*_\n]{1,60}?)[ \t]+(?P<mark>[*_])(?P<stamp>[^*_\n]{4,40})(?P=mark)[ \t]*"
)
#: A footer stamp that ends the body, the topics' links run on after it
#: ("发布于 2019-11-28 23:44[Topic](https://…)[Other](https://…)").
_FOOTER = re.compile(
    r"(?P<word>发布于|编辑于)[ \t]+(?P<stamp>[^\[\n]{4,40}?)[ \t]*(?P<links>(?:\[[^\[\]\n]{1,60}\]\([^()\s]+\))*)[ \t]*"
)
#: The count of readers' gifts a column prints above its footer ("3 人已送礼物").
_GIFTS = re.compile(r"\d+[ \t]*人已送礼物")
_NO_DATE = "no date found"


def _iso(stamp: str) -> str | None:
    moment = match_moment(stamp)
    return moment.date.iso if moment is not None and moment.date is not None else None


def _dated(post: Post, iso: str, body: str, labels: tuple[str, ...], what: str) -> Post:
    warnings = tuple(w for w in post.warnings if not w.startswith(_NO_DATE))
    return post.with_changes(date=iso, body=body, labels=labels, warnings=(*warnings, what))


def with_clip_stamp(post: Post, text: str) -> Post:
    """An undated post whose body opens with a byline ending in an italic stamp, or ends with
    a "发布于 <stamp>" footer (its topic links run on): dated by it, the line out of the body,
    the footer's topics its labels when it has none."""
    if post.date is not None or not post.body:
        return post
    opening, _, rest = post.body.partition("\n\n")
    first = _BYLINE.fullmatch(opening) if rest and ("*" in opening or "_" in opening) else None
    if first is not None:
        names = first["names"].split()
        named = post.author is not None and post.author in names
        if (named or len(set(names)) == 1) and (iso := _iso(first["stamp"])):
            said = (
                f"the date is the byline's above the body ({opening.strip()!r}): read as the post's"
            )
            return _dated(post, iso, rest, post.labels, said)
    end = text[-600:].rstrip()
    if "发布于" not in end and "编辑于" not in end:
        return post
    footer = _FOOTER.fullmatch(end.rpartition("\n")[2].strip())
    if footer is None or not (iso := _iso(footer["stamp"])):
        return post
    kept = post.body.rsplit("\n\n", 2)
    if not kept[-1].startswith(footer["word"]):
        return post
    kept.pop()
    if len(kept) > 1 and _GIFTS.fullmatch(kept[-1].strip()):
        kept.pop()
    if not kept:
        return post
    topics = tuple(dict.fromkeys(m["text"].strip() for m in INLINE_LINK.finditer(footer["links"])))
    said = f"the date is the footer's at the end of the page ({footer['word']} {footer['stamp']})"
    return _dated(post, iso, "\n\n".join(kept), post.labels or topics, said)
