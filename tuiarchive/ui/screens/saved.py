"""The saved-searches screen: named filters with live counts and what was imported since."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState, get_current_worker

from tuiarchive.errors import FilterError, StoreError
from tuiarchive.query.language import parse_filter
from tuiarchive.research.saved import SavedCount, SavedSearch, count_search, newest_key
from tuiarchive.store import Catalogue, Store
from tuiarchive.store.state import NAME_LIMIT, clean_name
from tuiarchive.ui.messages import SavedSearchChanged, SavedSearchesListed, SearchCounted
from tuiarchive.ui.safe import one_line, quoted

#: How much of a saved filter a row shows.
FILTER_WIDTH = 60

HELP = "+N: imported since you last opened it"
KEYS = "enter apply \u00b7 a save the browser's filter \u00b7 r rename \u00b7 x delete \u00b7 escape close"
READ_ONLY = "The archive is read-only: saved searches cannot be changed."
NONE_YET = "No saved searches yet: press a to save the browser's filter under a name."


def _cut(text: str, width: int) -> str:
    text = one_line(text)
    return text if len(text) <= width else text[: width - 1] + "\u2026"


class NamePrompt(ModalScreen[str | None]):
    """Ask for a saved search's name: enter gives it (trimmed), escape gives None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, question: str, value: str) -> None:
        super().__init__()
        self.question = question
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical(id="saved-prompt"):
            yield Static(Text(self.question), id="saved-prompt-question")
            yield Input(
                self.value[:NAME_LIMIT] if len(self.value) > NAME_LIMIT else self.value,
                placeholder=f"a name (at most {NAME_LIMIT} characters)",
                id="saved-prompt-name",
            )
            yield Static("", id="saved-prompt-problem", markup=False)
            yield Static(Text("enter save \u00b7 escape cancel", "dim"), markup=False)

    def on_mount(self) -> None:
        self.query_one("#saved-prompt-problem", Static).display = False
        self.set_focus(self.query_one(Input))

    @on(Input.Submitted)
    def _given(self, event: Input.Submitted) -> None:
        event.stop()
        try:
            self.dismiss(clean_name(event.value))
        except ValueError as error:
            problem = self.query_one("#saved-prompt-problem", Static)
            problem.display = True
            problem.update(Text("\u2717 " + one_line(str(error))))

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmPrompt(ModalScreen[bool]):
    """A yes-or-no question: y gives True, n or escape False."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: Text) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="saved-confirm"):
            yield Static(self.question, id="saved-confirm-question")
            yield Static(Text("y yes \u00b7 n no", "dim"), markup=False)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class SavedSearchesScreen(ModalScreen[SavedSearch | None]):
    """The saved searches with their live counts; dismissed with the search to apply."""

    BINDINGS = [
        Binding("escape,q", "close", "Back"),
        Binding("enter", "apply", "Apply"),
        Binding("a", "save", "Save the filter"),
        Binding("r", "rename", "Rename"),
        Binding("x,delete", "delete", "Delete"),
    ]

    COMPONENT_CLASSES = {
        "saved--name",
        "saved--filter",
        "saved--count",
        "saved--new",
        "saved--error",
        "saved--empty",
    }

    def __init__(
        self, store: Store, catalogue: Catalogue, filter_text: str, saving: bool = False
    ) -> None:
        super().__init__()
        self.store = store
        self.catalogue = catalogue
        self.filter_text = filter_text
        self.saving = saving
        self.searches: tuple[SavedSearch, ...] | None = None
        self.counts: dict[str, SavedCount] = {}
        self._wanted: str | None = None  # the name to highlight once the list is read

    def compose(self) -> ComposeResult:
        with Vertical(id="saved-dialog"):
            yield Static(Text("Saved searches", "bold"), id="saved-title")
            yield Static("", id="saved-problem", markup=False)
            yield OptionList(id="saved-list")
            yield Static(Text(KEYS + "\n" + HELP, "dim"), id="saved-help", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#saved-problem", Static).display = False
        self.set_focus(self.query_one(OptionList))
        self.query_one(OptionList).set_options([Text("reading the saved searches\u2026", "italic")])
        self.run_store(None)

    # -- reading, changing and counting -----------------------------------------------------

    @work(thread=True, group="saved", exit_on_error=False)
    def run_store(
        self, change: Callable[[], None] | None, wanted: str | None = None, done: str = ""
    ) -> None:
        """Make a change (if any; `done` says it is made), re-read the list, then count each
        search as it comes."""
        try:
            if change is not None:
                change()
            if done:
                self.post_message(SavedSearchChanged(done))
        finally:
            searches = self.store.saved_searches()
            problem = self.store.state.searches_problem
            self.post_message(SavedSearchesListed(searches, problem, wanted))

    @work(thread=True, exclusive=True, group="saved-counts", exit_on_error=False)
    def count_all(self, searches: tuple[SavedSearch, ...]) -> None:
        """Count each search over the catalogue (tens of ms each for a large archive)."""
        worker = get_current_worker()
        for search in searches:
            counted = count_search(self.catalogue, search)
            if worker.is_cancelled:
                return
            self.post_message(SearchCounted(counted))

    @on(SavedSearchChanged)
    def _changed(self, event: SavedSearchChanged) -> None:
        self.notify(event.done, markup=False, timeout=3)

    @on(SavedSearchesListed)
    def _listed(self, event: SavedSearchesListed) -> None:
        searches, problem, wanted = event.searches, event.problem, event.wanted
        if not self.is_attached:
            return
        if self.saving:  # opened to save the filter: ask its name once the list is known
            self.saving = False
            self.call_after_refresh(self.action_save)
        option_list = self.query_one(OptionList)
        before = option_list.highlighted
        if wanted is None and self.searches and before is not None and before < len(self.searches):
            wanted = self.searches[before].name
        self.searches = searches
        self.counts = {n: c for n, c in self.counts.items() if c.search in searches}
        shown = self.query_one("#saved-problem", Static)
        shown.display = bool(problem)
        shown.update(
            Text("\u26a0 " + one_line(problem), self.get_component_rich_style("saved--error"))
        )
        if not searches:
            empty = Text(NONE_YET, self.get_component_rich_style("saved--empty"))
            option_list.set_options([Option(empty, disabled=True)])
            return
        option_list.set_options([self._row(s) for s in searches])
        names = [s.name.casefold() for s in searches]
        if wanted is not None and wanted.casefold() in names:
            option_list.highlighted = names.index(wanted.casefold())
        else:
            option_list.highlighted = min(before or 0, len(searches) - 1)
        self.count_all(searches)

    @on(SearchCounted)
    def _counted(self, event: SearchCounted) -> None:
        counted = event.counted
        if not self.is_attached or not self.searches or counted.search not in self.searches:
            return
        self.counts[counted.search.name] = counted
        index = self.searches.index(counted.search)
        self.query_one(OptionList).replace_option_prompt_at_index(index, self._row(counted.search))

    def _row(self, search: SavedSearch) -> Text:
        """`name · filter · 1,234 posts · +12 new`, the user's text shown literally."""
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        text.append(one_line(search.name), self.get_component_rich_style("saved--name"))
        text.append(" \u00b7 ")
        text.append(
            _cut(search.filter, FILTER_WIDTH), self.get_component_rich_style("saved--filter")
        )
        text.append(" \u00b7 ")
        counted = self.counts.get(search.name)
        if counted is None or counted.search != search:
            text.append("counting\u2026", "italic")
        elif counted.error:
            text.append(one_line(counted.error), self.get_component_rich_style("saved--error"))
        else:
            total = counted.total
            posts = f"{total:,} post{'s' if total != 1 else ''}"
            text.append(posts, self.get_component_rich_style("saved--count"))
            if counted.new:
                text.append(" \u00b7 ")
                text.append(f"+{counted.new:,} new", self.get_component_rich_style("saved--new"))
        return text

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR:
            error = event.worker.error
            known = isinstance(error, StoreError | ValueError)
            message = str(error) if known else f"{type(error).__name__}: {error}"
            self.notify(one_line(message), title="saved searches", severity="error",
                        markup=False, timeout=8)  # fmt: skip

    # -- the highlighted search -----------------------------------------------------------

    @property
    def highlighted(self) -> SavedSearch | None:
        index = self.query_one(OptionList).highlighted
        searches = self.searches or ()
        return searches[index] if index is not None and 0 <= index < len(searches) else None

    def _can_change(self) -> bool:
        if self.store.readonly:
            self.notify(READ_ONLY, severity="warning")
            return False
        if self.searches is None:
            self.notify("The saved searches are still being read.", timeout=3)
            return False
        return True

    # -- actions --------------------------------------------------------------------------

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_apply()

    def action_apply(self) -> None:
        search = self.highlighted
        if search is not None:
            self.dismiss(search)

    def action_close(self) -> None:
        self.dismiss(None)

    def action_save(self) -> None:
        """Save the browser's filter under a name asked for (confirming a replacement)."""
        text = self.filter_text.strip()
        if not text:
            self.notify(
                "The filter is empty: type a filter in the browser first, then save it.",
                severity="warning",
            )
            return
        try:
            parse_filter(text)
        except FilterError as error:
            self.notify(f"The filter cannot be saved: {one_line(str(error))}",
                        severity="warning", markup=False)  # fmt: skip
            return
        if not self._can_change():
            return
        seen = newest_key(self.catalogue)

        def named(name: str | None) -> None:
            if name is None:
                return
            old = self.store.state.find_search(name)
            if old is None:
                save = partial(self.store.save_search, name, text, seen)
                self.run_store(save, name, f"Saved {quoted(name)}.")
                return
            question = Text(f"Replace the saved search {quoted(old.name)} ")
            question.append(f"({quoted(old.filter)})", "dim")
            question.append(f" with {quoted(text)}?")

            def confirmed(yes: bool | None) -> None:
                if yes:
                    save = partial(self.store.save_search, name, text, seen, replace=True)
                    self.run_store(save, name, f"Replaced {quoted(name)}.")

            self.app.push_screen(ConfirmPrompt(question), confirmed)

        self.app.push_screen(NamePrompt("Save the filter as:", text), named)

    def action_rename(self) -> None:
        search = self.highlighted
        if search is None or not self._can_change():
            return

        def named(name: str | None) -> None:
            if name is None or name == search.name:
                return
            other = self.store.state.find_search(name)
            if other is not None and other.name.casefold() != search.name.casefold():
                self.notify(f"A saved search is already named {quoted(other.name)}.",
                            severity="warning", markup=False)  # fmt: skip
                return
            rename = partial(self.store.rename_search, search.name, name)
            self.run_store(rename, name, f"Renamed {quoted(search.name)} to {quoted(name)}.")

        question = f"Rename {quoted(search.name)} to:"
        self.app.push_screen(NamePrompt(question, search.name), named)

    def action_delete(self) -> None:
        search = self.highlighted
        if search is None or not self._can_change():
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                delete = partial(self.store.delete_search, search.name)
                self.run_store(delete, None, f"Deleted {quoted(search.name)}.")

        question = Text(f"Delete the saved search {quoted(search.name)}?")
        self.app.push_screen(ConfirmPrompt(question), confirmed)
