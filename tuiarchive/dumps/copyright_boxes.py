"""A Hexo NexT post's copyright box ("本文作者：" / "本文链接：" / "版权声明：") and reward box."""

from __future__ import annotations

import re

from tuiarchive.dumps.line_kinds import FooterFacts, Kind, Line

#: One item of the box: "* **本文作者：** 林小舟", "- **Post link:** …" (the value may wrap).
_ITEM = re.compile(r"[*-]\s+\*\*\s*(?P<key>[^*:：]{1,20}?)\s*[:：]\s*\*\*\s*(?P<value>.*)")
_AUTHOR_KEYS = frozenset({"本文作者", "原作者", "文章作者", "作者", "post author", "author"})
_LINK_KEYS = frozenset({"本文链接", "本文連結", "文章链接", "原文链接", "post link", "link"})
_LICENSE_KEYS = frozenset({"版权声明", "版權聲明", "copyright notice", "copyright"})
#: The reward box's button and its payment images' captions (NexT's own words).
_BUTTONS = frozenset({"赞赏", "打赏", "赞赏支持", "donate"})
_CAPTIONS = frozenset({"微信", "微信支付", "支付宝", "wechat pay", "wechat", "alipay", "paypal"})
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
#: The reward box's own sentence above its button ("请我喝杯咖啡吧！"): a short line.
_COMMENT = 40


def may_hold_copyright_box(text: str) -> bool:
    """Whether the page has a box's bold link key: the pass's cheap gate."""
    return "链接：**" in text or "連結：**" in text or "Post link:**" in text


def copyright_boxes(lines: list[Line], saved: list[str]) -> tuple[list[Line], list[str]]:
    """Each run of the box's list items (an author, the post's link and its licence) taken
    out of the text: the author's item read as a byline, the others as chrome, and the
    reward box right above it (its sentence, button, payment images) with them."""
    out = lines
    said: list[str] = []
    index = 0
    while index < len(lines):
        box = _box(lines, saved, index)
        if box is None:
            index += 1
            continue
        end, author = box
        if out is lines:
            out = list(lines)
        _as_chrome(out, lines, index, end)
        if author is not None:  # the box's first line: a byline the post's footer reads
            first = lines[index]
            facts = FooterFacts(author=author)
            out[index] = Line(first.number, first.raw, Kind.FOOTER, first.text, facts=facts)
        said.append(
            f"line {lines[index].number}: the theme's copyright box (author, link, licence)"
            " read as chrome" + (f", its author {author!r} as the post's" if author else "")
        )
        top = _reward_top(lines, saved, index)
        if top is not None:
            _as_chrome(out, lines, top, index)
            said.append(
                f"lines {lines[top].number}-{lines[index - 1].number}: the theme's reward box"
                f" above it (from {lines[top].text!r}: its sentence, button, payment images)"
                " read as chrome"
            )
        index = end
    return out, said


def _as_chrome(out: list[Line], lines: list[Line], start: int, end: int) -> None:
    """The lines from `start` to `end` (not blank) made chrome in `out`."""
    for at in range(start, end):
        line = lines[at]
        if line.kind is not Kind.BLANK:
            out[at] = Line(line.number, line.raw, Kind.CHROME, line.text)


def _key(saved: str) -> tuple[str, str] | None:
    """An item's key (casefolded) and value, read from the line as saved (bold kept)."""
    found = _ITEM.fullmatch(saved.strip())
    if found is None:
        return None
    return found["key"].strip().casefold(), found["value"].strip()


def _box(lines: list[Line], saved: list[str], start: int) -> tuple[int, str | None] | None:
    """Where the box that starts at `start` ends (past its last item and what wraps) and
    the author it names; None unless it holds a link item and a licence item."""
    keys: set[str] = set()
    author = None
    index = start
    while index < len(lines):
        line = lines[index]
        if line.kind is Kind.BLANK:
            break
        item = _key(saved[index]) if index < len(saved) else None
        if item is None:
            if index == start or not line.raw[:1].isspace():
                break
            index += 1  # the item's value wrapped onto an indented line
            continue
        key, value = item
        if key in _AUTHOR_KEYS:
            author = value.strip("*_ ") or None
        elif key not in _LINK_KEYS and key not in _LICENSE_KEYS:
            break
        keys.add(key)
        index += 1
    if not keys & _LINK_KEYS or not keys & _LICENSE_KEYS:
        return None
    return index, author


def _reward_top(lines: list[Line], saved: list[str], box: int) -> int | None:
    """The first line of a reward box right above the copyright box: payment images and
    their captions, the button, and the short sentence above it; None without a button."""
    index = box - 1
    button = None
    while index >= 0:
        text = lines[index].text.strip()
        kind = lines[index].kind
        if kind is Kind.BLANK or not text or _IMAGE.fullmatch(saved[index].strip()):
            index -= 1
            continue
        if text.casefold() in _CAPTIONS and button is None:
            index -= 1
            continue
        if text.casefold() in _BUTTONS and button is None:
            button = index
            index -= 1
            continue
        break
    if button is None:
        return None
    if index >= 0 and lines[index].kind is Kind.TEXT and len(lines[index].text) <= _COMMENT:
        return index
    return button
