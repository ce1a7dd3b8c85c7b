"""Hexo NexT's post meta saved one item a line (发表于 / date / 分类于 / link / 本文字数： / 501 …) joined key by key."""

from __future__ import annotations

import re

#: A NexT meta key alone on its line, its value (if any) on the next line that is not blank.
_KEY = re.compile(r"[ \t]*(发表于|更新于|分类于|评论数：|阅读次数：|本文字数：|阅读时长 ≈)[ \t]*")
_KEYS = ("发表于", "更新于", "分类于", "评论数：", "阅读次数：", "本文字数：", "阅读时长 ≈")
_REACH = 2  # blank lines between a key and its value


def may_hold_next_meta(text: str) -> bool:
    """Whether the text has NexT's "发表于" alone on a line (a quick look before the pass)."""
    return "\n发表于\n" in text


def next_metas(text: str) -> str:
    """Each key alone on its line joined with its value below ("发表于 2025-12-09"), the value's
    line left blank (the line count stays); a key with no value stays as it is."""
    lines = text.split("\n")
    for at, line in enumerate(lines):
        found = _KEY.fullmatch(line)
        if found is None:
            continue
        below = next(
            (k for k in range(at + 1, min(len(lines), at + 2 + _REACH)) if lines[k].strip()), None
        )
        if below is None or _KEY.fullmatch(lines[below]) or lines[below].strip() in _KEYS:
            continue
        lines[at] = f"{found[1]} {lines[below].strip()}"
        lines[below] = ""
        if found[1] == "分类于":  # the category onto the date's line: one meta line under the title
            dated = next((k for k in range(at - 1, max(-1, at - 2 - _REACH), -1) if lines[k]), None)
            if dated is not None and lines[dated].startswith(("发表于 ", "更新于 ")):
                lines[dated] = f"{lines[dated]} {lines[at]}"
                lines[at] = ""
    return "\n".join(lines)
