"""A WeChat repost's chrome: the repost notice and account card atop, the account's footer at the end."""

from __future__ import annotations

import re
from functools import cache

from tuiarchive.dumps.line_search import holds
from tuiarchive.dumps.phrases import phrase_fields
from tuiarchive.model import Post

_CARD_LINES = 8  # text lines of the account card under the notice, at most
_TAIL_LINES = 10  # text lines of the account's footer, at most
_TAIL_CHARS = 3000
_CARD_OPEN = re.compile(r"\\?\[")
_CARD_CLOSE = re.compile(r"\]\\?\(\S*\)")


@cache
def _phrases(key: str) -> re.Pattern[str]:
    words = [re.escape(p).replace(r"\{any\}", ".*") for p in phrase_fields().get(key, ())]
    return re.compile("|".join(words) if words else r"(?!)")


#: An icon saved before a prompt: "![](…svg…) 继续滑动看下一个".
_ICON = re.compile(r"^\s*!\[\]\([^()]*\)\s*")


def _plain(line: str) -> str:
    return _ICON.sub("", line).strip().replace("**", "").strip()


def may_hold_repost(text: str) -> bool:
    """Whether the page may hold a WeChat repost's chrome (a cheap look before the pass)."""
    tail = text[-_TAIL_CHARS:]  # the prompt may follow an icon on its line
    swipes = phrase_fields().get("swipe_tail", ())
    return any(holds(text, p.split("{")[0]) or p in tail for p in swipes) or any(
        holds(text, p.split("{")[0]) for p in phrase_fields().get("repost_notice", ())
    )


def without_repost_chrome(post: Post) -> Post:
    """The post with a repost notice opening its text (and the account card under it), and
    an account footer closing it (a QR prompt to the swipe prompts), moved aside, said."""
    lines = post.body.split("\n")
    texts = [i for i, ln in enumerate(lines) if ln.strip()]
    said: list[str] = []
    head, tail = 0, len(lines)
    if texts and _phrases("repost_notice").fullmatch(_plain(lines[texts[0]])):
        head = texts[0] + 1
        if len(texts) > 1 and _CARD_OPEN.fullmatch(lines[texts[1]].strip()):
            close = next(
                (i for i in texts[1 : 2 + _CARD_LINES] if _CARD_CLOSE.fullmatch(lines[i].strip())),
                None,
            )
            head = close + 1 if close is not None else head
        said.append("the repost notice (and the account card) atop the text: kept aside")
    if len(texts) > 2 and _phrases("swipe_tail").fullmatch(_plain(lines[texts[-1]])):
        last = [i for i in texts[-_TAIL_LINES:] if i >= head]
        swipe = [i for i in last if _phrases("swipe_tail").fullmatch(_plain(lines[i]))]
        scan = [i for i in last if _phrases("scan_prompt").fullmatch(_plain(lines[i]))]
        tail = scan[-1] if scan and scan[-1] < swipe[0] else swipe[0]
        said.append(
            "the account's footer (follow prompt, swipe prompts) at the text's end: kept aside"
        )
    if not said:
        return post
    aside = [ln.strip() for ln in lines[:head] + lines[tail:] if ln.strip()]
    return post.with_changes(
        body="\n".join(lines[head:tail]).strip("\n"),
        extra_text=(*post.extra_text, *aside),
        warnings=(*post.warnings, *said),
    )
