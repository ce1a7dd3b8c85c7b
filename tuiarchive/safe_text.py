"""Making text safe to put on a terminal: control codes shown, never obeyed.

The one sanitiser for every text that leaves the program for a person: the browser's
surfaces (through `tuiarchive.ui.safe`), the command line's tables, summaries and
messages, citations and Markdown exports. It needs nothing but the standard library.
Text for programs (`--json`, JSON Lines and dump exports) is kept exact instead.
"""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, C1 controls, bidirectional overrides and
# isolates, and lone surrogates (which cannot even be encoded for the terminal).
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f\x80-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ud800-\udfff]"
)
_NAMES = {
    "\u202a": "LRE", "\u202b": "RLE", "\u202c": "PDF", "\u202d": "LRO", "\u202e": "RLO",
    "\u2066": "LRI", "\u2067": "RLI", "\u2068": "FSI", "\u2069": "PDI", "\u200e": "LRM",
    "\u200f": "RLM", "\u061c": "ALM",
}  # fmt: skip


def _placeholder(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode "control picture": ␛ for ESC, ␇ for BEL ...
    if code == 0x7F:
        return "\u2421"  # ␡
    if char in _NAMES:
        return f"\u27e8{_NAMES[char]}\u27e9"  # ⟨RLO⟩
    if 0xD800 <= code <= 0xDFFF:
        return "\ufffd"
    return f"\u27e8{code:02X}\u27e9"  # a C1 control: ⟨9B⟩


def shown(text: str) -> str:
    """`text` with every control, bidi override and lone surrogate replaced by a visible mark."""
    return _UNSAFE.sub(_placeholder, text) if _UNSAFE.search(text) else text


def one_line(text: str) -> str:
    """`shown(text)` on a single line: line breaks and tabs become spaces."""
    return shown(
        text.replace("\n", " ").replace("\t", " ").replace("\u2028", " ").replace("\u2029", " ")
    )


def quoted(text: str, width: int = 50) -> str:
    """`one_line(text)` in quotation marks, cut with an ellipsis past `width` characters."""
    text = one_line(text).strip()
    return "\u201c" + (text if len(text) <= width else text[: width - 1] + "\u2026") + "\u201d"
