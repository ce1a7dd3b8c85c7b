"""The command line in a newcomer's first minutes: a mistyped archive, a piped browser,
dumps named relative to one directory used from another, counting and limiting a list."""

from __future__ import annotations

import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.dumps import item_page
from tuiarchive.cli.main import main

ROOT = Path(__file__).parents[2]
DATA = ROOT / "data"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def run(*args: str) -> int:
    return main(list(args))


# -- a mistyped --db --------------------------------------------------------------------


@pytest.mark.parametrize("args", [["--list"], ["--no-ui"], [], ["--export", "out"], ["--count"]])
def test_a_mistyped_db_says_there_is_no_archive_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    typo = tmp_path / "sampel-archive"
    assert run("--db", str(typo), *args) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1, err
    assert err.startswith(f"tuiarchive: there is no archive at {typo}")
    assert "--import" in err  # what to do if it was meant
    assert not typo.exists()  # nothing created


def test_the_default_archive_opened_first_says_to_import(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.delenv("TUIARCHIVE_DB")
    assert run("--list") == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1, err
    assert "no archive yet" in err and "tuiarchive --import DIR" in err
    assert not (tmp_path / "xdg-data" / "tuiarchive").exists()


# -- the browser needs a terminal -------------------------------------------------------


@pytest.mark.parametrize("piped", ["stdout", "stdin"])
def test_the_browser_refuses_a_pipe_after_importing(tmp_path: Path, piped: str) -> None:
    write(tmp_path / "d" / "one.txt", item_page(title="Ledger Notes: One"))
    leader, follower = pty.openpty()
    terminal = os.fdopen(follower, "r+b", buffering=0)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "tuiarchive", "--db", str(tmp_path / "a"),
             "--import", str(tmp_path / "d")],
            stdin=terminal if piped == "stdout" else subprocess.DEVNULL,
            stdout=subprocess.PIPE if piped == "stdout" else terminal,
            stderr=subprocess.PIPE, env={**os.environ, "TERM": "xterm-256color"},
            timeout=60, cwd=ROOT,
        )  # fmt: skip
    finally:
        terminal.close()
        os.close(leader)
    err = done.stderr.decode()
    assert done.returncode == 2, err
    lines = err.splitlines()
    assert "1 file(s) read: 1 post(s) added" in lines[0]  # imported and reported first
    assert lines[-1].startswith(f"tuiarchive: the browser needs a terminal and {piped} is not one")
    assert "--no-ui" in lines[-1]
    listed = subprocess.run(
        [sys.executable, "-m", "tuiarchive", "--db", str(tmp_path / "a"), "--list", "--json"],
        capture_output=True, text=True, timeout=60, cwd=ROOT,
    )  # fmt: skip
    assert len(listed.stdout.splitlines()) == 1  # the import is in the archive


# -- dumps recorded where they are, wherever the import ran -----------------------------


def test_a_relative_import_rebuilds_and_reads_back_from_another_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "one" / "dumps" / "a.txt", item_page(title="Ledger Notes: A"))
    (tmp_path / "two").mkdir()
    db = str(tmp_path / "archive")
    monkeypatch.chdir(tmp_path / "one")
    assert run("--db", db, "--import", "dumps", "--no-ui") == 0
    monkeypatch.chdir(tmp_path / "two")
    capsys.readouterr()
    assert run("--db", db, "--list", "--json") == 0
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert Path(record["source"]).read_text() == item_page(title="Ledger Notes: A")
    assert run("--db", db, "--rebuild", "--no-ui") == 0
    err = capsys.readouterr().err
    assert "no longer exists" not in err, err
    assert "1 file(s) read:" in err  # the recorded dump was found and read again


# -- --count and --limit ----------------------------------------------------------------


@pytest.fixture
def sample(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    db = str(tmp_path / "a")
    assert run("--db", db, "--import", str(DATA), "--no-ui") == 0
    capsys.readouterr()
    return db


def out_of(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert run(*args) == 0
    return capsys.readouterr().out


def test_count_prints_just_the_number(sample: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert out_of(capsys, "--db", sample, "--count") == "81\n"
    counted = out_of(capsys, "--db", sample, "--count", "--filter", "ferry")
    listed = out_of(capsys, "--db", sample, "--list", "--json", "--filter", "ferry")
    assert counted == f"{len(listed.splitlines())}\n" and int(counted) > 1


def test_limit_lists_the_newest_n(sample: str, capsys: pytest.CaptureFixture[str]) -> None:
    table = out_of(capsys, "--db", sample, "--list", "--limit", "3", "--filter", "ferry")
    rows = re.findall(r"^ ?(\d{4}-\d\d-\d\d) ", table, re.M)
    everything = out_of(capsys, "--db", sample, "--list", "--filter", "ferry")
    assert rows == re.findall(r"^ ?(\d{4}-\d\d-\d\d) ", everything, re.M)[:3]
    assert re.match(r"\d+ of 81 posts: .*, the newest 3 shown", table)
    records = out_of(capsys, "--db", sample, "--list", "--json", "--limit", "2")
    assert len(records.splitlines()) == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--list", "--limit", "0"], "--limit: expected a whole number of at least 1"),
        (["--list", "--limit", "many"], "--limit: expected a whole number of at least 1"),
        (["--limit", "3"], "--limit goes with --list"),
        (["--count", "--list"], "--count and --list"),
    ],
)
def test_limit_and_count_misused(
    sample: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert run("--db", sample, *args) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.splitlines()) == 1, err
