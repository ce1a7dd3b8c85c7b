"""The reading view: one post's facts on top, then its body wrapped to a readable width."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tuiarchive.datetext import long_text
from tuiarchive.model import Post
from tuiarchive.ui.results import Reading
from tuiarchive.ui.safe import one_line, shown
from tuiarchive.ui.widgets.lines import CachedStyles, set_virtual_size
from tuiarchive.words import find_spans

#: The widest a line of body text gets, however wide the terminal.
READABLE_WIDTH = 88
#: Longer bodies are cut in the reader (they are kept whole in the store and in exports).
MAX_SHOWN_CHARS = 400_000


NEXT_POST = "next / previous post of the list"
NEXT_PARAGRAPH = "next / previous paragraph: the one `c` cites, marked \u2503 in the margin"
#: The margin's mark beside the paragraph `c` will cite.
PARAGRAPH_MARK = "\u2503"
NEXT_HIT = "next / previous highlighted word, on into the next / previous post"
FIND_STEP = "previous match of the find in the post (`f`) while it is open (`n`: the next)"


class Reader(CachedStyles, ScrollView, can_focus=True):
    """Shows the highlighted post, with the filter's words and phrases highlighted."""

    HELP = """
## Reader
**space**/**page down** and **page up** scroll, **j/k** or the arrows move a line,
**g/G** go to the top and the end; the bottom border says how far down the post you are
(100%: the end is in view). **n**/**p** read the next or previous post of the list.
**}**/**{** move the paragraph mark (\u2503 in the margin: the paragraph **c** cites).
**]**/**[** jump to the next or previous highlighted word of the filter, going on into the
next (or previous) post of the list after the last one. **1**–**5** read one of the
related posts listed at the end. **f** finds a word or phrase in the post: its matches
are highlighted, **n**/**N** go to the next and previous one while the find is open, and
**escape** closes it. **escape** or **q** goes back to the list.
"""

    BINDINGS = [
        Binding("down,j", "scroll_down", "Down", show=False),
        Binding("up,k", "scroll_up", "Up", show=False),
        Binding("space,pagedown", "page_down", "Page down", show=False, tooltip="scroll"),
        Binding("pageup,b", "page_up", "Page up", show=False, tooltip="scroll"),
        Binding("home,g", "scroll_home", "Top", show=False),
        Binding("end,G", "scroll_end", "End", show=False),
        Binding("n", "next(1)", "Next post", tooltip=NEXT_POST),
        Binding("N", "next(-1)", "Previous match", show=False, tooltip=FIND_STEP),
        Binding("p", "screen.previous_post", "Previous post", show=False, tooltip=NEXT_POST),
        Binding("right_square_bracket", "next_hit", "Next hit", key_display="]", tooltip=NEXT_HIT),
        Binding(
            "left_square_bracket",
            "previous_hit",
            "Previous hit",
            key_display="[",
            show=False,
            tooltip=NEXT_HIT,
        ),
        Binding(
            "right_curly_bracket",
            "next_paragraph",
            "Next paragraph",
            key_display="}",
            show=False,
            tooltip=NEXT_PARAGRAPH,
        ),
        Binding(
            "left_curly_bracket",
            "previous_paragraph",
            "Previous paragraph",
            key_display="{",
            show=False,
            tooltip=NEXT_PARAGRAPH,
        ),
        Binding("escape", "screen.back_to_list", "List", tooltip="back to the list"),
        # q leaves the reader as in mutt, newsboat and lnav; in the list, q quits.
        Binding("q", "screen.back_to_list", "List", show=False, tooltip="back to the list"),
        *(
            Binding(
                str(n),
                f"screen.open_related({n})",
                f"Related post {n}",
                show=False,
                tooltip="read one of the related posts listed at the end of the post",
            )
            for n in range(1, 6)
        ),
    ]

    COMPONENT_CLASSES = {
        "reader--title",
        "reader--meta",
        "reader--labels",
        "reader--tags",
        "reader--note",
        "reader--warning",
        "reader--hit",
        "reader--rule",
        "reader--comment-author",
        "reader--empty",
        "reader--current-hit",
        "reader--paragraph",
        "reader--related",
        "reader--found",
        "reader--found-current",
    }

    @dataclass
    class PastLastHit(Message):
        """`]` went past the last highlighted word (`direction` 1), or `[` past the first
        (-1): read the next (or previous) post of the list, at its first (last) hit."""

        direction: int

    @dataclass
    class Found(Message):
        """Where the view is among the find's matches: the `current` one (0 = the first;
        None when there is none) of `count`."""

        current: int | None
        count: int

    reading: reactive[Reading | None] = reactive(None, repaint=False)
    empty_message: reactive[str] = reactive("", repaint=False)  # shown when there is no post

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._lines: list[Strip] = []
        self._width = 0
        self.paragraph_spans: list[range] = []  # the lines of each body paragraph
        self.hit_lines: list[int] = []  # lines holding a highlighted word, top to bottom
        self.current_hit: int | None = None  # the line `]`/`[` last went to
        self.chosen_paragraph: int | None = None  # the paragraph `{`/`}` last went to
        self._pending: tuple[str, int] | None = None  # where to go once the next post is built
        self.find_text = ""  # what the find bar looks for ("" when it is closed)
        self.matches: list[tuple[int, int, int]] = []  # the find's: (line, first cell, end cell)
        self.current_match: int | None = None  # the match the view went to
        self._matches_on: dict[int, list[int]] = {}  # line: the matches on it

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
            self.current_hit = None
            self.chosen_paragraph = None
            self.scroll_to(y=0, animate=False)
            if new is not None and new.post is not None and self._pending is not None:
                self._go_to_pending()
            elif self.find_text:  # another post: to its first match
                self._go_to_match(0 if self.matches else None)

    # -- places in the post: paragraphs and hits --------------------------------------------

    def show_when_read(self, where: str | None, index: int = 0) -> None:
        """Once the next post is shown, go to its paragraph `index` (where="paragraph") or to
        its first or last hit (where="first-hit" / "last-hit"); None: stay at the top."""
        self._pending = (where, index) if where is not None else None

    def _go_to_pending(self) -> None:
        assert self._pending is not None
        where, index = self._pending
        self._pending = None
        if where == "paragraph":
            self.scroll_to_paragraph(index)
        elif self.hit_lines:
            self._go_to_hit(self.hit_lines[0 if where == "first-hit" else -1])

    def scroll_to_paragraph(self, index: int) -> None:
        """Bring body paragraph `index` (0 = the first) to the top of the view."""
        spans = self.paragraph_spans
        if spans:
            line = spans[max(0, min(index, len(spans) - 1))].start
            self.scroll_to(y=max(0, line - 1), animate=False)

    def current_paragraph(self) -> int | None:
        """The body paragraph being read (the one `c` cites, marked in the margin): the one
        `{`/`}` went to, if it is in view; else the one holding the hit `]`/`[` went to, if
        it is in view; else the one at the top of the view (or the first one below it)."""
        if not self.paragraph_spans:
            return None
        top = round(self.scroll_offset.y)
        bottom = top + self.scrollable_content_region.height
        chosen = self.chosen_paragraph
        if chosen is not None and chosen < len(self.paragraph_spans):
            span = self.paragraph_spans[chosen]
            if span.start < bottom and span.stop > top:
                return chosen
        line = self.current_hit if self.current_hit is not None else -1
        if not top <= line < bottom:
            line = top
        for n, span in enumerate(self.paragraph_spans):
            if line < span.stop:
                return n
        return len(self.paragraph_spans) - 1

    @property
    def paragraph_lines(self) -> list[int]:
        """The first line of each body paragraph."""
        return [span.start for span in self.paragraph_spans]

    def action_next_paragraph(self) -> None:
        self._step_paragraph(1)

    def action_previous_paragraph(self) -> None:
        self._step_paragraph(-1)

    def _step_paragraph(self, step: int) -> None:
        """Move the paragraph mark one paragraph on (1) or back (-1), into view."""
        here = self.current_paragraph()
        if here is None:
            self.notify("This post has no body paragraphs.", timeout=3)
            return
        self.chosen_paragraph = max(0, min(here + step, len(self.paragraph_spans) - 1))
        span = self.paragraph_spans[self.chosen_paragraph]
        top = round(self.scroll_offset.y)
        bottom = top + self.scrollable_content_region.height
        if not (top <= span.start and min(span.stop, span.start + 3) <= bottom):
            self.scroll_to(y=max(0, span.start - 1), animate=False)
        self.refresh()

    def action_next_hit(self) -> None:
        self._jump(1)

    def action_previous_hit(self) -> None:
        self._jump(-1)

    def _jump(self, direction: int) -> None:
        if self.reading is None or not self.reading.query.highlights:
            self.notify("The filter has no words or phrases to jump to.", timeout=3)
            return
        here = self.current_hit
        if here is None:  # from what is in view
            top = round(self.scroll_offset.y)
            here = top - 1 if direction > 0 else top + self.scrollable_content_region.height
        ahead = [n for n in self.hit_lines if (n - here) * direction > 0]
        if ahead:
            self._go_to_hit(ahead[0] if direction > 0 else ahead[-1])
            return
        # Past the last hit: on into the next (or previous) post of the list, if there is one.
        self.post_message(self.PastLastHit(direction))

    def _go_to_hit(self, line: int) -> None:
        self.current_hit = line
        self.chosen_paragraph = None  # the hit's paragraph is the one read now
        height = self.scrollable_content_region.height
        self.scroll_to(y=max(0, line - height // 3), animate=False)
        self.refresh()

    # -- finding in the post --------------------------------------------------------------

    def find(self, text: str) -> None:
        """Highlight every occurrence of `text` (case ignored) and go to the first one from
        the top of the view on; "" ends the find."""
        self.find_text = text
        self._find_matches()
        top = round(self.scroll_y)
        ahead = [n for n, (line, _, _) in enumerate(self.matches) if line >= top]
        self._go_to_match(ahead[0] if ahead else (0 if self.matches else None))

    def step_match(self, direction: int) -> None:
        """Go to the next (1) or previous (-1) match, round past either end."""
        if self.matches:
            here = self.current_match if self.current_match is not None else -direction
            self._go_to_match((here + direction) % len(self.matches))

    async def action_next(self, direction: int) -> None:
        """`n`: the next match while a find is open, else the next post; `N`: the previous
        match while a find is open, else the post's note (the screen's `N`)."""
        if self.find_text:
            self.step_match(direction)
        elif direction > 0:
            await self.run_action("screen.next_post")
        else:
            await self.run_action("screen.note")

    def _find_matches(self) -> None:
        self.matches, self._matches_on = [], {}
        if not self.find_text:
            return
        pattern = re.compile(re.escape(self.find_text), re.IGNORECASE)
        for n, strip in enumerate(self._lines):
            text = strip.text
            for match in pattern.finditer(text):
                start = cell_len(text[: match.start()])
                self._matches_on.setdefault(n, []).append(len(self.matches))
                self.matches.append((n, start, start + cell_len(match.group())))

    def _go_to_match(self, index: int | None) -> None:
        self.current_match = index
        if index is not None:
            line = self.matches[index][0]
            height = self.scrollable_content_region.height
            if not round(self.scroll_y) <= line < round(self.scroll_y) + height:
                self.scroll_to(y=max(0, line - height // 3), animate=False)
        self.refresh()
        self.post_message(self.Found(index, len(self.matches)))

    def on_resize(self) -> None:
        if self.scrollable_content_region.width != self._width:
            self._build()
        self._show_position()

    # -- the reading position, in the border -----------------------------------------------

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._show_position()

    def _show_position(self) -> None:
        """Say in the bottom border how far down the post the view's last line is (less's
        percent): 100% once the end of the post is in view."""
        if self.post is None or not self._lines:
            self.border_subtitle = ""
            return
        seen = round(self.scroll_y) + self.scrollable_content_region.height
        percent = min(100, 100 * seen // len(self._lines))
        self.border_subtitle = f" {percent}% "

    def _build(self) -> None:
        width = self.scrollable_content_region.width
        self._width = width
        if width <= 0:
            return
        base = self.styled()
        self._lines = [Strip(line).apply_style(base) for line in self._post_lines(width)]
        set_virtual_size(self, Size(width, len(self._lines)))
        if self.find_text:
            self._find_matches()
            if self.current_match is not None and self.current_match >= len(self.matches):
                self.current_match = None
            self.post_message(self.Found(self.current_match, len(self.matches)))
        self._show_position()
        self.refresh()

    def _post_lines(self, width: int) -> list[list[Segment]]:
        console = self.app.console
        options = console.options.update_width(max(1, min(width - 2, READABLE_WIDTH)))
        lines: list[list[Segment]] = []
        gutter = list(Text(" ").render(console, end=""))
        self.paragraph_spans = []
        self.hit_lines = []

        def add(text: Text, hits: bool = False) -> None:
            if hits and any(span.style is hit for span in text.spans):
                # Wrapped here (as render_lines would) to see which lines hold a hit.
                for piece in text.wrap(console, options.max_width):
                    if any(span.style is hit for span in piece.spans):
                        self.hit_lines.append(len(lines))
                    lines.append([*gutter, *piece.render(console, end="")])
                return
            for line in console.render_lines(text, options, pad=False, new_lines=False):
                lines.append([*gutter, *line])

        hit = self.styled("reader--hit")
        post = self.post
        if post is None:
            if self.empty_message:
                add(Text(""))
                add(Text(self.empty_message, self.styled("reader--empty")))
            return lines
        style = self.styled
        patterns = self.reading.query.highlights if self.reading is not None else ()

        def marked(value: str, base: Style | str = "") -> Text:
            text = Text(value, style=base)
            for start, end in find_spans(value, patterns):
                text.stylize(hit, start, end)
            return text

        add(marked(one_line(post.title), style("reader--title")), hits=True)
        facts = [long_text(post.date) + (f" {post.time}" if post.time else "")]
        facts += [one_line(v) for v in (post.author, post.place) if v]
        add(Text(" \u00b7 ".join(facts), style("reader--meta")))
        details = []
        if post.blog:
            details.append(f"blog: {one_line(post.blog)}")
        if post.series:
            details.append(f"series: {one_line(post.series)}")
        if post.comments is not None:
            details.append(f"{post.comments} comment{'s' if post.comments != 1 else ''}")
        if post.labels:
            details.append("labels: " + ", ".join(one_line(label) for label in post.labels))
        if details:
            add(Text("   ".join(details), style("reader--labels")))
        if post.url:
            add(Text(one_line(post.url), style("reader--meta")))
        if self.reading is not None and self.reading.tags:
            add(Text("tags: " + ", ".join(one_line(t) for t in self.reading.tags),
                     style("reader--tags")))  # fmt: skip
        if self.reading is not None and self.reading.note:
            add(Text("note: " + shown(self.reading.note), style("reader--note")))
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
            start = len(lines)
            add(marked(shown(paragraph)), hits=True)
            self.paragraph_spans.append(range(start, len(lines)))
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
                add(marked(shown(comment.text)), hits=True)
        if post.extra_text:
            add(Text(""))
            add(Text("\u2500\u2500 lines the parser could not place", style("reader--rule")))
            for extra in post.extra_text:
                add(Text(shown(extra)))
        if post.source:
            add(Text(""))
            add(Text(f"from {one_line(post.source)}, line {post.line}", style("reader--meta")))
        related = self.reading.related if self.reading is not None else None
        if related:
            add(Text(""))
            add(
                Text(
                    "\u2500\u2500 related posts (press 1\u20135 to read one)", style("reader--rule")
                )
            )
            for n, neighbour in enumerate(related, 1):
                row = Text(f"{n}  {neighbour.date or 'no date':10}  ", style("reader--meta"))
                row.append(one_line(neighbour.title), style("reader--related"))
                row.append("  shares: " + ", ".join(one_line(w) for w in neighbour.shared),
                           style("reader--meta"))  # fmt: skip
                add(row)
        return lines

    def _marked_paragraph(self) -> range | None:
        """The lines of the paragraph `c` would cite (worked out once per view)."""
        view = (round(self.scroll_offset.y), self.scrollable_content_region.height,
                self.chosen_paragraph, self.current_hit, len(self._lines))  # fmt: skip
        if getattr(self, "_marked_view", None) != view:
            self._marked_view = view
            index = self.current_paragraph()
            self._marked = self.paragraph_spans[index] if index is not None else None
        return self._marked

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = y + self.scroll_offset.y
        if 0 <= index < len(self._lines):
            strip = self._lines[index].adjust_cell_length(width, self.styled())
            if self.matches:
                strip = self._found_in(strip, index)
            marked = self._marked_paragraph()
            if marked is not None and index in marked and index != self.current_hit:
                marker = Strip([Segment(PARAGRAPH_MARK, self.styled("reader--paragraph"))])
                strip = Strip.join([marker, strip.crop(1, width)])
            if index == self.current_hit:  # a mark in the gutter beside the hit ] went to
                marker = Strip([Segment("\u25b6", self.styled("reader--current-hit"))])
                strip = Strip.join([marker, strip.crop(1, width)])
            return strip
        return Strip.blank(width, self.styled())

    def _found_in(self, strip: Strip, line: int) -> Strip:
        """`strip` (line `line`) with the find's matches on it highlighted."""
        pieces, at = [], 0
        for n in self._matches_on.get(line, ()):
            _, start, end = self.matches[n]
            current = n == self.current_match
            style = self.styled("reader--found-current" if current else "reader--found")
            found = Segment.apply_style(strip.crop(start, end), post_style=style)
            pieces += [strip.crop(at, start), Strip(found, end - start)]
            at = end
        if not pieces:
            return strip
        return Strip.join([*pieces, strip.crop(at, strip.cell_length)])
