"""Keys said once: each binding carries its help text, and the help table and the command
palette are made from the bindings, so neither can name a key the browser does not have.

A widget's bindings say what they do in `Binding.tooltip` (the help table's text); the main
screen's keys are `Key`s, which add where a key acts and the palette's name for it, and make
the screen's `BINDINGS`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from textual.binding import Binding, BindingType

#: How the help table writes Textual's key names.
KEY_NAMES = {
    "slash": "/",
    "question_mark": "?",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "left_curly_bracket": "{",
    "right_curly_bracket": "}",
    "down": "↓",
    "up": "↑",
    "left": "←",
    "right": "→",
    "pageup": "page up",
    "pagedown": "page down",
    "f1": "F1",
}


@dataclass(frozen=True)
class Key:
    """One key of a screen: its binding, what the help table says of it and where it acts,
    and the palette's name for it ("" for none) with a line under the name (`summary`)."""

    keys: str  # Textual's key names, comma-separated: "question_mark,f1"
    action: str
    footer: str  # the footer's word for it
    help: str  # what it does, in the help table (and under the palette's name)
    where: str = "anywhere"
    command: str = ""
    summary: str = ""  # the palette's line under the name (the key is added after it)
    show: bool = True  # in the footer
    key_display: str | None = None
    priority: bool = False

    def binding(self) -> Binding:
        return Binding(self.keys, self.action, self.footer, show=self.show,
                       key_display=self.key_display, priority=self.priority,
                       tooltip=self.help)  # fmt: skip

    @property
    def names(self) -> list[str]:
        """The keys as the help table writes them: "?", "F1"."""
        return [KEY_NAMES.get(key, key) for key in self.keys.split(",")]

    @property
    def palette_help(self) -> str:
        """The palette's line under the name: what it does, and its key."""
        return f"{self.summary or self.help} ({self.names[0]})"


def bindings(keys: Iterable[Key]) -> list[BindingType]:
    """The `BINDINGS` of a screen whose keys are `keys`."""
    return [key.binding() for key in keys]


def described(where: str, bindings: Iterable[BindingType]) -> list[Key]:
    """A widget's bindings that say what they do (a tooltip), as keys acting `where`."""
    return [
        Key(binding.key, binding.action, binding.description, binding.tooltip, where,
            show=binding.show, key_display=binding.key_display, priority=binding.priority)
        for binding in bindings
        if isinstance(binding, Binding) and binding.tooltip
    ]  # fmt: skip


def help_table(keys: Sequence[Key]) -> str:
    """A Markdown table of `keys`: one row per thing done in one place, with all its keys
    (`n` and `p`, which say "next / previous post", share a row)."""
    rows: dict[tuple[str, str], list[str]] = {}
    for key in keys:
        rows.setdefault((key.where, key.help), []).extend(key.names)
    lines = ["| key | where | does |", "| --- | --- | --- |"]
    for (where, text), names in rows.items():
        shown = " ".join(f"`{name}`" for name in dict.fromkeys(names))
        lines.append(f"| {shown} | {where} | {text} |")
    return "\n".join(lines)
