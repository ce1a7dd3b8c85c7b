"""In the browser: c and C cite the paragraph or the post; the palette exports the filter's posts."""

from __future__ import annotations

import json
from pathlib import Path

from textual.pilot import Pilot

from tests.archives import add_posts
from tests.ui.conftest import listed_count, screen_text
from tests.ui.helpers import settle, type_filter
from tuiarchive.model import Post, post_identity
from tuiarchive.research.citation import cited_date
from tuiarchive.store import open_store
from tuiarchive.ui.app import make_app
from tuiarchive.ui.widgets.reader import Reader

SIZE = (120, 36)
HOSTILE = "[bold]x[/] \x1b]0;t\x07"


def home() -> Path:
    path = Path("~").expanduser()  # tmp_path/home: tests/conftest.py points $HOME there
    path.mkdir(parents=True, exist_ok=True)
    return path


async def wait_for(pilot: Pilot, condition, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("the condition never held")


def messages(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [n.message for n in app._notifications]


async def test_c_cites_the_paragraph_being_read(sample_archive: Path) -> None:
    clippings = home() / "tuiarchive-clippings.md"
    app = make_app(sample_archive)
    async with app.run_test(size=(100, 20), notifications=True) as pilot:  # short: it scrolls
        await settle(pilot)
        await type_filter(pilot, "ferry")
        await pilot.press("enter", "enter")  # into the list, open the first match
        await settle(pilot)
        reader = app.query_one(Reader)
        post = reader.post
        assert post is not None and post.author and post.date
        paragraphs = post.body.split("\n\n")
        assert len(paragraphs) >= 3
        reader.scroll_to_paragraph(2)
        await settle(pilot)
        assert reader.current_paragraph() == 2
        await pilot.press("c")
        await wait_for(pilot, clippings.exists)
        await pilot.pause(0.2)
        saved = clippings.read_text()
        assert paragraphs[2] in saved
        assert paragraphs[1] not in saved
        citation = f'{post.author}, "{post.title}", sample-archive, {cited_date(post.date)}'
        assert citation in saved and "paragraph 3." in saved
        assert app.clipboard.startswith(paragraphs[2]) and citation in app.clipboard
        # No terminal and no clipboard program in the tests: the message says so.
        expected = f"The clipboard could not be reached: paragraph 3 of \u201c{post.title[:49]}"
        assert any(m.startswith(expected) for m in messages(app))
        assert any("saved in ~/tuiarchive-clippings.md" in m for m in messages(app))
        toasts = " ".join(t.render().plain for t in app.screen.query("Toast"))
        assert "paragraph 3 of" in " ".join(toasts.split())

        await pilot.press("C")  # the whole post, added after the paragraph
        await wait_for(pilot, lambda: clippings.read_text().count("\n---\n") == 2)
        saved = clippings.read_text()
        whole = saved.split("\n---\n")[1]
        assert post.body in whole and citation in whole and "paragraph" not in whole


async def test_hostile_title_is_cited_literally_and_visibly(tmp_path: Path) -> None:
    body = "Staunton, May 23 \u2013 One.\n\nTwo [b]not bold[/b]."
    post = Post(id=post_identity("2014-05-23", HOSTILE, body), title=HOSTILE, body=body,
                date="2014-05-23", author="Mara Lind", place="Staunton")  # fmt: skip
    with open_store(tmp_path / "ledger") as store:
        add_posts(store, [post])
    clippings = home() / "tuiarchive-clippings.md"
    app = make_app(tmp_path / "ledger")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("C")
        await wait_for(pilot, clippings.exists)
        await pilot.pause(0.2)
        saved = clippings.read_text()
        visible = "[bold]x[/] \u241b]0;t\u2407"  # markup kept, control characters shown
        assert f'Mara Lind, "{visible}", ledger, 23 May 2014, Staunton.' in saved
        assert "Two [b]not bold[/b]." in saved and "\x1b" not in saved
        assert visible in app.clipboard and "\x1b" not in app.clipboard
        text = screen_text(app)
        toasts = " ".join(" ".join(t.render().plain.split()) for t in app.screen.query("Toast"))
        assert "\u201c[bold]x[/] \u241b]0;t\u2407\u201d with its citation" in toasts
        assert "\x1b" not in text and "\x07" not in text


async def test_the_palette_exports_the_filtered_posts(sample_archive: Path) -> None:
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await type_filter(pilot, "label:energy")
        count = listed_count(app, 81)
        assert 1 < count < 81
        await pilot.press("enter")  # to the list (escape would clear the filter)
        await pilot.press("ctrl+p")
        await pilot.pause(0.2)
        await pilot.press(*"Export the filtered posts as JSON")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await wait_for(pilot, lambda: any(m.startswith("Exported") for m in messages(app)))
        [directory] = list(home().glob("tuiarchive-export-*"))
        lines = (directory / "posts.jsonl").read_text().splitlines()
        assert len(lines) == count
        assert all("energy" in [x.lower() for x in json.loads(line)["labels"]] for line in lines)
        assert f"Exported {count} post(s) as JSON Lines to ~/{directory.name}" in messages(app)


async def test_the_palette_exports_dumps_that_reimport(
    sample_archive: Path, tmp_path: Path
) -> None:
    from tuiarchive.loader import import_dumps

    app = make_app(sample_archive, "ferry")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        count = listed_count(app, 81)
        await pilot.press("ctrl+p")
        await pilot.pause(0.2)
        await pilot.press(*"Export the filtered posts as dumps")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await wait_for(pilot, lambda: any(m.startswith("Exported") for m in messages(app)))
    [directory] = list(home().glob("tuiarchive-export-*"))
    with open_store(tmp_path / "fresh") as store:
        report = import_dumps([str(directory)], store)
    assert report.added == count and not report.skipped


async def test_a_clipping_that_cannot_be_saved_says_why(sample_archive: Path) -> None:
    (home() / "tuiarchive-clippings.md").mkdir()  # a directory where the file should be
    app = make_app(sample_archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("C")
        await wait_for(pilot, lambda: any("clippings" in m for m in messages(app)))
        [message] = [m for m in messages(app) if "clippings" in m]
        assert "tuiarchive-clippings.md" in message and "Copied" not in message
        assert "Traceback" not in message and "Is a directory" in message
        assert app.clipboard  # the clipboard still got it
