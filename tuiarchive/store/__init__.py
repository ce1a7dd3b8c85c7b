"""The archive on disk: TinyDB segments, reader marks and the derived search index."""

from tuiarchive.store.archive import BatchResult, DumpRecord, Store, open_store
from tuiarchive.store.catalogue import Catalogue

__all__ = ["BatchResult", "Catalogue", "DumpRecord", "Store", "open_store"]
