"""Inputs at the edges of the command line: one line naming the term or file, exit 2, never a
traceback; and the documented `--filter -ferry` works as written."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from tests.archives import make_plain, rewrite_segment
from tests.ui.helpers import settle
from tuiarchive.cli.main import main
from tuiarchive.ui.app import make_app
from tuiarchive.ui.widgets.filter_bar import FilterBar


def one_error(capsys: pytest.CaptureFixture[str]) -> str:
    """The single line the command printed on stderr (and nothing on stdout)."""
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert "Traceback" not in captured.err and not captured.out
    return lines[0]


def date_in(raw: bytes) -> bytes:
    found = re.search(rb'"date":"\d{4}-\d\d-\d\d"', raw)
    assert found is not None
    return found[0]


def tamper_date(archive: Path, segment: Path) -> None:
    """Give a post of the segment a date that is none, as a faulty writer might have."""
    rewrite_segment(
        archive, segment.name, lambda raw: raw.replace(date_in(raw), b'"date":"20x4-13-99"', 1)
    )


def tree(path: Path) -> dict[str, str]:
    return {
        str(p.relative_to(path)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(path.rglob("*"))
        if p.is_file() and not p.name.endswith(("-wal", "-shm"))
    }


@pytest.mark.parametrize(
    "text",
    ["(" * 600 + "ferry" + ")" * 600, "-" * 600 + "ferry", "(-" * 400 + "ferry" + ")" * 400],
    ids=["parentheses", "exclusions", "both"],
)
def test_a_filter_nested_too_deeply_is_one_line(
    sample_archive: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    assert main(["--db", str(sample_archive), "--list", "--filter", text]) == 2
    line = one_error(capsys)
    assert "invalid filter" in line and "nests too deeply" in line
    assert len(line) < 200  # the line names the place, it does not repeat the filter


def test_a_deep_but_reasonable_filter_still_works(
    sample_archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "(" * 50 + "ferry" + ")" * 50
    assert main(["--db", str(sample_archive), "--list", "--filter", text]) == 0
    assert "posts mentioning \u201cferry\u201d" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("term", "says"),
    [
        ("after:9999", "no dates after 9999"),
        ('after:"December 9999"', "no dates after December 9999"),
        ("before:0001", "no dates before 0001"),
        ("before:0001-01-01", "no dates before 0001-01-01"),
    ],
)
def test_dates_past_the_calendar_are_one_line(
    sample_archive: Path, capsys: pytest.CaptureFixture[str], term: str, says: str
) -> None:
    assert main(["--db", str(sample_archive), "--list", "--filter", f"ferry {term}"]) == 2
    line = one_error(capsys)
    assert term in line and says in line


def test_the_calendar_s_own_ends_still_work(
    sample_archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for term in ("since:0001", "until:9999", "after:0001", "before:9999", "date:0001..9999"):
        assert main(["--db", str(sample_archive), "--list", "--filter", term]) == 0
        assert "81 of 81 posts" in capsys.readouterr().out


def test_an_archive_name_over_255_bytes_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = "\u00e9" * 130  # 260 bytes in UTF-8
    for command in (["--list"], ["--check"], ["--no-ui"], ["--rebuild", "--no-ui"]):
        assert main(["--db", str(tmp_path / name), *command]) == 2, command
        line = one_error(capsys)
        assert name in line and "too long" in line.lower(), line
    assert not any(name in p.name for p in tmp_path.iterdir())  # nothing was made


@pytest.mark.parametrize("fmt", ["dump", "markdown", "jsonl"])
@pytest.mark.parametrize("indexed", [True, False], ids=["indexed-before", "indexed-after"])
def test_a_segment_with_a_tampered_date_stops_an_export_with_one_line(
    sample_archive: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    fmt: str,
    indexed: bool,
) -> None:
    segment = sample_archive / "posts" / "000001.json"
    if indexed:
        # A plain segment (as an older tuiarchive wrote it) changed in place, keeping its
        # size: the index, built before, points into it.
        make_plain(sample_archive)
        assert main(["--db", str(sample_archive), "--no-ui"]) == 0
        capsys.readouterr()
        raw = segment.read_bytes()
        segment.write_bytes(raw.replace(date_in(raw), b'"date":"20x4-13-99"', 1))
    else:  # the index is built again from the tampered (compressed) segment
        tamper_date(sample_archive, segment)
        assert main(["--db", str(sample_archive), "--no-ui"]) == 0
        capsys.readouterr()
    before = tree(sample_archive)
    out = tmp_path / "export"
    status = main(["--db", str(sample_archive), "--export", str(out), "--format", fmt])
    line = one_error(capsys)
    assert status == 2
    assert str(segment) in line and "20x4-13-99" in line and "not a date" in line
    assert not out.exists()  # nothing half-exported is left behind
    assert {k: v for k, v in tree(sample_archive).items() if "sqlite" not in k} == {
        k: v for k, v in before.items() if "sqlite" not in k
    }


def test_a_tampered_export_into_an_empty_directory_leaves_it_empty(
    sample_archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tamper_date(sample_archive, sample_archive / "posts" / "000001.json")
    assert main(["--db", str(sample_archive), "--no-ui"]) == 0  # indexed again
    capsys.readouterr()
    out = tmp_path / "mine"
    out.mkdir()
    assert main(["--db", str(sample_archive), "--export", str(out)]) == 2
    one_error(capsys)
    assert out.is_dir() and list(out.iterdir()) == []


@pytest.mark.parametrize(
    "argv",
    [
        ["--filter", "-ferry"],
        ["--filter=-ferry"],
        ["--fil", "-ferry"],
        ["--filter", "-ferry harbour"],
        ["--filter", "-label:energy"],
    ],
)
def test_a_filter_that_starts_with_a_minus_is_the_documented_exclusion(
    sample_archive: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    assert main(["--db", str(sample_archive), "--list", *argv]) == 0
    captured = capsys.readouterr()
    assert "posts not " in captured.out and not captured.err


def test_an_exclusion_finds_the_posts_without_the_word(
    sample_archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(sample_archive), "--list", "--filter", "ferry"]) == 0
    with_ferry = int(capsys.readouterr().out.split()[0])
    assert main(["--db", str(sample_archive), "--list", "--filter", "-ferry"]) == 0
    without = int(capsys.readouterr().out.split()[0])
    assert with_ferry > 0 and with_ferry + without == 81


def test_an_option_after_filter_is_still_a_missing_filter(
    sample_archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(sample_archive), "--filter", "--list"]) == 2
    line = one_error(capsys)
    assert "--filter" in line and "expected one argument" in line


async def test_the_browser_names_a_filter_nested_too_deeply(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        app.archive.set_filter("(" * 600 + "ferry" + ")" * 600)
        await settle(pilot)
        bar = app.query_one(FilterBar)
        assert "nests too deeply" in bar.problem and "at most 100 levels" in bar.problem
        assert bar.has_class("-invalid")
        assert app.is_running
        app.archive.set_filter("ferry")
        await settle(pilot)
        assert not bar.problem
