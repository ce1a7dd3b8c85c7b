"""The reading view: one post's facts on top, then its body wrapped to a readable width."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tuiarchive.filterdates import Period
from tuiarchive.model import Post
from tuiarchive.ui.results import Reading
from tuiarchive.ui.safe import one_line, shown
from tuiarchive.ui.widgets.lines import CachedStyles, set_virtual_size
from tuiarchive.words import find_spans

#: The widest a line of body text gets, however wide the terminal.
READABLE_WIDTH = 88
#: Longer bodies are cut in the reader (they are kept whole in the store and in exports).
MAX_SHOWN_CHARS = 400_000


def long_date(iso: str | None) -> str:
    if not iso:
        return "no date"
    import datetime as dt

    day = dt.date.fromisoformat(iso)
    return f"{day:%A}, " + Period(day, day, "day").label


class Reader(CachedStyles, ScrollView, can_focus=True):
    """Shows the highlighted post, with the filter's words and phrases highlighted."""

    HELP = """
## Reader
**space**/**page down** and **page up** scroll, **j/k** or the arrows move a line,
**g/G** go to the top and the end. **n**/**p** read the next or previous post of the list.
**escape** goes back to the list.
"""

    BINDINGS = [
        Binding("down,j", "scroll_down", "Down", show=False),
        Binding("up,k", "scroll_up", "Up", show=False),
        Binding("space,pagedown", "page_down", "Page down", show=False),
        Binding("pageup,b", "page_up", "Page up", show=False),
        Binding("home,g", "scroll_home", "Top", show=False),
        Binding("end,G", "scroll_end", "End", show=False),
        Binding("n", "screen.next_post", "Next post"),
        Binding("p", "screen.previous_post", "Previous post"),
        Binding("escape", "screen.back_to_list", "Back to list"),
    ]

    COMPONENT_CLASSES = {
        "reader--title",
        "reader--meta",
        "reader--labels",
        "reader--warning",
        "reader--hit",
        "reader--rule",
        "reader--comment-author",
        "reader--empty",
    }

    reading: reactive[Reading | None] = reactive(None, repaint=False)
    empty_message: reactive[str] = reactive("", repaint=False)  # shown when there is no post

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._lines: list[Strip] = []
        self._width = 0

    @property
    def post(self) -> Post | None:
        return self.reading.post if self.reading is not None else None

    @property
    def text_lines(self) -> list[str]:
        """The reader's content as plain lines (what a person would see, scrolled or not)."""
        return [strip.text.rstrip() for strip in self._lines]

    def watch_empty_message(self) -> None:
        if self.post is None:
            self._build()

    def watch_reading(self, old: Reading | None, new: Reading | None) -> None:
        self._build()
        if (
            old is None
            or new is None
            or old.post is None
            or new.post is None
            or old.post.id != new.post.id
        ):
            self.scroll_to(y=0, animate=False)

    def on_resize(self) -> None:
        if self.scrollable_content_region.width != self._width:
            self._build()

    def _build(self) -> None:
        width = self.scrollable_content_region.width
        self._width = width
        if width <= 0:
            return
        base = self.styled()
        self._lines = [Strip(line).apply_style(base) for line in self._post_lines(width)]
        set_virtual_size(self, Size(width, len(self._lines)))
        self.refresh()

    def _post_lines(self, width: int) -> list[list]:  # type: ignore[type-arg]
        console = self.app.console
        options = console.options.update_width(max(1, min(width - 2, READABLE_WIDTH)))
        lines: list[list] = []  # type: ignore[type-arg]

        def add(text: Text) -> None:
            for line in console.render_lines(text, options, pad=False, new_lines=False):
                lines.append([*Text(" ").render(console, end=""), *line])

        post = self.post
        if post is None:
            if self.empty_message:
                add(Text(""))
                add(Text(self.empty_message, self.styled("reader--empty")))
            return lines
        style = self.styled
        patterns = self.reading.query.highlights if self.reading is not None else ()
        hit = style("reader--hit")

        def marked(value: str, base: Style | str = "") -> Text:
            text = Text(value, style=base)
            for start, end in find_spans(value, patterns):
                text.stylize(hit, start, end)
            return text

        add(marked(one_line(post.title), style("reader--title")))
        facts = [long_date(post.date) + (f" {post.time}" if post.time else "")]
        facts += [one_line(v) for v in (post.author, post.place) if v]
        add(Text(" \u00b7 ".join(facts), style("reader--meta")))
        details = []
        if post.series:
            details.append(f"series: {one_line(post.series)}")
        if post.comments is not None:
            details.append(f"{post.comments} comment{'s' if post.comments != 1 else ''}")
        if post.labels:
            details.append("labels: " + ", ".join(one_line(label) for label in post.labels))
        if details:
            add(Text("   ".join(details), style("reader--labels")))
        for warning in post.warnings:
            add(Text("\u26a0 " + shown(warning), style("reader--warning")))
        add(Text("\u2500" * min(width - 2, READABLE_WIDTH), style("reader--rule")))
        body = post.body
        if len(body) > MAX_SHOWN_CHARS:
            body = body[:MAX_SHOWN_CHARS]
            add(Text(f"\u26a0 this post has {len(post.body):,} characters; the reader shows the "
                     f"first {MAX_SHOWN_CHARS:,} (--list --json has all of it)", style("reader--warning")))  # fmt: skip
        for paragraph in body.split("\n\n") if body else ["(no body text)"]:
            add(Text(""))
            add(marked(shown(paragraph)))
        if post.comment_list:
            add(Text(""))
            add(
                Text(
                    f"\u2500\u2500 {len(post.comment_list)} comment(s) kept", style("reader--rule")
                )
            )
            for comment in post.comment_list:
                add(Text(""))
                when = comment.date.replace("T", " ") if comment.date else ""
                add(Text(f"{one_line(comment.author)}  {when}", style("reader--comment-author")))
                add(marked(shown(comment.text)))
        if post.extra_text:
            add(Text(""))
            add(Text("\u2500\u2500 lines the parser could not place", style("reader--rule")))
            for extra in post.extra_text:
                add(Text(shown(extra)))
        if post.source:
            add(Text(""))
            add(Text(f"from {one_line(post.source)}, line {post.line}", style("reader--meta")))
        return lines

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = y + self.scroll_offset.y
        if 0 <= index < len(self._lines):
            return self._lines[index].adjust_cell_length(width, self.styled())
        return Strip.blank(width, self.styled())
