"""Post text that looks like markup or terminal codes is shown literally on every surface."""

from __future__ import annotations

from pathlib import Path

from tests.archives import add_posts
from tests.ui.conftest import screen_text
from tests.ui.helpers import settle, wait_for_screen
from tuiarchive.model import Post, post_identity
from tuiarchive.store import open_store
from tuiarchive.ui.app import make_app
from tuiarchive.ui.screens.help import HelpScreen
from tuiarchive.ui.widgets.facet_panel import FacetPanel
from tuiarchive.ui.widgets.filter_bar import FilterBar
from tuiarchive.ui.widgets.post_list import PostList
from tuiarchive.ui.widgets.reader import Reader

SIZE = (120, 36)
TITLE = "[bold]Bold?[/] [@click=app.quit]quit[/] [link=http://e.x]y[/link] \x1b]0;pwned\x07 [/"
BODY = "[/] \x1b[31mred \x9b31m \u202eevil\u202c e\u0301\u0301 \u4e00\u5e26\u4e00\u8def \ud800 ok"
AUTHOR = "[i]Mallory[/i]"
LABEL = "[@click=app.quit]x[/]"
BLOG = "[b]Quay[/b] \x1b[2JNotes"
URL = "https://e.x/[@click=app.quit]q\u202e\x07"


def hostile_archive(path: Path) -> Path:
    post = Post(id=post_identity("2020-01-01", TITLE, BODY), title=TITLE, body=BODY,
                date="2020-01-01", author=AUTHOR, labels=(LABEL, "plain"),
                series="[red]Series[/]", place="\x1b[2JTown", blog=BLOG, url=URL)  # fmt: skip
    calm = Post(id=post_identity("2019-05-01", "Calm", "Nothing odd."), title="Calm",
                body="Nothing odd.", date="2019-05-01", author="Someone Else")  # fmt: skip
    with open_store(path) as store:
        add_posts(store, [post, calm])
    return path


def assert_nothing_obeyed(text: str) -> None:
    assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text
    assert "\u202e" not in text and "\ud800" not in text


async def test_list_reader_and_star_notification_show_post_text_literally(tmp_path: Path) -> None:
    app = make_app(hostile_archive(tmp_path / "a"))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await pilot.pause(0.3)
        text = screen_text(app)
        assert "\u2605 2020-01-01 r   [bold]Bold?[/] [@click=app.quit]" in text  # the list
        assert "Starred \u201c[bold]Bold?[/] [@click=app.quit]quit[/]" in text  # the notification
        # ESC and BEL shown as visible control pictures in the reader's title:
        assert "[link=http://e.x]y[/link] \u241b]0;pwned\u2407 [/" in text
        reader = "\n".join(app.query_one(Reader).text_lines)
        assert "[/] \u241b[31mred \u27e89B\u27e931m \u27e8RLO\u27e9evil\u27e8PDF\u27e9" in reader
        assert "e\u0301\u0301 \u4e00\u5e26\u4e00\u8def \ufffd ok" in reader
        assert AUTHOR in reader and LABEL in reader and "\u241b[2JTown" in reader
        assert "blog: [b]Quay[/b] \u241b[2JNotes" in reader
        assert "https://e.x/[@click=app.quit]q\u27e8RLO\u27e9\u2407" in reader
        assert_nothing_obeyed(text + reader)
        await pilot.press("question_mark")
        await pilot.pause(0.2)
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause(0.1)
        assert app.is_running and app.archive.results is not None
        assert app.archive.store is not None
        assert app.archive.store.state.has("starred", app.archive.results.catalogue.ids[0])


async def test_the_palette_names_post_commands_literally_and_runs_them(tmp_path: Path) -> None:
    app = make_app(hostile_archive(tmp_path / "a"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        # Opened with no query, the palette offers what can be done with this post.
        text = await wait_for_screen(pilot, "Posts from January 2020")
        assert "Star \u201c[bold]Bold?[/] [@click=app.quit]quit[/]" in text
        assert "Posts by \u201c[i]Mallory[/i]\u201d" in text
        assert "Posts labelled \u201c[@click=app.quit]x[/]\u201d" in text
        assert_nothing_obeyed(text)
        await pilot.press(*"labelled click")
        await wait_for_screen(pilot, "Posts labelled \u201c[@click=app.quit]x[/]\u201d")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert app.is_running  # the label's [@click=app.quit] was text, not an action
        assert app.query_one(FilterBar).text == 'label:"[@click=app.quit]x[/]"'
        assert "1 of 2 posts" in screen_text(app)

        await pilot.press("ctrl+p", *"posts by mallory")
        await wait_for_screen(pilot, "Posts by \u201c[i]Mallory[/i]\u201d")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert app.query_one(FilterBar).text == 'author:"i mallory i"'
        assert len(app.query_one(PostList).rows) == 1


async def test_starring_from_the_palette_marks_the_post(tmp_path: Path) -> None:
    app = make_app(hostile_archive(tmp_path / "a"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"star bold")
        await wait_for_screen(pilot, "Star \u201c[bold]Bold?[/]")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.3)
        await pilot.press("slash", *"is:starred", "enter")
        await settle(pilot)
        assert "1 of 2 posts" in screen_text(app)


LONG = "Ledger Notes: " + "A very long title that goes on " * 12
WIDE = "\u5e7f\u544a\u6cd5 " * 40 + "end"
COMBINING = "Cafe\u0301 " + "e\u0301\u0302\u0303 " * 60


async def test_resizing_from_huge_to_tiny_and_back(tmp_path: Path) -> None:
    posts = [
        Post(
            id=post_identity(f"2020-01-0{n}", title, "Body."),
            title=title,
            body="Body. " * 200,
            date=f"2020-01-0{n}",
            author="Mara Lindqvist",
        )  # fmt: skip
        for n, title in enumerate((LONG, WIDE, COMBINING), start=1)
    ]
    with open_store(tmp_path / "a") as store:
        add_posts(store, posts)
    app = make_app(tmp_path / "a")
    async with app.run_test(size=(300, 100)) as pilot:
        await settle(pilot)
        assert "3 of 3 posts" in screen_text(app)
        for size in ((120, 36), (60, 20), (20, 5), (21, 6), (20, 5)):
            await pilot.resize_terminal(*size)
            await pilot.pause(0.1)
            lines = screen_text(app).splitlines()
            assert len(lines) == size[1] and app.is_running
        await pilot.press("j", "enter", "down", "pagedown", "k")  # still answers at 20x5
        await pilot.resize_terminal(300, 100)
        await pilot.pause(0.3)
        text = screen_text(app)
        assert "3 of 3 posts" in text
        assert "Cafe\u0301 e\u0301\u0302\u0303" in text  # combining marks kept on their letters
        assert "\u5e7f\u544a\u6cd5 \u5e7f\u544a\u6cd5" in text
        assert app.query_one(Reader).region.width > 100


async def test_facets_show_hostile_labels_places_and_series_literally(tmp_path: Path) -> None:
    app = make_app(hostile_archive(tmp_path / "archive"))
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(pilot)
        await pilot.press("F")
        await settle(pilot)
        text = screen_text(app)
        assert LABEL in text and "[red]Series[/]" in text and "[b]Quay[/b] \u241b[2JNotes" in text
        assert "\u241b[2JTown" in text  # ESC shown as its control picture
        assert_nothing_obeyed(text)
        panel = app.query_one(FacetPanel)
        panel.highlighted = next(
            i for i in range(panel.option_count)
            if (panel.get_option_at_index(i).id or "").endswith("\x00" + LABEL)
        )  # fmt: skip
        await pilot.press("enter")  # the label becomes a filter term, taken literally
        await settle(pilot)
        assert app.query_one(FilterBar).text == f'label:"{LABEL}"'
        assert "1 of 2 posts" in screen_text(app)
