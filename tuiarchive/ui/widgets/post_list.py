"""The post list: one line per matching post, drawn only for the rows on screen."""

from __future__ import annotations

from bisect import bisect_left
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

#: The series tag's width (its initials: "FR" for "Field Report", "WoE" for "Window on Eurasia").
TAG_WIDTH = 3


def series_tag(series: str) -> str:
    """A series' short tag: the initials of its words, small words in lower case ("WoE"),
    at most `TAG_WIDTH` letters (the small words' go first when there are too many)."""
    # Each word's first letter or digit ("(Notes" gives "N"); a word with none gives none.
    initials: list[str] = []
    for word in series.split():
        initials.extend(next((c for c in word if c.isalnum()), ""))
    while len(initials) > TAG_WIDTH and any(c.islower() for c in initials):
        initials.remove(next(c for c in initials if c.islower()))
    return "".join(initials[:TAG_WIDTH]) or "\u00b7"


def without_series(title: str, series: str | None) -> str:
    """The title without its series prefix ("Window on Eurasia: X" in the series: "X")."""
    if series and title.startswith(series):
        rest = title[len(series) :].lstrip()
        if rest[:1] in (":", "\u2013", "\u2014", "-", "|"):
            return rest[1:].strip() or title
    return title


class PostList(CursorLines):
    """Newest-first rows of date, series tag, title, author and labels, with unread and
    starred marks."""

    HELP = """
## Post list
Move with **j/k** or the arrow keys, **g/G** for the first and last post, and the page keys.
**enter** opens the highlighted post in the reader. The dot ● marks unread posts, ★ starred.
A post of a series shows the series' initials (FR: Field Report) and its title without the
series prefix; **v** shows titles as written instead.
✓ marks the posts selected with **x** (or **X**: the whole filter) for **+**, **u**, **C** and export.
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
        "post-list--series",
        "post-list--tags",
        "post-list--selected",
        "post-list--empty",
    }

    results: reactive[Results | None] = reactive(None, repaint=False)
    empty_message: reactive[str] = reactive("")  # shown when there is no row
    series_shown: reactive[bool] = reactive(True)  # a series column, titles without the prefix
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

    #: The post the reader last put the cursor on (its id): the list stays on it when the
    #: filter changes or the archive is reloaded, and comes back to it when a filter that
    #: dropped it is changed again. Moved by the reader's moves, not by the list's own.
    _place: str | None = None
    _place_at: tuple[object, int] | None = None  # (catalogue, position) of `_place`, looked up

    def watch_results(self, old: Results | None, new: Results | None) -> None:
        # Another filter or a reload: stay on the post (or go to the nearest one, see
        # `row_near_place`). Another order: start from the top; so does the whole ranking
        # replacing its first screen while the cursor is still on the first row.
        first_screen_replaced = (
            old is not None and new is not None and old.partial and new.positions is old.positions
        )
        at_top = first_screen_replaced and self.cursor == 0
        if new is not None and old is not None and (new.order != old.order or at_top):
            cursor = 0
            if new.rows:
                self._set_place(new, new.rows[0])
        else:
            cursor = self.row_near_place()
        set_virtual_size(self, Size(self.scrollable_content_region.width, len(self.rows)))
        self.set_reactive(PostList.cursor, cursor)
        self.scroll_to(y=max(0, cursor - self.scrollable_content_region.height // 2), animate=False)
        self.refresh()
        self.post_message(self.Highlighted(self.highlighted))

    @property
    def place(self) -> str | None:
        """The id of the post the reader last chose (None: none yet)."""
        return self._place

    def _set_place(self, results: Results, position: int) -> None:
        self._place = results.catalogue.id_at(position)
        self._place_at = (results.catalogue, position)

    def _place_position(self) -> int | None:
        """Where the chosen post is in the current catalogue (None: not there)."""
        if self._place is None or self.results is None:
            return None
        catalogue = self.results.catalogue
        if self._place_at is not None and self._place_at[0] is catalogue:
            return self._place_at[1]
        position = catalogue.position_of(self._place)
        self._place_at = (catalogue, position) if position is not None else None
        return position

    def row_near_place(self) -> int:
        """The row of the chosen post; if the list lacks it, the post that follows it in the
        list's order (newest first: the next older post; oldest first: the next newer),
        or the last row if none follows; by relevance, the post nearest it in date.
        The first row when no post was chosen (or it left the archive)."""
        rows = self.rows
        position = self._place_position()
        if position is None or not rows or self.results is None:
            return 0
        positions = self.results.positions  # newest first: ascending positions
        count = len(positions)
        i = bisect_left(positions, position)
        exact = i < count and positions[i] == position
        order = self.results.order
        if order == "newest":
            return min(i, count - 1)
        if order == "oldest":
            return count - 1 - i if exact else min(count - i, count - 1)
        if exact:
            return list(rows).index(position)
        return min(range(len(rows)), key=lambda row: abs(rows[row] - position))

    def aim_at(self, post_id: str) -> bool:
        """Make the post with this id the chosen one: the cursor goes to it now if the list
        shows it (True), else when a filter shows it."""
        self._place, self._place_at = post_id, None
        position = self._place_position()
        return position is not None and self.move_to_post(position)

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
        if self.results is not None and self.highlighted is not None:
            self._set_place(self.results, self.highlighted)
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
        unread = not catalogue.is_read(position)
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        text.append(UNREAD if unread else " ", style("post-list--unread"))
        if catalogue.is_starred(position):
            text.append(STARRED, style("post-list--starred"))
        else:
            text.append(" ")
        if self.selected and catalogue.id_at(position) in self.selected:
            text.append(SELECTED, style("post-list--selected"))
        else:
            text.append(" ")
        text.append(catalogue.date_at(position) or "  no date ", style("post-list--date"))
        text.append(" ")
        summary = catalogue.summary(position)
        title_text = summary.title
        used = 14
        if self.series_shown:
            series_tags: dict[str, str] = self.__dict__.setdefault("_series_tags", {})
            series = summary.series
            tag = series_tags.get(series) if series else ""
            if tag is None and series:
                tag = series_tags[series] = series_tag(series)
            text.append(f"{tag:<{TAG_WIDTH}} ", style("post-list--series"))
            title_text = without_series(title_text, series)
            used += TAG_WIDTH + 1
        author_width = (14 if width < 110 else 18) if width >= 60 else 0
        labels_width = 24 if width >= 110 else 0
        title_width = max(
            10, width - used - author_width - labels_width - (2 if author_width else 0)
        )
        title = Text(one_line(title_text), style=Style(bold=unread))
        tags = catalogue.tags(position)
        if tags:  # the reader's tags end the title's room, never cut off by a long title
            shown_tags = Text(" ".join("#" + one_line(t) for t in tags), style("post-list--tags"))
            shown_tags.truncate(max(8, title_width // 2), overflow="ellipsis")
            title.truncate(max(1, title_width - shown_tags.cell_len - 1), overflow="ellipsis")
            title.append(" ")
            title.append_text(shown_tags)
        else:
            title.truncate(title_width, overflow="ellipsis")
        room = title_width - title.cell_len
        if not labels_width and summary.labels and room >= 8:  # the labels where there is room
            labels = Text("  " + one_line(", ".join(summary.labels)), style("post-list--labels"))
            labels.truncate(room, overflow="ellipsis")
            title.append_text(labels)
        title.pad_right(title_width - title.cell_len)
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
