"""The quick test before reading a byline's run-on tail turns away no tail the full read accepts."""

from __future__ import annotations

from tuiarchive.dumps.line_kinds import _ends_in_footer
from tuiarchive.dumps.phrases import load_phrases, phrase_fields

_FILL = {"{n}": "12", "{site}": "Zhihu", "{name}": "Ana", "{any}": "Winter ferries"}
_FILL |= {"{time}": "5:43 PM", "{labels}": "travel, winter"}


def _samples() -> list[str]:
    fields = phrase_fields()
    out = []
    for key in ("comment_count", "no_comments", "share", "labels"):
        for phrase in fields.get(key, ()):
            for slot, value in _FILL.items():
                phrase = phrase.replace(slot, value)
            for text in (phrase, phrase.rstrip(" :")):
                out += [text, text.upper(), text.lower(), text.swapcase(), " " + text]
                out += [text.replace(" ", ""), text + " Labels: a, b"]
    return out


def test_a_name_run_on_into_any_phrase_a_footer_holds_is_seen() -> None:
    tail = load_phrases().tail
    samples = _samples()
    assert len(samples) > 1000
    for sample in samples:
        name = f"Ana Lima {sample}"
        assert _ends_in_footer(name) == any(
            tail.fullmatch(name[at + 1 :]) for at, c in enumerate(name) if c == " " and at
        ), sample
