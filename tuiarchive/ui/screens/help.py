"""The help screen: every key, and the filter language."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

from tuiarchive.ui.keys import Key, described, help_table
from tuiarchive.ui.widgets.filter_bar import FilterBar, FilterInput
from tuiarchive.ui.widgets.find_bar import FindBar
from tuiarchive.ui.widgets.post_list import PostList
from tuiarchive.ui.widgets.reader import Reader
from tuiarchive.ui.widgets.timeline import Timeline

#: Keys that Textual gives every screen and app, as the help table says them.
TEXTUAL_KEYS = (
    Key("tab", "app.focus_next", "", "next pane"),
    Key("ctrl+p", "app.command_palette", "",
        "command palette: every action by name, and exporting the filtered posts as Markdown, "
        "JSON Lines or dumps to ~/tuiarchive-export-DATE-TIME/"),
)  # fmt: skip


def pane_keys() -> list[Key]:
    """The keys of the filter, the list and the reader that say what they do."""
    return [
        *described("filter", [*FilterBar.BINDINGS, *FilterInput.BINDINGS]),
        *described("list", PostList.BINDINGS),
        *described("reader", Reader.BINDINGS),
        *described("find", FindBar.BINDINGS),
        *described("timeline", Timeline.BINDINGS),
    ]


def help_keys(screen_keys: Sequence[Key]) -> list[Key]:
    """Every key the help table lists: the main screen's, the panes', Textual's."""
    return [*screen_keys, *pane_keys(), *TEXTUAL_KEYS]


def help_text(screen_keys: Sequence[Key]) -> str:
    """The help: the keys (from the bindings) and the filter language."""
    return f"# tuiarchive — keys\n\n{help_table(help_keys(screen_keys))}\n\n{FILTER_LANGUAGE}"


FILTER_LANGUAGE = """\
# The filter language

| you type | finds posts |
| --- | --- |
| `kazakh` | with a word starting "kazakh" in the title or body (case ignored) |
| `ferry pipeline` | with both words |
| `"caspian ferry"` | with the words together, whole |
| `-ferry` `-"caspian ferry"` | without it |
| `ferry OR harbour` `(a OR b) -c` | either; parentheses group |
| `title:` `author:` `place:` `series:` `blog:` | word prefixes in that field: `author:"mara lind"` |
| `label:energy` `label:"language policy"` | with that whole label |
| `date:2014` `date:2014-05` `date:"May 2014"` `date:2014-05-23` | in that year, month, day |
| `date:2013..2014-06` | from the start of one to the end of the other |
| `since:X` `until:X` `after:X` `before:X` | on or after, on or before, after, before |
| `is:unread` `is:read` `is:starred` `is:unstarred` | by your marks |
| `tag:ferry` | with your tag (`+` adds and takes off tags) |
| `note:folio` `note:"ask mara"` | with those words in your note (`N` writes one) |

Matching words and phrases are highlighted in the reader. An invalid term is
named under the filter, and the list keeps the last good result.

Press `escape`, `q` or `?` to close this help.
"""


class HelpScreen(ModalScreen[None]):
    """Every key and the whole filter language, over the browser."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close help", priority=True),
        Binding("down,j", "scroll(1)", "Down", show=False),
        Binding("up,k", "scroll(-1)", "Up", show=False),
        Binding("space,pagedown", "scroll(20)", "Page down", show=False),
        Binding("pageup", "scroll(-20)", "Page up", show=False),
        Binding("end,G", "scroll(10000)", "End", show=False),
        Binding("home,g", "scroll(-10000)", "Top", show=False),
    ]

    def __init__(self, keys: Sequence[Key]) -> None:
        super().__init__()
        self.keys = tuple(keys)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Markdown(help_text(self.keys))

    def action_scroll(self, lines: int) -> None:
        self.query_one("#help-body", VerticalScroll).scroll_relative(y=lines, animate=False)
