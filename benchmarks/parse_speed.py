"""Parse and import speed: this tree against another checkout, on the same generated dumps, same run.

    python -m benchmarks.parse_speed                          # this tree alone
    python -m benchmarks.parse_speed --against ../old-tree    # and a ratio to another checkout
    python -m benchmarks.parse_speed --against ../old-tree --import   # whole imports instead
    python -m benchmarks.parse_speed --posts 20000 --repeat 7

The dumps are generated once into benchmarks/corpus/parse-<posts>/ (not committed).
Each round parses every dump in a fresh process (so start-up counts, as it does in an
import's worker), alternating the trees; the report gives the median and p95 of the
rounds, posts per second and the ratio of the medians. With --import each round is a
whole `tuiarchive --import DIR --no-ui` into a new archive (parsing processes, store
and index included). The target is the real-dumps issue's: this tree within 10% of
the one it replaces.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import write_corpus

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TARGET_RATIO = 1.10

_ROUND = """
import json, pathlib, sys, time
start = time.perf_counter()
sys.path.insert(0, sys.argv[1])
from tuiarchive.errors import NotADump
# Asked of the tree itself: an older tree has no tuiarchive/dumps, and importing it would
# find this tree's (installed in editable mode) and mix the two.
if pathlib.Path(sys.argv[1], "tuiarchive", "dumps", "parser.py").exists():
    from tuiarchive.dumps.parser import parse_dump
else:  # a tree from before the package was laid out in folders
    from tuiarchive.parser import parse_dump
assert pathlib.Path(sys.modules[parse_dump.__module__].__file__).is_relative_to(sys.argv[1])
posts = 0
for path in sorted(pathlib.Path(sys.argv[2]).rglob("*.txt")):
    try:
        posts += len(parse_dump(path.read_bytes(), str(path)))
    except NotADump:
        pass
print(json.dumps({"seconds": time.perf_counter() - start, "posts": posts}))
"""


def one_round(tree: Path, corpus: Path) -> tuple[float, int]:
    """Seconds to start a process and parse every dump with `tree`'s parser, and posts read."""
    done = subprocess.run(
        [sys.executable, "-c", _ROUND, str(tree), str(corpus)],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(done.stdout)
    return float(result["seconds"]), int(result["posts"])


def one_import(tree: Path, corpus: Path) -> tuple[float, int]:
    """Seconds for a whole import of the dumps into a new archive with `tree`'s code."""
    archive = Path(tempfile.mkdtemp(prefix="tuiarchive-speed-")) / "archive"
    env = dict(os.environ, PYTHONPATH=str(tree))
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "tuiarchive", "--db", str(archive), "--import", str(corpus),
         "--no-ui"],
        cwd=tree, env=env, capture_output=True, check=True,
    )  # fmt: skip
    seconds = time.perf_counter() - start
    listed = subprocess.run(
        [sys.executable, "-m", "tuiarchive", "--db", str(archive), "--list", "--json"],
        cwd=tree, env=env, capture_output=True, check=True, text=True,
    )  # fmt: skip
    shutil.rmtree(archive.parent, ignore_errors=True)
    return seconds, len(listed.stdout.splitlines())


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.parse_speed", description=__doc__)
    parser.add_argument("--posts", type=int, default=6000, help="posts in the generated dumps")
    parser.add_argument("--repeat", type=int, default=5, help="rounds per tree")
    parser.add_argument("--against", type=Path, help="another checkout to compare with")
    parser.add_argument("--corpus", type=Path, help="where the dumps are (generated if absent)")
    parser.add_argument(
        "--import", dest="whole_import", action="store_true", help="time whole imports"
    )
    args = parser.parse_args(argv)
    corpus = args.corpus or HERE / "corpus" / f"parse-{args.posts}"
    if not corpus.is_dir():
        write_corpus(corpus, args.posts)
    trees = {"this tree": ROOT}
    if args.against is not None:
        if not any(
            (args.against / "tuiarchive" / where).is_file()
            for where in ("dumps/parser.py", "parser.py")
        ):
            print(
                f"parse_speed: {args.against} holds no tuiarchive/dumps/parser.py", file=sys.stderr
            )
            return 2
        trees["against"] = args.against.resolve()
    times: dict[str, list[float]] = {name: [] for name in trees}
    posts: dict[str, int] = {}
    for _ in range(args.repeat):
        for name, tree in trees.items():  # alternating: the machine's noise falls on both
            measure = one_import if args.whole_import else one_round
            seconds, count = measure(tree, corpus)
            times[name].append(seconds)
            posts[name] = count
    for name, values in times.items():
        median = statistics.median(values)
        print(
            f"{name:10} median {median:6.2f} s   p95 {p95(values):6.2f} s   "
            f"{posts[name] / median:8,.0f} posts/s   ({posts[name]:,} posts, {args.repeat} rounds)"
        )
    if "against" in times:
        ratio = statistics.median(times["this tree"]) / statistics.median(times["against"])
        verdict = "within" if ratio <= TARGET_RATIO else "over"
        print(f"ratio this/against {ratio:.2f} (target <= {TARGET_RATIO:.2f}: {verdict})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
