"""The scale benchmark: generated corpora of any size, every measurement, a table beside the targets.

    python -m benchmarks.run                       # 10,000, 50,000 and 100,000 posts
    python -m benchmarks.run --sizes 10000,100000,1000000 --repeat 1   # the million
    python -m benchmarks.run --sizes 20000 --repeat 2
    python -m benchmarks.run --smoke               # a tiny run: does the benchmark work?

Corpora are generated once into benchmarks/corpus/ (not committed); results go to
benchmarks/results/latest.json. Times are medians of several runs unless named p95.
The browser is timed from inside the app (benchmarks/probe.py); the research tools
(related posts, relevance order, trends, concordance, import quality, export) are timed
calling what their screens call (benchmarks/research.py), in a section of their own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from benchmarks.corpus import GENERATOR_VERSION, write_corpus

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

#: (key, what, target, unit, better): the issue's targets (None: shown, not judged).
TARGETS = [
    ("start_s", "process start -> list painted (tmux)", 1.0, "s", "lower"),
    ("start_run_test_s", "process start -> list painted (run_test)", 1.0, "s", "lower"),
    ("filter_p95_ms", "filter keystroke -> list repainted, p95, all kinds", 50, "ms", "lower"),
    ("filter_worst_p95_ms", "... p95 of the slowest kind of filter", 50, "ms", "lower"),
    (
        "filter_warm_p95_ms",
        "... p95, all kinds, each filter's first run left out",
        50,
        "ms",
        "lower",
    ),
    ("grep_ratio", "one word's answer vs grep -ril (warm), times faster", 20, "x", "higher"),
    (
        "grep_ratio_on_screen",
        "... keystroke to repaint instead (for reference)",
        None,
        "x",
        "higher",
    ),
    ("reader_ms", "highlighted post -> reader shows it", 30, "ms", "lower"),
    ("cursor_ms", "cursor key in the list", 16, "ms", "lower"),
    ("page_ms", "page key in the list", 16, "ms", "lower"),
    ("import_rate", "import of new posts, indexing included", 4000, "posts/s", "higher"),
    ("reimport_rate", "re-import of the same dumps", 50000, "posts/s", "higher"),
    ("browse_mb", "peak memory while browsing", 1024, "MB", "lower"),
    ("import_mb", "peak memory while importing (all processes)", 2048, "MB", "lower"),
    ("disk_ratio", "store + indexes on disk / dumps", 1.5, "x", "lower"),
    ("cli_list_ms", "--list --filter WORD --limit 50, whole process", 120, "ms", "lower"),
    ("cli_count_ms", "--count --filter WORD, whole process", 100, "ms", "lower"),
]
#: Other tools answering "which files hold this word" over the same dumps, in the same run
#: (each only where installed): for comparison, not judged.
PEERS = [
    ("grep_ms", "grep -ril WORD (warm cache), median over the words", None, "ms", "lower"),
    ("rg_ms", "rg -il WORD (ripgrep, warm cache)", None, "ms", "lower"),
]
#: The research tools (benchmarks/research.py): work on a keystroke or a post change is held
#: to the browser's targets; related posts are looked for 0.25 s after a post is shown.
RESEARCH_TARGETS = [
    ("related_cold_median_ms", "related posts (30 posts): cold, first call on a fresh store", 100, "ms", "lower"),
    ("related_cold_p95_ms", "... cold, p95", 100, "ms", "lower"),
    ("related_warm_median_ms", "... warm (the same post again)", 100, "ms", "lower"),
    ("related_warm_p95_ms", "... warm, p95", 100, "ms", "lower"),
    ("ranked_rare_ms", "relevance order (o), first screen: a rare word", 250, "ms", "lower"),
    ("ranked_common_ms", "... a common word (half the posts)", 250, "ms", "lower"),
    ("ranked_two_words_ms", "... two words", 250, "ms", "lower"),
    ("ranked_common_whole_ms", "... a common word, the whole ranking (replaces it)", None, "ms", "lower"),
    ("ranked_two_words_whole_ms", "... two words, the whole ranking", None, "ms", "lower"),
    ("trends_ms", "trends of 3 filters (T)", 250, "ms", "lower"),
    ("facets_load_ms", "facets (F): the first count in a process", 1000, "ms", "lower"),
    ("facets_all_ms", "... then of every post", 250, "ms", "lower"),
    ("facets_common_ms", "... for a common word's posts", 250, "ms", "lower"),
    ("concordance_first_ms", "concordance, rare word (K): first 50 lines found", 250, "ms", "lower"),
    ("concordance_whole_ms", "... all lines (the first screenful is shown before)", None, "ms", "lower"),
    ("concordance_common_first_ms", "concordance, common word: first 50 lines found", 250, "ms", "lower"),
    ("concordance_common_whole_ms", "... all lines, capped at 5,000", None, "ms", "lower"),
    ("month_report_ms", "import quality (I): month report", 50, "ms", "lower"),
    ("warned_ids_ms", "... Store.posts_with_warnings()", None, "ms", "lower"),
    ("export_rate", "--export of 1,000 posts as dumps: the whole command", None, "posts/s", "higher"),
    ("export_core_rate", "... export_posts alone", None, "posts/s", "higher"),
]  # fmt: skip
SECTIONS = {"browser": TARGETS, "peers": PEERS, "research tools": RESEARCH_TARGETS}


def command() -> list[str]:
    return [sys.executable, "-m", "tuiarchive"]


def corpus_for(size: int, base: Path) -> Path:
    directory = base / f"{size}"
    stamp = directory / ".generated"
    if stamp.exists() and stamp.read_text() == GENERATOR_VERSION:
        return directory
    shutil.rmtree(directory, ignore_errors=True)
    print(f"generating a {size:,}-post corpus in {directory} ...", file=sys.stderr)
    write_corpus(directory, size)
    stamp.write_text(GENERATOR_VERSION)
    return directory


def tree_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
                parent = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, []))
    return found


def _rss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def timed_run(args: list[str]) -> tuple[float, float, str]:
    """Run a command; returns its wall time, the peak memory of its process tree, its stderr."""
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0.0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _rss_mb(_descendants(process.pid)))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = process.communicate()
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    if process.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(args)} failed: {err}")
    return elapsed, peak, err


def tmux_start(archive: Path, runs: int) -> float | None:
    """Median seconds from launching the command in tmux to the newest posts on screen."""
    if shutil.which("tmux") is None:
        return None
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    times = []
    for n in range(runs):
        socket = f"tuiarchive-bench-{os.getpid()}-{n}"
        tmux = ["tmux", "-L", socket, "-f", "/dev/null"]
        start = time.perf_counter()
        subprocess.run([*tmux, "new-session", "-d", "-s", "b", "-x", "120", "-y", "36",
                        " ".join([*command(), "--db", str(archive)])], env=env, check=True)  # fmt: skip
        try:
            while time.perf_counter() - start < 30:
                shown = subprocess.run([*tmux, "capture-pane", "-p", "-t", "b"], env=env,
                                       capture_output=True, text=True).stdout  # fmt: skip
                if " posts \u00b7 " in shown and "\u25cf" in shown:
                    times.append(time.perf_counter() - start)
                    break
                time.sleep(0.005)
        finally:
            subprocess.run([*tmux, "kill-server"], env=env, capture_output=True)
    return statistics.median(times) if times else None


def grep_seconds(corpus: Path, word: str, runs: int, tool: str = "grep") -> float:
    args = [tool, "-il", word, str(corpus)] if tool == "rg" else [tool, "-ril", word, str(corpus)]
    subprocess.run(args, capture_output=True)  # warm the cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cli_ms(archive: Path, args: list[str], runs: int) -> float:
    """Median milliseconds of the whole command (start-up included), output discarded."""
    times = []
    for _ in range(runs + 1):  # the first run warms the file cache
        start = time.perf_counter()
        subprocess.run([*command(), "--db", str(archive), *args], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=True)  # fmt: skip
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times[1:])


def _one_word_order() -> list[str]:
    """The order the probe timed the one-word filters in (every round, every word)."""
    from benchmarks.probe import QUERIES, ROUNDS

    return QUERIES["one word"] * ROUNDS


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def measure(size: int, corpus: Path, repeat: int, work: Path) -> dict[str, object]:
    result: dict[str, object] = {"posts": size}
    dumps = tree_bytes(corpus)
    result["dumps_mb"] = dumps / 1e6
    imports, reimports, import_peaks = [], [], []
    archive = work / f"archive-{size}"
    for n in range(repeat):
        shutil.rmtree(archive, ignore_errors=True)
        elapsed, peak, err = timed_run(
            [*command(), "--db", str(archive), "--import", str(corpus), "--no-ui"]
        )
        if f"{size} post(s) added" not in err:
            raise RuntimeError(f"the import did not add {size} posts: {err}")
        imports.append(size / elapsed)
        import_peaks.append(peak)
        elapsed, _, _ = timed_run(
            [*command(), "--db", str(archive), "--import", str(corpus), "--no-ui"]
        )
        reimports.append(size / elapsed)
        print(
            f"  {size:,}: import {imports[-1]:,.0f} posts/s, re-import {reimports[-1]:,.0f} posts/s (run {n + 1})",
            file=sys.stderr,
        )
    result["import_rate"] = statistics.median(imports)
    result["reimport_rate"] = statistics.median(reimports)
    result["import_mb"] = max(import_peaks)
    result["disk_mb"] = tree_bytes(archive) / 1e6
    result["disk_ratio"] = tree_bytes(archive) / dumps

    from benchmarks.probe import tag_posts

    tag_posts(archive)  # so that tag filters have tags to find
    probes = []
    for _ in range(max(1, repeat)):
        out = work / "probe.json"
        started = time.time()
        subprocess.run([sys.executable, "-m", "benchmarks.probe", str(archive), repr(started), str(out)],
                       check=True, cwd=ROOT)  # fmt: skip
        probes.append(json.loads(out.read_text()))
    result["start_run_test_s"] = statistics.median(p["start_to_painted_s"] for p in probes)
    kinds = probes[0]["filter_s"]
    filters = {kind: [t for p in probes for t in p["filter_s"][kind]] for kind in kinds}
    cores = {kind: [t for p in probes for t in p["filter_core_s"][kind]] for kind in kinds}
    result["filter_ms_by_kind"] = {
        kind: {"median": 1000 * statistics.median(v), "p95": 1000 * p95(v),
               "core_median": 1000 * statistics.median(cores[kind])}
        for kind, v in filters.items()
    }  # fmt: skip
    result["filter_p95_ms"] = 1000 * p95([t for v in filters.values() for t in v])
    result["filter_worst_p95_ms"] = max(1000 * p95(v) for v in filters.values())
    # A filter's first run over a new archive works its answer out (later runs read it back
    # from the index): the first probe's first round, by kind, and the p95 without it.
    from benchmarks.probe import QUERIES

    first = {kind: len(QUERIES[kind]) for kind in kinds}
    result["filter_first_ms_by_kind"] = {
        kind: [1000 * t for t in probes[0]["filter_s"][kind][: first[kind]]] for kind in kinds
    }
    result["filter_warm_p95_ms"] = 1000 * p95([
        t for i, p in enumerate(probes) for kind in kinds
        for j, t in enumerate(p["filter_s"][kind]) if i > 0 or j >= first[kind]
    ])  # fmt: skip
    result["reader_ms"] = 1000 * statistics.median(t for p in probes for t in p["reader_s"])
    result["cursor_ms"] = 1000 * statistics.median(t for p in probes for t in p["cursor_s"])
    result["page_ms"] = 1000 * statistics.median(t for p in probes for t in p["page_s"])
    result["browse_mb"] = max(p["browse_peak_mb"] for p in probes)
    # grep -l stops reading a file at its first match: quick for a word in every file,
    # slow for a rarer one. Each word is compared with the filter for that same word.
    ratios = {}
    order = _one_word_order()
    for word in QUERIES["one word"]:

        def timed(key: str, word: str = word) -> float:
            return statistics.median(
                t
                for p in probes
                for t, w in zip(p[key]["one word"], order, strict=True)
                if w == word
            )

        ratios[word] = {
            "grep_ms": 1000 * grep_seconds(corpus, word, 3),
            "answer_ms": 1000 * timed("filter_core_s"),
            "on_screen_ms": 1000 * timed("filter_s"),
        }
    result["grep_by_word"] = ratios
    result["grep_ratio"] = statistics.median(r["grep_ms"] / r["answer_ms"] for r in ratios.values())
    result["grep_ratio_on_screen"] = statistics.median(
        r["grep_ms"] / r["on_screen_ms"] for r in ratios.values()
    )
    result["grep_ms"] = statistics.median(r["grep_ms"] for r in ratios.values())
    if shutil.which("rg") is not None:
        result["rg_ms"] = statistics.median(
            1000 * grep_seconds(corpus, word, 3, "rg") for word in QUERIES["one word"]
        )
    words = QUERIES["one word"][:3]  # a common, a middling and a rarer word
    result["cli_list_ms"] = statistics.median(
        cli_ms(archive, ["--list", "--filter", word, "--limit", "50"], max(3, repeat))
        for word in words
    )
    result["cli_count_ms"] = statistics.median(
        cli_ms(archive, ["--count", "--filter", word], max(3, repeat)) for word in words
    )
    result["start_s"] = tmux_start(archive, runs=max(3, repeat))
    result.update(research(archive, max(3, repeat), work))
    return result


def research(archive: Path, runs: int, work: Path) -> dict[str, object]:
    """The research tools' measurements (benchmarks/research.py, in a process of its own)."""
    out = work / "research.json"
    subprocess.run([sys.executable, "-m", "benchmarks.research", str(archive), str(out),
                    "--runs", str(runs)], check=True, cwd=ROOT)  # fmt: skip
    found = json.loads(out.read_text())
    related, ranked, quality = found["related"], found["ranked"], found["quality"]
    rare, common = found["concordance"]["rare"], found["concordance"]["common"]
    print(f"  research tools: related {related['cold_p95_ms']:.1f} ms p95 cold, "
          f"trends {found['trends']['median_ms']:.1f} ms, "
          f"concordance {rare['whole_ms']:.1f} ms ({rare['lines']} lines)", file=sys.stderr)  # fmt: skip
    return {
        "research": found,
        "related_cold_median_ms": related["cold_median_ms"],
        "related_cold_p95_ms": related["cold_p95_ms"],
        "related_warm_median_ms": related["warm_median_ms"],
        "related_warm_p95_ms": related["warm_p95_ms"],
        "ranked_rare_ms": ranked["rare word"]["first_screen_median_ms"],
        "ranked_common_ms": ranked["common word"]["first_screen_median_ms"],
        "ranked_two_words_ms": ranked["two words"]["first_screen_median_ms"],
        "ranked_common_whole_ms": ranked["common word"]["median_ms"],
        "ranked_two_words_whole_ms": ranked["two words"]["median_ms"],
        "trends_ms": found["trends"]["median_ms"],
        "facets_load_ms": found["facets"]["load_ms"],
        "facets_all_ms": found["facets"]["all_median_ms"],
        "facets_common_ms": found["facets"]["common_median_ms"],
        "concordance_first_ms": rare["first_screen_ms"],
        "concordance_whole_ms": rare["whole_ms"],
        "concordance_common_first_ms": common["first_screen_ms"],
        "concordance_common_whole_ms": common["whole_ms"],
        "month_report_ms": quality["month_report_ms"],
        "warned_ids_ms": quality["warned_ids_ms"],
        "export_rate": found["export"]["command_rate"],
        "export_core_rate": found["export"]["core_rate"],
    }


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import textual

    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "textual": textual.__version__,
        "system": f"{platform.system()} {platform.release()}",
    }


def verdict(value: object, target: float | None, better: str) -> str:
    if target is None:
        return ""
    if not isinstance(value, int | float):
        return "n/a"
    ok = value <= target if better == "lower" else value >= target
    return "ok" if ok else "MISSED"


def _row(
    results: dict[str, dict[str, object]],
    sizes: list[str],
    measurement: tuple[str, str, float | None, str, str],
) -> list[str]:
    key, what, target, unit, better = measurement
    values = [results[s].get(key) for s in sizes]
    cells = [f"{v:,.1f} {unit}" if isinstance(v, int | float) else "n/a" for v in values]
    row = [what, *cells]
    if len(sizes) > 1:
        first, last = values[0], values[-1]
        ok = isinstance(first, int | float) and isinstance(last, int | float) and first
        row.append(f"{last / first:.2f}" if ok else "")  # type: ignore[operator]
    sign = "\u2264" if better == "lower" else "\u2265"
    goal = f"{sign} {target:,} {unit}" if target is not None else ""
    return [*row, goal, verdict(values[-1], target, better)]


def show(results: dict[str, dict[str, object]], console: Console) -> None:
    sizes = list(results)
    table = Table(title="tuiarchive at scale (medians unless p95)", title_justify="left")
    table.add_column("measurement")
    for size in sizes:
        table.add_column(f"{int(size):,}", justify="right")
    if len(sizes) > 1:
        table.add_column(f"{int(sizes[-1]) // int(sizes[0])}x posts: ratio", justify="right")
    table.add_column("target", justify="right")
    table.add_column(f"at {int(sizes[-1]):,}")
    for section, measurements in SECTIONS.items():
        if section != "browser":
            table.add_section()
            table.add_row(Text(section, style="bold"))
        for measurement in measurements:
            table.add_row(*_row(results, sizes, measurement))
    console.print(table)
    kinds = Table(
        title="filter latency by kind (ms): median / p95 / query alone / slowest first run",
        title_justify="left",
    )
    kinds.add_column("filter")
    for size in sizes:
        kinds.add_column(f"{int(size):,}", justify="right")
    for kind in results[sizes[0]]["filter_ms_by_kind"]:  # type: ignore[union-attr]
        row = [kind]
        for size in sizes:
            m = results[size]["filter_ms_by_kind"][kind]  # type: ignore[index]
            first = results[size].get("filter_first_ms_by_kind", {}).get(kind, [])  # type: ignore[union-attr]
            cell = f"{m['median']:.1f} / {m['p95']:.1f} / {m['core_median']:.1f}"
            row.append(cell + (f" / {max(first):.0f}" if first else ""))
        kinds.add_row(*row)
    console.print(kinds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="10000,50000,100000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=HERE / "corpus")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "latest.json")
    parser.add_argument(
        "--smoke", action="store_true", help="300 posts, one round: a check that it runs"
    )
    args = parser.parse_args(argv)
    sizes = [300] if args.smoke else [int(s) for s in args.sizes.split(",")]
    repeat = 1 if args.smoke else args.repeat
    results: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory(prefix="tuiarchive-bench-") as work:
        for size in sizes:
            corpus = corpus_for(size, args.corpus)
            print(f"measuring {size:,} posts ...", file=sys.stderr)
            results[str(size)] = measure(size, corpus, repeat, Path(work))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "machine": machine(),
        "targets": {
            key: {
                "what": what,
                "target": target,
                "unit": unit,
                "better": better,
                "section": section,
            }
            for section, measurements in SECTIONS.items()
            for key, what, target, unit, better in measurements
        },  # fmt: skip
        "results": results,
    }
    args.out.write_text(json.dumps(report, indent=1))
    console = Console(width=160)
    console.print(f"{report['date']} on {report['machine']['cpu']} ({report['machine']['cores']} cores), "
                  f"Python {report['machine']['python']}, SQLite {report['machine']['sqlite']}")  # fmt: skip
    show(results, console)
    print(f"written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
