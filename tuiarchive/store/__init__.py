"""The archive on disk: TinyDB segments, reader marks and the derived search index."""

from typing import TYPE_CHECKING, Any

from tuiarchive.store.archive import Store, open_store
from tuiarchive.store.catalogue import Catalogue
from tuiarchive.store.state import MarkChange, NoteChange, TagChange

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    """The writer's names, imported when first asked for (only an import needs them: a
    reading command starts quicker without)."""
    if name in ("BatchResult", "DumpRecord", "Writer"):
        from tuiarchive.store import writer

        return getattr(writer, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
