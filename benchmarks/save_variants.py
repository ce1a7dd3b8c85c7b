"""The fidelity report over each dump as saved and as re-saved in forms that read the same (CRLF, BOM, spaces, blank lines, encodings)."""

from __future__ import annotations

import argparse
import codecs
import contextlib
import json
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.fidelity import FileResult, check_file, default_key
from tuiarchive.dumps.decode import decode_dump
from tuiarchive.errors import NotADump

_LEAD_SPACES = re.compile(r"^ +", re.M)
_BLANK_RUN = re.compile(r"\n(?:[ \t]*\n)+")


def _lines(text: str, fix: Callable[[str], str]) -> str:
    return "\n".join(fix(line) for line in text.split("\n"))


def _tabs(line: str) -> str:
    spaces = len(line) - len(line.lstrip(" "))
    return "\t" * (spaces // 4) + " " * (spaces % 4) + line[spaces:]


def blank_between(text: str) -> str:
    """The text with a blank line put between every two adjacent lines with text."""
    out: list[str] = []
    for line in text.split("\n"):
        if line.strip() and out and out[-1].strip():
            out.append("")
        out.append(line)
    return "\n".join(out)


def _utf8(fix: Callable[[str], str]) -> Callable[[str], bytes | None]:
    return lambda text: fix(text).encode("utf-8")


def _encoded(encoding: str) -> Callable[[str], bytes | None]:
    def encode(text: str) -> bytes | None:
        try:
            return text.encode(encoding)
        except UnicodeEncodeError:
            return None

    return encode


#: Name -> the bytes a save would write from the decoded text (None: it cannot hold it).
VARIANTS: dict[str, Callable[[str], bytes | None]] = {
    "crlf": _utf8(lambda t: t.replace("\n", "\r\n")),
    "bom": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "trailing-stripped": _utf8(lambda t: _lines(t, lambda x: x.rstrip(" \t"))),
    "trailing-added": _utf8(lambda t: _lines(t, lambda x: x + " ")),
    "nbsp-to-space": _utf8(lambda t: t.replace("\u00a0", " ")),
    "lead-space-to-nbsp": _utf8(lambda t: _LEAD_SPACES.sub(lambda m: "\u00a0" * len(m[0]), t)),
    "lead-space-to-tab": _utf8(lambda t: _lines(t, _tabs)),
    "blank-runs-collapsed": _utf8(lambda t: _BLANK_RUN.sub("\n\n", t)),
    "blank-between-lines": _utf8(blank_between),
    "cp1251": _encoded("cp1251"),
    "koi8-r": _encoded("koi8_r"),
    "utf-16": _encoded("utf-16"),
    "blank-lines-around": _utf8(lambda t: "\n\n\n" + t.strip("\n") + "\n\n\n"),
}


def run(dumps: Path, key_path: Path, verbose: bool = False, out: Any = None) -> dict[str, Any]:
    """Check every file the key names as saved and under every variant; print the table."""
    out = out or sys.stdout
    key: dict[str, Any] = json.loads(key_path.read_text(encoding="utf-8"))
    saved: dict[str, FileResult] = {}
    texts: dict[str, str] = {}
    for name in sorted(key):
        path = dumps / name
        if not path.is_file():
            continue
        saved[name] = check_file(path, name, key[name].get("posts", []))
        with contextlib.suppress(NotADump):
            texts[name] = decode_dump(path.read_bytes()).text
    expected = sum(r.expected for r in saved.values())
    exact = sum(r.exact for r in saved.values())
    phantom = sum(r.phantom for r in saved.values())
    print(f"{'as saved':22} exact {exact}/{expected}  phantom {phantom}", file=out)
    totals = {"drop": 0, "phantom": 0, "broken": 0}
    with tempfile.TemporaryDirectory() as tmp:
        for variant, make in VARIANTS.items():
            v_exact = v_phantom = s_exact = s_phantom = v_expected = files = 0
            broken: list[str] = []
            for name, text in texts.items():
                data = make(text)
                if data is None:
                    continue
                path = Path(tmp) / Path(name).name
                path.write_bytes(data)
                result = check_file(path, name, key[name].get("posts", []))
                base = saved[name]
                files += 1
                v_expected += result.expected
                v_exact += result.exact
                v_phantom += result.phantom
                s_exact += base.exact
                s_phantom += base.phantom
                totals["drop"] += max(0, base.exact - result.exact)
                totals["phantom"] += max(0, result.phantom - base.phantom)
                if result.exact < base.exact or result.phantom > base.phantom:
                    broken.append(
                        f"{name}: exact {base.exact}->{result.exact}, "
                        f"phantom {base.phantom}->{result.phantom}"
                    )
                    if verbose:
                        broken.extend(f"    {d}" for d in result.details)
            drop = s_exact - v_exact
            more = v_phantom - s_phantom
            totals["broken"] += sum(1 for b in broken if not b.startswith(" "))
            print(
                f"{variant:22} exact {v_exact}/{v_expected}  phantom {v_phantom}  "
                f"drop {drop}  phantom+ {more}  ({files} files)",
                file=out,
            )
            for line in broken:
                print(f"    {line}", file=out)
    print(
        f"TOTAL: {exact}/{expected} exact as saved, {phantom} phantom; over {len(VARIANTS)} "
        f"variants {totals['drop']} field-exact posts lost, {totals['phantom']} phantoms more "
        "(file by file), "
        f"{totals['broken']} file-variants worse",
        file=out,
    )
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.save_variants", description=__doc__)
    parser.add_argument("dumps", type=Path, help="the folder of dumps the key describes")
    parser.add_argument("--key", type=Path, help="the answer key (default: keys/<folder>.json)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list what went wrong")
    args = parser.parse_args(argv)
    key = args.key or default_key(args.dumps)
    if not args.dumps.is_dir() or not key.is_file():
        print(f"save_variants: need a folder and a key ({args.dumps}, {key})", file=sys.stderr)
        return 2
    run(args.dumps, key, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
