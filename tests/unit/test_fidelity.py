"""The fidelity report: it finds phantom and missing posts, and the shared real pages stay parsed."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from benchmarks import fidelity

ROOT = Path(__file__).parents[2]
REAL_DUMPS = ROOT.parent / "shared" / "real-dumps"

PAGE = """Friday, May 23, 2014

Ferry talks resume at the grain berth

The harbour office said on Friday that the talks would resume.
They did, on Monday.

Posted by Mara Lind at 5:43 AM
Labels: ferries, harbour
2 comments:

Ola said...
Good news at last.
May 24, 2014 10:27 AM

Per said...
Not for the berth.
May 25, 2014 8:01 PM

Post a Comment
"""


def _key(**changes: object) -> dict[str, object]:
    post = {
        "title": "Ferry talks resume at the grain berth",
        "date": "2014-05-23",
        "author": "Mara Lind",
        "labels": ["ferries", "harbour"],
        "comments": 2,
        "comment_authors": ["Ola", "Per"],
        "body_first": "The harbour office said",
        "body_last": "They did, on Monday.",
        "blog": None,
        "url": None,
    }
    post.update(changes)
    return {"page.txt": {"posts": [post]}}


def _run(tmp_path: Path, key: dict[str, object]) -> tuple[list[fidelity.FileResult], str]:
    (tmp_path / "dumps").mkdir(exist_ok=True)
    (tmp_path / "dumps" / "page.txt").write_text(PAGE, encoding="utf-8")
    key_path = tmp_path / "key.json"
    key_path.write_text(json.dumps(key), encoding="utf-8")
    out = io.StringIO()
    results = fidelity.run(tmp_path / "dumps", key_path, verbose=True, out=out)
    return results, out.getvalue()


def test_a_post_read_as_the_key_says_is_field_exact(tmp_path: Path) -> None:
    results, out = _run(tmp_path, _key())
    assert (results[0].exact, results[0].phantom, results[0].missing) == (1, 0, 0)
    assert out.splitlines()[-1].startswith("TOTAL: 1/1 posts field-exact, 0 phantom, 0 missing")


def test_a_wrong_field_is_named_and_the_post_is_not_exact(tmp_path: Path) -> None:
    results, out = _run(tmp_path, _key(author="Someone Else", comment_authors=["Ola"]))
    assert results[0].exact == 0
    assert results[0].wrong == {"author": 1, "comment_authors": 1}
    assert "author: want 'Someone Else' got 'Mara Lind'" in out


def test_a_post_the_key_lacks_is_phantom_and_one_it_has_is_missing(tmp_path: Path) -> None:
    key = _key(title="A post that is not on the page", body_first="Nothing like this")
    results, out = _run(tmp_path, key)
    assert (results[0].phantom, results[0].missing) == (1, 1)
    assert "phantom" in out and "missing: 'A post that is not on the page'" in out


def test_chrome_left_in_a_body_is_counted() -> None:
    body = "First line.\nPosted by Mara Lind at 5:43 AM\nЯрлыки: a, b\nLast line."
    assert fidelity.chrome_lines(body) == ["Posted by Mara Lind at 5:43 AM", "Ярлыки: a, b"]


#: What the parser achieves on the shared real pages: a change that makes it worse fails.
AT_LEAST_EXACT = 37
AT_MOST_PHANTOM = 0
AT_MOST_MISSING = 0
AT_LEAST_BLOG = 35  # posts whose blog name is right (of those found)
AT_LEAST_URL = 31


def test_the_shared_real_pages_parse_at_least_as_well_as_before() -> None:
    if not REAL_DUMPS.is_dir():
        pytest.skip(f"no shared real pages at {REAL_DUMPS} (they sit beside the project's clone)")
    out = io.StringIO()
    results = fidelity.run(REAL_DUMPS, fidelity.default_key(REAL_DUMPS), out=out)
    exact = sum(r.exact for r in results)
    phantom = sum(r.phantom for r in results)
    missing = sum(r.missing for r in results)
    report = out.getvalue()
    assert exact >= AT_LEAST_EXACT, report
    assert phantom <= AT_MOST_PHANTOM, report
    assert missing <= AT_MOST_MISSING, report
    assert sum(r.extra_right.get("blog", 0) for r in results) >= AT_LEAST_BLOG, report
    assert sum(r.extra_right.get("url", 0) for r in results) >= AT_LEAST_URL, report
