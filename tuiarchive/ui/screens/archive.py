"""The main screen: owns the archive, the filter's results and the post being read, and
opens the research tools (facets, trends, concordance, import quality, citing and exporting,
saved searches)."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from textual import events, on, work
from textual.app import ComposeResult
from textual.containers import Container
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Static
from textual.worker import Worker, WorkerState, get_current_worker

from tuiarchive.datetext import file_stamp
from tuiarchive.errors import FilterError, StoreError
from tuiarchive.model import Post
from tuiarchive.paths import default_store_path
from tuiarchive.query.language import Query, parse_filter, term_for
from tuiarchive.research.citation import (
    FORMAT_NAMES,
    blog_name,
    cite_paragraph,
    cite_post,
    paragraphs,
)
from tuiarchive.research.concordance import Line
from tuiarchive.research.facets import Facet, facets_of
from tuiarchive.research.related import related_posts
from tuiarchive.research.saved import SavedSearch, newest_key
from tuiarchive.research.sorting import SORTS, sorted_positions
from tuiarchive.store import Catalogue, MarkChange, Store, TagChange
from tuiarchive.store.index import Interrupted
from tuiarchive.store.state import Session
from tuiarchive.ui.keys import Key, bindings
from tuiarchive.ui.messages import (
    ArchiveOpened,
    BulkUndone,
    ClippingSaved,
    ExportFinished,
    FacetsCounted,
    FilterApplied,
    FilterRejected,
    FilterStopped,
    ImportFinished,
    ImportProgress,
    MarksChanged,
    NoteChanged,
    Ranked,
    RelatedFound,
    SelectionCited,
    TagsChanged,
)
from tuiarchive.ui.results import ORDERS, RANKED_ORDERS, Neighbour, Reading, Results
from tuiarchive.ui.safe import one_line, quoted
from tuiarchive.ui.screens.concordance import ConcordanceScreen
from tuiarchive.ui.screens.help import HelpScreen
from tuiarchive.ui.screens.quality import QualityScreen
from tuiarchive.ui.widgets.facet_panel import FacetPanel, chosen_key
from tuiarchive.ui.widgets.filter_bar import FilterBar
from tuiarchive.ui.widgets.find_bar import FindBar
from tuiarchive.ui.widgets.post_list import PostList
from tuiarchive.ui.widgets.reader import Reader
from tuiarchive.ui.widgets.timeline import Timeline

#: How often the archive is looked at for batches another process has committed.
WATCH_SECONDS = 2.0

#: How often an import's progress is said (at most).
IMPORT_PROGRESS_SECONDS = 0.1

#: How many skipped files the import summary names (the rest are counted).
IMPORT_SKIPS_SHOWN = 3

#: How long a post stays on screen before its related posts are looked for.
RELATED_DELAY = 0.25

#: How many jumps `back` remembers.
BACK_LIMIT = 100

#: Below this many rows the timeline is hidden, to leave room for the list and the reader.
TIMELINE_MIN_HEIGHT = 28

EMPTY_ARCHIVE = (
    "The archive is empty. Import a folder of dumps with:  tuiarchive --import PATH  "
    "(add --db PATH to choose the archive)"
)


class ArchiveScreen(Screen[None]):
    """The main screen: the filter bar, the post list, the reader and the timeline over one
    archive, with a key and an action for each research tool. It owns the state (the store,
    the filter's results, the post being read): widgets get it by `data_bind` and answer
    with messages; research screens answer by `dismiss`."""

    #: The main screen's keys: its bindings, the help table's rows and the palette's entries.
    KEYS = (
        # A priority binding acts as the key arrives, before the keys typed after it are
        # handed to a pane: "/ferry" typed (or pasted by a script) in one burst all lands
        # in the filter.
        Key("slash", "focus_filter", "Filter", "type a filter", command="Filter",
            summary="Type a filter", priority=True),
        Key("s", "star", "Star", "star or unstar the post", "list, reader",
            command="Star or unstar the post",
            summary="Toggle the star"),
        Key("u", "toggle_read", "Read/unread", "mark the post read / unread", "list, reader",
            command="Mark read or unread",
            summary="Toggle the read mark"),
        Key("plus", "tag", "Tag",
            "add or take off tags: `+tag -tag` (`right` completes a tag in use); find them "
            "with `tag:x`", "list, reader", command="Tag the post",
            summary="Add or take off your tags", show=False, key_display="+"),
        Key("N", "note", "Note",
            "write a note on the post (shown in the reader, found with `note:word`, exported "
            "and cited with the post)", "list, reader", command="Note on the post",
            summary="Your note on the post", show=False),
        Key("x", "select", "Select",
            "select the post (or unselect it) and go to the next: `+`, `u`, `C` and export "
            "then act on every selected post", "list, reader", command="Select the post",
            summary="Add it to the posts acted on at once", show=False),
        Key("X", "select_all", "Select all",
            "select every post of the filter (again: clear the selection)", "list, reader",
            command="Select the filtered posts",
            summary="Act on all of them at once (again: none)", show=False),
        Key("U", "undo", "Undo",
            "undo the last change of tags or of read marks on many posts", "list, reader",
            command="Undo the last bulk change", summary="Tags or read marks put back",
            show=False),
        Key("c", "cite_paragraph", "Cite paragraph",
            "copy the paragraph being read with its citation (also to ~/tuiarchive-clippings.md)",
            "list, reader", command="Cite this paragraph",
            summary="Copy it with a citation line", show=False),
        Key("C", "cite_post", "Cite post",
            "copy the whole post with its citation (also to the clippings file)",
            "list, reader", command="Cite this post",
            summary="Copy it whole with a citation line", show=False),
        Key("o", "cycle_order", "Order",
            "order: newest first, oldest first, most relevant first (BM25 over the filter's "
            "words), by title, by author, most comments first",
            command="Change the order",
            summary="Newest, oldest, most relevant first; by title, author or comments"),
        Key("v", "toggle_series", "Series",
            "show or hide the series column (hidden: titles as written, series prefix and all)",
            command="Show or hide the series column",
            summary="Series initials beside titles without their prefix", show=False),
        Key("f", "find_in_post", "Find",
            "find in the post: its matches highlighted, the count shown; `n` `N` next / "
            "previous match while it is open, `escape` closes it", "list, reader",
            command="Find in the post", summary="Highlight a word or phrase in the post"),
        Key("z", "toggle_full_reader", "Full screen",
            "the reader full screen (the list hides); again: the list comes back",
            "list, reader", command="Full-screen reader",
            summary="Hide the list and read across the whole width", show=False),
        Key("t", "toggle_timeline", "Timeline", "show or hide the timeline",
            command="Show or hide the timeline",
            summary="Posts per month"),
        Key("F", "toggle_facets", "Facets",
            "facets: the filter's posts by year, label, place, series and blog; `enter` adds "
            "one to the filter (again: takes it out)", command="Facets",
            summary="The filter's posts by year, label, place, series and blog", show=False),
        Key("T", "trends", "Trends",
            "trends: posts per month (`z`: per year) for up to five filters, with per 100 posts "
            "where a month has enough; `e` exports CSV", command="Trends",
            summary="Posts per month for up to five filters, per 100 posts", show=False),
        Key("I", "import_quality", "Import quality",
            "import quality: posts per month and the months without any, posts with parse "
            "warnings beside their dump's lines", command="Import quality",
            summary="Posts per month and their gaps; posts with parse warnings beside the dump", show=False),
        Key("K", "concordance", "Concordance",
            "concordance: each occurrence of the filter's words in context",
            command="Concordance (keyword in context)",
            summary="Every occurrence of the filter's words, in context", show=False),
        Key("S", "saved_searches", "Saved searches",
            "saved searches: named filters with live counts; `a` saves the filter, `enter` "
            "applies, `r` renames, `x` deletes; +N: imported since you last opened it",
            command="Saved searches",
            summary="Named filters with their counts and posts new since", show=False),
        Key("i", "import_dumps", "Import",
            "import dumps: a file or a folder (searched for *.txt), `~` allowed; the progress "
            "shows above the footer, then the archive reloads (keeping your post) and the "
            "summary says what was added", command="Import dumps\u2026",
            summary="From a dump file or a folder of dumps, into this archive", show=False),
        Key("R", "reload", "Reload",
            "reload the archive: show posts another process imported (the footer offers it "
            "when there are some)", command="Reload the archive",
            summary="Show posts imported meanwhile"),
        Key("backspace,ctrl+o", "back", "Back",
            "back to the post read before a jump (a related post, a concordance hit, a facet, "
            "a saved search), with the filter of then", "list, reader",
            command="Go back", summary="To the post read before a jump, with its filter",
            show=False),
        Key("question_mark,f1", "help", "Help", "this help", command="Help",
            summary="Keys and the filter language", key_display="?"),
        Key("q", "app.quit", "Quit", "quit (in the reader, q goes back to the list; ctrl+q quits "
            "from anywhere)", command="Quit"),
    )  # fmt: skip

    BINDINGS = bindings(KEYS)

    results: reactive[Results | None] = reactive(None, repaint=False)
    current_post: reactive[Post | None] = reactive(None, repaint=False)
    reading: reactive[Reading | None] = reactive(None, repaint=False)
    problem: reactive[str] = reactive("", repaint=False)
    facets: reactive[tuple[Facet, ...] | None] = reactive(None, repaint=False)
    series_shown: reactive[bool] = reactive(True, repaint=False)
    #: The posts selected to act on at once (x, X), by id: kept across filters.
    selected: reactive[frozenset[str]] = reactive(frozenset(), repaint=False)

    def __init__(self, store_path: Path, filter_text: str = "") -> None:
        super().__init__()
        self.store_path = store_path
        self.filter_text = filter_text
        self.store: Store | None = None
        self.timeline_wanted = True
        self._wanted_filter = filter_text
        self._filtering = False
        self._filter_thread: threading.Thread | None = None
        self._to_read: int | None = None
        self._read_scheduled = False
        self._seen_stamp = (0, 0)
        self._reload_offered = False
        self._watch_timer: Timer | None = None
        self._related_timer: Timer | None = None
        self._first_order = "newest"  # the order of the first results (the last session's)
        #: Where `back` goes: (post id, filter as typed) before each jump, the last one last.
        self._back: list[tuple[str, str]] = []
        self._facets_before_full = False
        #: The last change to many posts, to undo (U): its words and the change itself.
        self._undo: tuple[str, TagChange | MarkChange] | None = None
        #: The import under way from inside the browser (`i`): what it says of its progress.
        self._importing: str | None = None

    def compose(self) -> ComposeResult:
        yield FilterBar(self.filter_text, id="filter-bar").data_bind(
            results=ArchiveScreen.results, problem=ArchiveScreen.problem
        )
        with Container(id="panes"):
            yield FacetPanel(id="facets").data_bind(facets=ArchiveScreen.facets)
            yield PostList(id="post-list").data_bind(
                results=ArchiveScreen.results,
                series_shown=ArchiveScreen.series_shown,
                selected=ArchiveScreen.selected,
            )
            yield Reader(id="reader").data_bind(reading=ArchiveScreen.reading)
        yield FindBar(id="find-bar")
        yield Timeline(id="timeline").data_bind(results=ArchiveScreen.results)
        yield Static("", id="import-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.set_focus(self.query_one(PostList))
        self.open_archive()

    def on_resize(self) -> None:
        self.set_class(self.size.width < 100, "-narrow")
        self._place_timeline()

    def _place_timeline(self) -> None:
        """Show the timeline if wanted, and if the terminal is tall enough to spare it the rows."""
        self.query_one(Timeline).display = (
            self.timeline_wanted and self.size.height >= TIMELINE_MIN_HEIGHT
        )

    # -- loading and filtering ---------------------------------------------------------

    @work(thread=True, exclusive=True, group="archive", exit_on_error=False)
    def open_archive(self) -> None:
        """Open the store and read its catalogue (off the event loop: it may need indexing)."""
        store = Store(self.store_path)
        session = store.session() if self.store is None else None  # reloads keep theirs
        self.post_message(ArchiveOpened(store, store.catalogue(), session))

    @on(ArchiveOpened)
    def _opened(self, event: ArchiveOpened) -> None:
        store, catalogue = event.store, event.catalogue
        if self.store is not None:
            self.store.close()
        self.store = store
        self._seen_stamp = store.manifest_stamp()
        self._reload_offered = False
        self.refresh_bindings()
        if self._watch_timer is None:
            self._watch_timer = self.set_interval(WATCH_SECONDS, self._watch_archive)
        for note in store.notes:
            self.notify(one_line(note), title="archive", markup=False)
        if store.readonly:
            self.notify("The archive is read-only: marks are not saved.", severity="warning")
        empty = "" if len(catalogue) else EMPTY_ARCHIVE
        self.query_one(PostList).empty_message = empty
        self.query_one(Reader).empty_message = empty
        if event.session is not None:
            self._come_back(event.session)
        self._wanted_filter = self.query_one(FilterBar).text
        self._start_filter(catalogue)
        # Everything made so far (the app, the catalogue) lives as long as the browser:
        # keep it out of the garbage collector's full passes, which would otherwise
        # stop the screen for a tenth of a second now and then with a large archive.
        gc.freeze()

    # Filtering: the filter runs as soon as a key is typed. While one run is under way,
    # further keys only update the wanted text and stop the run's reads of the index (a
    # first letter over a million posts is a long search nobody waits for once the second
    # is typed); when the run ends, stopped or not, an answer that is no longer wanted is
    # dropped and the newest text runs. No fixed delay, no pile-up.

    @on(FilterBar.Changed)
    def _filter_changed(self, event: FilterBar.Changed) -> None:
        if event.text == self._wanted_filter:
            return
        self._wanted_filter = event.text
        if self.results is None:
            return
        self._stop_ranking()  # the order of the old filter's posts is no longer wanted
        if not self._filtering:
            self._start_filter(self.results.catalogue)
        elif self._filter_thread is not None:
            self.results.catalogue.index.interrupt(self._filter_thread)

    def _start_filter(self, catalogue: Catalogue) -> None:
        self._filtering = True
        order = self.results.order if self.results is not None else self._first_order
        self.run_filter(self._wanted_filter, catalogue, order)

    @work(thread=True, group="filter", exit_on_error=False)
    def run_filter(self, text: str, catalogue: Catalogue, order: str = "newest") -> None:
        """Parse and run a filter off the event loop; the outcome comes back as a message."""
        # Which thread to stop when a newer keystroke comes (only this worker sets it; one
        # filter runs at a time, and the event loop only reads it).
        self._filter_thread = threading.current_thread()
        try:
            query = parse_filter(text)
            positions = query.run(catalogue)
            ranking, partial = _first_ranking(catalogue, query, positions, order)
        except Interrupted:
            self.post_message(FilterStopped(text, catalogue))
        except FilterError as error:
            self.post_message(FilterRejected(text, catalogue, str(error)))
        except Exception as error:  # a broken index, say: say so, keep the last result
            self.post_message(FilterRejected(text, catalogue, f"the filter could not run: {error}"))
        else:
            results = Results(catalogue, query, positions, order, ranking, partial)
            _ = results.rows  # put in order here, not on the event loop
            self.post_message(FilterApplied(text, results))

    @on(FilterApplied)
    def _filter_applied(self, event: FilterApplied) -> None:
        if self._still_wanted(event.text, event.results.catalogue):
            self._show(event.results)
            if event.results.partial:  # relevance's first screen: the rest comes after
                self.rank(event.results)

    @on(FilterStopped)
    def _filter_stopped(self, event: FilterStopped) -> None:
        self._filtering = False
        self._start_filter(event.catalogue)  # whatever is wanted now, even the same text

    @on(FilterRejected)
    def _filter_rejected(self, event: FilterRejected) -> None:
        if self._still_wanted(event.text, event.catalogue):
            self.problem = event.problem

    def _still_wanted(self, text: str, catalogue: Catalogue) -> bool:
        """Whether a filter run's answer is for the text wanted now; if not (typed on
        meanwhile), the newest text runs instead."""
        self._filtering = False
        if text != self._wanted_filter:
            self._start_filter(catalogue)
            return False
        return True

    def _show(self, results: Results) -> None:
        self.problem = ""
        post_list = self.query_one(PostList)
        if len(results.catalogue) and not results.positions:
            post_list.empty_message = f"No posts match: {results.query.description}"
        elif len(results.catalogue):
            post_list.empty_message = ""
        self.results = results
        if self.query_one(FacetPanel).display:  # the facets panel follows the results
            self.count_facets(results)

    @property
    def filter_settled(self) -> bool:
        """Whether the archive is open and no filter run is under way: the list shows the
        answer to the filter as typed (or the filter bar says why it cannot run)."""
        return self.results is not None and not self._filtering

    @property
    def query_value(self) -> Query:
        return self.results.query if self.results is not None else Query("")

    # -- the post being read -----------------------------------------------------------

    @on(PostList.Highlighted)
    def _highlighted(self, event: PostList.Highlighted) -> None:
        # The list announces the highlighted post after every change of results too.
        # Reading and wrapping the post is a keystroke's heaviest work, so it waits for
        # the list to be painted; keys pressed meanwhile only move what will be read.
        self._to_read = event.position
        if not self._read_scheduled:
            self._read_scheduled = True
            self.call_after_refresh(self._read_highlighted)

    def _read_highlighted(self) -> None:
        """Give the reader the highlighted post and the filter's words, in one step."""
        self._read_scheduled = False
        self._show_post(self._load(self._to_read))

    def _show_post(self, post: Post | None) -> None:
        self.current_post = post
        store = self.store
        if post is not None and store is not None:
            self.reading = Reading(post, self.query_value, tags=store.tags_of(post.id),
                                   note=store.note_of(post.id))  # fmt: skip
        else:
            self.reading = Reading(post, self.query_value)
        if self._related_timer is not None:
            self._related_timer.stop()
        if post is not None:
            # Looked for once the post has been on screen a moment, not on every cursor step.
            self._related_timer = self.set_timer(
                RELATED_DELAY, lambda: self._look_for_related(post)
            )

    def _load(self, position: int | None) -> Post | None:
        if position is None or self.results is None or self.store is None:
            return None
        try:
            return self.store.post(self.results.catalogue.id_at(position))
        except (StoreError, KeyError) as error:
            self.notify(
                one_line(str(error)), title="cannot read the post", severity="error", markup=False
            )
            return None

    @on(PostList.Opened)
    def _opened_post(self, event: PostList.Opened) -> None:
        self.set_focus(self.query_one(Reader))
        self._mark("read", event.position, True)

    @on(Reader.PastLastHit)
    def _past_last_hit(self, event: Reader.PastLastHit) -> None:
        reader = self.query_one(Reader)
        reader.show_when_read("first-hit" if event.direction > 0 else "last-hit")
        if not self.step_post(event.direction):
            reader.show_when_read(None)

    def action_next_post(self) -> None:
        self.step_post(1)

    def action_previous_post(self) -> None:
        self.step_post(-1)

    def step_post(self, delta: int) -> bool:
        """Read the next (1) or previous (-1) post of the list; False at either end."""
        post_list = self.query_one(PostList)
        before = post_list.cursor
        post_list.action_move(delta)
        if post_list.cursor != before and post_list.highlighted is not None:
            self._mark("read", post_list.highlighted, True)
            return True
        self.notify("That was the " + ("last" if delta > 0 else "first") + " post of the list.")
        return False

    # Focus moves at once (not after the queued keys, as `widget.focus()` would), so keys
    # typed quickly after '/' or enter reach the pane they were meant for.

    def action_back_to_list(self) -> None:
        if self.query_one(FindBar).display:  # escape closes the find first
            self._close_find()
            return
        self.set_full_reader(False)
        self.set_focus(self.query_one(PostList))

    def action_toggle_full_reader(self) -> None:
        self.set_full_reader(not self.has_class("-reader-full"))

    def set_full_reader(self, full: bool) -> None:
        """Give the reader the whole width (the list and the facets hide), or bring the list
        back. The list keeps its cursor: `n` and `p` go on along it while it is hidden."""
        if full == self.has_class("-reader-full"):
            return
        self.set_class(full, "-reader-full")
        if full:
            panel = self.query_one(FacetPanel)
            self._facets_before_full = bool(panel.display)
            panel.display = False
            self.set_focus(self.query_one(Reader))
        elif self._facets_before_full:
            self.query_one(FacetPanel).display = True

    def action_focus_filter(self) -> None:
        filter_input = self.query_one(FilterBar).input
        if self.focused is filter_input:
            # A "/" typed in the filter is part of it (12/25/2008): hand it on, behind the
            # keys still on their way to the input, so that it lands in its place.
            filter_input.post_message(events.Key("slash", "/"))
        else:
            self.set_focus(filter_input)

    @on(FilterBar.Done)
    def _filter_done(self) -> None:
        self.set_focus(self.query_one(PostList))

    # -- finding in the post -------------------------------------------------------------

    def action_find_in_post(self) -> None:
        """Open the find bar (or go back to it) for the post being read."""
        bar = self.query_one(FindBar)
        bar.display = True
        self.set_focus(bar.input)

    @on(FindBar.Changed)
    def _find_changed(self, event: FindBar.Changed) -> None:
        self.query_one(Reader).find(event.text)

    @on(FindBar.Step)
    def _find_step(self, event: FindBar.Step) -> None:
        self.query_one(Reader).step_match(event.direction)

    @on(FindBar.Done)
    def _find_done(self) -> None:
        self.set_focus(self.query_one(Reader))

    @on(FindBar.Closed)
    def _find_closed(self) -> None:
        self._close_find()

    def _close_find(self) -> None:
        bar = self.query_one(FindBar)
        bar.display = False
        bar.input.value = ""
        self.query_one(Reader).find("")
        self.set_focus(self.query_one(Reader))

    @on(Reader.Found)
    def _found(self, event: Reader.Found) -> None:
        self.query_one(FindBar).found = (event.current, event.count)

    # -- marks -------------------------------------------------------------------------

    # Marks change only in the store: the screen asks it, in a worker (it writes a file),
    # and the list follows when `MarksChanged` says what the store changed.

    def _mark(self, mark: str, position: int, value: bool | None) -> None:
        """Ask the store to set (True), clear (False) or toggle (None) a mark on the post
        at `position`."""
        if self.store is None or self.results is None:
            return
        post_id = self.results.catalogue.id_at(position)
        if value is not None and self.store.has_mark(mark, post_id) == value:
            return  # already so: nothing to write
        if self.store.readonly:
            self.notify("The archive is read-only: marks cannot be saved.", severity="warning")
            return
        self.save_mark(self.store, mark, post_id, value)

    @work(thread=True, group="marks", exit_on_error=False)
    def save_mark(self, store: Store, mark: str, post_id: str, value: bool | None) -> None:
        try:
            if value is None:
                change = store.toggle_mark(mark, post_id)
            else:
                change = store.mark(mark, [post_id], value)
        except StoreError as error:
            raise StoreError(f"the {mark} mark was not saved: {error}") from None
        if change.post_ids:
            self.post_message(MarksChanged(change.post_ids, change.mark, change.on))

    @on(MarksChanged)
    def _marks_changed(self, event: MarksChanged) -> None:
        """Show the marks the store changed on the posts the list holds."""
        if self.results is None:
            return
        post_list = self.query_one(PostList)
        for shown in self.results.catalogue.positions_of(event.post_keys).values():
            post_list.refresh_post(shown)
        if event.bulk:
            done = f"Marked {_posts(len(event.post_keys))} {event.mark if event.on else 'un' + event.mark}"
            self.notify(done, markup=False, timeout=4)
            if event.post_keys:
                self._undo = (done, MarkChange(event.mark, event.post_keys, event.on))
        if event.mark == "starred" and len(event.post_keys) == 1:
            position = self.results.catalogue.position_of(event.post_keys[0])
            if position is not None:
                title = quoted(self.results.catalogue.summary(position).title or "(untitled)")
                self.notify(f"{'Starred' if event.on else 'Unstarred'} {title}",
                            markup=False, timeout=3)  # fmt: skip

    def highlighted_position(self) -> int | None:
        """Where the highlighted post is in the current results."""
        return self.query_one(PostList).highlighted

    def action_star(self) -> None:
        position = self.highlighted_position()
        if position is not None:
            self._mark("starred", position, None)

    def action_toggle_read(self) -> None:
        if self.selected and self.store is not None:  # all read: unread; else all read
            ids = self._selection_ids()
            value = not all(self.store.has_mark("read", p) for p in ids)
            if self.store.readonly:
                self.notify("The archive is read-only: marks cannot be saved.", severity="warning")
                return
            self.save_marks(self.store, "read", ids, value)
            return
        position = self.highlighted_position()
        if position is not None:
            self._mark("read", position, None)

    @work(thread=True, group="marks", exit_on_error=False)
    def save_marks(self, store: Store, mark: str, post_ids: list[str], value: bool) -> None:
        """Set a mark on many posts, in one write of the store."""
        try:
            change = store.mark(mark, post_ids, value)
        except StoreError as error:
            raise StoreError(f"the {mark} marks were not saved: {error}") from None
        self.post_message(MarksChanged(change.post_ids, change.mark, change.on, bulk=True))

    # -- tags ------------------------------------------------------------------------------

    # Like marks: the store changes tags (in a worker, one write), and the list and the
    # reader show them when `TagsChanged` says what it changed.

    def action_tag(self) -> None:
        """Ask which tags to add to the highlighted post and take off it."""
        from tuiarchive.ui.screens.tags import TagPrompt

        position = self.highlighted_position()
        if self.store is None or self.results is None or (position is None and not self.selected):
            self.notify("There is no post to tag.", timeout=3)
            return
        if self.store.readonly:
            self.notify("The archive is read-only: tags cannot be saved.", severity="warning")
            return
        now: tuple[str, ...] = ()
        if self.selected:
            post_ids = self._selection_ids()
            what = f"{_posts(len(post_ids))}".replace("post", "selected post", 1)
        elif position is not None:
            post_ids = [self.results.catalogue.id_at(position)]
            what = quoted(self.results.catalogue.summary(position).title or "(untitled)")
            now = self.store.tags_of(post_ids[0])
        else:
            return
        prompt = TagPrompt(what, now, list(self.store.tag_counts()))
        self.app.push_screen(prompt, lambda words: self._tag_words_given(post_ids, words))

    def _tag_words_given(
        self, post_ids: list[str], words: tuple[tuple[str, ...], tuple[str, ...]] | None
    ) -> None:
        if words is not None and self.store is not None:
            self.save_tags(self.store, post_ids, *words)

    @work(thread=True, group="marks", exit_on_error=False)
    def save_tags(
        self, store: Store, post_ids: list[str], add: tuple[str, ...], remove: tuple[str, ...]
    ) -> None:
        try:
            change = store.tag(post_ids, add, remove)
        except (StoreError, ValueError) as error:
            raise StoreError(f"the tags were not saved: {error}") from None
        self.post_message(TagsChanged(change, add, remove))

    @on(TagsChanged)
    def _tags_changed(self, event: TagsChanged) -> None:
        """Show the tags the store changed, and say what was done."""
        count = len(event.change.post_ids)
        if not count:
            self.notify("No tags changed: the post(s) already had them so.", timeout=3)
            return
        words = " ".join([*(f"+{t}" for t in event.added), *(f"-{t}" for t in event.removed)])
        done = f"{'Tagged' if event.added else 'Untagged'} {_posts(count)} {words}"
        self.notify(done, markup=False, timeout=4)
        self._undo = (done, event.change)
        self._show_changed(event.change.post_ids)

    def _show_changed(self, post_ids: tuple[str, ...]) -> None:
        """Redraw the rows of `post_ids`, the reader if it shows one, and the facets."""
        if self.results is None or self.store is None:
            return
        post_list = self.query_one(PostList)
        for position in self.results.catalogue.positions_of(post_ids).values():
            post_list.refresh_post(position)
        reading = self.reading
        if reading is not None and reading.post is not None and reading.post.id in post_ids:
            self.reading = replace(reading, tags=self.store.tags_of(reading.post.id))
        if self.query_one(FacetPanel).display:
            self.count_facets(self.results)

    # -- many posts at once -----------------------------------------------------------------

    def _selection_ids(self) -> list[str]:
        """The selected posts' ids, in the list's order where it shows them."""
        chosen = self.selected
        if self.results is None:
            return sorted(chosen)
        catalogue = self.results.catalogue
        ids = [catalogue.ids[n] for n in self.results.rows if catalogue.ids[n] in chosen]
        shown = set(ids)
        return ids + sorted(p for p in chosen if p not in shown)

    def action_select(self) -> None:
        """Put the highlighted post in the selection (or take it out), and go to the next."""
        position = self.highlighted_position()
        if position is None or self.results is None:
            return
        post_id = self.results.catalogue.id_at(position)
        self.selected = self.selected ^ {post_id}
        self.query_one(PostList).action_move(1)

    def action_select_all(self) -> None:
        """Select every post of the filter; if they all are, clear the selection."""
        if self.results is None:
            return
        ids = frozenset(self.results.catalogue.ids[n] for n in self.results.positions)
        if ids and not ids <= self.selected:
            self.selected = self.selected | ids
            self.notify(f"Selected {_posts(len(self.selected))} (X again: none)", timeout=3)
        else:
            self.selected = frozenset()
            self.notify("The selection is clear.", timeout=3)

    def action_undo(self) -> None:
        """Undo the last change of tags or read marks on many posts."""
        if self._undo is None or self.store is None:
            self.notify("There is no change to undo.", timeout=3)
            return
        done, change = self._undo
        self._undo = None
        self.undo_change(self.store, done, change)

    @work(thread=True, group="marks", exit_on_error=False)
    def undo_change(self, store: Store, done: str, change: TagChange | MarkChange) -> None:
        try:
            if isinstance(change, TagChange):
                store.set_tags(change.before)
            else:
                store.mark(change.mark, list(change.post_ids), not change.on)
        except (StoreError, ValueError) as error:
            raise StoreError(f"the change was not undone: {error}") from None
        self.post_message(BulkUndone(done, change.post_ids))

    @on(BulkUndone)
    def _undone(self, event: BulkUndone) -> None:
        self.notify(f"Undone: {event.done}", markup=False, timeout=4)
        self._show_changed(event.post_keys)

    # -- notes -----------------------------------------------------------------------------

    def action_note(self) -> None:
        """Ask for the note on the highlighted post (its note now, to change)."""
        from tuiarchive.ui.screens.tags import NotePrompt

        position = self.highlighted_position()
        if self.store is None or self.results is None or position is None:
            self.notify("There is no post to write a note on.", timeout=3)
            return
        if self.store.readonly:
            self.notify("The archive is read-only: notes cannot be saved.", severity="warning")
            return
        post_id = self.results.catalogue.id_at(position)
        title = self.results.catalogue.summary(position).title or "(untitled)"
        prompt = NotePrompt(quoted(title), self.store.note_of(post_id))
        self.app.push_screen(prompt, lambda text: self._note_given(post_id, text))

    def _note_given(self, post_id: str, text: str | None) -> None:
        if text is not None and self.store is not None:
            self.save_note(self.store, post_id, text)

    @work(thread=True, group="marks", exit_on_error=False)
    def save_note(self, store: Store, post_id: str, text: str) -> None:
        try:
            change = store.set_note(post_id, text)
        except (StoreError, ValueError) as error:
            raise StoreError(f"the note was not saved: {error}") from None
        self.post_message(NoteChanged(change))

    @on(NoteChanged)
    def _note_changed(self, event: NoteChanged) -> None:
        change = event.change
        if change.before == change.note:
            self.notify("The note is unchanged.", timeout=3)
            return
        self.notify("Saved the note." if change.note else "Took the note off.", timeout=3)
        reading = self.reading
        if reading is not None and reading.post is not None and reading.post.id == change.post_id:
            self.reading = replace(reading, note=change.note)

    # -- related posts -------------------------------------------------------------------

    def _look_for_related(self, post: Post) -> None:
        if self.store is not None and self.results is not None:
            self.find_related(self.store, self.results.catalogue, post)

    @work(thread=True, exclusive=True, group="related", exit_on_error=False)
    def find_related(self, store: Store, catalogue: Catalogue, post: Post) -> None:
        """Find the posts most like `post` and add them to the reader (if still reading it)."""
        neighbours = []
        for found in related_posts(store, post):
            position = catalogue.position_of(found.post_id)
            if position is not None:
                summary = catalogue.summary(position)
                neighbours.append(Neighbour(found.post_id, summary.title,
                                            summary.date, found.shared))  # fmt: skip
        self.post_message(RelatedFound(post, tuple(neighbours)))

    @on(RelatedFound)
    def _found_related(self, event: RelatedFound) -> None:
        if self.reading is not None and self.reading.post is event.post:
            self.reading = replace(self.reading, related=event.neighbours)

    def action_show_related(self) -> None:
        """Go to the related posts listed at the end of the post being read."""
        reader = self.query_one(Reader)
        self.set_focus(reader)
        reader.scroll_end(animate=False)

    def action_open_related(self, number: int) -> None:
        """Read related post `number` (1–5): in the list if the filter shows it."""
        related = self.reading.related if self.reading is not None else None
        if not related or not 1 <= number <= len(related) or self.results is None:
            self.notify("No related post with that number (yet).", timeout=3)
            return
        neighbour = related[number - 1]
        self.remember_place()
        position = self.results.catalogue.position_of(neighbour.post_id)
        if position is not None and self.query_one(PostList).move_to_post(position):
            self._mark("read", position, True)
            return
        self._show_post(self._load(position))
        if position is not None:
            self._mark("read", position, True)
        self.notify(f"{quoted(neighbour.title)} is not in the filtered list; n and p go on "
                    "from the list.", markup=False, timeout=4)  # fmt: skip

    # -- the session ----------------------------------------------------------------------

    def _come_back(self, session: Session) -> None:
        """Take up the last session: its filter (unless one was given; not one that no
        longer reads), order, post and theme. What is unknown is left as it is."""
        if not self.filter_text and session.filter:
            try:
                parse_filter(session.filter)
            except FilterError:
                pass
            else:
                self.query_one(FilterBar).set_text(session.filter)
        if session.order in ORDERS:
            self._first_order = session.order
        if session.post:
            self.query_one(PostList).aim_at(session.post)
        if session.theme in self.app.available_themes:
            self.app.theme = session.theme

    def on_unmount(self) -> None:
        """Remember where the reader leaves the archive, for the next time it is opened."""
        store, results = self.store, self.results
        if store is None or results is None or store.readonly:
            return
        position = self._to_read  # the list's highlighted post (its panes are gone by now)
        post = results.catalogue.id_at(position) if position is not None else ""
        session = Session(results.query.text, results.order, post, self.app.theme)
        # Leaving: if it cannot be written, there is no one to tell; next time starts afresh.
        with contextlib.suppress(StoreError):
            store.save_session(session)

    # -- going back -----------------------------------------------------------------------

    def remember_place(self) -> None:
        """Before a jump: note the post read and the filter, for `back` to return to."""
        if self.current_post is None:
            return
        place = (self.current_post.id, self.query_one(FilterBar).text)
        if not self._back or self._back[-1] != place:
            self._back.append(place)
            del self._back[:-BACK_LIMIT]

    def action_back(self) -> None:
        """Return to the post read before the last jump, with the filter in force then."""
        if not self._back or self.results is None:
            self.notify("There is no jump to go back from.", timeout=3)
            return
        post_id, text = self._back.pop()
        post_list = self.query_one(PostList)
        shown = post_list.aim_at(post_id)  # the list goes there once the filter shows it
        if text != self.query_one(FilterBar).text:
            self.set_filter(text)
        elif not shown or self.current_post is None or self.current_post.id != post_id:
            # The list already stood there (the reader showed a post outside it) or lacks it.
            self._show_post(self._load(self.results.catalogue.position_of(post_id)))

    # -- another process's import --------------------------------------------------------

    def _watch_archive(self) -> None:
        """Notice a batch another process committed, and offer to show it."""
        if self.store is None or self._reload_offered or self._importing is not None:
            return  # (our own import reloads when it ends)
        if self.store.manifest_stamp() != self._seen_stamp:
            self._reload_offered = True
            self.refresh_bindings()
            self.notify(
                "Posts were imported into this archive by another process. Press R to show them.",
                title="archive changed",
                timeout=20,
            )

    def action_reload(self) -> None:
        self.notify("Reloading the archive\u2026", timeout=2)
        self.open_archive()

    # -- importing from inside the browser -------------------------------------------------

    def action_import_dumps(self) -> None:
        """Ask for a dump file or a folder of dumps, and import it (unless one is under way)."""
        from tuiarchive.ui.screens.importing import ImportPrompt

        if self._importing is not None:
            self.notify(f"An import is already running ({self._importing}); wait for it to "
                        "finish.", severity="warning", markup=False)  # fmt: skip
            return
        if self.store is None:
            self.notify("The archive is still loading.")
            return
        if self.store.readonly:
            self.notify(f"The archive {self.store_path} is read-only: nothing can be imported "
                        "into it.", severity="warning", markup=False)  # fmt: skip
            return
        self.app.push_screen(ImportPrompt(), self._import_path_given)

    def _import_path_given(self, path: str | None) -> None:
        if path is None or self._importing is not None:
            return
        self._importing = "starting"
        self._show_import_status(f"Importing\u2026 looking for dumps in {path}")
        self.import_dumps(path)

    @work(thread=True, group="import", exit_on_error=False)
    def import_dumps(self, path: str) -> None:
        """Import `path` into the archive on a store of this worker's own (the browser's
        goes on reading), saying how far it is; then report what it did."""
        import time

        from textual.worker import get_current_worker

        from tuiarchive import loader

        worker = get_current_worker()
        last = 0.0

        def progress(done: int, total: int, name: str) -> None:
            nonlocal last
            if worker.is_cancelled:  # the browser is closing: stop between two files
                raise _ImportStopped
            now = time.monotonic()
            if done == total or now - last >= IMPORT_PROGRESS_SECONDS:
                last = now
                self.post_message(ImportProgress(done, total, name))

        try:
            with Store(self.store_path) as store:
                report = loader.import_dumps([path], store, progress)
        except _ImportStopped:
            return  # every batch committed is kept; the next open indexes the rest
        except (StoreError, OSError) as error:
            self.post_message(ImportFinished(path, None, str(error)))
            return
        self.post_message(ImportFinished(path, report))

    @on(ImportProgress)
    def _import_progress(self, event: ImportProgress) -> None:
        if self._importing is None:
            return
        self._importing = f"{event.done:,} of {event.total:,} files"
        self._show_import_status(
            f"Importing\u2026 {self._importing} \u00b7 {Path(event.path).name}"
        )

    @on(ImportFinished)
    def _import_finished(self, event: ImportFinished) -> None:
        from tuiarchive.loader import summary_line

        self._importing = None
        self._show_import_status("")
        report = event.report
        if report is None:
            self.notify(one_line(f"Nothing was imported from {event.path}: {event.problem}"),
                        title="import", severity="error", markup=False, timeout=10)  # fmt: skip
            return
        lines = [summary_line(report)]
        for name, reason in report.skipped[:IMPORT_SKIPS_SHOWN]:
            lines.append(f"skipped {Path(name).name}: {_shortened(reason)}")
        if len(report.skipped) > IMPORT_SKIPS_SHOWN:
            lines.append(f"and {len(report.skipped) - IMPORT_SKIPS_SHOWN} more skipped")
        if report.posts_with_warnings:
            lines.append(
                f"{report.posts_with_warnings} post(s) carry parse warnings (I shows them)"
            )
        if report.failed:
            lines.append(f"import stopped: {report.failed}")
        self.notify(
            "\n".join(one_line(line) for line in lines),
            title="Imported" if not report.failed else "Import stopped",
            severity="error" if report.failed else "warning" if report.skipped else "information",
            markup=False,
            timeout=15,
        )
        if report.changed:  # as R does: the list keeps the post under the cursor
            self.open_archive()

    def _show_import_status(self, text: str) -> None:
        status = self.query_one("#import-status", Static)
        status.update(one_line(text))
        status.display = bool(text)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "reload":
            return self._reload_offered  # shown in the footer once there is something new
        return True

    # -- view ----------------------------------------------------------------------------

    def action_cycle_order(self) -> None:
        if self.results is not None:
            self.set_order(ORDERS[(ORDERS.index(self.results.order) + 1) % len(ORDERS)])

    def set_order(self, order: str) -> None:
        """Show the results in `order` (one of `ORDERS`; the palette names each)."""
        if self.results is None:
            return
        self._stop_ranking()
        if order in RANKED_ORDERS:
            self.rank(self.results, order)
        else:
            self.results = self.results.ordered(order)

    @work(thread=True, exclusive=True, group="rank", exit_on_error=False)
    def rank(self, results: Results, order: str = "relevance") -> None:
        """Order the results by relevance (BM25 over every match) or by a field (every
        match's row read): off the event loop. On a large archive relevance comes in two
        messages: its first screen (`Catalogue.ranked_first`), then the whole ranking."""
        self._rank_thread = threading.current_thread()
        catalogue, query, positions = results.catalogue, results.query, results.positions
        try:
            if not results.partial:
                ranking, partial = _first_ranking(catalogue, query, positions, order)
                self.post_message(Ranked(results, results.ordered(order, ranking, partial)))
                if not partial:
                    return
            if get_current_worker().is_cancelled:  # another order or filter asked for since
                return
            ranking = _ranking(catalogue, query, positions, order)
        except Interrupted:  # as cancelled: nobody waits for this order any more
            return
        ranked = results.ordered(order, ranking)
        _ = ranked.rows  # put in order here, not on the event loop (half a second at 1M)
        self.post_message(Ranked(results, ranked))

    _rank_thread: threading.Thread | None = None  # the thread `rank` last ran in

    def _stop_ranking(self) -> None:
        """Stop ordering posts that are no longer wanted in that order (a whole ranking
        takes seconds at a million posts): the worker is cancelled, its read interrupted."""
        self.workers.cancel_group(self, "rank")
        if self._rank_thread is not None and self.results is not None:
            self.results.catalogue.index.interrupt(self._rank_thread)

    @on(Ranked)
    def _ranked(self, event: Ranked) -> None:
        # Shown unless filtered anew or ordered otherwise meanwhile; the whole ranking
        # replaces its own first screen.
        now, first = self.results, self._first_screen
        replaces_first = first is not None and first[0] is event.before and first[1] is now
        if now is event.before or replaces_first:
            self.results = event.ranked
            self._first_screen = (event.before, event.ranked) if event.ranked.partial else None

    #: Relevance's first screen shown by `Ranked` (the results it ranks, the first screen).
    _first_screen: tuple[Results, Results] | None = None

    def action_toggle_timeline(self) -> None:
        self.timeline_wanted = not self.timeline_wanted
        self._place_timeline()
        if self.timeline_wanted and not self.query_one(Timeline).display:
            self.notify(f"The timeline needs a terminal at least {TIMELINE_MIN_HEIGHT} rows tall.")

    def action_toggle_series(self) -> None:
        self.series_shown = not self.series_shown

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(self.KEYS))

    def set_filter(self, text: str) -> None:
        """Replace the filter (used by the command palette)."""
        self.query_one(FilterBar).set_text(text)

    # -- failures ------------------------------------------------------------------------

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR:
            error = event.worker.error
            message = (
                str(error) if isinstance(error, StoreError) else f"{type(error).__name__}: {error}"
            )
            self.notify(one_line(message), title="something went wrong", severity="error",
                        markup=False, timeout=10)  # fmt: skip
            if event.worker.group == "archive":
                self.query_one(PostList).empty_message = one_line(message)
                self.query_one(PostList).refresh()

    # -- facets ----------------------------------------------------------------------------

    def action_toggle_facets(self) -> None:
        """Show the facets panel (and go into it), or hide it."""
        panel = self.query_one(FacetPanel)
        panel.display = not panel.display
        if panel.display:
            self.set_focus(panel)
            if self.results is not None:
                self.count_facets(self.results)
        elif self.focused is None or self.focused is panel:
            self.set_focus(self.query_one(PostList))

    @work(thread=True, exclusive=True, group="facets", exit_on_error=False)
    def count_facets(self, results: Results) -> None:
        """Count the facets of `results` (off the event loop: every matching post is looked at)."""
        facets = tuple(facets_of(results.positions, results.catalogue))
        self.post_message(FacetsCounted(results, facets))

    @on(FacetsCounted)
    def _counted_facets(self, event: FacetsCounted) -> None:
        facets = event.facets
        if self.results is not None and self.results.query == event.results.query:
            query = self._typed_query()
            chosen = frozenset(
                chosen_key(facet.field, value)
                for facet in facets
                for value, _ in facet.values
                if (term := _facet_term(facet.field, value)) is not None and query.has_term(term)
            )
            self.query_one(FacetPanel).chosen = chosen
            self.facets = facets

    @on(FacetPanel.Picked)
    def _facet_picked(self, event: FacetPanel.Picked) -> None:
        term = _facet_term(event.field, event.value)
        if term is None:
            self.notify(f"The filter language cannot name {quoted(event.value)}.",
                        severity="warning", markup=False)  # fmt: skip
            return
        query = self._typed_query()
        try:
            query = query.without_term(term) if query.has_term(term) else query.with_term(term)
        except FilterError as error:  # a value the language names but cannot read back
            self.notify(one_line(str(error)), severity="warning", markup=False)
            return
        self.remember_place()
        self.set_filter(query.text)

    @on(Timeline.Picked)
    def _month_picked(self, event: Timeline.Picked) -> None:
        """Filter to the month chosen on the timeline: its `date:` term replaces the
        filter's (the same month again takes it out)."""
        term = f"date:{event.year:04d}-{event.month:02d}"
        query = self._typed_query()
        if query.has_term(term):
            query = query.without_term(term)
        else:
            for written in query.terms_named("date"):
                query = query.without_term(written)
            query = query.with_term(term)
        self.remember_place()  # back (backspace) returns to the post and filter of before
        self.set_filter(query.text)

    def _typed_query(self) -> Query:
        """The filter as typed; the last one that ran if what is typed does not read."""
        try:
            return parse_filter(self.query_one(FilterBar).text)
        except FilterError:
            return self.query_value

    # -- trends ----------------------------------------------------------------------------

    def action_trends(self) -> None:
        """Open the trends of the current filter (the first series), where more can be added."""
        from tuiarchive.ui.screens.trends import TrendsScreen

        if self.results is None:
            self.notify("The archive is still loading.")
            return
        query = self.results.query
        texts = [] if query.is_everything or not query.text.strip() else [query.text.strip()]
        self.app.push_screen(TrendsScreen(self.results.catalogue, texts))

    # -- import quality ------------------------------------------------------------------

    _quality_pending: str | None = None  # a post to highlight once the cleared filter shows it
    _quality_watching = False

    def action_import_quality(self) -> None:
        """Open the import-quality screen: months with no posts, posts with warnings."""
        if self.store is None or self.results is None:
            self.notify("The archive is still loading.")
            return
        self.app.push_screen(
            QualityScreen(self.store, self.results.catalogue), self._quality_closed
        )

    def _quality_closed(self, post_id: str | None) -> None:
        if post_id is not None:
            self.show_post(post_id)

    def show_post(self, post_id: str) -> None:
        """Highlight a post in the list; clear the filter first if the post is not in it."""
        results = self.results
        if results is None:
            return
        position = results.catalogue.position_of(post_id)
        if position is None:
            self.notify("That post is no longer in the archive.", severity="warning")
            return
        self.remember_place()
        self.set_focus(self.query_one(PostList))
        if self.query_one(PostList).move_to_post(position):
            return
        self._quality_pending = post_id
        if not self._quality_watching:
            self._quality_watching = True
            self.watch(self, "results", self._quality_results, init=False)
        self.set_filter("")
        self.notify("The filter was cleared to show the post.", timeout=3)

    def _quality_results(self, results: Results | None) -> None:
        post_id, self._quality_pending = self._quality_pending, None
        if post_id is None or results is None:
            return
        position = results.catalogue.position_of(post_id)
        if position is not None:  # after the list has taken the new results
            self.call_after_refresh(self.query_one(PostList).move_to_post, position)

    # -- export and cite -------------------------------------------------------------------

    def _blog(self) -> str | None:
        return blog_name(self.store_path, default_store_path())

    def _note(self, post: Post) -> str:
        """The reader's note on `post`, which its citation carries ("" for none)."""
        return self.store.note_of(post.id) if self.store is not None else ""

    def action_cite_paragraph(self) -> None:
        """Copy the paragraph being read, with its citation line (clipboard and clippings)."""
        post = self.current_post
        if post is None:
            self.notify("There is no post to cite.", timeout=3)
            return
        if not paragraphs(post):
            self.action_cite_post()
            return
        index = self.query_one(Reader).current_paragraph() or 0
        what = f"paragraph {index + 1} of {quoted(post.title or '(untitled)')}"
        self._copy(cite_paragraph(post, index, self._blog(), self._note(post)), what)

    def action_cite_post(self) -> None:
        """Copy the whole post with its citation line (clipboard and clippings); with a
        selection, every selected post."""
        if self.selected and self.store is not None:
            self.cite_selection(self.store, self._selection_ids(), self._blog())
            return
        post = self.current_post
        if post is None:
            self.notify("There is no post to cite.", timeout=3)
            return
        self._copy(cite_post(post, self._blog(), self._note(post)),
                   quoted(post.title or "(untitled)"))  # fmt: skip

    @work(thread=True, group="clippings", exit_on_error=False)
    def cite_selection(self, store: Store, post_ids: list[str], blog: str | None) -> None:
        """Each selected post with its citation (and note), read off the event loop."""
        text = "\n\n".join(
            cite_post(post, blog, store.note_of(post.id)) for post in store.posts(post_ids)
        )
        self.post_message(SelectionCited(text, len(post_ids)))

    @on(SelectionCited)
    def _selection_cited(self, event: SelectionCited) -> None:
        self._copy(event.text, _posts(event.count))

    def _copy(self, text: str, what: str) -> None:
        from tuiarchive.ui.clipboard import terminal_may_take_osc52

        # The app's own clipboard (ctrl+v in the filter) and OSC 52, which many terminals
        # ignore and none confirms: hence the clippings file, and a program where there is one.
        self.app.copy_to_clipboard(text)
        self.save_clipping(text, what, terminal_may_take_osc52(self.app.is_headless))

    @work(thread=True, group="clippings", exit_on_error=False)
    def save_clipping(self, text: str, what: str, osc52: bool = False) -> None:
        """Add a citation to the clippings file in the home directory and give it to a
        clipboard program if there is one, then say what was reached."""
        from tuiarchive.store.exports import append_clipping
        from tuiarchive.ui.clipboard import (
            NONE,
            PROGRAM,
            TERMINAL,
            clipboard_program,
            copy_with_program,
        )

        path = append_clipping(text)
        command = clipboard_program()
        if command is not None and copy_with_program(text, command):
            self.post_message(ClippingSaved(what, path, PROGRAM, Path(command[0]).name))
        else:
            self.post_message(ClippingSaved(what, path, TERMINAL if osc52 else NONE))

    @on(ClippingSaved)
    def _clipping_saved(self, event: ClippingSaved) -> None:
        where = _home_relative(event.path)
        cited = "their citations" if event.what[:1].isdigit() else "its citation"
        if event.clipboard == "program":
            said = f"Copied {event.what} with {cited} to the clipboard ({event.program}); also saved in {where}"
        elif event.clipboard == "terminal":
            said = (f"Sent {event.what} with {cited} to the terminal's clipboard (OSC 52: "
                    f"not every terminal takes it); saved in {where}")  # fmt: skip
        else:
            said = (
                f"The clipboard could not be reached: {event.what} with {cited} is saved in {where}"
            )
        self.notify(said, markup=False, timeout=8)

    def export_filtered(self, fmt: str) -> None:
        """Export the filter's posts to a new directory in the home directory."""
        if self.results is None or self.store is None:
            return
        stamp = file_stamp()
        directory = Path("~").expanduser() / f"tuiarchive-export-{stamp}"
        results = self.results
        description = results.query.description
        if self.selected:  # the selected posts of the archive, newest first
            catalogue = results.catalogue
            chosen = [n for n, p in enumerate(catalogue.ids) if p in self.selected]
            results = Results(catalogue, results.query, chosen)
            description = f"{_posts(len(chosen))} selected"
        count = len(results.positions)
        self.notify(f"Exporting {count:,} post(s) as {FORMAT_NAMES[fmt]}\u2026", timeout=3)
        self.run_export(self.store, results, directory, fmt, self._blog(), description)

    @work(thread=True, group="export", exit_on_error=False)
    def run_export(
        self,
        store: Store,
        results: Results,
        directory: Path,
        fmt: str,
        blog: str | None,
        description: str,
    ) -> None:
        """Write the posts of `results` (newest first) to `directory`, then say where."""
        from tuiarchive.research.export import export_posts

        catalogue = results.catalogue
        done = export_posts(
            store,
            [catalogue.ids[n] for n in results.positions],
            [catalogue.dates[n] for n in results.positions],
            directory,
            fmt,
            blog=blog,
            description=description,
        )
        self.post_message(ExportFinished(done.count, fmt, done.directory))

    @on(ExportFinished)
    def _export_finished(self, event: ExportFinished) -> None:
        self.notify(
            f"Exported {event.count:,} post(s) as {FORMAT_NAMES[event.fmt]} to "
            f"{_home_relative(event.directory)}",
            markup=False,
            timeout=8,
        )

    # -- concordance ---------------------------------------------------------------------

    def action_concordance(self) -> None:
        """Every occurrence of the filter's words (or of a word asked for), in context."""
        if self.store is not None and self.results is not None:
            self.app.push_screen(
                ConcordanceScreen(self.store, self.results), self._occurrence_chosen
            )

    def _occurrence_chosen(self, line: Line | None) -> None:
        if line is not None:
            self.show_paragraph(line.post_id, line.paragraph)

    def show_paragraph(self, post_id: str, paragraph: int) -> None:
        """Read the list's post with this id in the reader, scrolled to a body paragraph."""
        position = self.results.catalogue.position_of(post_id) if self.results else None
        post_list, reader = self.query_one(PostList), self.query_one(Reader)
        row = post_list.row_of(position) if position is not None else None
        if position is None or row is None:
            self.notify("That post is no longer in the list.", severity="warning")
            return
        self.remember_place()
        self.set_focus(reader)
        self._mark("read", position, True)
        shown = self.current_post is not None and self.current_post.id == post_id
        if shown and post_list.highlighted == position:
            reader.scroll_to_paragraph(paragraph)
        else:  # the reader shows the post once the list has moved and repainted
            reader.show_when_read("paragraph", paragraph)
            post_list.move_to(row)

    # -- saved searches --------------------------------------------------------------------

    def action_saved_searches(self, saving: bool = False) -> None:
        """Open the saved searches (and, if `saving`, ask a name for the current filter)."""
        from tuiarchive.ui.screens.saved import SavedSearchesScreen

        if self.store is None or self.results is None:
            self.notify("The archive is still loading.")
            return
        text = self.query_one(FilterBar).text
        screen = SavedSearchesScreen(self.store, self.results.catalogue, text, saving=saving)
        self.app.push_screen(screen, self._saved_search_chosen)

    def action_save_search(self) -> None:
        self.action_saved_searches(saving=True)

    def _saved_search_chosen(self, search: SavedSearch | None) -> None:
        if search is None or self.store is None or self.results is None:
            return
        self.remember_place()
        self.set_filter(search.filter)
        self.set_focus(self.query_one(PostList))
        if not self.store.readonly:  # what it matches now is no longer new
            self.mark_search_seen(search.name, newest_key(self.results.catalogue))

    @work(thread=True, group="saved-seen", exit_on_error=False)
    def mark_search_seen(self, name: str, seen: str) -> None:
        assert self.store is not None
        self.store.mark_search_seen(name, seen)


class _ImportStopped(KeyboardInterrupt):
    """The browser is closing while it imports: the import stops as Ctrl-C stops one
    (the batch under way is dropped whole; those committed are kept)."""


def _shortened(text: str, most: int = 60) -> str:
    """`text` cut to `most` characters, with an ellipsis if it was longer."""
    return text if len(text) <= most else text[: most - 1] + "\u2026"


def _posts(count: int) -> str:
    """ "1 post", "12 posts"."""
    return f"{count:,} post{'' if count == 1 else 's'}"


def _first_ranking(
    catalogue: Catalogue, query: Query, positions: Sequence[int], order: str
) -> tuple[list[int], bool]:
    """What to show first of `order`, and whether it is only relevance's first screen (the
    whole ranking of a large archive then follows, from `_ranking`)."""
    if order == "relevance":
        ranking, whole = catalogue.ranked_first(query.highlights)
        return ranking, not whole
    return _ranking(catalogue, query, positions, order), False


def _ranking(catalogue: Catalogue, query: Query, positions: Sequence[int], order: str) -> list[int]:
    """The positions in `order` when it needs every match looked at; [] otherwise."""
    if order == "relevance":
        return catalogue.ranked(query.highlights)
    if order in SORTS:
        return sorted_positions(catalogue, positions, order)
    return []


def _home_relative(path: Path) -> str:
    """`path` with the home directory written as ~ (as the user would type it)."""
    home = Path("~").expanduser()
    try:
        return "~/" + str(path.relative_to(home))
    except ValueError:
        return str(path)


def _facet_term(field: str, value: str) -> str | None:
    """The filter term for a facet value (a year is a `date:` term)."""
    return f"date:{value}" if field == "date" else term_for(field, value)
