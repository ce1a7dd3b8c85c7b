"""The archive on disk: TinyDB segments, reader marks and the derived search index."""

from tuiarchive.store.archive import Store, open_store
from tuiarchive.store.catalogue import Catalogue
from tuiarchive.store.state import MarkChange, NoteChange, TagChange
from tuiarchive.store.writer import BatchResult, DumpRecord, Writer

__all__ = [
    "BatchResult",
    "Catalogue",
    "DumpRecord",
    "MarkChange",
    "NoteChange",
    "Store",
    "TagChange",
    "Writer",
    "open_store",
]
