"""`--rebuild` replaces only a tuiarchive archive: anything else --db names is refused, untouched."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.archives import add_posts
from tests.dumps import archive_page, post
from tuiarchive.cli.main import main
from tuiarchive.dumps.parser import parse_text
from tuiarchive.store import open_store
from tuiarchive.store.check import check_store


def tree(path: Path) -> dict[str, str]:
    """Every entry under `path` (not following links) with its kind and content digest."""
    found: dict[str, str] = {}
    for root, dirs, files in os.walk(path):
        for name in dirs + files:
            entry = Path(root) / name
            relative = str(entry.relative_to(path))
            if entry.is_symlink():
                found[relative] = "link:" + os.readlink(entry)
            elif entry.is_file():
                found[relative] = hashlib.sha256(entry.read_bytes()).hexdigest()
            else:
                found[relative] = "dir"
    return found


def siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name)


def refused(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """Run --rebuild on `path`; it must exit 2 with one line naming the path, and make nothing."""
    before = siblings(path)
    assert main(["--db", str(path), "--rebuild", "--no-ui"]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert str(path) in lines[0] and "Traceback" not in captured.err
    assert siblings(path) == before  # nothing set aside, nothing half-built beside it
    return lines[0]


def test_a_directory_of_user_files_is_refused_and_left_byte_identical(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "thesis"
    (home / "chapters").mkdir(parents=True)
    (home / "notes.txt").write_text("my notes\n")
    (home / "chapters" / "one.md").write_text("# One\n")
    (home / "posts").mkdir()  # a name the archive uses too
    (home / "posts" / "draft.txt").write_text("draft\n")
    before = tree(home)
    line = refused(home, capsys)
    assert "not a tuiarchive archive" in line
    assert tree(home) == before


def test_a_user_directory_with_a_foreign_archive_json_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "website"
    home.mkdir()
    (home / "archive.json").write_text('{"posts": [1, 2, 3]}')
    (home / "index.html").write_text("<p>hi</p>")
    before = tree(home)
    refused(home, capsys)
    assert tree(home) == before


def test_an_empty_or_missing_directory_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    refused(empty, capsys)
    assert list(empty.iterdir()) == []
    missing = tmp_path / "missing"
    refused(missing, capsys)
    assert not missing.exists()


def test_a_regular_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "paper.txt"
    file.write_bytes(b"the only copy of my paper\n")
    refused(file, capsys)
    assert file.read_bytes() == b"the only copy of my paper\n"


def test_a_symlink_to_a_directory_is_refused_and_its_target_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "photos"
    target.mkdir()
    (target / "cat.jpg").write_bytes(b"\xff\xd8 a cat")
    link = tmp_path / "link"
    link.symlink_to(target)
    before = tree(target)
    refused(link, capsys)
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert tree(target) == before and siblings(target) == sorted(["link"])


def test_a_symlink_to_a_real_archive_is_refused_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = made_archive(tmp_path / "real")
    link = tmp_path / "link"
    link.symlink_to(archive)
    before = tree(archive)
    line = refused(link, capsys)
    assert "symbolic link" in line and str(archive.resolve()) in line  # says where to point --db
    assert tree(archive) == before


def test_a_named_pipe_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    refused(fifo, capsys)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_device_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    device = tmp_path / "null"  # a character device like /dev/null, never the real one
    try:
        os.mknod(device, stat.S_IFCHR | 0o600, os.makedev(1, 3))
    except (PermissionError, OSError) as error:
        pytest.skip(f"cannot make a device node here: {error}")
    before = os.lstat(device)
    refused(device, capsys)
    after = os.lstat(device)
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


def test_a_directory_whose_manifest_is_a_named_pipe_is_refused(tmp_path: Path) -> None:
    home = tmp_path / "odd"
    home.mkdir()
    os.mkfifo(home / "archive.json")  # reading it would block forever: run in a process
    done = subprocess.run(
        [sys.executable, "-m", "tuiarchive", "--db", str(home), "--rebuild", "--no-ui"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2 and str(home) in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert sorted(p.name for p in home.iterdir()) == ["archive.json"]
    assert stat.S_ISFIFO(os.lstat(home / "archive.json").st_mode)
    assert siblings(home) == []


def made_archive(path: Path) -> Path:
    page = archive_page(
        [("Friday, May 30, 2014", [post(title=f"Ledger Notes: Post {n}") for n in range(3)])]
    )
    with open_store(path) as store:
        add_posts(store, parse_text(page, "page.txt"))
        store.mark("starred", [store.catalogue().ids[0]], True)
    return path


def test_a_real_archive_still_rebuilds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = made_archive(tmp_path / "archive")
    assert main(["--db", str(archive), "--rebuild", "--no-ui"]) == 0
    assert "3 post(s) kept from the old archive" in capsys.readouterr().err
    assert check_store(archive).ok
    with open_store(archive) as store:
        assert len(store.catalogue()) == 3
        assert len(store.state.marks["starred"]) == 1
    assert [p.name.split(".")[1].split("-2")[0] for p in tmp_path.iterdir() if "." in p.name] == [
        "before-rebuild"
    ]


def test_an_archive_whose_manifest_is_damaged_or_lost_still_rebuilds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = made_archive(tmp_path / "damaged")
    (damaged / "archive.json").write_bytes(b"{broken")
    assert main(["--db", str(damaged), "--rebuild", "--no-ui"]) == 0
    with open_store(damaged) as store:
        assert len(store.catalogue()) == 3
    lost = made_archive(tmp_path / "lost")
    (lost / "archive.json").unlink()
    assert main(["--db", str(lost), "--rebuild", "--no-ui"]) == 0
    with open_store(lost) as store:
        assert len(store.catalogue()) == 3
