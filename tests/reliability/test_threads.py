"""The list's row reads and the workers' reads on one archive at once (issue 11, "one owner
per mutable thing"): for a few seconds, no thread sees an error or a wrong answer.

The list (on the event loop) asks the catalogue for summaries by position while
workers run filters, related posts, facet and timeline counts, an export's walk
over many rows, and the sort the index keeps for the next opening.
"""

from __future__ import annotations

import random
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from benchmarks.corpus import Generator
from tests.archives import add_posts
from tuiarchive.model import Post, post_identity
from tuiarchive.query.language import parse_filter
from tuiarchive.research.facets import count_facets, post_facts
from tuiarchive.research.related import related_posts
from tuiarchive.store.archive import Store
from tuiarchive.store.catalogue import WINDOW

POSTS = 5000
SECONDS = 3.0
FILTERS = ("the", "label:travel", "date:2018", "title:a*", "not the and of", "is:unread")


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("threads") / "archive"
    posts = []
    for day, made in Generator(seed=11).days(POSTS):
        for line, post in enumerate(made, start=1):
            date, body = day.isoformat(), "\n\n".join(post.paragraphs)
            posts.append(Post(
                id=post_identity(date, post.title, body), title=post.title, body=body,
                date=date, author=post.author, labels=tuple(post.labels),
                comments=post.comments, line=line,
            ))  # fmt: skip
    with Store(path) as store:
        for start in range(0, len(posts), 500):
            add_posts(store, posts[start : start + 500])
    return path


def test_list_rows_and_worker_reads_at_once(archive: Path) -> None:
    with Store(archive) as store:
        catalogue = store.catalogue()
        size = len(catalogue)
        assert size >= POSTS
        # The answers read on one thread, before anything runs at once.
        titles = [s.title for s in store.catalogue().summaries(range(size))]
        filtered = {text: parse_filter(text).run(store.catalogue()) for text in FILTERS}
        some_post = store.post(catalogue.ids[size // 2])
        related = related_posts(store, some_post)
        first, last = int(catalogue.oldest_date[:4]), int(catalogue.dates[0][:4])  # type: ignore[index]
        months = catalogue.month_counts(range(size), first, last)
        facets = count_facets(range(size), post_facts(catalogue))

        stop = threading.Event()
        errors: list[str] = []
        rounds: dict[str, int] = {}

        def run(name: str, step: Callable[[random.Random], None]) -> threading.Thread:
            def loop() -> None:
                rng = random.Random(name)
                done = 0
                try:
                    while not stop.is_set():
                        step(rng)
                        done += 1
                except BaseException as error:  # noqa: BLE001 - every failure is the finding
                    errors.append(f"{name}: {type(error).__name__}: {error}")
                    stop.set()
                rounds[name] = done

            return threading.Thread(target=loop, name=name, daemon=True)

        def list_rows(rng: random.Random) -> None:
            # What render_line asks: a screenful of rows somewhere (scrolls jump far).
            top = rng.randrange(size)
            for position in range(top, min(size, top + 40)):
                assert catalogue.summary(position).title == titles[position], position
                catalogue.is_read(position)
                catalogue.is_starred(position)

        def filters(rng: random.Random) -> None:
            text = rng.choice(FILTERS)
            assert parse_filter(text).run(catalogue) == filtered[text], text

        def research(rng: random.Random) -> None:
            assert related_posts(store, some_post) == related
            assert catalogue.month_counts(range(size), first, last) == months
            assert count_facets(range(size), post_facts(catalogue)) == facets

        def export_rows(rng: random.Random) -> None:
            # An export or a report walks many rows, several windows of them.
            start = rng.randrange(size - 3 * WINDOW)
            positions = range(start, start + 3 * WINDOW)
            got = [s.title for s in catalogue.summaries(positions)]
            assert got == titles[start : start + 3 * WINDOW], start

        def keep_order(rng: random.Random) -> None:
            # The sort kept for the next opening is written while others read.
            assert store.index.save_order().ids == list(catalogue.ids)
            time.sleep(0.01)

        threads = [
            run("list", list_rows),
            run("filters", filters),
            run("research", research),
            run("export", export_rows),
            run("order", keep_order),
        ]
        for thread in threads:
            thread.start()
        stop.wait(SECONDS)
        stop.set()
        for thread in threads:
            thread.join(30)
        assert not any(t.is_alive() for t in threads), "a reader hung"
        assert not errors, errors
        assert all(rounds.get(t.name, 0) > 0 for t in threads), rounds


def test_keeping_the_order_does_not_wait_for_another_writer(archive: Path) -> None:
    """The sorted order is kept only when nobody else is writing, and asking for it does
    not wait, nor leave the readers unwilling to wait for a writer later."""
    with Store(archive) as store:
        expected = store.catalogue().ids
        other = sqlite3.connect(archive / "index.sqlite", isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")  # another process's import, say
            started = time.monotonic()
            assert store.index.save_order().ids == list(expected)
            assert time.monotonic() - started < 5
            other.execute("ROLLBACK")
        finally:
            other.close()
        counts = []
        reader = threading.Thread(
            target=lambda: counts.append(store.index.post_count()), name="reader"
        )
        reader.start()
        reader.join()
        assert counts == [len(expected)]
