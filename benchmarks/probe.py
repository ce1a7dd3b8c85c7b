"""Timing the browser from inside, with App.run_test: run as a child process by benchmarks/run.py.

    python -m benchmarks.probe ARCHIVE STARTED_AT OUT.json

STARTED_AT is the wall-clock time at which the parent started this process, so
"process start -> list painted" includes the interpreter and imports.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from pathlib import Path

# Before Textual: tuiarchive.ui sets Textual's frame rate, read when Textual is imported.
import tuiarchive.ui  # noqa: F401

# isort: split
from textual import events
from textual.pilot import Pilot

from tuiarchive.query.language import parse_filter
from tuiarchive.store import open_store
from tuiarchive.ui.app import TuiarchiveApp, make_app
from tuiarchive.ui.screens.archive import ArchiveScreen
from tuiarchive.ui.widgets.post_list import PostList
from tuiarchive.ui.widgets.reader import Reader

#: Filters by kind, as the issue names them; each is timed from its last keystroke.
QUERIES: dict[str, list[str]] = {
    # Words of the corpus's vocabulary by how many posts hold them at any size:
    # about 51%, 20%, 6%, 2%, 0.5% and 0.1% of posts.
    "one word": ["political", "antask", "zaanku", "yaowka", "deshkask", "nianssss"],
    "1-letter prefix": ["t", "k", "m", "a", "p", "s"],
    "2-letter prefix": ["th", "ka", "mo", "ru", "ta", "bo"],
    "3-letter prefix": ["pol", "kaz", "mos", "rus", "fed", "eth"],
    "stopword": ["the", "of", "and", "in"],
    "two words": ["russian kremlin", "moscow regime", "federal leaders", "ethnic language"],
    "phrase": ['"the kremlin"', '"federal government"', '"national language"', '"ethnic russian"'],
    "phrase of stopwords": ['"of the"', '"in the"', '"and the"', '"to the"'],
    "date:2014": ["date:2014", "date:2009", "date:2019-05", 'date:"May 2012"'],
    "label:x": ["label:media", "label:energy", "label:Kazakhstan", 'label:"language policy"'],
    "tag:x": ["tag:followup", "tag:reviewed"],
    "combined with negation": [
        "russian -label:media date:2010..2015",
        "(moscow OR kremlin) -regime since:2016",
        'president -"the kremlin" until:2012',
        "ethnic language -federal label:minorities",
    ],
}
ROUNDS = 3  # each filter is timed this many times
KEY_INTERVAL = 0.1  # seconds between the keys of a fast typist


def rss_peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def until(pilot: Pilot, ready, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.perf_counter() + timeout
    while not ready():
        if time.perf_counter() > deadline:
            raise TimeoutError("the browser did not get there in time")
        await asyncio.sleep(0.0005)


def archive(pilot: Pilot) -> ArchiveScreen:
    app = pilot.app
    assert isinstance(app, TuiarchiveApp)
    return app.archive


async def settled(pilot: Pilot) -> None:
    screen = archive(pilot)
    await until(pilot, lambda: screen.filter_settled)
    await pilot.pause()


class Painter:
    """Notes the moment the app paints a screen that shows an expected change.

    The app's `_display` is called once a screen update is rendered; the first call
    at which the expected condition holds is when a person would see the change.
    """

    def __init__(self, app) -> None:  # type: ignore[no-untyped-def]
        self.expected = None
        self.seen: float | None = None
        original = app._display

        def display(screen, renderable):  # type: ignore[no-untyped-def]
            if self.expected is not None and self.expected():
                self.seen = time.perf_counter()
                self.expected = None
            return original(screen, renderable)

        app._display = display


async def key_to_paint(pilot: Pilot, painter: Painter, key: str, done) -> float:  # type: ignore[no-untyped-def]
    """Seconds from a key reaching the app to the first paint that shows its effect."""
    character = key if len(key) == 1 else None
    event = events.Key(key, character)
    event.set_sender(pilot.app)
    painter.seen = None
    painter.expected = done
    start = time.perf_counter()
    pilot.app._driver.send_message(event)  # what a terminal's key does, with no test pauses
    await until(pilot, lambda: painter.seen is not None)
    await pilot.pause()
    return painter.seen - start  # type: ignore[operator]


async def time_filter(pilot: Pilot, painter: Painter, text: str) -> float:
    """Seconds from the filter's last keystroke to the list repainted with its answer."""
    screen = archive(pilot)
    field = screen.query_one("#filter-input")
    field.value = text[:-1]  # type: ignore[attr-defined]
    field.cursor_position = len(text) - 1  # type: ignore[attr-defined]
    await settled(pilot)
    # A fast typist leaves about 100 ms between keys: the previous key's work (the reader,
    # the timeline) is done by then, as it is here.
    await asyncio.sleep(KEY_INTERVAL)
    return await key_to_paint(
        pilot, painter, text[-1],
        lambda: screen.filter_settled and screen.query_value.text == text,
    )  # fmt: skip


#: Tags a reader has put on posts (the generated corpus has none): one post in TAG_EVERY
#: gets each of TAGS, at its own offset.
TAGS = ("followup", "reviewed")
TAG_EVERY = 50


def tag_posts(path: Path) -> None:
    """Tag posts across the archive, as a reader would have over months, if not yet done."""
    with open_store(path, create=False) as store:
        if store.tag_counts():
            return
        ids = store.catalogue().ids
        for offset, tag in enumerate(TAGS):
            store.tag(list(ids[offset * 7 :: TAG_EVERY]), add=(tag,))


async def probe(path: Path, started_at: float) -> dict[str, object]:
    found: dict[str, object] = {}
    app = make_app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = archive(pilot)
        post_list = screen.query_one(PostList)
        await until(pilot, lambda: screen.results is not None and post_list.rows)
        await pilot.pause()
        found["start_to_painted_s"] = time.time() - started_at
        assert post_list.render_line(0).text.strip(), "the list painted nothing"

        painter = Painter(app)
        await pilot.press("slash")
        filters: dict[str, list[float]] = {}
        core: dict[str, list[float]] = {}
        for kind, texts in QUERIES.items():
            for _ in range(ROUNDS):
                for text in texts:
                    filters.setdefault(kind, []).append(await time_filter(pilot, painter, text))
                    begin = time.perf_counter()
                    parse_filter(text).run(screen.results.catalogue)  # type: ignore[union-attr]
                    core.setdefault(kind, []).append(time.perf_counter() - begin)
        found["filter_s"] = filters
        found["filter_core_s"] = core
        found["one_word_counts"] = {}
        for text in QUERIES["one word"]:
            positions = parse_filter(text).run(screen.results.catalogue)  # type: ignore[union-attr]
            found["one_word_counts"][text] = len(positions)  # type: ignore[index]

        field = screen.query_one("#filter-input")
        field.value = ""  # type: ignore[attr-defined]
        await settled(pilot)
        screen.set_focus(post_list)
        await pilot.pause()
        reader = screen.query_one(Reader)
        reads, moves, pages = [], [], []
        for _ in range(30):
            before = reader.post
            reads.append(
                await key_to_paint(pilot, painter, "j", lambda b=before: reader.post is not b)
            )
        await pilot.press("g")
        for keys, samples in ((("j", "k"), moves), (("pagedown", "pageup"), pages)):
            for _ in range(15):
                for key in keys:  # there and back: the cursor always has somewhere to go
                    cursor = post_list.cursor
                    samples.append(
                        await key_to_paint(
                            pilot, painter, key, lambda c=cursor: post_list.cursor != c
                        )
                    )
        found["reader_s"] = reads
        found["cursor_s"] = moves
        found["page_s"] = pages
        found["browse_peak_mb"] = rss_peak_mb()
    return found


def main() -> None:
    path, started_at, out = Path(sys.argv[1]), float(sys.argv[2]), Path(sys.argv[3])
    result = asyncio.run(probe(path, started_at))
    result["medians"] = {
        k: statistics.median(v)
        for k, v in result.items()
        if isinstance(v, list)  # type: ignore[arg-type]
    }
    out.write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
