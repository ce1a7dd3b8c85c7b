"""What the line-drawn widgets share: a cheap scroll-range resize, cached styles, a cursor row."""

from __future__ import annotations

from rich.style import Style
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.reactive import var
from textual.scroll_view import ScrollView
from textual.widget import Widget


def cursor_bindings(row: str) -> list[BindingType]:
    """The keys that move a cursor over rows, each saying what it does (the help table's
    text) in the words of the rows it moves over ("post")."""
    return [
        Binding("j,down", "move(1)", "Down", show=False, tooltip=f"next / previous {row}"),
        Binding("k,up", "move(-1)", "Up", show=False, tooltip=f"next / previous {row}"),
        Binding("g,home", "jump(0)", "First", show=False, tooltip=f"first / last {row}"),
        Binding("G,end", "jump(-1)", "Last", show=False, tooltip=f"first / last {row}"),
        Binding("pageup", "page(-1)", "Page up", show=False, tooltip="a page up / down"),
        Binding("pagedown", "page(1)", "Page down", show=False, tooltip="a page up / down"),
    ]


def set_virtual_size(widget: Widget, size: Size) -> None:
    """Give a scrolling widget a new virtual size without laying out the whole screen.

    Setting `virtual_size` normally lays out every widget on the screen, to place
    scrollbars that may have appeared or gone. These widgets always show their
    vertical scrollbar (`overflow-y: scroll` in app.tcss), so only the scrollbar's
    range changes: that is updated, and the widget repainted, in place. (The filter's
    input has no scrollbars at all.)

    `_scroll_update` is Textual's private API, kept on purpose: done with public calls
    only (the `virtual_size` reactive, or the scrollbar's own reactives), the filter
    keystroke on 10,000 posts went from a median of 27 ms to 35 ms (p95 61 to 71 ms),
    same run, 2026-11-30. Check it again on each Textual upgrade.
    """
    if widget.virtual_size == size:
        return
    widget.set_reactive(Widget.virtual_size, size)
    widget._scroll_update(size)
    widget.refresh()


class CachedStyles(Widget):
    """Looks up the widget's own and its component classes' Rich styles once per style change.

    Working a style out walks the CSS and blends colours up the widget tree; asked
    for on every drawn line, that was most of the cost of repainting a screenful.
    """

    def styled(self, component: str | None = None) -> Style:
        """The widget's style, or a component class's ("post-list--cursor")."""
        cache: dict[str | None, Style] = self.__dict__.setdefault("_styled", {})
        found = cache.get(component)
        if found is None:
            found = (
                self.rich_style if component is None else self.get_component_rich_style(component)
            )
            cache[component] = found
        return found

    def notify_style_update(self) -> None:
        self.__dict__.pop("_styled", None)  # focus, theme or CSS changed: look again
        super().notify_style_update()


class CursorLines(CachedStyles, ScrollView, can_focus=True):
    """A list drawn line by line with a cursor row: the keys and the moving that the post
    list, the concordance and the warned-posts list share. Subclasses say how many rows
    there are (`row_count`) and may react to a move (`cursor_moved`)."""

    BINDINGS = cursor_bindings("row")

    cursor = var(0)

    @property
    def row_count(self) -> int:
        raise NotImplementedError

    def cursor_moved(self) -> None:
        """Called after the cursor moved to another row."""

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh_line(old)
        self.refresh_line(new)
        self.scroll_to_region(Region(0, new, 1, 1), animate=False, immediate=True)
        self.cursor_moved()

    def move_to(self, row: int) -> None:
        """Put the cursor on a row (clamped to the list)."""
        if self.row_count:
            self.cursor = max(0, min(self.row_count - 1, row))

    def action_move(self, delta: int) -> None:
        self.move_to(self.cursor + delta)

    def action_page(self, direction: int) -> None:
        self.move_to(self.cursor + direction * max(1, self.scrollable_content_region.height - 1))

    def action_jump(self, row: int) -> None:
        self.move_to(row if row >= 0 else self.row_count - 1)

    def on_resize(self) -> None:
        set_virtual_size(self, Size(self.scrollable_content_region.width, self.row_count))
