"""Parts of an archive the user may not read: one line naming the file, exit 2, and --rebuild
refuses rather than keep 0 posts or 0 marks.

Permissions do not stop root, so when the tests run as root the command runs without the
capabilities that override them (setpriv); the browser test makes `open` fail with EACCES
instead, which exercises the same code path as any user.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import tuiarchive.store.atomic as atomic
from tests.ui.helpers import settle
from tuiarchive.store import open_store
from tuiarchive.ui.app import make_app
from tuiarchive.ui.widgets.post_list import PostList

ROOT = Path(__file__).parents[2]
PARTS = {
    "directory": ".",
    "state.json": "state.json",
    "segment": "posts/000001.json",
    "posts directory": "posts",
}


#: Root reads everything: as root, the command runs without the capabilities that let it
#: (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), so file permissions bind it as any user.
DROP = ["--inh-caps=-dac_override,-dac_read_search",
        "--bounding-set=-dac_override,-dac_read_search"]  # fmt: skip


@pytest.fixture
def archive(sample_archive: Path) -> Path:
    if os.geteuid() == 0 and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv(1) to drop the capability to read anything")
    with open_store(sample_archive) as store:
        store.mark("starred", store.catalogue().ids[:3], True)
    return sample_archive


def run(archive: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command, bound by file permissions (as root: with its override dropped)."""
    prefix = ["setpriv", *DROP] if os.geteuid() == 0 else []
    env = {**os.environ, "HOME": str(archive.parent / "home")}
    return subprocess.run(
        [*prefix, sys.executable, "-m", "tuiarchive", "--db", str(archive), *args],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
    )  # fmt: skip


def tree(path: Path) -> dict[str, str]:
    return {
        str(p.relative_to(path)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(path.rglob("*"))
        if p.is_file() and not p.name.endswith((".lock", "-wal", "-shm"))
    }


@contextlib.contextmanager
def denied(path: Path) -> Iterator[None]:
    mode = os.stat(path).st_mode
    os.chmod(path, 0)
    try:
        yield
    finally:
        os.chmod(path, mode)


@pytest.mark.parametrize("part", sorted(PARTS))
@pytest.mark.parametrize("command", [["--list"], ["--no-ui"], ["--check"]])
def test_an_unreadable_part_is_one_line_naming_it(
    archive: Path, part: str, command: list[str]
) -> None:
    target = (archive / PARTS[part]).resolve()
    before = tree(archive)
    with denied(target):
        done = run(archive, *command)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    if command != ["--check"]:  # --check prints a line per problem, then its verdict
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert str(target) in done.stderr or (part == "directory" and str(archive) in done.stderr)
    assert "Permission denied" in done.stderr
    assert tree(archive) == before


@pytest.mark.parametrize("part", sorted(PARTS))
def test_rebuild_refuses_to_drop_what_it_cannot_read(archive: Path, part: str) -> None:
    target = (archive / PARTS[part]).resolve()
    before = tree(archive)
    siblings = sorted(p.name for p in archive.parent.iterdir())
    with denied(target):
        done = run(archive, "--rebuild", "--no-ui")
    assert done.returncode == 2, done.stdout + done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    assert "cannot rebuild" in lines[0] and "cannot be read" in lines[0]
    assert str(target) in lines[0] or (part == "directory" and str(archive) in lines[0])
    assert sorted(p.name for p in archive.parent.iterdir()) == siblings  # nothing set aside
    assert tree(archive) == before
    done = run(archive, "--rebuild", "--no-ui")  # readable again: it rebuilds, keeping all
    assert done.returncode == 0, done.stderr
    assert "81 post(s) kept" in done.stderr and "3 mark(s) carried over" in done.stderr


async def test_the_browser_shows_an_unreadable_marks_file_instead_of_the_list(
    sample_archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = sample_archive / "state.json"
    with open_store(sample_archive) as store:
        store.mark("starred", store.catalogue().ids[:1], True)
    real_open = open

    def refusing(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(file) == state:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(atomic, "open", refusing, raising=False)
    app = make_app(sample_archive)
    async with app.run_test(size=(160, 36)) as pilot:
        await settle(pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = app.query_one(PostList).empty_message
        assert str(state) in shown and "cannot be read" in shown and "Permission denied" in shown
        assert app.is_running
