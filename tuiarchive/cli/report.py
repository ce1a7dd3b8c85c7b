"""What the command line prints: import progress and summary, post tables and JSON Lines.

Everything printed for a person goes through `safe_text` (control, C1 and bidi characters
from dumps and file names are shown as marks, never obeyed by the terminal) and into
`rich.text.Text`, never a markup string, so a title's "[bold]" is printed as typed.
`--json` is for programs: it keeps the exact text (JSON escapes every control character).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tuiarchive.cli.plain_table import plain_table
from tuiarchive.paths import default_store_path
from tuiarchive.query.language import Query
from tuiarchive.research.citation import FORMAT_NAMES, blog_name, record_of
from tuiarchive.safe_text import one_line
from tuiarchive.store import Store

if TYPE_CHECKING:
    from rich.console import Console

    from tuiarchive.loader import ImportReport

# Rich is imported where it draws: a piped `--list` of simple text does without it
# (`plain_table`), and a count never comes here.


def run_import(paths: Sequence[str], store: Store) -> ImportReport:
    """Import with a progress bar (on a terminal) and print the summary on stderr.

    The dumps are named absolute, so the archive records where they are whatever the
    directory the command ran in: `--rebuild` and the import-quality view find them
    from anywhere."""
    from rich.console import Console

    console = Console(stderr=True, highlight=False, soft_wrap=True)
    report = import_with_progress(paths, store, console)
    print_summary(report, console)
    return report


def import_with_progress(paths: Sequence[str], store: Store, console: Console) -> ImportReport:
    """Import `paths` (made absolute), with a progress bar on `console` if it is a terminal."""
    # The loader (and the page reader it drives) is imported only to import: listing and
    # counting posts start quicker without it.
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    from tuiarchive.loader import import_dumps

    paths = [os.path.abspath(path) for path in paths]
    if console.is_terminal:
        with Progress(
            TextColumn("importing"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            TextColumn("{task.fields[file]}", markup=False),
            console=console,
            transient=True,
        ) as bar:
            task = bar.add_task("import", total=None, file="")

            def progress(done: int, total: int, path: str) -> None:
                bar.update(task, completed=done, total=total, file=one_line(path[-60:]))

            return import_dumps(paths, store, progress)
    return import_dumps(paths, store)


def print_summary(report: ImportReport, console: Console) -> None:
    """The end-of-import summary: added, updated, duplicates, dumps already imported,
    skipped files with reasons."""
    from rich.text import Text

    from tuiarchive.loader import summary_line

    line = Text(summary_line(report))
    if report.skipped:
        line.stylize("bold", line.plain.rindex(", ") + 2)
    console.print(line)
    if report.posts_with_warnings:
        console.print(
            Text(
                f"{report.posts_with_warnings} post(s) carry parse warnings "
                "(shown in the reader and in --list --json)"
            )
        )
    for path, reason in report.skipped:
        console.print(Text(one_line(f"  skipped {path}: {reason}")))
    for note in report.notes:
        console.print(Text(one_line(f"  note: {note}")))
    if report.failed:
        console.print(Text(one_line(f"import stopped: {report.failed}"), style="bold red"))


def print_posts(store: Store, query: Query, as_json: bool, limit: int | None = None) -> int:
    """Print the posts matching `query`, newest first (the first `limit` of them, if
    given); returns how many were printed."""
    catalogue = store.catalogue()
    matching = query.run(catalogue)
    positions = matching[:limit] if limit is not None else matching
    posts = catalogue.ids_and_dates(positions)
    if as_json:
        ids = [post_id for post_id, _ in posts]
        out = sys.stdout
        for post in store.posts(ids):
            record = record_of(post, store.tags_of(post.id), store.note_of(post.id))
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
        return len(positions)
    title = f"{len(matching)} of {len(catalogue)} posts: {query.description}"
    if len(positions) < len(matching):
        title += f", the newest {len(positions)} shown"
    headers = ("Date", "Title", "Author", "Labels")
    rows = [
        (
            one_line(date or "(no date)"),
            one_line(summary.title),
            one_line(summary.author or ""),
            one_line(", ".join(summary.labels)),
        )
        for (_, date), summary in zip(posts, catalogue.summaries(positions), strict=True)
    ]
    text = plain_table(sys.stdout, one_line(title), headers, rows)
    if text is not None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return len(positions)
    print_table(one_line(title), headers, rows)
    return len(positions)


def print_table(title: str, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Draw the table of `--list` with Rich on stdout (full width, one line per post when
    piped)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    # Every cell, the title included, is a `Text`, and the headers are plain words: no
    # markup or emoji codes to read (reading them would import Rich's table of emoji names).
    console = Console(highlight=False, markup=False, emoji=False)
    if not console.is_terminal:
        console.width = 10_000  # piped: one line per post, whatever its length
    table = Table(title=Text(title), title_justify="left", show_edge=False, expand=False)
    for header, fold in zip(headers, (False, True, False, True), strict=True):
        if fold:
            table.add_column(header, overflow="fold")
        else:
            table.add_column(header, no_wrap=True)
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))
    console.print(table)


def run_export(store: Store, query: Query, directory: Path, fmt: str) -> int:
    """Export the posts matching `query` (newest first) and print one summary line."""
    from tuiarchive.research.export import export_posts

    catalogue = store.catalogue()
    positions = query.run(catalogue)
    done = export_posts(
        store,
        [catalogue.ids[n] for n in positions],
        [catalogue.dates[n] for n in positions],
        directory,
        fmt,
        blog=blog_name(store.path, default_store_path()),
        description=query.description,
    )
    print(one_line(f"exported {done.count} post(s) to {done.directory} ({FORMAT_NAMES[fmt]})"))
    return done.count
