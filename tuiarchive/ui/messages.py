"""What workers and research screens report to the screen that owns the state, as typed messages.

A thread worker never calls into a screen: it finishes its work, builds one of these from
values it no longer touches (results, tuples, frozen records) and posts it to the screen or
widget that started it; the handler, on the event loop, decides what to do with it (drop it
as stale, show it). So every change of what the browser shows is a message a test can watch
with `App.run_test(message_hook=...)`.

None of them bubbles: each is meant for the one screen or widget it is posted to.
Failures are still reported in one place per screen, by Textual's `Worker.StateChanged`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

from tuiarchive.model import Post
from tuiarchive.research.concordance import Concordance, Line
from tuiarchive.research.facets import Facet
from tuiarchive.research.quality import MonthReport
from tuiarchive.research.saved import SavedCount
from tuiarchive.research.trends import Trends
from tuiarchive.store import Catalogue, Store
from tuiarchive.store.state import NoteChange, SavedSearch, Session, TagChange
from tuiarchive.ui.results import Neighbour, Results, Warned

if TYPE_CHECKING:  # the import pipeline is loaded when an import starts, not with the browser
    from tuiarchive.loader import ImportReport


class Report(Message, bubble=False):
    """A worker's (or a research screen's) report to the one screen or widget it is posted to."""


# -- the browser -----------------------------------------------------------------------------


@dataclass
class ArchiveOpened(Report):
    """The archive was opened and its catalogue read: the screen takes over the store
    (and, when it first opens it, the last session's place to come back to)."""

    store: Store
    catalogue: Catalogue
    session: Session | None = None


@dataclass
class FilterApplied(Report):
    """The filter `text` ran over the catalogue: these are its results (shown unless the
    text typed since is another)."""

    text: str
    results: Results


@dataclass
class FilterRejected(Report):
    """The filter `text` could not run over `catalogue`: `problem` says why (the last good
    results stay)."""

    text: str
    catalogue: Catalogue
    problem: str


@dataclass
class FilterStopped(Report):
    """The run of the filter `text` was stopped because a newer keystroke changed the filter."""

    text: str
    catalogue: Catalogue


@dataclass
class Ranked(Report):
    """`before`'s posts ordered by relevance (shown unless the results changed meanwhile)."""

    before: Results
    ranked: Results


@dataclass
class RelatedFound(Report):
    """The posts most like `post` (shown if the reader still shows it)."""

    post: Post
    neighbours: tuple[Neighbour, ...]


@dataclass
class MarksChanged(Report):
    """The store changed a reader's mark: `post_keys` (post ids) now have `mark` set (`on`)
    or cleared. The list shows a mark only once this says the store has it."""

    post_keys: tuple[str, ...]
    mark: str
    on: bool
    bulk: bool = False  # asked for many posts at once (a selection): say how many


@dataclass
class TagsChanged(Report):
    """The store changed the tags of `change.post_ids` (asked to add `added` and take off
    `removed`); the list and the reader show tags once this says the store has them."""

    change: TagChange
    added: tuple[str, ...]
    removed: tuple[str, ...]


@dataclass
class NoteChanged(Report):
    """The store changed a post's note; the reader shows it once this says so."""

    change: NoteChange


@dataclass
class BulkUndone(Report):
    """The last change to many posts (`done` says which) was undone on `post_keys`."""

    done: str
    post_keys: tuple[str, ...]


@dataclass
class SelectionCited(Report):
    """The selected posts, each with its citation, ready to copy (`count` of them)."""

    text: str
    count: int


@dataclass
class FacetsCounted(Report):
    """The facets of `results` (shown if the filter is still the same)."""

    results: Results
    facets: tuple[Facet, ...]


@dataclass
class ClippingSaved(Report):
    """A citation of `what` was added to the clippings file at `path`; `clipboard` says
    whether a clipboard program took it, OSC 52 was sent, or neither (`ui.clipboard`)."""

    what: str
    path: Path
    clipboard: str = "none"
    program: str = ""  # the clipboard program's name, when one took it


@dataclass
class ExportFinished(Report):
    """`count` posts were exported in format `fmt` to `directory`."""

    count: int
    fmt: str
    directory: Path


@dataclass
class TimelineCounted(Report):
    """The filter's posts per month, from January of `first` to December of `last`."""

    counts: tuple[int, ...]
    first: int
    last: int


# -- research screens ------------------------------------------------------------------------


@dataclass
class TrendsComputed(Report):
    """The trends of `texts` (None: no filter), or a problem saying why they were not counted."""

    texts: tuple[str, ...]
    trends: Trends | None
    problem: str = ""


@dataclass
class TrendsExported(Report):
    """The trends CSV was written to `path`, or not (`problem` says why)."""

    path: Path
    problem: str = ""


@dataclass
class ConcordanceProgress(Report):
    """`read` of `total` posts read so far, `found` occurrences in them."""

    read: int
    total: int
    found: int


@dataclass
class ConcordanceFirstLines(Report):
    """The first occurrences found: a screenful to show while the rest is read."""

    lines: tuple[Line, ...]


@dataclass
class ConcordanceBuilt(Report):
    """Every occurrence was found."""

    found: Concordance


@dataclass
class MonthsCounted(Report):
    """Posts per month over the archive, with its gaps."""

    report: MonthReport


@dataclass
class WarnedListed(Report):
    """The posts whose reading carries warnings (id, date, title, warnings of each)."""

    warned: tuple[Warned, ...]


@dataclass
class WarnedPostRead(Report):
    """A warned post was read (`lines` None and `raw_read` False: its dump not yet; after
    that, `lines` None means the dump is gone)."""

    post: Post
    lines: tuple[str, ...] | None
    raw_read: bool


@dataclass
class SavedSearchesListed(Report):
    """The saved searches as the store has them now (`problem`: why the file was not read
    whole), with the name to highlight."""

    searches: tuple[SavedSearch, ...]
    problem: str
    wanted: str | None


@dataclass
class SavedSearchChanged(Report):
    """A change to the saved searches was made; `done` says which, for the person."""

    done: str


@dataclass
class SearchCounted(Report):
    """A saved search was counted over the catalogue."""

    counted: SavedCount


# -- importing from inside the browser -------------------------------------------------------


@dataclass
class ImportProgress(Report):
    """The import under way has read `done` of `total` dump files (the last one `path`)."""

    done: int
    total: int
    path: str


@dataclass
class ImportFinished(Report):
    """The import of `path` ended: its `report`, or None and the `problem` that stopped it
    before it began (the archive locked by another import, say)."""

    path: str
    report: ImportReport | None
    problem: str = ""
