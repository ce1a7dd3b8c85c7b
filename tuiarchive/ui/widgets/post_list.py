"""The post list: one line per matching post, drawn only for the rows on screen."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip

from tuiarchive.ui.results import Results
from tuiarchive.ui.safe import one_line
from tuiarchive.ui.widgets.lines import CursorLines, cursor_bindings, set_virtual_size

UNREAD, STARRED = "\u25cf", "\u2605"  # ● ★
SELECTED = "\u2713"  # ✓ beside the mark: the row is in the selection (x, X)


class PostList(CursorLines):
    """Newest-first rows of date, title, author and labels, with unread and starred marks."""

    HELP = """
## Post list
Move with **j/k** or the arrow keys, **g/G** for the first and last post, and the page keys.
**enter** opens the highlighted post in the reader. The dot ● marks unread posts, ★ starred,
✓ the posts selected with **x** (or **X**: the whole filter) for **+**, **u**, **C** and export.
"""

    BINDINGS = [
        *cursor_bindings("post"),
        Binding("enter", "open", "Open", tooltip="read the post (marks it read)"),
    ]

    COMPONENT_CLASSES = {
        "post-list--cursor",
        "post-list--date",
        "post-list--unread",
        "post-list--starred",
        "post-list--author",
        "post-list--labels",
        "post-list--tags",
        "post-list--selected",
        "post-list--empty",
    }

    results: reactive[Results | None] = reactive(None, repaint=False)
    empty_message: reactive[str] = reactive("")  # shown when there is no row
    selected: reactive[frozenset[str]] = reactive(frozenset())  # post ids (x, X)

    @dataclass
    class Highlighted(Message):
        """The highlighted post changed (a catalogue position, or None when nothing matches)."""

        position: int | None

    @dataclass
    class Opened(Message):
        """The reader asked to read this post (enter, or a double click)."""

        position: int

    # -- data --------------------------------------------------------------------------

    @property
    def rows(self) -> Sequence[int]:
        return self.results.rows if self.results is not None else ()

    @property
    def highlighted(self) -> int | None:
        rows = self.rows
        return rows[self.cursor] if 0 <= self.cursor < len(rows) else None

    def watch_results(self, old: Results | None, new: Results | None) -> None:
        # The same filter over the same archive (a reload, a new mark): stay on the post.
        # A new filter, order or archive: start from the top.
        cursor = 0
        same = (
            old is not None and new is not None and new.catalogue is old.catalogue
            and new.query == old.query and new.order == old.order
        )  # fmt: skip
        if same and old is not None and 0 <= self.cursor < len(old.rows):
            keep = old.rows[self.cursor]
            try:
                cursor = self.rows.index(keep)
            except ValueError:
                cursor = min(self.cursor, max(0, len(self.rows) - 1))
        set_virtual_size(self, Size(self.scrollable_content_region.width, len(self.rows)))
        self.set_reactive(PostList.cursor, cursor)
        self.scroll_to(y=max(0, cursor - self.scrollable_content_region.height // 2), animate=False)
        self.refresh()
        self.post_message(self.Highlighted(self.highlighted))

    def row_of(self, position: int) -> int | None:
        """The row showing the post at catalogue `position` (None: the list does not show it)."""
        try:
            return self.rows.index(position)
        except ValueError:
            return None

    def move_to_post(self, position: int) -> bool:
        """Put the cursor on the post at catalogue `position`; False if the list lacks it."""
        row = self.row_of(position)
        if row is not None:
            self.move_to(row)
        return row is not None

    def refresh_post(self, position: int) -> None:
        """Redraw one post's row (its marks changed)."""
        row = self.row_of(position)
        if row is not None:
            self.refresh_line(row)

    # -- moving ------------------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return len(self.rows)

    def cursor_moved(self) -> None:
        self.post_message(self.Highlighted(self.highlighted))

    def action_open(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.Opened(self.highlighted))

    def on_click(self, event: events.Click) -> None:
        row = event.y + self.scroll_offset.y
        if 0 <= row < len(self.rows):
            self.move_to(row)
            if event.chain >= 2:
                self.action_open()

    # -- drawing -----------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        row = y + self.scroll_offset.y
        rows = self.rows
        base = self.styled()
        if not rows:
            if y == 1 and self.empty_message:
                style = self.styled("post-list--empty")
                text = Text(" " + self.empty_message, style=style, end="")
                text.truncate(width, overflow="ellipsis", pad=True)
                return Strip(text.render(self.app.console), width).apply_style(base)
            return Strip.blank(width, base)
        if row >= len(rows):
            return Strip.blank(width, base)
        text = self._row_text(rows[row], width)
        segments = list(text.render(self.app.console))
        if row == self.cursor:
            cursor = self.styled("post-list--cursor")
            segments = list(Segment.apply_style(segments, post_style=cursor))
            base = base + cursor
        return Strip(segments, width).apply_style(base).adjust_cell_length(width, base)

    def _row_text(self, position: int, width: int) -> Text:
        # Only rows on screen are drawn, and there are rows only while `results` is set.
        catalogue = self.results.catalogue  # type: ignore[union-attr]
        style = self.styled
        starred = catalogue.is_starred(position)
        unread = not catalogue.is_read(position)
        mark = STARRED if starred else (UNREAD if unread else " ")
        mark_style = style("post-list--starred") if starred else style("post-list--unread")
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        text.append(mark, mark_style)
        chosen = self.selected and catalogue.ids[position] in self.selected
        if chosen:
            text.append(SELECTED, style("post-list--selected"))
        else:
            text.append(" ")
        text.append(catalogue.dates[position] or "  no date ", style("post-list--date"))
        text.append(" ")
        author_width = 18 if width >= 60 else 0
        labels_width = 24 if width >= 100 else 0
        title_width = max(10, width - 13 - author_width - labels_width - (2 if author_width else 0))
        summary = catalogue.summary(position)
        title = Text(one_line(summary.title), style=Style(bold=unread))
        tags = catalogue.tags(position)
        if tags:  # the reader's tags end the title's room, never cut off by a long title
            shown_tags = Text(" ".join("#" + one_line(t) for t in tags), style("post-list--tags"))
            shown_tags.truncate(max(8, title_width // 3), overflow="ellipsis")
            title.truncate(max(1, title_width - shown_tags.cell_len - 1), overflow="ellipsis")
            title.append(" ")
            title.append_text(shown_tags)
        title.truncate(title_width, overflow="ellipsis", pad=True)
        text.append_text(title)
        if author_width:
            author = Text(one_line(summary.author or ""), style("post-list--author"))
            author.truncate(author_width, overflow="ellipsis", pad=True)
            text.append("  ")
            text.append_text(author)
        if labels_width:
            labels = Text(one_line(", ".join(summary.labels)), style("post-list--labels"))
            labels.truncate(labels_width - 1, overflow="ellipsis", pad=True)
            text.append(" ")
            text.append_text(labels)
        text.truncate(width, overflow="ellipsis", pad=True)
        return text
