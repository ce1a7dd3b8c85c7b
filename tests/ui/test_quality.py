"""The import-quality screen: the month grid's gaps, warned posts and their dump's raw lines."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import Static

from tests.conftest import ROOT
from tests.ui.conftest import screen_text
from tests.ui.helpers import settle, wait_for_screen
from tuiarchive.dumps.decode import decode_dump
from tuiarchive.loader import import_dumps
from tuiarchive.model import Post
from tuiarchive.store import open_store
from tuiarchive.ui.app import make_app
from tuiarchive.ui.screens.archive import ArchiveScreen
from tuiarchive.ui.screens.quality import QualityScreen
from tuiarchive.ui.widgets.filter_bar import FilterBar

SIZE = (120, 36)


@pytest.fixture
def at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sample archive records its dumps as data/...: read them from the repository."""
    monkeypatch.chdir(ROOT)


def stored_posts(path: Path) -> list[Post]:
    """Every post of the archive, newest first, read in full (not through the index)."""
    with open_store(path) as store:
        return list(store.posts(list(store.catalogue().ids)))


def month_rows(posts: list[Post]) -> list[str]:
    """The grid's year rows as a reader sees them, counted here from the posts' dates."""
    counts: dict[tuple[int, int], int] = {}
    for post in posts:
        if post.date:
            key = (int(post.date[:4]), int(post.date[5:7]))
            counts[key] = counts.get(key, 0) + 1
    first, last = min(counts), max(counts)
    rows = []
    for year in range(first[0], last[0] + 1):
        cells = []
        for month in range(1, 13):
            if (year, month) < first or (year, month) > last:
                cells.append("")
            else:
                cells.append(str(counts.get((year, month), "\u00b7")))
        rows.append((f"{year} " + "".join(c.rjust(4) + " " for c in cells)).rstrip())
    return rows


def empty_runs(posts: list[Post]) -> list[list[str]]:
    """Runs of months without a post between the first and the last dated post."""
    months = sorted({p.date[:7] for p in posts if p.date})
    runs: list[list[str]] = []
    year, month = int(months[0][:4]), int(months[0][5:7])
    run: list[str] = []
    while f"{year:04d}-{month:02d}" <= months[-1]:
        key = f"{year:04d}-{month:02d}"
        if key in months:
            if run:
                runs.append(run)
            run = []
        else:
            run.append(key)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return runs


def raw_lines_of(post: Post, base: Path = ROOT) -> list[tuple[int, str]]:
    """Short, unindented lines of the post's dump from where it starts (numbered from 1)."""
    lines = decode_dump((base / post.source).read_bytes()).text.split("\n")  # cp1252 dumps too
    found = []
    for n in range(post.line, min(len(lines), post.line + 12) + 1):
        line = lines[n - 1]
        if line.strip() and not line[0].isspace() and len(line) < 50:
            found.append((n, line))
    return found


async def open_quality(pilot) -> str:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("I")
    return await wait_for_screen(pilot, "post(s) whose reading carries warnings")


async def test_the_grid_shows_the_real_gaps_and_the_warned_posts_beside_their_dump(
    sample_archive: Path, at_root: None
) -> None:
    posts = stored_posts(sample_archive)
    warned = [p for p in posts if p.warnings]  # newest first, as the list
    assert len(warned) >= 2
    runs = empty_runs(posts)
    longest = max(runs, key=len)
    app = make_app(sample_archive)
    async with app.run_test(size=(160, 40)) as pilot:
        text = await open_quality(pilot)
        assert isinstance(app.screen, QualityScreen)
        first = min(p.date for p in posts if p.date)[:7]  # type: ignore[type-var]
        assert f"{first} \u2026" in text
        assert (
            f"{len(runs)} gaps (longest: {longest[0]} to {longest[-1]}, {len(longest)} months)"
            in text
        )
        for row in month_rows(posts):
            assert row in text
        assert f"{len(warned)} post(s) whose reading carries warnings" in text
        for post in warned:
            assert f"{post.date}  {post.title[:40]}" in text
            assert post.warnings[0][:40] in text
        for n, step in enumerate(warned):
            if n:
                await pilot.press("j")
            await pilot.pause(0.3)
            text = await wait_for_screen(pilot, f"{step.source}, line {step.line}")
            assert f"place    {step.place}" in text and f"date     {step.date}" in text
            shown = raw_lines_of(step)
            assert shown  # the dump's own lines are there to compare (some pages' are all long)
            for number, line in shown:
                assert f"{number} {line}" in text


async def test_enter_shows_the_post_in_the_browser_clearing_a_filter_that_hides_it(
    sample_archive: Path, at_root: None
) -> None:
    warned = [p for p in stored_posts(sample_archive) if p.warnings]
    # A filter that shows the first warned post and not the second.
    app = make_app(sample_archive, f"date:{warned[0].date}")
    async with app.run_test(size=SIZE) as pilot:
        await open_quality(pilot)
        await pilot.press("enter")
        await settle(pilot)
        archive = app.screen
        assert isinstance(archive, ArchiveScreen) and archive.results is not None
        position = archive.highlighted_position()
        assert position is not None and archive.results.catalogue.ids[position] == warned[0].id
        assert app.query_one(FilterBar).text == f"date:{warned[0].date}"  # it showed the post
        await pilot.press("I")
        await wait_for_screen(pilot, "post(s) whose reading carries warnings")
        await pilot.press("j", "enter")
        await settle(pilot)
        await pilot.pause(0.2)
        assert app.query_one(FilterBar).text == ""
        position = archive.highlighted_position()
        assert position is not None and archive.results.catalogue.ids[position] == warned[1].id
        assert warned[1].title[:30] in screen_text(app)
        await pilot.press("I")
        await wait_for_screen(pilot, "post(s) whose reading carries warnings")
        await pilot.press("escape")
        await pilot.pause(0.1)
        assert app.screen is archive


async def test_the_palette_opens_it_and_q_closes_it(sample_archive: Path, at_root: None) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"import quality")
        await wait_for_screen(pilot, "Import quality")
        await pilot.pause(0.2)
        await pilot.press("enter")
        await wait_for_screen(pilot, "post(s) whose reading carries warnings")
        assert isinstance(app.screen, QualityScreen)
        await pilot.press("q")
        await pilot.pause(0.1)
        assert isinstance(app.screen, ArchiveScreen) and app.is_running


async def test_a_post_whose_dump_was_deleted_says_so(tmp_path: Path) -> None:
    dump = tmp_path / "dumps" / "cut.txt"
    dump.parent.mkdir()
    shutil.copy(ROOT / "data" / "a-truncated-2013-09-17.txt", dump)
    with open_store(tmp_path / "archive") as store:
        assert import_dumps([str(dump)], store, workers=0).ok
    dump.unlink()
    app = make_app(tmp_path / "archive")
    async with app.run_test(size=(220, 36)) as pilot:
        await open_quality(pilot)
        text = await wait_for_screen(pilot, "the dump is no longer at")
        message = app.screen.query_one("#quality-raw", Static).content
        assert str(message).startswith(f"the dump is no longer at {dump} (moved, deleted or")
        assert "Ledger Notes: Latvia" in text  # the parsed fields are still shown


HOSTILE = "[bold]x[/] \x1b]0;t\x07 [@click=app.quit]q[/]"


async def test_hostile_text_in_a_warned_post_is_shown_literally(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Recorded as dumps/hostile.txt, the source field is as long on every machine: it
    # does not wrap between "line" and its number when the temporary directory's path is long.
    monkeypatch.chdir(tmp_path)
    dump = Path("dumps", "hostile.txt")
    dump.parent.mkdir()
    # No footer: the parser warns that the dump may be truncated.
    dump.write_text(
        f"Friday, May 23, 2014\n\n{HOSTILE}\n\n" + "\u00a0" * 11 + " [red]Body[/] text."
    )
    with open_store(tmp_path / "archive") as store:
        assert import_dumps([str(dump)], store, workers=0).ok
    (post,) = stored_posts(tmp_path / "archive")
    assert post.title == HOSTILE and post.warnings
    app = make_app(tmp_path / "archive")
    async with app.run_test(size=(160, 36)) as pilot:
        await open_quality(pilot)
        text = await wait_for_screen(pilot, f"source   dumps/hostile.txt, line {post.line}")
        literal = "[bold]x[/] \u241b]0;t\u2407 [@click=app.quit]q[/]"
        assert f"2014-05-23  {literal}" in text  # the list
        assert f"title    {literal}" in text  # the parsed fields
        assert f"3 {literal}" in text  # the raw line
        assert "[red]Body[/] text." in text
        assert "\x1b" not in text and "\x07" not in text
        assert app.is_running
