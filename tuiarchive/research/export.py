"""Writing an export: posts read from the store, written in a format of `citation` to a new
directory, each file whole or not at all.

A research-layer feature: it asks the store for posts (`Store.posts`) and uses the store's
atomic file writing; the store itself knows nothing of export formats.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from tuiarchive.errors import StoreError
from tuiarchive.model import Post
from tuiarchive.research.citation import (
    dump_file,
    markdown_heading,
    to_dump_page,
    to_json_line,
    to_markdown,
)
from tuiarchive.research.formats import FORMATS
from tuiarchive.store import Store
from tuiarchive.store.atomic import atomic_write, describe_os_error

#: Posts are read from the store this many at a time (memory stays small at 100k posts).
BATCH = 500
#: The file each single-file format writes in the export directory.
FILE_NAMES = {"markdown": "posts.md", "jsonl": "posts.jsonl"}

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Exported:
    """What an export wrote: how many posts, where, in which format, in which files."""

    count: int
    directory: Path
    format: str
    files: tuple[Path, ...]


def _batched(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    iterator = iter(ids)
    while batch := list(islice(iterator, BATCH)):
        yield batch


def prepare_directory(directory: Path, store: Store | None = None) -> Path:
    """Make the export directory: it must be new or empty, and outside the archive."""
    directory = Path(directory).expanduser()
    target = directory.resolve()
    if store is not None:
        archive = store.path.resolve()
        if target == archive or archive in target.parents:
            raise StoreError(f"{directory} is inside the archive {store.path}: export elsewhere")
    if directory.exists() and not directory.is_dir():
        raise StoreError(f"{directory} is a file; --export needs a directory")
    not_empty = StoreError(
        f"{directory} is not empty: export into a new or empty directory, "
        "so that nothing already there is overwritten or mixed in"
    )
    try:
        if directory.is_dir():
            if any(directory.iterdir()):
                raise not_empty
        else:
            directory.mkdir(parents=True)  # exclusive: two exports never share a new directory
    except FileExistsError:
        raise not_empty from None
    except OSError as error:
        raise StoreError(describe_os_error(error, directory, "creating")) from None
    return directory


def export_posts(
    store: Store,
    ids: Sequence[str],
    dates: Sequence[str | None],
    directory: Path,
    fmt: str,
    *,
    blog: str | None = None,
    description: str = "all posts",
    progress: Progress | None = None,
) -> Exported:
    """Write the posts `ids` (with their ISO `dates`, in the order to write them) to a new
    `directory` in `fmt` ("dump", "markdown" or "jsonl"); each file is written atomically.

    Dumps go to `YYYY/YYYY-MM.txt` archive pages (one per month, the posts in the order
    given, undated ones in `undated.txt`); `--import DIR` reads them back as the same posts.
    Markdown goes to `posts.md`, JSON Lines (full records) to `posts.jsonl`.
    """
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if len(ids) != len(dates):
        raise ValueError("ids and dates differ in length")
    existed = Path(directory).expanduser().is_dir()
    directory = prepare_directory(directory, store)
    done = 0
    files: list[Path] = []

    def counted(posts: Iterator[Post]) -> Iterator[Post]:
        nonlocal done
        for post in posts:
            if post.date is not None and not _is_iso_date(post.date):
                raise StoreError(
                    f"{store.segment_of(post.id) or store.path}: the post {post.id} has the "
                    f"date {post.date!r}, which is not a date (the file was changed after it "
                    "was written); nothing was exported. Run --check, or --rebuild"
                )
            done += 1
            if progress is not None and done % BATCH == 0:
                progress(done, len(ids))
            yield post

    def read(some: Sequence[str]) -> Iterator[Post]:
        for batch in _batched(some):
            yield from counted(store.posts(batch))

    try:
        _write_export(store, directory, fmt, ids, dates, description, blog, read, files)
    except BaseException:
        _remove_export(directory, files, keep_directory=existed)
        raise
    if progress is not None:
        progress(done, len(ids))
    return Exported(done, directory, fmt, tuple(files))


def _is_iso_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        return False
    return True


def _remove_export(directory: Path, files: list[Path], *, keep_directory: bool) -> None:
    """Take back what a failed export wrote: its files, the folders it made for them, and
    the export directory itself if the export created it."""
    for path in files:
        with contextlib.suppress(OSError):
            path.unlink()
    for folder, _dirs, _files in os.walk(directory, topdown=False):  # the year folders made
        if Path(folder) != directory:
            with contextlib.suppress(OSError):
                os.rmdir(folder)  # only if empty: the directory was new or empty before
    if not keep_directory:
        with contextlib.suppress(OSError):
            directory.rmdir()


def _write_export(
    store: Store,
    directory: Path,
    fmt: str,
    ids: Sequence[str],
    dates: Sequence[str | None],
    description: str,
    blog: str | None,
    read: Callable[[Sequence[str]], Iterator[Post]],
    files: list[Path],
) -> None:
    """Write the export's files, adding each to `files` as it is made (JSON Lines and
    Markdown with the reader's tags and notes, asked of the `store`)."""
    if fmt == "dump":
        months: dict[str, list[str]] = {}
        for post_id, date in zip(ids, dates, strict=True):
            months.setdefault(dump_file(date), []).append(post_id)
        for name, month_ids in months.items():
            path = directory / name
            _make_parent(path)
            posts = list(read(month_ids))
            if posts:
                atomic_write(path, to_dump_page(posts).encode("utf-8", "replace"))
                files.append(path)
    else:
        path = directory / FILE_NAMES[fmt]

        def chunks() -> Iterator[bytes]:
            if fmt == "markdown":
                yield markdown_heading(description, len(ids)).encode("utf-8")
                for post in read(ids):
                    mine = store.tags_of(post.id), store.note_of(post.id)
                    yield (to_markdown(post, blog, *mine) + "\n").encode("utf-8", "replace")
            else:
                for post in read(ids):
                    line = to_json_line(post, store.tags_of(post.id), store.note_of(post.id))
                    yield (line + "\n").encode("utf-8")

        atomic_write(path, chunks())
        files.append(path)


def _make_parent(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(describe_os_error(error, path.parent, "creating")) from None
