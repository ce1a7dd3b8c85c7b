"""The `tuiarchive` command: import dumps, list or export posts, or open the browser."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from tuiarchive import __version__
from tuiarchive.errors import FilterError, StoreError
from tuiarchive.interrupt import handled, ignore
from tuiarchive.paths import ENVIRONMENT_VARIABLE, default_store_path, store_path
from tuiarchive.safe_text import one_line

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE = 0, 1, 2

DESCRIPTION = """\
Browse a blog's history, kept as raw text dumps, in the terminal.

Without options it opens the archive in the browser. The archive is a
directory: --db, else $TUIARCHIVE_DB, else {default}.
"""

EPILOG = """\
filters: words (prefixes: kazakh finds Kazakhstan), "exact phrases", -exclude,
a OR b, (groups), title: author: place: series: blog: label: date: since: until:
after: before: is:read|unread|starred. Dates: 2014, 2014-05, "May 2014",
2014-05-23, date:2014..2016. A filter may start with '-': --filter -ferry.

exit status: 0 all went well; 1 an import skipped some files (the others were
imported); 2 a usage error, an invalid filter or an unusable archive.
An import fails at once if another process is writing to the archive.
A read-only archive opens for browsing only; --import and --rebuild refuse.
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"tuiarchive: {one_line(message)} (see tuiarchive --help)\n")

    _showing = False  # formatting help or usage, which fit the terminal's width

    def format_help(self) -> str:
        # The default archive is found when help is asked for: finding it imports
        # platformdirs, which a command given --db (a count, say) does not need.
        self.description = DESCRIPTION.format(default=default_store_path())
        return self._shown(super().format_help)

    def format_usage(self) -> str:
        return self._shown(super().format_usage)

    def _shown(self, format_text: Callable[[], str]) -> str:
        self._showing = True
        try:
            return format_text()
        finally:
            self._showing = False

    def _get_formatter(self) -> argparse.HelpFormatter:
        # argparse also makes a formatter to check each argument added; without a width it
        # imports shutil (and lzma, bz2) to measure the terminal: only shown text needs that.
        if self._showing:
            return super()._get_formatter()
        return argparse.HelpFormatter(self.prog, width=80)  # for checks: never shown


def build_parser() -> argparse.ArgumentParser:
    from tuiarchive.research.formats import FORMATS  # the names only, not the exporters

    parser = _Parser(
        prog="tuiarchive",
        description=DESCRIPTION,  # the default archive is filled in by format_help
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--db", metavar="PATH", help=f"the archive directory (or ${ENVIRONMENT_VARIABLE})"
    )
    parser.add_argument(
        "--import", dest="imports", nargs="+", metavar="PATH", default=[],
        help="import dump files and directories (searched recursively for *.txt)",
    )  # fmt: skip
    parser.add_argument(
        "--watch", metavar="DIR",
        help="import the dumps in DIR, then keep watching it and import dumps that appear "
        "or change, one line per round that finds some, until Ctrl-C (with --no-ui)",
    )  # fmt: skip
    parser.add_argument(
        "--watch-interval", metavar="SECONDS", type=_positive_seconds, default=None,
        help="with --watch: how often DIR is looked at (default: 3)",
    )  # fmt: skip
    parser.add_argument("--no-ui", action="store_true", help="do not open the browser afterwards")
    parser.add_argument("--filter", metavar="QUERY", help="only posts matching this filter")
    parser.add_argument("--list", action="store_true", help="print the matching posts and exit")
    parser.add_argument("--json", action="store_true", help="with --list: JSON Lines, full records")
    parser.add_argument(
        "--limit", metavar="N", type=_at_least_one,
        help="with --list: only the newest N matching posts",
    )  # fmt: skip
    parser.add_argument(
        "--count", action="store_true", help="print just the number of matching posts and exit"
    )
    parser.add_argument(
        "--export", metavar="DIR",
        help="write the matching posts to DIR (new or empty) and exit: dumps as "
        "DIR/YYYY/YYYY-MM.txt archive pages (undated posts in DIR/undated.txt), which --import "
        "reads back as the same posts; "
        "markdown as DIR/posts.md, each post with a citation line; jsonl as DIR/posts.jsonl "
        "(full records)",
    )  # fmt: skip
    parser.add_argument(
        "--format", choices=FORMATS, default=None,
        help="with --export: dump (the default), markdown or jsonl",
    )  # fmt: skip
    parser.add_argument(
        "--check", action="store_true",
        help="verify the archive (every record, every file) without changing it; "
        "exit status 2 names what is damaged",
    )  # fmt: skip
    parser.add_argument(
        "--rebuild", action="store_true",
        help="build the archive afresh from what it still holds and the dumps it records, "
        "keeping read and starred marks; the old one is kept beside it (only a tuiarchive "
        "archive is rebuilt: anything else --db names is refused and left untouched)",
    )  # fmt: skip
    parser.add_argument("--version", action="version", version=f"tuiarchive {__version__}")
    return parser


def _at_least_one(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError("expected a whole number of at least 1")
    return number


def _positive_seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        seconds = 0.0
    if not 0 < seconds <= 86_400:
        raise argparse.ArgumentTypeError("expected a number of seconds above 0 (0.5, 3, 60)")
    return seconds


def _say(message: str, *, error: bool = True) -> None:
    """Print one line for a person (on stderr, or stdout): file names and text from the
    dumps in it are shown with their control characters visible, never obeyed."""
    print(one_line(message), file=sys.stderr if error else sys.stdout)


def _fail(message: str, status: int = EXIT_USAGE) -> int:
    _say(f"tuiarchive: {message}")
    return status


def _filter_values_joined(parser: argparse.ArgumentParser, argv: Sequence[str]) -> list[str]:
    """`argv` with `--filter -ferry` written as `--filter=-ferry`.

    A filter may start with '-' (the documented exclusion), which argparse would take
    for an option and refuse: the word after --filter is its filter, unless it is one of
    the options (`--filter --list` is a filter forgotten, and argparse says so).
    """
    options = [o for o in parser._option_string_actions if o.startswith("--")]

    def is_option(word: str) -> bool:
        name = word.partition("=")[0]
        return name.startswith("--") and any(o.startswith(name) for o in options)

    out: list[str] = []
    arguments = iter(argv)
    for argument in arguments:
        if len(argument) > 3 and "--filter".startswith(argument):  # --filter, or --fil...
            value = next(arguments, None)
            if value is not None and value.startswith("-") and not is_option(value):
                out.append(f"--filter={value}")
                continue
            out.append(argument)
            if value is not None:
                out.append(value)
            continue
        out.append(argument)
        if argument == "--":
            out.extend(arguments)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit status."""
    with handled():  # SIGINT and SIGTERM: stop cleanly, never in the middle of a commit
        try:
            try:
                parser = build_parser()
                args = parser.parse_args(
                    _filter_values_joined(parser, sys.argv[1:] if argv is None else argv)
                )
            except SystemExit as done:  # --help, --version, or a usage error already reported
                return done.code if isinstance(done.code, int) else EXIT_USAGE
            for stream in (sys.stdout, sys.stderr):
                if hasattr(stream, "reconfigure"):
                    stream.reconfigure(errors="backslashreplace")
            status = _run(args)
        except KeyboardInterrupt as stop:
            return _stopped(getattr(stop, "signum", signal.SIGINT))
        except BrokenPipeError:
            sys.stderr.close()  # the reader went away (`| head`): nothing more to say
            return EXIT_OK
        except StoreError as error:
            return _fail(str(error))
        except OSError as error:  # a failure the store did not foresee: name the file
            where = "the archive" if error.filename is None else str(error.filename)
            return _fail(f"cannot use {where}: {error.strerror or error}")
    if args.browse is None:
        return status
    # The browser, outside: it reads Ctrl-C as a key, and SIGTERM ends it as before.
    from tuiarchive.ui.launch import launch

    for stream in ("stdin", "stdout"):  # the browser would wait on a pipe for ever
        if not getattr(sys, stream).isatty():
            return _fail(
                f"the browser needs a terminal and {stream} is not one: add --no-ui to "
                "import only, or --list to print the posts"
            )
    path, text, notice = args.browse
    return launch(path, text, notice) or status


def _stopped(signum: int) -> int:
    """What the command says and returns when a signal stopped it (128 + the signal)."""
    kept = "every batch reported committed is kept"
    if signum == signal.SIGINT:
        return _fail(f"interrupted; {kept}", 128 + signum)
    return _fail(f"terminated by {signal.Signals(signum).name}; {kept}", 128 + signum)


def _run(args: argparse.Namespace) -> int:
    """Do what the arguments ask; `args.browse` is set to the archive and filter to open
    in the browser afterwards."""
    from tuiarchive.query.language import Query, parse_filter

    args.browse = None
    query = Query("")
    if args.filter is not None:
        try:
            query = parse_filter(args.filter)
        except FilterError as error:
            return _fail(f"invalid filter: {error}")
        if query.warning:  # searched as written; the person may have meant an operator
            _say(f"tuiarchive: warning: {query.warning}")
    if args.json:
        args.list = True
    if args.count and args.list:
        return _fail("--count and --list each print the answer: give one of them")
    if args.limit is not None and not args.list:
        return _fail("--limit goes with --list (the newest N posts it prints)")
    if args.format is not None and args.export is None:
        return _fail("--format needs --export DIR (see tuiarchive --help)")

    if args.watch_interval is not None and args.watch is None:
        return _fail("--watch-interval goes with --watch DIR")
    if args.watch is not None:
        problem = _watch_refused(args)
        if problem:
            return _fail(problem)
    if args.db == "":  # not "no --db": an empty path given (an unset variable, say)
        return _fail("--db was given an empty path: name the archive's directory")
    path = store_path(args.db)
    if args.check:
        return _check(path)
    if args.rebuild:
        _rebuild(path)

    from tuiarchive.store import open_store

    try:
        # Only an import creates an archive: a mistyped path must not become an empty one.
        store = open_store(path, create=bool(args.imports or args.watch))
    except StoreError as error:
        if str(error) != f"there is no archive at {path}":
            raise
        return _fail(_no_archive(path, given=bool(args.db or os.environ.get(ENVIRONMENT_VARIABLE))))
    status = EXIT_OK
    notice = ""  # the import's summary, shown again in the browser
    with store:
        for note in store.notes:
            _say(f"tuiarchive: {note}")
        if args.imports:
            from tuiarchive.cli.report import run_import
            from tuiarchive.loader import summary_line

            report = run_import(args.imports, store)
            notice = summary_line(report)
            if report.failed:
                return _fail(report.failed)
            if not report.ok:
                status = EXIT_SKIPPED
        if args.watch is not None:
            from tuiarchive.cli.watch import DEFAULT_INTERVAL, watch

            return watch(Path(args.watch), store, args.watch_interval or DEFAULT_INTERVAL)
        if args.export is not None:
            from tuiarchive.cli.report import run_export

            run_export(store, query, Path(args.export), args.format or "dump")
            return status
        if args.list:
            from tuiarchive.cli.report import print_posts

            print_posts(store, query, as_json=args.json, limit=args.limit)
            return status
        if args.count:
            print(store.count(query.count))
            return status
        if args.no_ui:
            return status
    args.browse = (path, query.text, notice)
    return status


def _watch_refused(args: argparse.Namespace) -> str:
    """Why `--watch` cannot run with these arguments ("" if it can)."""
    others = [name for name, given in (("--list", args.list), ("--count", args.count),
              ("--export", args.export is not None), ("--check", args.check),
              ("--rebuild", args.rebuild)) if given]  # fmt: skip
    if others:
        return f"--watch keeps importing until Ctrl-C: it cannot go with {others[0]}"
    if not args.no_ui:
        return (
            "--watch keeps importing until Ctrl-C and does not open the browser: add --no-ui "
            "(a browser opened beside it offers R to show the new posts)"
        )
    watched = Path(args.watch)
    if not watched.is_dir():
        what = "not a directory" if watched.exists() else "no such directory"
        return f"--watch needs a directory of dumps: {watched} is {what}"
    return ""


def _no_archive(path: Path, *, given: bool) -> str:
    """What to say when there is no archive where the command looked."""
    if given:
        return (
            f"there is no archive at {path}; check the path, or create one there with --import DIR"
        )
    return (
        f"no archive yet at {path}: import your dumps first, with `tuiarchive --import DIR` "
        "(or open another archive with --db PATH)"
    )


def _check(path: Path) -> int:
    from tuiarchive.store.check import check_store

    report = check_store(path)
    for note in report.notes:
        _say(f"note: {note}")
    for problem in report.problems:
        _say(f"damaged: {problem}")
    if report.ok:
        _say(f"{path}: ok, {report.posts} posts in {report.segments} segment(s)", error=False)
        return EXIT_OK
    _say(
        f"tuiarchive: {path} is damaged ({len(report.problems)} problem(s)); nothing was changed. "
        "`tuiarchive --rebuild` builds it afresh from what it still holds and its dumps."
    )
    return EXIT_USAGE


def _rebuild(path: Path) -> None:
    from tuiarchive.cli.report import run_import
    from tuiarchive.store.rebuild import rebuild_archive

    report = rebuild_archive(path, lambda dumps, store: run_import(dumps, store))
    for note in report.notes:
        _say(f"tuiarchive: {note}")
    _say(
        f"rebuilt {path}: {report.salvaged} post(s) kept from the old archive, "
        f"{report.marks} mark(s) carried over"
    )
    for dump in report.missing_dumps:
        _say(f"  a recorded dump no longer exists: {dump}")
    for place in report.unreadable:
        _say(f"  could not read: {place}")
    if report.old_archive is not None:
        _say(f"  the old archive is kept at {report.old_archive}")


def run() -> None:
    """Console-script entry point."""
    status = main()
    ignore()  # done: a late Ctrl-C must not turn the exit into a traceback or a crash
    sys.exit(status)


if __name__ == "__main__":
    run()
