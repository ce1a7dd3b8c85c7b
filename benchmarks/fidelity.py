"""The fidelity report: the parser over a folder of real dumps, checked field by field against a key.

    python -m benchmarks.fidelity DUMPS_DIR [--key KEY.json] [-v]

The key (format in benchmarks/keys/README.md) says what a careful reader sees in each
file: every post with its title, date, author, labels, comment count and comment
authors, and the words its body starts and ends with. The report prints, per file and
in total, the posts that came out field-exact, the phantom records (posts the key does
not have), the missing posts, the chrome lines left in bodies and the skipped files
that hold a post. Its last line is the totals. With no --key, the key named after the
folder (benchmarks/keys/<folder>.json) is used: benchmarks/keys/real-dumps.json serves
../shared/real-dumps.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tuiarchive.dumps.parser import parse_dump
from tuiarchive.errors import NotADump
from tuiarchive.model import Post

KEYS = Path(__file__).resolve().parent / "keys"

#: The fields a post must have right to count as field-exact.
EXACT_FIELDS = (
    "title",
    "date",
    "author",
    "labels",
    "comments",
    "comment_authors",
    "body_first",
    "body_last",
    "chrome",
)
#: Reported beside the others, not part of field-exact.
EXTRA_FIELDS = ("blog", "url")

# Page chrome in the languages the key covers, written for this report alone so that
# the parser's own lists are not what checks the parser. A body line that matches one
# is chrome left in a body.
_CHROME = re.compile(
    r"^(?:"
    r"posted\s+by\b.*\b(?:at|on)\b|posted\s+on\s.*\bby\b|labels?\s*:|reactions\s*:"
    r"|(?:no|\d+)\s+comments?\s*:|post\s+a\s+comment$|email\s+this|blogthis!|share\s+to\s"
    r"|newer\s+posts?\b|older\s+posts?\b|subscribe\s+to\s*:|blog\s+archive$|powered\s+by\s+blogger"
    r"|links\s+to\s+this\s+post$|create\s+a\s+link$|this\s+entry\s+was\s+posted\s+in\b"
    r"|publicado\s+por\b|etiquetas\s*:|no\s+hay\s+comentarios|publicar\s+un\s+comentario"
    r"|pubblicato\s+da\b|etichette\s*:|nessun\s+commento|posta\s+un\s+commento"
    r"|автор\s*:|ярлыки\s*:|комментариев\s+нет|мітки\s*:|коментарів\s+немає"
    r"|eingestellt\s+von\b|keine\s+kommentare|publié\s+par\b|libellés\s*:|aucun\s+commentaire"
    r"|postado\s+por\b|marcadores\s*:|nenhum\s+comentário|diposting\s+oleh\b|label\s*:"
    r"|geplaatst\s+door\b|etykiety\s*:|gönderen\b|etiketler\s*:"
    r")",
    re.I,
)
_LINK = re.compile(r"!?\[([^\]]*)\](?:\([^)]*\)|\[\d+\])")
_MARKS = re.compile(r"^[#>*\s-]+|[*_<>]")


def _flat(text: str | None) -> str:
    """Text compared as a reader sees it: links reduced to their text, entities and spacing undone."""
    if text is None:
        return ""
    text = _LINK.sub(r"\1", html.unescape(text))
    return " ".join(text.replace("\u00a0", " ").split())


def _plain(text: str | None) -> str:
    """A body line compared for where it starts and ends: Markdown heading and emphasis marks
    dropped on both sides, since the key quotes words, not markup."""
    return _MARKS.sub("", _flat(text)).strip()


def chrome_lines(body: str) -> list[str]:
    """The lines of a body that are page chrome."""
    return [line for line in body.splitlines() if _CHROME.match(_flat(line).lstrip("#*>- "))]


@dataclass
class FileResult:
    """How one file's posts compare with its key."""

    path: str
    expected: int
    parsed: int = 0
    exact: int = 0
    phantom: int = 0
    missing: int = 0
    chrome: int = 0
    skipped: str | None = None
    wrong: dict[str, int] = field(default_factory=dict)
    extra_right: dict[str, int] = field(default_factory=dict)
    details: list[str] = field(default_factory=list)


def _joined(lines: list[str]) -> str:
    """The body's lines as one run of words, compared with a quote that spans lines.

    Marks are dropped per line and, a second reading, only around the whole run (a
    quote running into a line that starts `#include` keeps its `#`)."""
    return " ".join(_plain(line) for line in lines)


def _runs(lines: list[str]) -> tuple[str, str]:
    return _joined(lines), _plain(" ".join(lines))


def _body_lines(post: Post) -> list[str]:
    return [line for line in (_flat(x) for x in post.body.splitlines()) if line]


def compare(post: Post, want: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """The fields of `post` that differ from the key's post: name -> (wanted, got)."""
    lines = _body_lines(post)
    got: dict[str, Any] = {
        "title": _flat(post.title),
        "date": post.date,
        "author": _flat(post.author) or None,
        "labels": [_flat(x) for x in post.labels],
        "comments": post.comments,
        "comment_authors": [_flat(c.author) for c in post.comment_list],
        "body_first": lines[0] if lines else "",
        "body_last": lines[-1] if lines else "",
        "chrome": chrome_lines(post.body),
        "blog": _flat(getattr(post, "blog", None)) or None,
        "url": getattr(post, "url", None) or None,
    }
    wrong: dict[str, tuple[Any, Any]] = {}
    for name in EXACT_FIELDS + EXTRA_FIELDS:
        expected = want.get(name)
        value = got[name]
        if name == "title" and want.get("title"):
            ok = _flat(expected).casefold() == value.casefold()
        elif name == "body_first":  # the key's few words may run over a line's end
            ok = _plain(value).startswith(_plain(expected)) or any(
                run.startswith(_plain(expected)) for run in _runs(lines)
            )
        elif name == "body_last":
            ok = _plain(value).endswith(_plain(expected)) or any(
                run.endswith(_plain(expected)) for run in _runs(lines)
            )
        elif name == "chrome":
            ok = not value
        elif name in ("labels", "comment_authors"):
            ok = [_flat(x) for x in expected or []] == value
        elif name in ("title", "author", "blog"):
            ok = (_flat(expected) or None) == (value or None)
        else:
            ok = expected == value
        if not ok:
            wrong[name] = (expected, value)
    return wrong


def _same_post(post: Post, want: dict[str, Any]) -> bool:
    title = _flat(want.get("title"))
    if title and _flat(post.title).casefold() == title.casefold():
        return True
    lines = _body_lines(post)
    first = _plain(want.get("body_first"))
    return bool(first) and (
        any(_plain(line).startswith(first) for line in lines[:3])
        or any(run.startswith(first) for run in _runs(lines[:6]))
    )


def check_file(path: Path, name: str, wanted: list[dict[str, Any]]) -> FileResult:
    """Parse one dump and compare its posts with the key's."""
    result = FileResult(path=name, expected=len(wanted))
    try:
        posts = parse_dump(path.read_bytes(), str(path))
    except NotADump as error:
        result.skipped = str(error)
        result.missing = len(wanted)
        return result
    result.parsed = len(posts)
    unmatched = list(posts)
    for want in wanted:
        match = next((p for p in unmatched if _same_post(p, want)), None)
        if match is None:
            result.missing += 1
            result.details.append(f"missing: {_flat(want.get('title'))[:60]!r}")
            continue
        unmatched.remove(match)
        wrong = compare(match, want)
        result.chrome += len(chrome_lines(match.body))
        if not any(name in wrong for name in EXACT_FIELDS):
            result.exact += 1
        for name in EXTRA_FIELDS:
            if name not in wrong:
                result.extra_right[name] = result.extra_right.get(name, 0) + 1
        for name, (expected, value) in wrong.items():
            result.wrong[name] = result.wrong.get(name, 0) + 1
            result.details.append(f"{name}: want {_short(expected)} got {_short(value)}")
    for post in unmatched:
        result.phantom += 1
        warned = "with a warning" if post.warnings else "NO warning"
        result.details.append(f"phantom ({warned}): {post.title[:60]!r} line {post.line}")
    return result


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 90 else text[:87] + "..."


def default_key(dumps: Path) -> Path:
    """The key named after the dumps folder."""
    return KEYS / f"{dumps.resolve().name}.json"


def run(dumps: Path, key_path: Path, verbose: bool = False, out: Any = None) -> list[FileResult]:
    """Check every file the key names; print per-file lines and the totals last."""
    out = out or sys.stdout
    key: dict[str, Any] = json.loads(key_path.read_text(encoding="utf-8"))
    results: list[FileResult] = []
    for name in sorted(key):
        entry = key[name]
        path = dumps / name
        if not path.is_file():
            print(f"{name}: not in {dumps}", file=out)
            continue
        result = check_file(path, name, entry.get("posts", []))
        results.append(result)
        state = f"skipped ({result.skipped})" if result.skipped else ""
        print(
            f"{name[:58]:58} exact {result.exact}/{result.expected}  parsed {result.parsed}  "
            f"phantom {result.phantom}  missing {result.missing}  chrome {result.chrome} {state}",
            file=out,
        )
        if verbose:
            for detail in result.details:
                print(f"    {detail}", file=out)
    wrong: dict[str, int] = {}
    for result in results:
        for name, count in result.wrong.items():
            wrong[name] = wrong.get(name, 0) + count
    expected = sum(r.expected for r in results)
    print("fields wrong: " + ", ".join(f"{k} {v}" for k, v in sorted(wrong.items())), file=out)
    matched = expected - sum(r.missing for r in results)
    extra = ", ".join(
        f"{name} {sum(r.extra_right.get(name, 0) for r in results)}/{matched}"
        for name in EXTRA_FIELDS
    )
    print(f"also right (not part of field-exact): {extra}", file=out)
    skipped_with_posts = sum(1 for r in results if r.skipped and r.expected)
    print(
        f"TOTAL: {sum(r.exact for r in results)}/{expected} posts field-exact, "
        f"{sum(r.phantom for r in results)} phantom, {sum(r.missing for r in results)} missing, "
        f"{sum(r.chrome for r in results)} chrome lines in bodies, "
        f"{skipped_with_posts} skipped files holding posts ({len(results)} files)",
        file=out,
    )
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fidelity", description=__doc__)
    parser.add_argument("dumps", type=Path, help="the folder of dumps the key describes")
    parser.add_argument("--key", type=Path, help="the answer key (default: keys/<folder>.json)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every wrong field")
    args = parser.parse_args(argv)
    key = args.key or default_key(args.dumps)
    if not args.dumps.is_dir():
        print(f"fidelity: {args.dumps} is not a folder", file=sys.stderr)
        return 2
    if not key.is_file():
        print(f"fidelity: no key at {key} (give one with --key)", file=sys.stderr)
        return 2
    run(args.dumps, key, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
