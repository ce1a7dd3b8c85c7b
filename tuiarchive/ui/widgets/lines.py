"""What the line-drawn widgets (post list, reader) share: resizing their scroll range cheaply."""

from __future__ import annotations

from rich.style import Style
from textual.geometry import Size
from textual.widget import Widget


def set_virtual_size(widget: Widget, size: Size) -> None:
    """Give a scrolling widget a new virtual size without laying out the whole screen.

    Setting `virtual_size` normally lays out every widget on the screen, to place
    scrollbars that may have appeared or gone. These widgets always show their
    vertical scrollbar (`overflow-y: scroll` in app.tcss), so only the scrollbar's
    range changes: that is updated, and the widget repainted, in place. (The filter's
    input has no scrollbars at all.)
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
