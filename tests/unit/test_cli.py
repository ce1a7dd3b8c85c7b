"""The command line: exit statuses, one-line errors, --list and --json output, store location."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.dumps import archive_page, headed, item_page, post
from tuiarchive.cli.main import main

DATA = Path(__file__).parents[2] / "data"


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    return path


def run(*args: str) -> int:
    return main(list(args))


def test_import_then_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "a")
    assert run("--db", db, "--import", str(DATA), "--no-ui") == 0
    err = capsys.readouterr().err
    assert "44 file(s) read: 81 post(s) added, 0 updated, 0 duplicate(s)" in err
    assert run("--db", db, "--import", str(DATA), "--no-ui") == 0
    err = capsys.readouterr().err
    assert "44 file(s) read: 0 post(s) added, 0 updated, 44 dump(s) already imported" in err
    assert "duplicate" not in err  # nothing is wrong: the dumps were simply seen before
    assert run("--db", db, "--list", "--filter", 'ferry date:"May 2014"') == 0
    out = capsys.readouterr().out
    assert "posts mentioning “ferry” in May 2014" in out
    assert "Caspian Ferry Dispute Reaches the Ministers" in out
    assert "Night Ferry from Baku" not in out  # 2012


def test_json_lines_are_full_records_newest_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "a")
    run("--db", db, "--import", str(DATA), "--no-ui")
    capsys.readouterr()
    assert run("--db", db, "--list", "--json", "--filter", "label:energy") == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records and all("energy" in [x.lower() for x in r["labels"]] for r in records)
    dates = [r["date"] for r in records]
    assert dates == sorted(dates, reverse=True)
    assert {"id", "title", "series", "date", "author", "place", "body", "labels", "comments",
            "source", "warnings"} <= set(records[0])  # fmt: skip


def test_blog_filters_lists_and_survives_a_rebuild(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = archive_page([("Friday, May 30, 2014", [
        post(title="Quay Fees Rise", paragraphs=["The quay fees went up again."]),
        post(title="Night Ferry Returns", paragraphs=["The night ferry is back."]),
    ])])  # fmt: skip
    marsh = item_page("Thursday, May 29, 2014", title="Reed Cutting Season",
                      paragraphs=["The reeds are cut in May."])  # fmt: skip
    write(tmp_path / "d" / "ledger.txt", headed(ledger, "Harbour Ledger"))
    url = "https://saltmarsh.example/2014/05/reeds.html"
    write(tmp_path / "d" / "marsh.txt", headed(marsh, url, "Saltmarsh Notebook"))
    db = str(tmp_path / "a")
    assert run("--db", db, "--import", str(tmp_path / "d"), "--no-ui") == 0
    capsys.readouterr()

    def listed(*args: str) -> str:
        assert run("--db", db, "--list", *args) == 0
        return capsys.readouterr().out

    out = listed("--filter", "blog:ledger")
    assert "2 of 3 posts: posts in the blog “ledger”" in out
    assert "Quay Fees Rise" in out and "Reed Cutting Season" not in out
    records = [json.loads(line) for line in listed("--json").splitlines()]
    assert [(r["title"], r["blog"], r["url"]) for r in records] == [
        ("Quay Fees Rise", "Harbour Ledger", None),
        ("Night Ferry Returns", "Harbour Ledger", None),
        ("Reed Cutting Season", "Saltmarsh Notebook", url),
    ]
    assert run("--db", db, "--rebuild", "--no-ui") == 0
    capsys.readouterr()
    out = listed("--filter", 'blog:"saltmarsh notebook"')
    assert "1 of 3 posts" in out and "Reed Cutting Season" in out
    md = tmp_path / "md"
    assert (
        run("--db", db, "--export", str(md), "--format", "markdown", "--filter", "blog:salt") == 0
    )
    cited = f'Lindqvist, "Reed Cutting Season", Saltmarsh Notebook, 29 May 2014. {url}'
    assert cited in (md / "posts.md").read_text()  # the post's own blog, not the archive's name


def test_skipped_files_give_status_1_and_the_good_ones_are_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "d" / "good.txt", item_page())
    write(tmp_path / "d" / "empty.txt", b"")
    assert run("--db", str(tmp_path / "a"), "--import", str(tmp_path / "d"), "--no-ui") == 1
    err = capsys.readouterr().err
    assert "1 post(s) added" in err and "empty.txt: the file is empty" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--filter", "date:Febtober", "--list"], "invalid filter: date:Febtober"),
        (["--filter", "colour:red", "--list"], "unknown field 'colour'"),
        (["--frobnicate"], "unrecognized arguments: --frobnicate"),
        (["--import"], "expected at least one argument"),
    ],
)
def test_usage_errors_give_status_2_and_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert run("--db", str(tmp_path / "a"), *args) == 2
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_an_unusable_store_gives_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = write(tmp_path / "file.json", "{}")
    assert run("--db", str(file), "--list") == 2
    err = capsys.readouterr().err
    assert err.startswith("tuiarchive: ") and "is a file" in err and len(err.splitlines()) == 1


def test_store_location_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    write(tmp_path / "d" / "one.txt", item_page())
    monkeypatch.setenv("TUIARCHIVE_DB", str(tmp_path / "from-env"))
    assert run("--import", str(tmp_path / "d"), "--no-ui") == 0
    assert (tmp_path / "from-env" / "archive.json").exists()
    assert run("--db", str(tmp_path / "from-flag"), "--list") == 2  # the flag's, not created
    assert f"there is no archive at {tmp_path / 'from-flag'}" in capsys.readouterr().err
    monkeypatch.delenv("TUIARCHIVE_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert run("--import", str(tmp_path / "d"), "--no-ui") == 0
    assert (tmp_path / "xdg" / "tuiarchive" / "archive" / "archive.json").exists()


def test_the_installed_command_runs(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("tuiarchive")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "tuiarchive"]
    out = subprocess.run(
        [*command, "--db", str(tmp_path / "a"), "--list", "--filter", "date:Febtober"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert out.returncode == 2
    assert out.stderr.strip() == (
        "tuiarchive: invalid filter: date:Febtober: 'Febtober' is not a date I can read; "
        "try 2014, 2014-05, May 2014 or 2014-05-23"
    )
