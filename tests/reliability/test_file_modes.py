"""A file's permissions survive its next write; new files follow the umask; `--db ''` is refused."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.archives import add_posts
from tests.dumps import item_page
from tuiarchive.cli.main import main
from tuiarchive.dumps.parser import parse_text
from tuiarchive.store import open_store


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def later_post(n: int):  # type: ignore[no-untyped-def]
    page = item_page(title=f"Ledger Notes: Later {n}", date="Monday, June 2, 2014")
    return parse_text(page, f"later-{n}.txt")[0]


@pytest.fixture
def umask() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.parametrize("wanted", [0o600, 0o640, 0o604])
def test_a_chmod_on_the_marks_and_the_manifest_outlives_their_next_write(
    sample_archive: Path, wanted: int, umask: None
) -> None:
    state, manifest = sample_archive / "state.json", sample_archive / "archive.json"
    with open_store(sample_archive) as store:
        store.mark("read", [store.catalogue().ids[0]], True)  # state.json exists now
    os.chmod(state, wanted)
    os.chmod(manifest, wanted)
    with open_store(sample_archive) as store:
        first = store.catalogue().ids[1]
        store.mark("starred", [first], True)
        assert mode(state) == wanted
        store.save_search("ferries", "ferry", "")
        assert mode(state) == wanted
        add_posts(store, [later_post(1)])  # a new segment, then the manifest rewritten
        assert mode(manifest) == wanted
    with open_store(sample_archive) as store:  # and the files still read back whole
        assert store.state.has("starred", first)
        assert len(store.catalogue()) == 82


def test_new_files_follow_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        archive = tmp_path / "private"
        with open_store(archive) as store:
            add_posts(store, [later_post(1)])
            store.mark("starred", [store.catalogue().ids[0]], True)
    finally:
        os.umask(old)
    made = [p for p in archive.rglob("*")]
    assert {"archive.json", "state.json", "000001.json", "index.sqlite"} <= {p.name for p in made}
    for path in made:
        assert mode(path) & 0o077 == 0, f"{path.name} is {oct(mode(path))}"


def test_new_files_are_readable_by_others_under_the_usual_umask(
    tmp_path: Path, umask: None
) -> None:
    archive = tmp_path / "shared"
    with open_store(archive) as store:
        add_posts(store, [later_post(1)])
        store.mark("starred", [store.catalogue().ids[0]], True)
    for name in ("archive.json", "state.json", "posts/000001.json"):
        assert mode(archive / name) == 0o644, name


def test_an_empty_db_is_an_error_not_the_default_archive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    default = Path(os.environ["TUIARCHIVE_DB"])
    for command in (["--list"], ["--no-ui"], ["--check"], ["--rebuild", "--no-ui"]):
        assert main(["--db", "", *command]) == 2, command
        captured = capsys.readouterr()
        lines = captured.err.strip().splitlines()
        assert len(lines) == 1 and "--db" in lines[0] and "empty" in lines[0], captured.err
        assert "Traceback" not in captured.err and not captured.out
    assert not default.exists()
    assert main(["--db=", "--list"]) == 2
    assert not default.exists()
