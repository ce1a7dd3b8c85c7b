"""The parser against a corpus written independently from the format's description alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures.independent_corpus import EXPECTED, FILES
from tuiarchive.dumps.parser import parse_dump
from tuiarchive.errors import NotADump

FIELDS = ("title", "series", "date", "author", "place", "body", "labels", "comments", "time")


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_post_reads_as_a_person_reads_it(name: str) -> None:
    expected = EXPECTED[name]
    if isinstance(expected, dict):
        with pytest.raises(NotADump):
            parse_dump(FILES[name], name)
        return
    posts = parse_dump(FILES[name], name)
    assert [p.title for p in posts] == [e["title"] for e in expected]
    for post, want in zip(posts, expected, strict=True):
        got = {f: getattr(post, f) for f in FIELDS}
        got["labels"] = list(post.labels)
        assert got == {f: want[f] for f in FIELDS}, post.title
        comments = [{"author": c.author, "date": c.date, "text": c.text} for c in post.comment_list]
        assert comments == want["comment_list"], post.title


def test_the_whole_corpus_imports_with_the_skips_reported(tmp_path: Path) -> None:
    from tuiarchive.loader import import_dumps
    from tuiarchive.store import open_store

    for name, data in FILES.items():
        (tmp_path / "dumps").mkdir(exist_ok=True)
        (tmp_path / "dumps" / name).write_bytes(data)
    with open_store(tmp_path / "archive") as store:
        report = import_dumps([tmp_path / "dumps"], store)
    skips = {name for name, e in EXPECTED.items() if isinstance(e, dict)}
    assert {Path(p).name for p, _ in report.skipped} == skips
    assert report.added == sum(len(e) for e in EXPECTED.values() if isinstance(e, list))
