"""The main screen: the browser with the research tools (facets, trends, concordance,
import quality, citing and exporting, saved searches)."""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.binding import Binding

from tuiarchive.concordance import Line
from tuiarchive.errors import FilterError
from tuiarchive.export import FORMAT_NAMES, blog_name, cite_paragraph, cite_post, paragraphs
from tuiarchive.facets import count_facets, post_facts
from tuiarchive.paths import default_store_path
from tuiarchive.query import Query, parse_filter, term_for
from tuiarchive.saved import SavedSearch, newest_doc
from tuiarchive.store import Store
from tuiarchive.ui.messages import ClippingSaved, ExportFinished, FacetsCounted
from tuiarchive.ui.results import Results
from tuiarchive.ui.safe import one_line, quoted
from tuiarchive.ui.screens.browser import BrowserScreen
from tuiarchive.ui.screens.concordance import ConcordanceScreen
from tuiarchive.ui.screens.quality import QualityScreen
from tuiarchive.ui.widgets.facet_panel import FacetPanel, chosen_key
from tuiarchive.ui.widgets.filter_bar import FilterBar
from tuiarchive.ui.widgets.post_list import PostList
from tuiarchive.ui.widgets.reader import Reader


class ArchiveScreen(BrowserScreen):
    """The browser, with a key and an action for each research tool."""

    BINDINGS = [
        Binding("F", "toggle_facets", "Facets", show=False),
        Binding("T", "trends", "Trends", show=False),
        Binding("I", "import_quality", "Import quality", show=False),
        Binding("c", "cite_paragraph", "Cite paragraph", show=False),
        Binding("C", "cite_post", "Cite post", show=False),
        Binding("K", "concordance", "Concordance", show=False),
        Binding("S", "saved_searches", "Saved searches", show=False),
    ]

    def results_shown(self, results: Results) -> None:
        if self.query_one(FacetPanel).display:
            self.count_facets(results)

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
        facets = tuple(count_facets(results.positions, post_facts(results.catalogue)))
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
        position = results.catalogue.position_of_id.get(post_id)
        if position is None:
            self.notify("That post is no longer in the archive.", severity="warning")
            return
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
        position = results.catalogue.position_of_id.get(post_id)
        if position is not None:  # after the list has taken the new results
            self.call_after_refresh(self.query_one(PostList).move_to_post, position)

    # -- export and cite -------------------------------------------------------------------

    def _blog(self) -> str | None:
        return blog_name(self.store_path, default_store_path())

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
        self._copy(cite_paragraph(post, index, self._blog()), what)

    def action_cite_post(self) -> None:
        """Copy the whole post with its citation line (clipboard and clippings)."""
        post = self.current_post
        if post is None:
            self.notify("There is no post to cite.", timeout=3)
            return
        self._copy(cite_post(post, self._blog()), quoted(post.title or "(untitled)"))

    def _copy(self, text: str, what: str) -> None:
        self.app.copy_to_clipboard(text)  # OSC 52: many terminals ignore it, hence the file
        self.save_clipping(text, what)

    @work(thread=True, group="clippings", exit_on_error=False)
    def save_clipping(self, text: str, what: str) -> None:
        """Add a citation to the clippings file in the home directory, then say so."""
        from tuiarchive.store.exports import append_clipping

        self.post_message(ClippingSaved(what, append_clipping(text)))

    @on(ClippingSaved)
    def _clipping_saved(self, event: ClippingSaved) -> None:
        self.notify(
            f"Copied {event.what} with its citation (also in {_home_relative(event.path)})",
            markup=False,
            timeout=5,
        )

    def export_filtered(self, fmt: str) -> None:
        """Export the filter's posts to a new directory in the home directory."""
        if self.results is None or self.store is None:
            return
        import datetime as dt

        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        directory = Path("~").expanduser() / f"tuiarchive-export-{stamp}"
        results = self.results
        count = len(results.positions)
        self.notify(f"Exporting {count:,} post(s) as {FORMAT_NAMES[fmt]}\u2026", timeout=3)
        self.run_export(self.store, results, directory, fmt, self._blog())

    @work(thread=True, group="export", exit_on_error=False)
    def run_export(
        self, store: Store, results: Results, directory: Path, fmt: str, blog: str | None
    ) -> None:
        """Write the posts of `results` (newest first) to `directory`, then say where."""
        from tuiarchive.exporter import export_posts

        catalogue = results.catalogue
        done = export_posts(
            store,
            [catalogue.ids[n] for n in results.positions],
            [catalogue.dates[n] for n in results.positions],
            directory,
            fmt,
            blog=blog,
            description=results.query.description,
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
        position = self.results.catalogue.position_of_id.get(post_id) if self.results else None
        post_list, reader = self.query_one(PostList), self.query_one(Reader)
        row = post_list.row_of(position) if position is not None else None
        if position is None or row is None:
            self.notify("That post is no longer in the list.", severity="warning")
            return
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
        self.set_filter(search.filter)
        self.set_focus(self.query_one(PostList))
        if not self.store.readonly:  # what it matches now is no longer new
            self.mark_search_seen(search.name, newest_doc(self.results.catalogue))

    @work(thread=True, group="saved-seen", exit_on_error=False)
    def mark_search_seen(self, name: str, seen: int) -> None:
        assert self.store is not None
        self.store.mark_search_seen(name, seen)


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
