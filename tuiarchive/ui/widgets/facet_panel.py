"""The facets panel: the filter's posts by year, label, tag, place, series and blog; enter narrows."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tuiarchive.research.facets import Facet
from tuiarchive.ui.safe import one_line

#: Width of a value's name in the panel (longer names are cut with an ellipsis).
NAME_WIDTH = 22
_SEPARATOR = "\x00"


class FacetPanel(OptionList):
    """Counts for each facet of the current filter; choosing one adds it to the filter."""

    HELP = """
## Facets
How the posts of the filter divide by year, label, your tags, place (dateline), series and blog.
**enter** adds the value to the filter (**✓** marks one already in it: enter takes it out).
**escape** goes back to the list; **F** hides the panel.
"""

    BINDINGS = [
        Binding("escape", "screen.back_to_list", "List"),
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    facets: reactive[tuple[Facet, ...] | None] = reactive(None, repaint=False)
    chosen: reactive[frozenset[str]] = reactive(frozenset(), repaint=False)

    @dataclass
    class Picked(Message):
        """A facet value was chosen: its filter `field` ("date", "label"...: see `FACETS`)
        and value."""

        field: str
        value: str

    def watch_facets(self) -> None:
        self._fill()

    def watch_chosen(self) -> None:
        self._fill()

    def _fill(self) -> None:
        highlighted = self.highlighted_option.id if self.highlighted_option is not None else None
        self.clear_options()
        if self.facets is None:
            self.add_option(Option(Text("counting\u2026", style="italic"), disabled=True))
            return
        options: list[Option | None] = []
        for facet in self.facets:
            if options:
                options.append(None)
            heading = Text(facet.name.upper(), style="bold")
            if not facet.values:
                heading.append("  none", style="italic")
            options.append(Option(heading, disabled=True))
            for value, count in facet.values:
                options.append(Option(self._row(facet, value, count),
                                      id=f"{facet.field}{_SEPARATOR}{value}"))  # fmt: skip
            if facet.more:
                options.append(Option(Text(f"  \u2026 and {facet.more:,} more", style="italic"),
                                      disabled=True))  # fmt: skip
        self.add_options(options)
        if highlighted is not None:
            try:
                self.highlighted = self.get_option_index(highlighted)
            except Exception:  # that value is gone under the new filter
                self.highlighted = None
        if self.highlighted is None:
            self.action_first()

    def _row(self, facet: Facet, value: str, count: int) -> Text:
        name = one_line(value)
        if len(name) > NAME_WIDTH:
            name = name[: NAME_WIDTH - 1] + "\u2026"
        mark = "\u2713 " if f"{facet.field}{_SEPARATOR}{value}" in self.chosen else "  "
        row = Text(mark, style="bold")
        row.append(name.ljust(NAME_WIDTH))
        row.append(f"{count:>7,}", style="dim")
        return row

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            field, value = event.option.id.split(_SEPARATOR, 1)
            self.post_message(self.Picked(field, value))


def chosen_key(field: str, value: str) -> str:
    """How the panel names a value already in the filter (see `FacetPanel.chosen`)."""
    return f"{field}{_SEPARATOR}{value}"
