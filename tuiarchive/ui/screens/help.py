"""The help screen: every key, and the filter language."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

HELP_TEXT = """\
# tuiarchive — keys

| key | where | does |
| --- | --- | --- |
| `/` | anywhere | type a filter |
| `escape` | filter | clear the filter; when it is empty, back to the list |
| `enter`, `down` | filter | to the list |
| `j` `k` `↓` `↑` | list | next / previous post |
| `g` `G` `home` `end` | list | first / last post |
| `page up` `page down` | list | a page up / down |
| `enter` | list | read the post (marks it read) |
| `space` `page down` `page up` `b` | reader | scroll |
| `n` `p` | reader | next / previous post of the list |
| `]` `[` | reader | next / previous highlighted word, on into the next / previous post |
| `1` … `5` | reader | read one of the related posts listed at the end of the post |
| `escape` | reader | back to the list |
| `tab` | anywhere | next pane |
| `s` | list, reader | star or unstar the post |
| `u` | list, reader | mark the post read / unread |
| `o` | anywhere | order: newest first, oldest first, most relevant first (BM25 over the filter's words) |
| `c` | list, reader | copy the paragraph being read with its citation (also to ~/tuiarchive-clippings.md) |
| `C` | list, reader | copy the whole post with its citation (also to the clippings file) |
| `ctrl+p` "Export…" | anywhere | the filtered posts as Markdown, JSON Lines or dumps, to ~/tuiarchive-export-DATE-TIME/ |
| `t` | anywhere | show or hide the timeline |
| `F` | anywhere | facets: the filter's posts by year, label, place, series and blog; `enter` adds one to the filter (again: takes it out) |
| `T` | anywhere | trends: posts per month (`z`: per year) for up to five filters, per 100 posts; `e` exports CSV |
| `I` | anywhere | import quality: posts per month and the months without any, posts with parse warnings beside their dump's lines |
| `K` | anywhere | concordance: each occurrence of the filter's words in context |
| `S` | anywhere | saved searches: named filters with live counts; `a` saves the filter, `enter` applies, `r` renames, `x` deletes; +N: imported since you last opened it |
| `ctrl+p` | anywhere | command palette: every action by name |
| `?` | anywhere | this help |
| `q` | anywhere | quit |

# The filter language

| you type | finds posts |
| --- | --- |
| `kazakh` | with a word starting "kazakh" in the title or body (case ignored) |
| `ferry pipeline` | with both words |
| `"grain berth"` | with the words together, whole |
| `-ferry` `-"grain berth"` | without it |
| `ferry OR harbour` `(a OR b) -c` | either; parentheses group |
| `title:` `author:` `place:` `series:` `blog:` | word prefixes in that field: `author:"mara lind"` |
| `label:energy` `label:"language policy"` | with that whole label |
| `date:2014` `date:2014-05` `date:"May 2014"` `date:2014-05-23` | in that year, month, day |
| `date:2013..2014-06` | from the start of one to the end of the other |
| `since:X` `until:X` `after:X` `before:X` | on or after, on or before, after, before |
| `is:unread` `is:read` `is:starred` `is:unstarred` | by your marks |

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

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Markdown(HELP_TEXT)

    def action_scroll(self, lines: int) -> None:
        self.query_one("#help-body", VerticalScroll).scroll_relative(y=lines, animate=False)
