"""Timing the research tools in-process: run as a child process by benchmarks/run.py.

    python -m benchmarks.research ARCHIVE OUT.json [--runs N]

Related posts, relevance order, trends, the concordance, the import-quality report and
--export, each as its tool calls it (the screens run these in thread workers).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tuiarchive.model import Post
from tuiarchive.query.language import parse_filter
from tuiarchive.research.concordance import MAX_LINES, build
from tuiarchive.research.export import export_posts
from tuiarchive.research.facets import facets_of
from tuiarchive.research.quality import month_report_of_days
from tuiarchive.research.related import related_posts
from tuiarchive.research.trends import compute_trends
from tuiarchive.store import Catalogue, Store, open_store

#: Posts whose related posts are looked for, spread evenly over the archive.
RELATED_POSTS = 30
#: Relevance order: filters by kind (words of benchmarks/corpus.py by how many posts hold
#: them: "deshkask" about 0.5%, "nianssss" 0.1%, "political" about half).
RANKED: dict[str, list[str]] = {
    "rare word": ["deshkask", "nianssss"],
    "common word": ["political", "russian"],
    "two words": ["russian kremlin", "moscow regime"],
}
#: The filters the trends view compares.
TRENDS = ["political", "moscow regime", "label:media"]
#: The concordance's words: a rare one (hundreds of lines at 100k) and a common one (capped).
CONCORDANCE = {"rare": "deshkask", "common": "political"}
#: Lines on a first screenful of the concordance.
SCREENFUL = 50
#: Posts exported (fewer in an archive of fewer than three times as many).
EXPORTED = 1_000


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def ms(seconds: float) -> float:
    return 1000 * seconds


def timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def spread(catalogue: Catalogue, count: int) -> list[str]:
    """`count` post ids spread evenly from the newest post to the oldest."""
    total = len(catalogue)
    return list(dict.fromkeys(catalogue.ids[n * total // count] for n in range(count)))


def related(path: Path, posts: list[Post], runs: int) -> dict[str, object]:
    """Each post's related posts: cold (the first call on a freshly opened store, nothing
    counted yet) and warm (the same call again), as the reader's worker calls it."""
    cold, warm = [], []
    for _ in range(runs):
        for post in posts:
            with open_store(path, create=False) as store:
                cold.append(timed(lambda store=store, post=post: related_posts(store, post)))
                warm.append(timed(lambda store=store, post=post: related_posts(store, post)))
    return {
        "posts": len(posts),
        "cold_median_ms": ms(statistics.median(cold)),
        "cold_p95_ms": ms(p95(cold)),
        "cold_max_ms": ms(max(cold)),
        "warm_median_ms": ms(statistics.median(warm)),
        "warm_p95_ms": ms(p95(warm)),
    }


def ranked(catalogue: Catalogue, runs: int) -> dict[str, dict[str, object]]:
    """Relevance order of each filter's words (what `o` asks for), by kind of filter: its
    first screen (what the list shows first) and the whole ranking (which replaces it)."""
    found: dict[str, dict[str, object]] = {}
    for kind, texts in RANKED.items():
        times, firsts, matches = [], [], {}
        for text in texts:
            patterns = parse_filter(text).highlights
            for _ in range(runs):
                start = time.perf_counter()
                order = catalogue.ranked(patterns)
                times.append(time.perf_counter() - start)
                start = time.perf_counter()
                catalogue.ranked_first(patterns)
                firsts.append(time.perf_counter() - start)
            matches[text] = len(order)
        found[kind] = {
            "median_ms": ms(statistics.median(times)),
            "first_screen_median_ms": ms(statistics.median(firsts)),
            "first_screen_p95_ms": ms(p95(firsts)),
            "ranked": matches,
        }
    return found


def trends(catalogue: Catalogue, runs: int) -> dict[str, object]:
    times = [timed(lambda: compute_trends(catalogue, TRENDS)) for _ in range(runs)]
    return {"filters": TRENDS, "median_ms": ms(statistics.median(times)), "first_ms": ms(times[0])}


def facets(catalogue: Catalogue, runs: int) -> dict[str, object]:
    """The facets panel as the browser counts them: the first time in a process (each
    value's bitmap read from the index, or worked out and kept there on the very first
    run), then for the whole archive and for a common word's posts."""
    everything_found = parse_filter("").run(catalogue)
    load = timed(lambda: facets_of(everything_found, catalogue))
    common = parse_filter(RANKED["common word"][0]).run(catalogue)
    everything = [timed(lambda: facets_of(everything_found, catalogue)) for _ in range(runs)]
    some = [timed(lambda: facets_of(common, catalogue)) for _ in range(runs)]
    return {
        "load_ms": ms(load),
        "all_median_ms": ms(statistics.median(everything)),
        "common_median_ms": ms(statistics.median(some)),
        "common_posts": len(common),
    }


def concordance(store: Store, catalogue: Catalogue, word: str, runs: int) -> dict[str, object]:
    """The concordance of `word` over the posts holding it (newest first, read with
    store.posts as the view reads them): time to its first screenful and to the whole."""
    query = parse_filter(word)
    ids = [catalogue.ids[n] for n in query.run(catalogue)]
    firsts, wholes = [], []
    lines = posts_read = 0
    cut = False
    for _ in range(runs):
        first: list[float] = []
        start = time.perf_counter()

        def progress(
            read: int, found: int, first: list[float] = first, start: float = start
        ) -> None:
            if not first and found >= SCREENFUL:
                first.append(time.perf_counter() - start)

        done = build(
            store.posts(ids), query.highlights, limit=MAX_LINES, progress=progress, every=1
        )
        whole = time.perf_counter() - start
        wholes.append(whole)
        firsts.append(first[0] if first else whole)  # fewer lines than a screenful
        lines, posts_read, cut = len(done.lines), done.posts_read, done.cut
    return {
        "word": word,
        "posts": len(ids),
        "posts_read": posts_read,
        "lines": lines,
        "cut": cut,
        "first_screen_ms": ms(statistics.median(firsts)),
        "whole_ms": ms(statistics.median(wholes)),
    }


def quality(store: Store, catalogue: Catalogue, runs: int) -> dict[str, object]:
    """What the import-quality view computes: the month report, the warned posts' ids,
    then those posts read."""
    months = [timed(lambda: month_report_of_days(catalogue.days.counted())) for _ in range(runs)]
    warned_ids = [timed(store.posts_with_warnings) for _ in range(runs)]
    ids = store.posts_with_warnings()
    reads = [timed(lambda: list(store.posts(ids))) for _ in range(runs)]
    return {
        "month_report_ms": ms(statistics.median(months)),
        "warned_ids_ms": ms(statistics.median(warned_ids)),
        "warned_posts": len(ids),
        "warned_read_ms": ms(statistics.median(reads)),
    }


def export_filter(catalogue: Catalogue, count: int) -> str:
    """A date range holding about `count` posts, from the middle of the archive."""
    dated = sorted(d for d in catalogue.dates if d)
    first = max(0, len(dated) // 2 - count // 2)
    last = min(len(dated), first + count) - 1
    return f"date:{dated[first][:10]}..{dated[last][:10]}"


def export(path: Path, store: Store, catalogue: Catalogue, runs: int) -> dict[str, object]:
    """--export of about EXPORTED posts as dumps: the whole command (a process started,
    the archive opened, the filter run, the files written) and export_posts alone."""
    count = min(EXPORTED, len(catalogue) // 3)
    text = export_filter(catalogue, count)
    query = parse_filter(text)
    positions = query.run(catalogue)
    ids = [catalogue.ids[n] for n in positions]
    dates = [catalogue.dates[n] for n in positions]
    commands, cores = [], []
    with tempfile.TemporaryDirectory(prefix="tuiarchive-bench-export-") as work:
        for n in range(runs):
            out = Path(work) / f"command-{n}"
            start = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "tuiarchive", "--db", str(path), "--export", str(out),
                 "--filter", text],
                capture_output=True, text=True,
            )  # fmt: skip
            commands.append(time.perf_counter() - start)
            if done.returncode != 0 or f"exported {len(ids)} post(s)" not in done.stdout:
                raise RuntimeError(f"--export did not export {len(ids)} posts: {done.stderr}")
            out = Path(work) / f"core-{n}"
            cores.append(timed(lambda out=out: export_posts(store, ids, dates, out, "dump")))
    command = statistics.median(commands)
    core = statistics.median(cores)
    return {
        "filter": text,
        "posts": len(ids),
        "command_s": command,
        "command_rate": len(ids) / command,
        "core_s": core,
        "core_rate": len(ids) / core,
    }


def measure(path: Path, runs: int) -> dict[str, object]:
    result: dict[str, object] = {}
    with open_store(path, create=False) as store:
        catalogue = store.catalogue()
        posts = [store.post(post_id) for post_id in spread(catalogue, RELATED_POSTS)]
        result["related"] = related(path, posts, max(1, runs // 3))
        result["ranked"] = ranked(catalogue, runs)
        result["trends"] = trends(catalogue, runs)
        result["facets"] = facets(catalogue, runs)
        result["concordance"] = {
            kind: concordance(store, catalogue, word, runs) for kind, word in CONCORDANCE.items()
        }
        result["quality"] = quality(store, catalogue, runs)
        result["export"] = export(path, store, catalogue, max(1, runs // 3))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("archive", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--runs", type=int, default=5, help="times each operation is timed")
    args = parser.parse_args(argv)
    report = measure(args.archive, max(1, args.runs))
    args.out.write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
