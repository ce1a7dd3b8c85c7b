"""Two writers at once, and the browser open while another process imports."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from tests.dumps import item_page
from tests.ui.helpers import settle
from tuiarchive.store import open_store
from tuiarchive.store.check import check_store
from tuiarchive.ui.app import make_app
from tuiarchive.ui.widgets.post_list import PostList

ROOT = Path(__file__).parents[2]

# Holds the archive's writer lock for a while, as a long import does.
HOLDER = """
import sys, time
from pathlib import Path
from tuiarchive.store import open_store
with open_store(Path(sys.argv[1])) as store, store.writing():
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def command() -> list[str]:
    exe = Path(sys.executable).with_name("tuiarchive")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "tuiarchive"]


def test_a_second_writer_fails_at_once_naming_the_first(tmp_path: Path, corpus: Path) -> None:
    archive = tmp_path / "archive"
    open_store(archive).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(archive), "5"],
                              stdout=subprocess.PIPE, text=True, cwd=ROOT)  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        start = time.monotonic()
        second = subprocess.run([*command(), "--db", str(archive), "--import", str(corpus), "--no-ui"],
                                capture_output=True, text=True)  # fmt: skip
        assert time.monotonic() - start < 4  # fails fast, does not wait for the first
        assert second.returncode == 2
        assert f"locked by process {holder.pid}" in second.stderr
        assert "Traceback" not in second.stderr
    finally:
        holder.kill()
        holder.wait()
    assert check_store(archive).ok


def test_two_imports_racing_leave_one_clean_archive(tmp_path: Path, corpus: Path) -> None:
    archive = tmp_path / "archive"
    open_store(archive).close()
    runs = [
        subprocess.Popen(
            [*command(), "--db", str(archive), "--import", str(corpus), "--no-ui"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for _ in range(2)
    ]
    outcomes = [(run.wait(), run.stderr.read()) for run in runs]  # type: ignore[union-attr]
    assert sorted(code for code, _ in outcomes) in ([0, 0], [0, 2])
    for code, err in outcomes:
        if code == 2:
            assert "locked by process" in err
    assert check_store(archive).ok
    with open_store(archive) as store:
        assert len(store.catalogue()) == 800


async def test_the_browser_offers_what_another_process_imported(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    (dumps / "a.txt").write_text(item_page(title="Ledger Notes: Already There"))
    with open_store(archive) as store:
        from tuiarchive.loader import import_dumps

        import_dumps([dumps], store)
    app = make_app(archive)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await settle(pilot)
        assert len(app.query_one(PostList).rows) == 1
        (dumps / "b.txt").write_text(
            item_page(title="Ledger Notes: From Elsewhere", date="Saturday, May 24, 2014")
        )
        done = subprocess.run([*command(), "--db", str(archive), "--import", str(dumps), "--no-ui"],
                              capture_output=True, text=True)  # fmt: skip
        assert done.returncode == 0, done.stderr
        for _ in range(60):
            await pilot.pause(0.1)
            if "Press R to show them" in "\n".join(
                s.text for s in app.screen._compositor.render_strips()
            ):
                break
        else:
            raise AssertionError("the browser never noticed the other import")
        await pilot.press("R")
        await settle(pilot)
        await pilot.pause(0.3)
        rows = app.query_one(PostList).rows
        assert len(rows) == 2
        text = "\n".join(s.text for s in app.screen._compositor.render_strips())
        assert "From Elsewhere" in text
