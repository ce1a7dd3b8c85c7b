"""What the line-drawn widgets (post list, reader) share: resizing their scroll range cheaply."""

from __future__ import annotations

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
