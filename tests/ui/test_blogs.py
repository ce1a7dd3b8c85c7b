"""An archive of several blogs in the browser: blog: filters, the blog facet, the palette,
the reader's header, and citations by each post's own blog."""

from __future__ import annotations

from pathlib import Path

from tests.dumps import archive_page, headed, item_page, post
from tests.ui.conftest import screen_text
from tests.ui.helpers import settle, type_filter, wait_for_screen
from tuiarchive.loader import import_dumps
from tuiarchive.research.citation import cite_post
from tuiarchive.store import open_store
from tuiarchive.ui.app import make_app
from tuiarchive.ui.widgets.facet_panel import FacetPanel
from tuiarchive.ui.widgets.filter_bar import FilterBar
from tuiarchive.ui.widgets.post_list import PostList
from tuiarchive.ui.widgets.reader import Reader

SIZE = (120, 36)
URL = "https://saltmarsh.example/2014/05/reed-cutting.html"
LEDGER = ["Quay Fees Rise", "Night Ferry Returns", "Tide Tables Reprinted"]
MARSH = "Reed Cutting Season"
BARE = "Ledger Balances Without a Blog"


def blogs_archive(tmp_path: Path) -> Path:
    """Three blogs' worth of pages: two Harbour Ledger pages, a Saltmarsh Notebook item page
    (with its URL above the blog's name) and a page that names no blog."""
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    ledger = archive_page([("Friday, May 30, 2014", [
        post(title=LEDGER[0], paragraphs=["The quay fees went up again on Friday."]),
        post(title=LEDGER[1], paragraphs=["The night ferry is back on its old timetable."]),
    ])])  # fmt: skip
    (dumps / "ledger-1.txt").write_text(headed(ledger, "Harbour Ledger"))
    older = item_page("Monday, May 12, 2014", title=LEDGER[2],
                      paragraphs=["The tide tables were reprinted with corrections."])  # fmt: skip
    (dumps / "ledger-2.txt").write_text(headed(older, "Harbour Ledger"))
    marsh = item_page("Thursday, May 29, 2014", title=MARSH, author="Ilse Varga",
                      paragraphs=["The reeds are cut in May.", "The ferry waits for no one."])  # fmt: skip
    (dumps / "marsh.txt").write_text(headed(marsh, URL, "Saltmarsh Notebook"))
    bare = item_page("Wednesday, May 28, 2014", title=BARE,
                     paragraphs=["A page with no header names no blog."])  # fmt: skip
    (dumps / "bare.txt").write_text(bare)
    archive = tmp_path / "ledger-notes"
    with open_store(archive) as store:
        import_dumps([str(dumps)], store)
    return archive


async def replace_filter(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Into the filter with '/', clear it with escape, type `text`; wait for the list."""
    if not pilot.app.query_one(FilterBar).text:
        await type_filter(pilot, text)
        return
    await pilot.press("slash", "escape", *text)  # (escape in an empty filter would leave it)
    await settle(pilot)


def listed(app) -> list[str]:  # type: ignore[no-untyped-def]
    post_list = app.query_one(PostList)
    catalogue = post_list.results.catalogue
    return [catalogue.summary(p).title for p in post_list.rows]


async def test_typing_a_blog_filter_lists_only_that_blogs_posts(tmp_path: Path) -> None:
    app = make_app(blogs_archive(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert len(listed(app)) == 5
        await type_filter(pilot, "blog:ledger")
        assert listed(app) == [LEDGER[0], LEDGER[1], LEDGER[2]]  # not the page without a blog
        assert "3 of 5 posts \u00b7 posts in the blog \u201cledger\u201d" in screen_text(app)
        await replace_filter(pilot, 'blog:"saltmarsh notebook" ferry')
        assert listed(app) == [MARSH]
        await replace_filter(pilot, "ferry -blog:harbour")
        assert listed(app) == [MARSH]


async def test_the_blog_facet_counts_blogs_and_enter_filters_by_one(tmp_path: Path) -> None:
    app = make_app(blogs_archive(tmp_path))
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("F")
        await settle(pilot)
        panel = app.query_one(FacetPanel)
        assert panel.facets is not None
        blog = next(f for f in panel.facets if f.name == "blog")
        assert blog.values == (("Harbour Ledger", 3), ("Saltmarsh Notebook", 1))
        options = [panel.get_option_at_index(i) for i in range(panel.option_count)]
        panel.highlighted = next(
            i for i, o in enumerate(options) if o.id == "blog\x00Harbour Ledger"
        )  # fmt: skip
        await pilot.press("enter")
        await settle(pilot)
        assert app.query_one(FilterBar).text == 'blog:"harbour ledger"'
        assert listed(app) == LEDGER
        assert "BLOG" in screen_text(app)


async def test_the_palette_filters_by_the_highlighted_posts_blog(tmp_path: Path) -> None:
    app = make_app(blogs_archive(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_filter(pilot, "title:reed")
        await pilot.press("enter", "ctrl+p", *"posts in the blog")
        await wait_for_screen(pilot, "Posts in the blog \u201cSaltmarsh Notebook\u201d")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert app.query_one(FilterBar).text == 'blog:"saltmarsh notebook"'
        assert listed(app) == [MARSH]


async def test_the_reader_shows_the_blog_and_the_url(tmp_path: Path) -> None:
    app = make_app(blogs_archive(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_filter(pilot, "title:reed")
        await pilot.press("enter", "enter")
        await settle(pilot)
        reader = app.query_one(Reader)
        assert reader.post is not None and reader.post.title == MARSH
        head = [line.strip() for line in reader.text_lines[:6]]
        assert any(line.startswith("blog: Saltmarsh Notebook") for line in head)
        assert URL in head
        await replace_filter(pilot, "title:balances")  # no blog, no URL: neither is shown
        assert listed(app) == [BARE]
        assert reader.post is not None and reader.post.title == BARE
        text = "\n".join(reader.text_lines[:6])
        assert "blog:" not in text and "https://" not in text


async def test_citing_names_the_posts_own_blog_and_its_url(tmp_path: Path) -> None:
    clippings = Path("~").expanduser() / "tuiarchive-clippings.md"
    clippings.parent.mkdir(parents=True, exist_ok=True)
    app = make_app(blogs_archive(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await type_filter(pilot, "title:reed")
        await pilot.press("enter", "enter")
        await settle(pilot)
        await pilot.press("C")
        for _ in range(100):
            if clippings.exists():
                break
            await pilot.pause(0.05)
    saved = clippings.read_text()
    assert f'Ilse Varga, "{MARSH}", Saltmarsh Notebook, 29 May 2014. {URL}' in saved
    assert "ledger-notes" not in saved  # the archive's name is only the fallback
    with open_store(tmp_path / "ledger-notes") as store:
        catalogue = store.catalogue()
        (bare,) = store.posts([catalogue.ids[n] for n in range(len(catalogue))
                               if catalogue.summary(n).title == BARE])  # fmt: skip
    assert cite_post(bare, "ledger-notes").endswith(f'"{BARE}", ledger-notes, 28 May 2014.')
